/**
 * The people typed into the crisis room, saved once into the unit's communication plan, so the next incident starts
 * with them (the room reads a plan's people back in src/components/incident/room-plan.ts). Pure: the caller reads
 * and writes the stored plans.
 */
import type { IncidentPerson, PersonParty } from '@/schemas/incident';
import type { CommunicationPlan, CONTACT_GROUPS } from '@/schemas/communication-plan';

type ContactGroup = (typeof CONTACT_GROUPS)[number];

/** Where each party goes in the plan's directory (the room reads it back to the same party). */
const GROUPS: Record<Exclude<PersonParty, 'kepala-upt'>, { group: ContactGroup; office: string }> = {
  kanwil: { group: 'kanwil', office: 'Kanwil Ditjenpas' },
  ditjenpas: { group: 'ditjenpas', office: 'Ditjenpas' },
  tim: { group: 'internal', office: 'Tim unit' },
  mitra: { group: 'lainnya', office: 'Mitra' },
};
/** The plan's role for the unit head (section 2), which the room reads as the Kepala UPT party. */
const HEAD_ROLE = 'penanggung-jawab';
const MAX_CONTACTS = 100;

/** A phone number as digits (and a leading +), so "0812-0000 1111" and "081200001111" are the same number. */
export const phoneKey = (phone: string) => phone.replace(/[^+\d]/g, '');

export interface SavedPeople {
  plan: CommunicationPlan;
  /** Names saved, in order. */
  saved: string[];
  /** Names left out, each with why. */
  skipped: Array<{ name: string; reason: string }>;
}

/**
 * Adds the people to the plan: the Kepala UPT into the unit head's role when it is empty, the Kanwil Ditjenpas and
 * Ditjenpas into the directory's empty row of their office (else a new row), the team and partners as new rows. A person
 * whose phone number (or, without a number, whose name) is already in the plan is never added twice.
 */
export function savePeopleToPlan(plan: CommunicationPlan, people: readonly IncidentPerson[], now: Date): SavedPeople {
  const team = plan.team.map((member) => ({ ...member }));
  const contacts = plan.contacts.map((contact) => ({ ...contact }));
  const saved: string[] = [];
  const skipped: SavedPeople['skipped'] = [];
  const known = () => [
    ...team.flatMap((m) => [
      { name: m.name, phone: m.phone },
      { name: m.deputyName, phone: m.deputyPhone },
    ]),
    ...contacts.map((c) => ({ name: c.person, phone: c.phone })),
  ];
  for (const person of people) {
    const name = person.name.trim();
    const phone = phoneKey(person.phone);
    const same = known().some((entry) =>
      phone ? phoneKey(entry.phone) === phone : entry.name.trim().toLowerCase() === name.toLowerCase() && name !== '',
    );
    if (same) {
      skipped.push({ name, reason: 'sudah ada di rencana' });
      continue;
    }
    if (person.party === 'kepala-upt') {
      const head = team.find((member) => member.roleId === HEAD_ROLE);
      if (head && !head.name.trim() && !head.phone.trim()) {
        Object.assign(head, { name, phone: person.phone.trim(), position: head.position || person.role });
        saved.push(name);
      } else skipped.push({ name, reason: 'Kepala UPT di rencana sudah diisi orang lain; ubah di rencana bila perlu' });
      continue;
    }
    const { group, office } = GROUPS[person.party];
    const empty =
      group === 'internal' || group === 'lainnya'
        ? undefined
        : contacts.find((c) => c.group === group && !c.person.trim() && !c.phone.trim());
    if (empty) {
      Object.assign(empty, {
        // A new plan's directory rows carry their organisation only as an example (placeholder), so it may be empty.
        organisation: empty.organisation || person.role || office,
        person: name,
        phone: person.phone.trim(),
        note: empty.note || (person.role && person.role !== empty.organisation ? person.role : ''),
      });
    } else if (contacts.length >= MAX_CONTACTS) {
      skipped.push({ name, reason: 'daftar kontak rencana sudah penuh' });
      continue;
    } else contacts.push({ group, organisation: person.role || office, person: name, phone: person.phone.trim(), note: '' });
    saved.push(name);
  }
  return { plan: saved.length ? { ...plan, team, contacts, updatedAt: now.toISOString() } : plan, saved, skipped };
}
