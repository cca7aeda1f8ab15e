/**
 * What the room takes from the unit's communication plan: the people to tell and the unit's name. Loaded when an
 * incident is started (the plan's schema is large, and the room's start-up stays within its budget without it).
 */
import { persistentDocument } from '@/state/persistent-document';
import { communicationPlansDocument } from '@/state/documents/communication-plans';
import type { IncidentPerson, PersonParty } from '@/schemas/incident';

function activePlan() {
  const data = persistentDocument(communicationPlansDocument).$data.get();
  return data.plans.find((p) => p.id === data.activeId) ?? data.plans[0];
}

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
