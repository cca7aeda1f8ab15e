import type { CommunicationPlan, CommunicationPlans, KeyMessage, PlanTemplate, Scenario } from '@/schemas/communication-plan';
import type { PlanFieldPath } from './field-paths';

/** The lists of a plan the user can add rows to and remove rows from, by their path in the plan. */
export const PLAN_LISTS = [
  'team',
  'approval',
  'contacts',
  'stakeholders',
  'scenarios',
  'channels',
  'monitoring.levels',
  'firstHour',
] as const;
export type PlanList = (typeof PLAN_LISTS)[number];

export function isPlanList(value: string): value is PlanList {
  return (PLAN_LISTS as readonly string[]).includes(value);
}

const emptyMessage = (): KeyMessage => ({ text: '', facts: ['', '', ''] });

export function emptyScenario(id: string, typeName = ''): Scenario {
  return { id, typeName, holdingStatement: '', messages: [emptyMessage(), emptyMessage(), emptyMessage()] };
}

/** A blank row for a list; `id` is used by rows that need one (scenarios). */
export function emptyRow(list: PlanList, id: string): unknown {
  switch (list) {
    case 'team':
      return { roleId: '', role: '', name: '', position: '', phone: '', deputyName: '', deputyPhone: '' };
    case 'approval':
      return { level: 'upt', who: '', task: '', minutes: '' };
    case 'contacts':
      return { group: 'lainnya', organisation: '', person: '', phone: '', note: '' };
    case 'stakeholders':
      return { audience: '', concern: '', channel: '', owner: '' };
    case 'scenarios':
      return emptyScenario(id);
    case 'channels':
      return { channel: '', account: '', posters: '', note: '' };
    case 'monitoring.levels':
      return { level: '', criteria: '', response: '', reportTo: '' };
    case 'firstHour':
      return { time: '', action: '', owner: '' };
  }
}

/** The name earlier versions gave a plan the user had not named (stored plans may still carry it). */
export const DEFAULT_PLAN_NAME = 'Rencana baru';

/**
 * A new plan; its name is the user's own (asked when it is created), never a default that would print on the cover.
 * It carries the training model as values (roles, the approval chain, directory groups, the crisis levels, the
 * first-hour steps), which the unit adapts. The template's examples (audiences, channels, organisations in the
 * directory) are not values: the form shows them as examples (planExamples) and the unit writes its own.
 */
export function createPlan(template: PlanTemplate, id: string, now: Date, name = ''): CommunicationPlan {
  const at = now.toISOString();
  return {
    id,
    name,
    createdAt: at,
    updatedAt: at,
    identity: { unitName: '', unitType: '', address: '', owner: '', ownerPosition: '', version: '1.0', issuedDate: '', reviewDate: '' },
    team: template.roles.map((r) => ({ roleId: r.id, role: r.role, name: '', position: '', phone: '', deputyName: '', deputyPhone: '' })),
    approval: template.approval.map((step) => ({ ...step, minutes: '' })),
    contacts: template.contacts.map((c) => ({ group: c.group, organisation: '', person: '', phone: '', note: '' })),
    stakeholders: template.stakeholders.map(() => ({ audience: '', concern: '', channel: '', owner: '' })),
    scenarios: template.scenarios.map((s, index) => emptyScenario(`${id}-skenario-${index + 1}`, s.typeName)),
    channels: template.channels.map(() => ({ channel: '', account: '', posters: '', note: '' })),
    monitoring: { routine: '', tools: '', levels: template.levels.map((l) => ({ ...l })) },
    firstHour: template.firstHour.map((step) => ({ ...step, owner: '' })),
    evaluation: { lead: '', timing: '', method: '', reviewSchedule: '', exerciseSchedule: '' },
  };
}

/** The template's example text for the rows of a new plan, by list and row: shown as examples, never stored. */
export function planExamples(template: PlanTemplate): Partial<Record<PlanList, ReadonlyArray<Readonly<Record<string, string>>>>> {
  return {
    contacts: template.contacts.map(({ organisation }) => ({ organisation })),
    stakeholders: template.stakeholders,
    channels: template.channels,
  };
}

export function duplicatePlan(plan: CommunicationPlan, id: string, now: Date, name = `${plan.name} (salinan)`): CommunicationPlan {
  const copy = structuredClone(plan);
  return {
    ...copy,
    id,
    name,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    scenarios: copy.scenarios.map((s, index) => ({ ...s, id: `${id}-skenario-${index + 1}` })),
  };
}

/** The name a plan is listed under: its own name, else its unit, else a placeholder. */
export function planTitle(plan: CommunicationPlan): string {
  return plan.name.trim() || plan.identity.unitName.trim() || 'Rencana tanpa nama';
}

export function activePlan(data: CommunicationPlans): CommunicationPlan | undefined {
  return data.plans.find((p) => p.id === data.activeId) ?? data.plans[0];
}

