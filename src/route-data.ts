// Starlight route middleware: links in frontmatter (a hero's buttons, such as the 404 page's "Ke beranda") are written
// root-absolute like the content's; here they get the base path, as src/integrations/base-links.ts does for text.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from '@/integrations/base-links';

export const onRequest = defineRouteMiddleware((context) => {
  for (const action of context.locals.starlightRoute.entry.data.hero?.actions ?? []) {
    action.link = withBase(action.link, import.meta.env.BASE_URL);
  }
});
