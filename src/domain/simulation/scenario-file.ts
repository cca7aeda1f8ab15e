/**
 * What the scenarios collection validates (src/content.config.ts): a scenario's shape, then its story as a graph.
 * The build stops on a broken story (a dangling reference, a step or an end nobody can reach), naming the file and
 * the step. The story check lives here, beside the loading, so the schema layer never imports the domain.
 */
import { z } from '@/schemas/zod';
import { scenarioSchema } from '@/schemas/scenario';
import { findScenarioProblems } from './structure';

export const scenarioFileSchema = scenarioSchema.check(
  z.superRefine((scenario, ctx) => {
    for (const problem of findScenarioProblems(scenario)) {
      ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path, input: scenario });
    }
  }),
);