/** Replaces the plan with the same id, or adds it at the end; the changed plan becomes the open one. */
export function upsertPlan(data: CommunicationPlans, plan: CommunicationPlan): CommunicationPlans {
  const exists = data.plans.some((p) => p.id === plan.id);
  return { plans: exists ? data.plans.map((p) => (p.id === plan.id ? plan : p)) : [...data.plans, plan], activeId: plan.id };
}

/** Removes a plan; the plan before it (or the first) becomes the open one. */
export function removePlan(data: CommunicationPlans, id: string): CommunicationPlans {
  const index = data.plans.findIndex((p) => p.id === id);
  if (index < 0) return data;
  const plans = data.plans.filter((p) => p.id !== id);
  const next = plans[Math.max(0, index - 1)];
  return { plans, activeId: data.activeId === id ? (next?.id ?? '') : data.activeId };
}

function segments(path: string): string[] {
  return path.split('.').filter(Boolean);
}

/** The list at a path (e.g. "monitoring.levels"), or undefined. */
export function listAt(plan: CommunicationPlan, list: PlanList): unknown[] {
  let node: unknown = plan;
  for (const key of segments(list)) node = (node as Record<string, unknown>)[key];
  return node as unknown[];
}

/** A copy of the plan with the list at `list` replaced. */
export function withList(plan: CommunicationPlan, list: PlanList, rows: unknown[]): CommunicationPlan {
  const copy = structuredClone(plan) as unknown as Record<string, unknown>;
  const keys = segments(list);
  const last = keys.pop()!;
  let node = copy;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  node[last] = rows;
  return copy as unknown as CommunicationPlan;
}

export function addRow(plan: CommunicationPlan, list: PlanList, id: string): CommunicationPlan {
  return withList(plan, list, [...listAt(plan, list), emptyRow(list, id)]);
}

export function removeRow(plan: CommunicationPlan, list: PlanList, index: number): CommunicationPlan {
  return withList(
    plan,
    list,
    listAt(plan, list).filter((_, i) => i !== index),
  );
}

/**
 * A copy of the plan with the text field at `path` (e.g. "team.2.phone", "scenarios.0.messages.1.facts.2") set.
 * The path is typed (a wrong one fails the type check); one read from the page is checked here too: a path that does
 * not reach a text field leaves the plan as it was.
 */
export function setPlanField(plan: CommunicationPlan, path: PlanFieldPath, value: string): CommunicationPlan {
  const keys = segments(path);
  const last = keys.pop();
  if (last === undefined) return plan;
  const copy = structuredClone(plan) as unknown as Record<string, unknown>;
  let node: unknown = copy;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return plan;
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node !== 'object' || node === null || !Object.hasOwn(node, last)) return plan;
  if (typeof (node as Record<string, unknown>)[last] !== 'string') return plan;
  (node as Record<string, unknown>)[last] = value;
  return copy as unknown as CommunicationPlan;
}

/** The text field at a path, or undefined when there is none. */
export function getPlanField(plan: CommunicationPlan, path: PlanFieldPath): string | undefined {
  let node: unknown = plan;
  for (const key of segments(path)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' ? node : undefined;
}

/** True when the plan holds officers' names or phone numbers (personal data). */
export function hasPersonalData(plan: CommunicationPlan): boolean {
  const filled = (...values: string[]) => values.some((v) => v.trim() !== '');
  return (
    filled(plan.identity.owner) ||
    plan.team.some((m) => filled(m.name, m.phone, m.deputyName, m.deputyPhone)) ||
    plan.contacts.some((c) => filled(c.person, c.phone))
  );
}

/** The plan without names and phone numbers of people, for a file that may be shared. */
export function withoutPersonalData(plan: CommunicationPlan): CommunicationPlan {
  return {
    ...plan,
    identity: { ...plan.identity, owner: '' },
    team: plan.team.map((m) => ({ ...m, name: '', phone: '', deputyName: '', deputyPhone: '' })),
    contacts: plan.contacts.map((c) => ({ ...c, person: '', phone: '' })),
  };
}

/** The heading of a row in the form: its own name when it has one, else its kind and number. */
export function rowTitle(list: PlanList, row: unknown, index: number): string {
  const r = row as Record<string, string>;
  const n = index + 1;
  const named = (value: string | undefined, fallback: string) => value?.trim() || fallback;
  switch (list) {
    case 'team':
      return named(r.role, `Peran ${n}`);
    case 'approval':
      return `Langkah ${n}`;
    case 'contacts':
      return named(r.organisation, `Kontak ${n}`);
    case 'stakeholders':
      return named(r.audience, `Khalayak ${n}`);
    case 'scenarios':
      return r.typeName?.trim() ? `Skenario ${n}: ${r.typeName.trim()}` : `Skenario ${n}`;
    case 'channels':
      return named(r.channel, `Saluran ${n}`);
    case 'monitoring.levels':
      return named(r.level, `Tingkat ${n}`);
    case 'firstHour':
      return `Langkah ${n}`;
  }
}
