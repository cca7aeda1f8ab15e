import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { checklistSchema } from './schemas/checklist';
import { scenarioSchema } from './schemas/scenario';
import { planTemplateSchema } from './schemas/communication-plan';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  // One YAML file per checklist; the file name is its id (<Checklist id="jam-pertama" />).
  checklists: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/checklists' }), schema: checklistSchema }),
  /** Simulated crises: one YAML file per scenario; the file name is its id (/latihan/simulasi/<id>/). */
  scenarios: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/scenarios' }), schema: scenarioSchema }),
  /** Starting content of a new crisis communication plan (one file per template, id = file name). */
  planTemplates: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/plan-templates' }), schema: planTemplateSchema }),
};
