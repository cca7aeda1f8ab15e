/**
 * A path inside the site, under Astro's `base` (a Kanwil may publish the site at https://kanwil.example.go.id/siaga-krisis/).
 * Write every internal link and fetch as sitePath('/modul/jam-pertama/'), never as a bare '/modul/…', in pages,
 * components and client scripts alike: import.meta.env.BASE_URL is set at build time in both.
 */
export function sitePath(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  return `${base}/${path.replace(/^\/+/, '')}`;
}
