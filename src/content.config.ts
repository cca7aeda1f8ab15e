import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pressReleaseDrillSchema } from './schemas/press-release-drill';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  pressReleaseDrills: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/press-release-drills' }), schema: pressReleaseDrillSchema }),
};
