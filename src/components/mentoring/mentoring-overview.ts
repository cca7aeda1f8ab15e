/**
 * <mentoring-overview>: the mentor's regional overview. Packages are kept in the mentor document (persistentDocument);
 * the table is drawn from it, sorted by the column the mentor chose. Reading files, the unit view and feedback export
 * are loaded on first use.
 */
import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import { persistentDocument } from '@/state/persistent-document';
import { mentorDocument } from '@/state/documents/mentoring';
import type { MentorStore } from '@/schemas/mentoring';
import { dimensionColumns, missingUnits, overviewRow, regionAverages, sectionColumns, sortRows, type OverviewRow, type SortColumn, type SortDirection } from '@/domain/mentoring/overview';
import { removeUnit } from '@/domain/mentoring/mentor-edits';
import { h } from '@/components/shared/dom';
import { downloadText, formatDateTime } from '@/components/shared/download';
import { acceptDroppedFiles, readTextFiles } from '@/components/shared/read-files';

const STATUS_SHORT = { belum: 'belum', 'perlu-perbaikan': 'perlu perbaikan', diterima: 'diterima' } as const;
const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value}%`);

class MentoringOverviewElement extends HTMLElement {
  #store = persistentDocument(mentorDocument);
  #sort: { column: SortColumn; direction: SortDirection } = { column: 'unit', direction: 'ascending' };
  /** Key of the unit open in the read-only view, if any. */
  #openKey = '';

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('[data-files]')!;
    input.addEventListener('change', () => {
      void this.importFiles([...(input.files ?? [])]);
      input.value = '';
    });
    acceptDroppedFiles(this.querySelector<HTMLElement>('[data-drop]')!, (files) => void this.importFiles(files));
    this.#bindRegionForm();
    this.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
    this.querySelector('[data-overview]')?.addEventListener('click', (event) => this.#onTableClick(event));
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement>('input, textarea, button')) control.disabled = false;
    this.#store.$data.subscribe(() => this.#render());
  }

  #bindRegionForm(): void {
    const form = this.querySelector<HTMLFormElement>('[data-region]')!;
    const fields = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')];
    this.#store.$data.subscribe((store) => {
      for (const field of fields) {
        const value = store[field.name as 'mentor' | 'regionUnits'];
        // Never rewrite the field the user is typing in: that would move the cursor.
        if (field !== document.activeElement && field.value !== value) field.value = value;
      }
    });
    form.addEventListener('input', () => this.#store.update((store) => ({ ...store, mentor: fields[0]!.value, regionUnits: fields[1]!.value })));
    form.addEventListener('submit', (event) => event.preventDefault());
  }

  async importFiles(files: File[]): Promise<void> {
    const status = this.querySelector('[data-import-status]')!;
    status.textContent = `Membaca ${files.length} berkas…`;
    const [read, { importPackages }] = await Promise.all([readTextFiles(files), import('./overview-tools')]);
    const result = await importPackages(read, this.#store.$data.get(), new Date());
    if (result.accepted.length > 0) this.#store.set(result.store);
    const outcome = { baru: 'unit baru', 'lebih-baru': 'paket terbaru unit ini', 'lebih-lama': 'lebih lama dari yang ada, disimpan di riwayat' } as const;
    const accepted = result.accepted.map((a) => `${a.unit} (${outcome[a.outcome]})`).join('; ');
    status.textContent =
      `${read.length} berkas dibaca: ${result.accepted.length} diterima, ${result.rejected.length} ditolak.` + (accepted ? ` Diterima: ${accepted}.` : '');
    this.querySelector('[data-rejected-list]')!.replaceChildren(
      ...result.rejected.map((r) => h('li', { class: 'mo-rejected', 'data-rejected-file': r.name }, h('strong', {}, r.name), `: ${r.reason}`)),
    );
    this.querySelector<HTMLElement>('[data-rejected]')!.hidden = result.rejected.length === 0;
  }

  #onTableClick(event: Event): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button) return;
    const { sort, open, remove } = button.dataset;
    if (sort) {
      const column = sort as SortColumn;
      const direction: SortDirection = this.#sort.column === column && this.#sort.direction === 'ascending' ? 'descending' : 'ascending';
      this.#sort = { column, direction };
      this.#render();
      this.querySelector<HTMLButtonElement>(`[data-sort="${CSS.escape(column)}"]`)?.focus();
    } else if (open) void this.openUnit(open);
    else if (remove) this.removeUnit(remove);
  }

  removeUnit(key: string): void {
    const unit = this.#store.$data.get().units.find((u) => u.key === key);
    if (!unit || !window.confirm(`Hapus ${unit.current.unit.name} beserta semua paket dan umpan baliknya dari peramban ini?`)) return;
    const removeButtons = () => [...this.querySelectorAll<HTMLButtonElement>('button[data-remove]')];
    const index = removeButtons().findIndex((button) => button.dataset.remove === key);
    this.#store.update((store) => removeUnit(store, key));
    this.querySelector('[data-import-status]')!.textContent = `${unit.current.unit.name} dihapus dari rekap.`;
    // The pressed button is gone with its row: the focus goes to the row that took its place, else to the heading.
    const left = removeButtons().filter((button) => button.dataset.remove !== key && button.checkVisibility()); // an emptied table stays, hidden
    (left[Math.min(index, left.length - 1)] ?? this.querySelector<HTMLElement>('#mo-rekap'))?.focus();
  }

  async exportFeedback(key: string): Promise<void> {
    const store = this.#store.$data.get();
    const unit = store.units.find((u) => u.key === key);
    if (!unit) return;
    const { buildFeedbackFile, buildFeedbackPayload, feedbackFileName } = await import('./overview-tools');
    const payload = buildFeedbackPayload(unit, store.mentor, new Date());
    downloadText(feedbackFileName(payload), JSON.stringify(await buildFeedbackFile(payload), null, 2));
    const status = this.querySelector(this.dataset.view === 'unit' ? '[data-view-status]' : '[data-import-status]');
    if (status) status.textContent = `Umpan balik untuk ${unit.current.unit.name} diunduh sebagai «${feedbackFileName(payload)}». Kirimkan berkas itu kepada unit.`;
  }

  async openUnit(key: string): Promise<void> {
    this.#openKey = key;
    const { renderUnitView } = await import('./unit-view');
    const view = this.querySelector<HTMLElement>('[data-unit-view]')!;
    renderUnitView(view, this.#store, key, {
      close: () => this.closeUnit(),
      exportFeedback: () => void this.exportFeedback(key),
    });
    this.dataset.view = 'unit';
    this.querySelector<HTMLElement>('[data-overview-part]')!.hidden = true;
    view.hidden = false;
    view.querySelector<HTMLElement>('h2')?.focus();
  }

  closeUnit(): void {
    const key = this.#openKey;
    this.#openKey = '';
    this.dataset.view = 'overview';
    this.querySelector<HTMLElement>('[data-unit-view]')!.hidden = true;
    this.querySelector<HTMLElement>('[data-overview-part]')!.hidden = false;
    this.querySelector<HTMLButtonElement>(`[data-open="${CSS.escape(key)}"]`)?.focus();
  }

  #render(): void {
    const store = this.#store.$data.get();
    if (this.#openKey && !store.units.some((u) => u.key === this.#openKey)) this.closeUnit();
    const rows = sortRows(store.units.map(overviewRow), this.#sort.column, this.#sort.direction);
    this.querySelector('[data-overview-summary]')!.textContent =
      rows.length === 0 ? 'Belum ada paket yang diimpor.' : `${rows.length} unit telah mengirim paket.`;
    this.querySelector<HTMLElement>('[data-sort-hint]')!.hidden = rows.length === 0;
    this.querySelector<HTMLElement>('[data-table-wrap]')!.hidden = rows.length === 0;
    this.querySelector<HTMLButtonElement>('[data-action="print"]')!.disabled = rows.length === 0;
    if (rows.length > 0) this.#renderTable(store, rows);
    const missing = missingUnits(store);
    const hasList = store.regionUnits.trim() !== '';
    this.querySelector('[data-missing]')!.replaceChildren(
      ...(!hasList
        ? [h('li', {}, 'Isi daftar unit wilayah untuk melihat unit yang belum mengirim.')]
        : missing.length === 0
          ? [h('li', {}, 'Semua unit dalam daftar sudah mengirim paket.')]
          : missing.map((name) => h('li', { 'data-missing-unit': '' }, name))),
    );
  }

  #renderTable(store: MentorStore, rows: OverviewRow[]): void {
    const dimensions = dimensionColumns(store.units);
    const sections = sectionColumns(rows);
    const averages = regionAverages(rows, dimensions);
    const sortable = (column: SortColumn, label: string) => {
      const active = this.#sort.column === column;
      return h(
        'th',
        // Only the sorted column says so: thirteen headers announcing "not sorted" are noise.
        { scope: 'col', 'aria-sort': active ? this.#sort.direction : undefined },
        h('button', { type: 'button', 'data-sort': column }, label, h('span', { 'aria-hidden': 'true' }, active ? (this.#sort.direction === 'ascending' ? '▲' : '▼') : '')),
        h('span', { class: 'sk-print-only' }, label),
      );
    };
    const plain = (label: string, extra: Record<string, string> = {}) => h('th', { scope: 'col', ...extra }, label);
    const sectionList = (items: { title: string; value: string }[]) =>
      h('ul', { class: 'mo-sections' }, ...items.map((item, i) => h('li', { title: item.title }, h('span', { class: 'sr-only' }, `${item.title}: `), h('span', { 'aria-hidden': 'true' }, `${i + 1}:`), ` ${item.value}`)));

    const legend = this.querySelector<HTMLElement>('[data-section-legend]')!;
    legend.hidden = sections.length === 0;
    legend.textContent = `Bagian rencana: ${sections.map((s, i) => `${i + 1}. ${s.title}`).join('; ')}.`;
    const table = this.querySelector<HTMLTableElement>('[data-overview]')!;
    table.replaceChildren(
      h('caption', { class: 'sr-only' }, 'Rekap wilayah: satu baris per unit, diurutkan menurut kolom yang dipilih'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          sortable('unit', 'Unit'),
          sortable('jenis', 'Jenis'),
          sortable('diterima', 'Diterima'),
          ...dimensions.map((d) => sortable(`dimensi:${d.id}`, d.name)),
          sortable('keseluruhan', 'Kesiapan keseluruhan'),
          plain('Risiko teratas'),
          sortable('rencana', 'Kelengkapan rencana (per bagian)'),
          sortable('siaran-pers', 'Siaran pers (skor terbaik)'),
          plain('Umpan balik'),
          plain('Tindakan', { class: 'sk-no-print' }),
        ),
      ),
      h(
        'tbody',
        {},
        ...rows.map((row) =>
          h(
            'tr',
            { 'data-unit': row.key },
            h('th', { scope: 'row', class: 'mo-name' }, row.name, row.history > 0 ? h('span', { class: 'mo-hint' }, ` (${row.history} paket lama)`) : ''),
            h('td', {}, row.type || '—'),
            h('td', {}, formatDateTime(row.receivedAt)),
            ...dimensions.map((d) => h('td', {}, percent(row.dimensions[d.id]))),
            h('td', { 'data-overall': '' }, percent(row.overall)),
            h('td', { class: 'mo-risks' }, row.topRisks.length === 0 ? '—' : h('ol', { class: 'mo-list' }, ...row.topRisks.map((r) => h('li', {}, `${r.name} (${r.score})`)))),
            h('td', {}, row.plan === null ? '—' : h('div', {}, h('strong', {}, percent(row.plan)), sectionList(row.planSections.map((s) => ({ title: s.title, value: `${s.percent}%` }))))),
            h('td', {}, row.release === null ? '—' : `${row.release}% (${row.releases} naskah)`),
            h('td', { class: 'mo-review-cell' }, `Asesmen: ${STATUS_SHORT[row.statuses.asesmen]}; rencana: ${STATUS_SHORT[row.statuses.rencana]}; siaran pers: ${STATUS_SHORT[row.statuses['siaran-pers']]}`),
            h(
              'td',
              { class: 'sk-no-print' },
              h(
                'div',
                { class: 'mo-actions' },
                h('button', { type: 'button', class: 'sk-button', 'data-open': row.key }, 'Buka', h('span', { class: 'sr-only' }, ` ${row.name}`)),
                h('button', { type: 'button', class: 'sk-button', 'data-variant': 'danger', 'data-remove': row.key }, 'Hapus', h('span', { class: 'sr-only' }, ` ${row.name}`)),
              ),
            ),
          ),
        ),
      ),
      h(
        'tfoot',
        {},
        h(
          'tr',
          { 'data-averages': '' },
          h('th', { scope: 'row' }, `Rata-rata wilayah (${averages.units} unit)`),
          h('td', {}, ''),
          h('td', {}, ''),
          ...dimensions.map((d) => h('td', {}, percent(averages.dimensions[d.id]))),
          h('td', { 'data-overall': '' }, percent(averages.overall)),
          h('td', {}, ''),
          h('td', {}, averages.plan === null ? '—' : h('div', {}, h('strong', {}, percent(averages.plan)), sectionList(sections.map((s) => ({ title: s.title, value: percent(averages.planSections[s.id]) }))))),
          h('td', {}, percent(averages.release)),
          h('td', {}, ''),
          h('td', { class: 'sk-no-print' }, ''),
        ),
      ),
    );
  }
}

if (!customElements.get('mentoring-overview')) customElements.define('mentoring-overview', MentoringOverviewElement);
