/**
 * The laporan kejadian drawn into the room's print-only <article> (then printed), or written as .docx. Loaded on the
 * first "Cetak laporan" or "Ekspor .docx", so the room's start-up does not carry it.
 */
import type { Incident } from '@/schemas/incident';
import type { CrisisLevelEntry } from '@/domain/crisis-model/levels';
import type { ChainCheck } from '@/domain/incident/chain';
import { reportOutline, type ReportOutline } from '@/domain/incident/report';
import { readIncident } from '@/domain/incident/state';
import { downloadBlob, fileDate, formatDateTime } from '@/components/shared/download';
import { h } from '@/components/shared/dom';

/** Draws a report outline (all its sections, or those a page chose) into an <article>. */
export function drawReport(article: HTMLElement, outline: ReportOutline): void {
  article.toggleAttribute('data-drill', outline.drill);
  article.replaceChildren(
    ...(outline.drill ? [h('p', { class: 'rk-drill' }, 'LATIHAN — bukan kejadian nyata')] : []),
    h('h2', {}, outline.title),
    h('dl', {}, ...outline.meta.flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])),
    h('p', {}, h('strong', {}, outline.integrity)),
    ...outline.sections.flatMap((section) => [
      h('h3', {}, section.heading),
      section.table
        ? h(
            'table',
            {},
            h('thead', {}, h('tr', {}, ...section.table[0]!.map((cell) => h('th', { scope: 'col' }, cell)))),
            h('tbody', {}, ...section.table.slice(1).map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, cell))))),
          )
        : section.items?.length
          ? h('ul', {}, ...section.items.map((item) => h('li', { class: item.includes('\n') ? 'rk-statement' : undefined }, item)))
          : h('p', {}, section.empty),
    ]),
  );
}

export async function showReport(
  room: HTMLElement,
  incident: Incident,
  levels: readonly CrisisLevelEntry[],
  chain: ChainCheck,
  action: string,
  crisisTypes: ReadonlyArray<{ id: string; name: string }>,
): Promise<void> {
  const view = readIncident(incident);
  const typeName = crisisTypes.find((t) => t.id === view.crisisTypeId)?.name;
  const outline = reportOutline(incident, view, levels, chain, new Date(), formatDateTime, typeName);
  if (action === 'docx') {
    const { reportToDocx } = await import('@/domain/incident/report-docx');
    downloadBlob(`laporan-kejadian${incident.drill ? '-latihan' : ''}-${fileDate(incident.createdAt)}.docx`, await reportToDocx(outline));
    return;
  }
  drawReport(room.querySelector<HTMLElement>('[data-report]')!, outline);
  window.print();
}
