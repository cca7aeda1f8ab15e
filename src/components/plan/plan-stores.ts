// The plan on screen and what follows from it (completeness, validation messages), as nanostores worked out once per version.
import { atom, computed } from 'nanostores';
import type { CommunicationPlan, CommunicationPlans } from '@/schemas/communication-plan';
import type { PersistentDocument } from '@/state/persistent-document';
import { activePlan } from '@/domain/plan/plans';
import { planCompleteness } from '@/domain/plan/completeness';
import { validatePlan } from '@/domain/plan/validation';

const pad = (n: number) => String(n).padStart(2, '0');
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** The stores of one plan builder. `draft` is the new plan shown while none is stored: it is stored on its first change. */
export function planStores(doc: PersistentDocument<CommunicationPlans>, draft: CommunicationPlan) {
  const $draft = atom(draft);
  /** The open stored plan, or the draft when there is none. */
  const $plan = computed([doc.$data, $draft], (data, unsaved) => activePlan(data) ?? unsaved);
  return {
    $draft,
    $plan,
    /** True while the plan on screen is the draft. */
    $isDraft: computed(doc.$data, (data) => data.plans.length === 0),
    /** Each section's completeness: the meters, the badges and each section's list read the same result. */
    $completeness: computed($plan, planCompleteness),
    /** Validation messages by field path. */
    $issues: computed($plan, (plan) => new Map(validatePlan(plan, today()).map((issue) => [issue.path, issue.message]))),
  };
}
