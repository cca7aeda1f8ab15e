import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { checklistSchema } from './schemas/checklist';
import { pressReleaseDrillSchema } from './schemas/press-release-drill';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  // One YAML file per checklist; the file name is its id (<Checklist id="jam-pertama" />).
  checklists: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/checklists' }), schema: checklistSchema }),
  // One YAML file per press-release drill; the file name is its id (<PressReleaseDrill id="…" />).
  pressReleaseDrills: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/press-release-drills' }), schema: pressReleaseDrillSchema }),
};
