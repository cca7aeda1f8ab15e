/**
 * Where people are in each kind of stored work: the name fields to clear and the names they hold. Used by Data saya's
 * export without personal data (document definitions), the unit's package and the mentor's export.
 */
import type { CommunicationPlan } from '@/schemas/communication-plan';
import type { ReleasePartsData } from '@/schemas/release-parts';
import type { PackagePayload } from '@/schemas/mentoring';
import { blankField, isMobileNumber, redactStrings, REMOVED } from './redact';

/** What the export dialogs call it. */
export const PERSONAL_DATA_DESCRIPTION = 'nama orang, nomor telepon seluler dan alamat surel';

export function planNames(plan: CommunicationPlan): string[] {
  return [plan.identity.owner, ...plan.team.flatMap((m) => [m.name, m.deputyName]), ...plan.contacts.map((c) => c.person)].filter((n) =>
    n.trim(),
  );
}

/**
 * The plan without people: the owner, team holders and deputies with their phones, contact persons with their numbers
 * (a number next to a person's name is taken as that person's own), and a mobile number even with no name beside it.
 * Institutions' landlines stay. Then the rest of its text through `redact`.
 */
export function planWithoutPeople(plan: CommunicationPlan, redact: (text: string) => string): CommunicationPlan {
  const stripped: CommunicationPlan = {
    ...plan,
    identity: { ...plan.identity, owner: blankField(plan.identity.owner) },
    team: plan.team.map((m) => ({
      ...m,
      name: blankField(m.name),
      phone: blankField(m.phone),
      deputyName: blankField(m.deputyName),
      deputyPhone: blankField(m.deputyPhone),
    })),
    contacts: plan.contacts.map((c) => ({
      ...c,
      person: blankField(c.person),
      phone: c.person.trim() || isMobileNumber(c.phone) ? blankField(c.phone) : c.phone,
    })),
  };
  return redactStrings(stripped, redact);
}

/** A release without people: its contact part (narahubung, with name and number) cleared, its other parts redacted. */
export function releaseWithoutPeople(parts: ReleasePartsData, redact: (text: string) => string): ReleasePartsData {
  return { ...redactStrings(parts, redact), contact: parts.contact.trim() ? REMOVED : parts.contact };
}

/** Names in a package's name fields (its plan's people). */
export function packageNames(payload: PackagePayload): string[] {
  return payload.contents.plan ? planNames(payload.contents.plan.plan) : [];
}

/** A package without people: its plan and releases as above, and every other string redacted. */
export function packageWithoutPeople(payload: PackagePayload, redact: (text: string) => string): PackagePayload {
  const { plan, releases } = payload.contents;
  return {
    ...payload,
    contents: {
      ...redactStrings(payload.contents, redact),
      ...(plan ? { plan: { ...plan, plan: planWithoutPeople(plan.plan, redact), personalDataRemoved: true } } : {}),
      releases: releases.map((r) => ({ ...redactStrings(r, redact), parts: releaseWithoutPeople(r.parts, redact) })),
    },
  };
}
