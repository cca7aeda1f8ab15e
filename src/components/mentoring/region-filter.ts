/** The overview's Kantor Wilayah filter: one option per region the units' packages name, the choice kept when rows change. */
import { h } from '@/components/shared/dom';
import { regionChoices } from '@/domain/mentoring/overview-view';
import type { OverviewRow } from '@/domain/mentoring/overview';

export function fillRegionFilter(select: HTMLSelectElement, rows: readonly OverviewRow[]): void {
  const choices = regionChoices(rows);
  const signature = choices.map((c) => `${c.value}\u0000${c.label}`).join('\u0001');
  if (select.dataset.choices === signature) return; // unchanged: leave the list (and a screen reader's place in it) alone
  select.dataset.choices = signature;
  const chosen = select.value;
  select.replaceChildren(h('option', { value: '' }, 'Semua Kanwil'), ...choices.map((c) => h('option', { value: c.value }, c.label)));
  select.value = choices.some((c) => c.value === chosen) ? chosen : '';
}
