/**
 * Scenarios taken from the crisis-risk map ("Ambil dari peta risiko"): which of the map's top risks the plan
 * already covers, and the plan with the chosen ones added as scenario rows.
 */
import { MAX_SCENARIOS, type CommunicationPlan, type Scenario } from '@/schemas/communication-plan';
import { emptyScenario } from './plans';

/** A crisis type offered from the risk map: its id in the 'crisis-types' collection and its name. */
export interface OfferedRisk {
  typeId: string;
  name: string;
}

/** How many of the map's highest risks the plan page offers (the risk map page lists the same five). */
export const OFFERED_RISK_COUNT = 5;

const normalize = (name: string) => name.trim().toLocaleLowerCase('id').replace(/\s+/g, ' ');

/** True when the plan already has a scenario for this crisis type: taken from the map before, or typed with its name. */
export function planCoversRisk(plan: CommunicationPlan, risk: OfferedRisk): boolean {
  return plan.scenarios.some(
    (s) => s.typeId === risk.typeId || (normalize(s.typeName) !== '' && normalize(s.typeName) === normalize(risk.name)),
  );
}

/** A scenario row nobody has started: no crisis type, no statement, no message, no fact. */
function isBlankScenario(s: Scenario): boolean {
  return !s.typeId && [s.typeName, s.holdingStatement, ...s.messages.flatMap((m) => [m.text, ...m.facts])].every((t) => t.trim() === '');
}

export interface RiskScenarioResult {
  plan: CommunicationPlan;
  /** Risks that became scenarios, in the order given. */
  added: OfferedRisk[];
  /** Risks left out because the plan already has them (or they were asked for twice). */
  duplicates: OfferedRisk[];
  /** Risks left out because the plan reached its limit of scenarios. */
  overLimit: OfferedRisk[];
}

/**
 * The plan with a scenario for each chosen risk it does not have yet. Blank scenario rows (such as the empty one a
 * new plan starts with) are filled first, then rows are added at the end; `newId` gives an id to each added row.
 */
export function addRiskScenarios(
  plan: CommunicationPlan,
  risks: readonly OfferedRisk[],
  newId: (index: number) => string,
): RiskScenarioResult {
  const scenarios = [...plan.scenarios];
  const result: Omit<RiskScenarioResult, 'plan'> = { added: [], duplicates: [], overLimit: [] };
  for (const risk of risks) {
    if (planCoversRisk({ ...plan, scenarios }, risk)) {
      result.duplicates.push(risk);
      continue;
    }
    const blank = scenarios.findIndex(isBlankScenario);
    if (blank >= 0) {
      scenarios[blank] = { ...scenarios[blank]!, typeId: risk.typeId, typeName: risk.name };
    } else if (scenarios.length < MAX_SCENARIOS) {
      scenarios.push({ ...emptyScenario(newId(result.added.length), risk.name), typeId: risk.typeId });
    } else {
      result.overLimit.push(risk);
      continue;
    }
    result.added.push(risk);
  }
  return { ...result, plan: result.added.length > 0 ? { ...plan, scenarios } : plan };
}
