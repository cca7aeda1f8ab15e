/** Where checklists live on the site: /daftar-periksa/ (index) and one page per checklist. */
export const CHECKLIST_INDEX_HREF = '/daftar-periksa/';

export function checklistHref(checklistId: string): string {
  return `${CHECKLIST_INDEX_HREF}${checklistId}/`;
}
