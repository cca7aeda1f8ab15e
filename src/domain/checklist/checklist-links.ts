/** Where checklists live on the site: /daftar-periksa/ (index), one page per checklist, and the printable booklet. */
export const CHECKLIST_INDEX_HREF = '/daftar-periksa/';
export const CHECKLIST_BOOKLET_HREF = '/daftar-periksa/cetak-semua/';

export function checklistHref(checklistId: string): string {
  return `${CHECKLIST_INDEX_HREF}${checklistId}/`;
}
