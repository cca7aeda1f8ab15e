// Build time only (the plan builder's browser code receives the finished template): a plan template file plus the
// escalation levels of the one crisis-level model.
import type { PlanTemplate, PlanTemplateFile } from '@/schemas/communication-plan';
import { planEscalationLevels, type CrisisLevelEntry } from '@/domain/crisis-model/levels';

/** The template file with the escalation levels of the crisis-level model (criteria, response, who is told). */
export function planTemplateWithLevels(file: PlanTemplateFile, levels: readonly CrisisLevelEntry[]): PlanTemplate {
  return { ...file, levels: planEscalationLevels(levels) };
}
