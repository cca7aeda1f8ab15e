/**
 * Results a participant exports for the trainer: a small versioned file (app "siaga-krisis", kind "hasil-simulasi").
 * The trainer's side, reading many such files, is in result-import.ts.
 */
import type { Scenario } from '@/schemas/scenario';
import type { SimulationRun } from '@/schemas/simulation-run';
import type { SimulationResult, SimulationResultFile } from '@/schemas/simulation-result';
import { currentStep, findStep } from './engine';
import { scoreRun } from './scoring';
import { scoreWithRubric, type WritingScorer } from './writing';

export const RESULT_KIND = 'hasil-simulasi';
export const RESULT_FORMAT_VERSION = 1;

export interface Participant {
  name: string;
  unit: string;
}

export function buildResultFile(
  scenario: Scenario,
  scenarioId: string,
  run: SimulationRun,
  participant: Participant,
  options: { now: Date; id: string; scoreWriting?: WritingScorer },
): SimulationResultFile {
  const score = scoreRun(scenario, run, options.scoreWriting ?? scoreWithRubric);
  const end = currentStep(scenario, run);
  const endTask = end.task.kind === 'akhir' ? end.task : undefined;
  const result: SimulationResult = {
    id: options.id,
    scenario: { id: scenarioId, title: scenario.title },
    participant: { name: participant.name.trim().slice(0, 120), unit: participant.unit.trim().slice(0, 160) },
    speed: run.clock.speed,
    startedAt: run.startedAt,
    endedAt: run.endedAt ?? options.now.toISOString(),
    minutes: Math.round(run.clock.minutes * 10) / 10,
    ending: { id: end.id, title: endTask?.title ?? end.title, tone: endTask?.tone ?? 'sedang' },
    dimensions: score.dimensions,
    decisions: score.tasks.flatMap((task) => {
      const step = findStep(scenario, task.stepId);
      const action = run.actions.find((a) => a.stepId === task.stepId);
      if (step?.task.kind !== 'keputusan' || action?.kind !== 'keputusan') return [];
      const option = step.task.options.find((o) => o.id === action.optionId);
      if (!option) return [];
      return [
        {
          stepId: step.id,
          prompt: step.task.prompt,
          optionId: option.id,
          optionLabel: option.label,
          recommended: option.recommended === true,
          took: round(task.took),
        },
      ];
    }),
    writings: score.tasks.flatMap((task) => {
      const step = findStep(scenario, task.stepId);
      if (step?.task.kind !== 'tulisan' || !task.writing) return [];
      const points = task.writing.criteria.reduce((sum, c) => sum + c.earned, 0);
      const possible = task.writing.criteria.reduce((sum, c) => sum + c.points, 0);
      return [{ stepId: step.id, prompt: step.task.prompt, points, possible, words: task.writing.words }];
    }),
  };
  return { app: 'siaga-krisis', kind: RESULT_KIND, formatVersion: RESULT_FORMAT_VERSION, exportedAt: options.now.toISOString(), result };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** "hasil-simulasi-pelarian-apel-pagi-rina-lestari-2026-03-12.json" */
export function resultFileName(result: SimulationResult): string {
  const name = result.participant.name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `hasil-simulasi-${result.scenario.id}${name ? `-${name}` : ''}-${result.endedAt.slice(0, 10)}.json`;
}
