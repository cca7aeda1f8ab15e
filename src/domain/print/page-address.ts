/** The address printed under a page: the full URL when the deployed site's address is configured, else its path. */
export function pageAddress(pathname: string, siteUrl: string | undefined): string {
  if (!siteUrl) return pathname;
  return new URL(pathname, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
