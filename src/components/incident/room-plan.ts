/**
 * What the room takes from the unit's communication plan (the people to tell, the unit's name) and gives back to it
 * (the people typed in the room). Loaded when an incident is started or people are saved: the plan's schema is large,
 * and the room's start-up stays within its budget without it.
 */
import { persistentDocument } from '@/state/persistent-document';
import { communicationPlansDocument } from '@/state/documents/communication-plans';
import { activePlan as openPlan, createPlan, planTitle, upsertPlan } from '@/domain/plan/plans';
import { savePeopleToPlan } from '@/domain/incident/plan-contacts';
import type { PlanTemplate } from '@/schemas/communication-plan';
import type { IncidentPerson, PersonParty } from '@/schemas/incident';

const plans = () => persistentDocument(communicationPlansDocument);
const activePlan = () => openPlan(plans().$data.get());

export function planUnitName(): string {
  return activePlan()?.identity.unitName ?? '';
}

/** The people the plan names: the unit head and the team from section 2, then the directory (media left out). */
export function planPeople(): IncidentPerson[] {
  const plan = activePlan();
  if (!plan) return [];
  const people: IncidentPerson[] = [];
  const add = (name: string, role: string, phone: string, party: PersonParty) => {
    if (name.trim() || phone.trim())
      people.push({ id: `p${people.length + 1}`, name: name.trim() || role, role, phone: phone.trim(), party });
  };
  for (const member of plan.team) add(member.name, member.role, member.phone, member.roleId === 'penanggung-jawab' ? 'kepala-upt' : 'tim');
  for (const contact of plan.contacts) {
    if (contact.group === 'media') continue;
    const party: PersonParty =
      contact.group === 'kanwil' ? 'kanwil' : contact.group === 'ditjenpas' ? 'ditjenpas' : contact.group === 'internal' ? 'tim' : 'mitra';
    add(contact.person || contact.organisation, contact.organisation, contact.phone, party);
  }
  return people;
}

/**
 * Saves the people typed in the room into the open plan (a new plan named after the unit when there is none) and says
 * what was saved and what was left out.
 */
export function savePeople(people: readonly IncidentPerson[], unitName: string, template: PlanTemplate): string {
  const now = new Date();
  const doc = plans();
  const data = doc.$data.get();
  let plan = openPlan(data);
  if (!plan) {
    const created = createPlan(template, `rk-${now.getTime().toString(36)}`, now, unitName || 'Rencana dari Ruang Krisis');
    plan = { ...created, identity: { ...created.identity, unitName } };
  }
  const result = savePeopleToPlan(plan, people, now);
  const skipped = result.skipped.map((s) => `${s.name}: ${s.reason}`).join('; ');
  if (result.saved.length === 0) return `Tidak ada kontak baru untuk disimpan. ${skipped}.`;
  doc.set(upsertPlan(data, result.plan));
  const status = doc.$status.get();
  if (status.state === 'not-saved' || status.state === 'invalid')
    return `Kontak belum tersimpan ke rencana: ${status.reason} Daftar di ruang ini tetap ada.`;
  return `Disimpan ke rencana komunikasi “${planTitle(result.plan)}”: ${result.saved.join(', ')}.${skipped ? ` Tidak disimpan: ${skipped}.` : ''} Lengkapi di halaman Rencana Komunikasi Krisis.`;
}
