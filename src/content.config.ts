import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { checklistSchema } from './schemas/checklist';
import { planTemplateSchema } from './schemas/communication-plan';
import { crisisTypeSchema } from './schemas/crisis-type';
import { crisisLevelSchema } from './schemas/crisis-level';
import { questionnaireSchema } from './schemas/questionnaire';
import { pressReleaseDrillSchema } from './schemas/press-release-drill';
import { scenarioFileSchema } from './domain/simulation/scenario-file';
import { documentTemplateSchema } from './schemas/document-template';
import { templatesLoader } from './integrations/templates-loader';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  // One YAML file per checklist; the file name is its id (<Checklist id="jam-pertama" />).
  checklists: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/checklists' }), schema: checklistSchema }),
  /** Simulated crises: one YAML file per scenario; the file name is its id (/latihan/simulasi/<id>/). Shape and story are checked. */
  scenarios: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/scenarios' }), schema: scenarioFileSchema }),
  /** Starting content of a new crisis communication plan (one file per template, id = file name). */
  planTemplates: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/plan-templates' }),
    schema: planTemplateSchema,
  }),
  // Crisis types in one file, each with its own id (the risk map and the plan builder refer to it).
  'crisis-types': defineCollection({ loader: file('src/content/crisis-types/jenis-krisis.yaml'), schema: crisisTypeSchema }),
  // The crisis-level model (four levels, training model) in one file; the modules, the triage and the plan template read it.
  'crisis-levels': defineCollection({ loader: file('src/content/crisis-levels/tingkat-krisis.yaml'), schema: crisisLevelSchema }),
  // One YAML file per questionnaire; the file name is its id (<SelfAssessment id="kesiapan-krisis" />).
  questionnaires: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/questionnaires' }),
    schema: questionnaireSchema,
  }),
  // One YAML file per press-release drill; the file name is its id (<PressReleaseDrill id="…" />).
  // Fill-in documents (/templat/<id>/): one YAML file per template; the loader checks the template text with file and line.
  templates: defineCollection({ loader: templatesLoader(), schema: documentTemplateSchema }),
  pressReleaseDrills: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/press-release-drills' }),
    schema: pressReleaseDrillSchema,
  }),
};
