/**
 * <mentoring-overview>: the mentor's regional overview. Packages are kept in the mentor document (recordDocument:
 * IndexedDB, one record per package and per unit); the table is drawn from it, sorted by the column the mentor chose.
 * An import saves each file as it is read, so what the status reports as kept is in storage. The document's definition
 * (with the package schemas) loads with its records, which are read after the page starts anyway; reading files, the
 * unit view, feedback export, removing a unit and pruning the history (overview-actions.ts) load on first use.
 */
import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import { recordDocument, type RecordDocument } from '@/state/record-document';
import type { PersistentDocument } from '@/state/persistent-document';
import type { PinnedKeys } from '@/schemas/signing';
import type { MentoredUnit, MentorStore } from '@/schemas/mentoring';
import { DELIVERABLES } from '@/schemas/deliverables';
import {
  dimensionColumns,
  missingUnits,
  monitoringCell,
  overviewRow,
  ownValue,
  regionAverages,
  regionMonitoringTotals,
  sectionColumns,
  sortRows,
  type OverviewRow,
  type SortColumn,
  type SortDirection,
} from '@/domain/mentoring/overview';
import { filterRows, pageOf, type RowFilter } from '@/domain/mentoring/overview-view';
import { fillRegionFilter } from './region-filter';
import { h } from '@/components/shared/dom';
import { formatBytes, formatDateTime } from '@/components/shared/download';
import { acceptDroppedFiles } from '@/components/shared/read-files';
import { defineElement, SiteElement } from '@/components/shared/site-element';
import { DELIVERABLE_SHORT_LABELS, REVIEW_STATE_LABELS, reviewState } from '@/domain/mentoring/review-state';
import type { PendingPackage } from '@/domain/mentoring/package-import';

const actions = () => import('./overview-actions');

/** The storage line of the history panel: the browser's own estimate, or a plain word that it gives none. */
async function storageUsage(): Promise<string> {
  try {
    const { usage, quota } = await navigator.storage.estimate();
    if (usage !== undefined && quota) return `${formatBytes(usage)} dari perkiraan ruang ${formatBytes(quota)}`;
  } catch {
    // no estimate in this browser (or not in this context): said below
  }
  return 'peramban ini tidak memberi perkiraan ruang penyimpanan';
}

const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value}%`);

class MentoringOverviewElement extends SiteElement {
  /** Opened in start(); its controls stay disabled until its records are read. */
  #store!: RecordDocument<MentorStore>;
  #opened: Promise<RecordDocument<MentorStore>> = Promise.all([
    import('@/state/documents/mentor-overview'),
    // Fetched with the definition rather than after it (the first read loads them): the controls come alive sooner.
    import('@/domain/mentoring/mentor-records'),
    import('@/state/record-store'),
  ]).then(([{ mentorDocument }]) => (this.#store = recordDocument(mentorDocument)));
  /** The table is redrawn when the overview is shown again, not while the mentor types in a unit's review. */
  #stale = false;
  /**
   * Signing (signing-parts.ts), loaded after the page starts: this browser's key (signs feedback files) and the units'
   * keys pinned on their first signed package. Reading files and exporting feedback wait for it.
   */
  #signing = import('./signing-parts').then((parts) => ({ parts, ...parts.signingDocuments() }));
  #pins: PersistentDocument<PinnedKeys> | undefined;
  #signerState: typeof import('./signing-parts').packageSignerState | undefined;
  #sort: { column: SortColumn; direction: SortDirection } = { column: 'unit', direction: 'ascending' };
  #filter: RowFilter = { query: '', type: '', state: '' };
  #page = 0;
  /** A unit's row, computed once per version of the unit (units unchanged by an edit keep their identity). */
  #rows = new WeakMap<MentoredUnit, OverviewRow>();
  /** Key of the unit open in the read-only view, if any. */
  #openKey = '';
  /** Packages read but not kept until the mentor decides (in memory: reading the file again brings them back). */
  #pending: { list: PendingPackage[] } = { list: [] };

  protected start(signal: AbortSignal): void {
    const input = this.find<HTMLInputElement>('[data-files]');
    this.on(input, 'change', () => {
      void this.importFiles([...(input.files ?? [])]);
      input.value = '';
    });
    acceptDroppedFiles(this.find('[data-drop]'), (files) => void this.importFiles(files), signal);
    this.on(this.find('[data-action="print"]'), 'click', () => window.print());
    // The summary's builder and sealing load on the click: this page's own code is at its budget.
    this.on(this.find('[data-action="summary"]'), 'click', async () => {
      const [{ exportRegionalSummary }, store, { parts, ownKey }] = await Promise.all([
        import('./regional-summary-export'),
        this.#opened,
        this.#signing,
      ]);
      await exportRegionalSummary(this, store.$data.get(), parts, ownKey);
    });
    this.on(this.find('[data-overview]'), 'click', (event) => this.#onTableClick(event));
    const filters = this.find<HTMLFormElement>('[data-filters]');
    this.on(filters, 'input', () => {
      const data = new FormData(filters);
      this.#filter = {
        query: String(data.get('cari') ?? ''),
        type: String(data.get('jenis') ?? ''),
        region: String(data.get('kanwil') ?? ''),
        state: String(data.get('status') ?? ''),
      };
      this.#page = 0;
      this.#render();
    });
    this.on(filters, 'submit', (event) => event.preventDefault());
    this.on(this.find('[data-pager]'), 'click', (event) => {
      const step = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-page]')?.dataset.page;
      if (!step) return;
      this.#page += Number(step);
      this.#render();
      this.find('#mo-rekap').scrollIntoView({ block: 'start' });
    });
    this.on(
      this.find('[data-pending-list]'),
      'click',
      (event) =>
        void Promise.all([import('./overview-import'), this.#signing]).then(([{ onPendingClick }, { pins }]) =>
          onPendingClick(this, this.#store, this.#pending, event, pins),
        ),
    );
    const prune = this.find<HTMLFormElement>('[data-prune]');
    this.on(prune, 'submit', (event) => {
      event.preventDefault();
      void this.pruneHistory(prune);
    });
    void this.#signing.then(({ parts, pins, ownKey }) => {
      this.#pins = pins;
      this.#signerState = parts.packageSignerState;
      this.watch(pins.$data, (kept) => {
        parts.showPinCount(this, kept);
        this.#render();
      });
      this.watch(ownKey.$data, (own) => void parts.showOwnKey(this, own));
    });
    void this.#opened.then(async (store) => {
      this.#bindRegionForm(store);
      this.watch(store.$data, () => this.#render());
      // Controls come alive once the stored records are read: an import before that would judge against an empty store.
      await store.ready;
      for (const control of this.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | HTMLButtonElement>(
        'input, textarea, select, button',
      ))
        control.disabled = false;
    });
  }

  #bindRegionForm(store: RecordDocument<MentorStore>): void {
    const form = this.find<HTMLFormElement>('[data-region]');
    const fields = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')];
    const named = (name: string) => fields.find((f) => f.name === name)!.value;
    this.watch(store.$data, (store) => {
      for (const field of fields) {
        const value = store[field.name as 'mentor' | 'regionUnits' | 'region'] ?? '';
        // Never rewrite the field the user is typing in: that would move the cursor.
        if (field !== document.activeElement && field.value !== value) field.value = value;
      }
    });
    this.on(form, 'input', () =>
      store.update((data) => ({ ...data, mentor: named('mentor'), regionUnits: named('regionUnits'), region: named('region') })),
    );
    this.on(form, 'submit', (event) => event.preventDefault());
  }

  /** The import under way: a second batch chosen meanwhile waits for it, so each is judged against what the first kept. */
  #importing: Promise<void> = Promise.resolve();

  /** Reading files and the packages waiting for a decision load on the first file chosen (overview-import.ts). */
  importFiles(files: File[]): Promise<void> {
    this.#importing = this.#importing.then(async () => {
      const [{ importFiles }, { pins }] = await Promise.all([import('./overview-import'), this.#signing, this.#opened]);
      // The table is drawn once at the end, not after each of 700 saves (the progress bar shows the way).
      this.dataset.importing = '';
      try {
        await importFiles(this, this.#store, this.#pending, files, pins);
      } finally {
        delete this.dataset.importing;
        this.#render();
      }
    });
    return this.#importing;
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
    else if (remove) void this.removeUnit(remove);
  }

  /** Asks (the kit's dialog), then removes the unit with its packages, feedback and pinned key (overview-actions.ts). */
  async removeUnit(key: string): Promise<void> {
    const [{ removeUnit }, { pins }] = await Promise.all([actions(), this.#signing]);
    await removeUnit(this, this.#store, key, pins);
  }

  async exportFeedback(key: string): Promise<void> {
    const [{ exportFeedback }, { parts, ownKey }] = await Promise.all([actions(), this.#signing]);
    await exportFeedback(this, this.#store.$data.get(), key, parts, ownKey);
  }

  /** "Rapikan riwayat" for every unit, or for the open one (its form in the unit view). */
  async pruneHistory(form: HTMLFormElement, unitKey?: string): Promise<void> {
    const report = await (await actions()).pruneHistory(this, this.#store, form, unitKey);
    // The open unit's view is drawn again without the removed packages, with the report in its status line.
    if (report && unitKey && this.#openKey === unitKey) {
      await this.openUnit(unitKey);
      this.find('[data-view-status]').textContent = report;
    }
  }

  async openUnit(key: string): Promise<void> {
    this.#openKey = key;
    const { renderUnitView } = await import('./unit-view');
    const view = this.find('[data-unit-view]');
    renderUnitView(view, this.#store, key, {
      close: () => this.closeUnit(),
      exportFeedback: () => void this.exportFeedback(key),
      prune: (form) => void this.pruneHistory(form, key),
    });
    this.dataset.view = 'unit';
    this.find('[data-overview-part]').hidden = true;
    view.hidden = false;
    view.querySelector<HTMLElement>('h2')?.focus();
  }

  closeUnit(): void {
    const key = this.#openKey;
    this.#openKey = '';
    this.dataset.view = 'overview';
    this.querySelector<HTMLElement>('[data-unit-view]')!.hidden = true;
    this.querySelector<HTMLElement>('[data-overview-part]')!.hidden = false;
    if (this.#stale) this.#render();
    this.querySelector<HTMLButtonElement>(`[data-open="${CSS.escape(key)}"]`)?.focus();
  }

  #render(): void {
    if (!this.#store) return; // the signing keys can arrive before the document is open
    const store = this.#store.$data.get();
    if (this.#openKey && !store.units.some((u) => u.key === this.#openKey)) this.closeUnit();
    // While a unit is open, the hidden table is not redrawn on every keystroke of a review: once, when it is shown.
    this.#stale = this.dataset.view === 'unit';
    if (this.#stale || this.dataset.importing !== undefined) return;
    const rows = store.units.map((unit) => {
      let row = this.#rows.get(unit);
      if (!row) this.#rows.set(unit, (row = overviewRow(unit)));
      return row;
    });
    this.querySelector('[data-overview-summary]')!.textContent =
      rows.length === 0 ? 'Belum ada paket yang diimpor.' : `${rows.length} unit telah mengirim paket.`;
    this.querySelector<HTMLElement>('[data-sort-hint]')!.hidden = rows.length === 0;
    this.querySelector<HTMLElement>('[data-filters]')!.hidden = rows.length === 0;
    this.querySelector<HTMLButtonElement>('[data-action="print"]')!.disabled = rows.length === 0;
    fillRegionFilter(this.querySelector<HTMLSelectElement>('[data-region-filter]')!, rows);
    // Filters and the page choose the rows drawn; the averages stay the region's, over every unit.
    const chosen = sortRows(filterRows(rows, this.#filter), this.#sort.column, this.#sort.direction);
    const page = pageOf(chosen.length, this.#page);
    this.#page = page.index;
    const filtered = this.#filter.query || this.#filter.type || this.#filter.region || this.#filter.state;
    const result =
      rows.length === 0
        ? ''
        : filtered
          ? chosen.length === 0
            ? 'Tidak ada unit yang cocok dengan pencarian dan saringan.'
            : `${chosen.length} dari ${rows.length} unit cocok.`
          : '';
    const resultBox = this.querySelector('[data-filter-result]')!;
    if (resultBox.textContent !== result) resultBox.textContent = result;
    this.querySelector<HTMLElement>('[data-table-wrap]')!.hidden = chosen.length === 0;
    const pager = this.querySelector<HTMLElement>('[data-pager]')!;
    pager.hidden = page.count <= 1;
    pager.querySelector('[data-page-label]')!.textContent =
      `Halaman ${page.index + 1} dari ${page.count} (unit ${page.from + 1}–${page.to} dari ${chosen.length})`;
    pager.querySelector<HTMLButtonElement>('[data-page="-1"]')!.disabled = page.index === 0;
    pager.querySelector<HTMLButtonElement>('[data-page="1"]')!.disabled = page.index >= page.count - 1;
    if (chosen.length > 0) this.#renderTable(store, chosen.slice(page.from, page.to), rows);
    this.#renderHistory(store);
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

  /** What the history panel last said (packages, older ones): the storage estimate is asked again only when it changes. */
  #historyShown = '';

  /** "Riwayat: 1.234 paket …, 38 MB dari perkiraan ruang 500 MB": the counts at once, the browser's estimate when it answers. */
  #renderHistory(store: MentorStore): void {
    const older = store.units.reduce((sum, unit) => sum + unit.history.length, 0);
    const shown = `${store.units.length}/${older}`;
    if (shown === this.#historyShown) return;
    this.#historyShown = shown;
    const n = (value: number) => value.toLocaleString('id-ID');
    const counts = `Riwayat: ${n(store.units.length + older)} paket dari ${n(store.units.length)} unit (${n(older)} paket lama)`;
    const summary = this.find('[data-history-summary]');
    summary.textContent = `${counts}.`;
    void storageUsage().then((usage) => {
      if (this.#historyShown === shown) summary.textContent = `${counts}, ${usage}.`;
    });
  }

  /** Who signed the unit's current package: its pinned key, another key the mentor accepted, or nobody. */
  #signerBadge(unitKey: string, packageId: string | undefined): HTMLElement | string {
    if (!this.#pins || !this.#signerState || !packageId) return '';
    const signer = this.#signerState(this.#pins.$data.get(), unitKey, packageId);
    const text =
      signer.state === 'tanpa-tanda-tangan'
        ? 'tanpa tanda tangan'
        : signer.state === 'tidak-tercatat'
          ? 'tanda tangan tidak tercatat'
          : signer.state === 'kunci-tersemat'
            ? `kunci ${signer.fingerprint}`
            : `kunci lain: ${signer.fingerprint}`;
    return h('span', { class: 'mo-signer', 'data-signer': signer.state }, text);
  }

  #renderTable(store: MentorStore, rows: OverviewRow[], everyRow: OverviewRow[]): void {
    const dimensions = dimensionColumns(store.units);
    const sections = sectionColumns(everyRow);
    const averages = regionAverages(everyRow, dimensions);
    const monitoringTotals = regionMonitoringTotals(everyRow);
    const units = new Map(store.units.map((u) => [u.key, u]));
    const sortable = (column: SortColumn, label: string, extra: Record<string, string> = {}) => {
      const active = this.#sort.column === column;
      return h(
        'th',
        // Only the sorted column says so: thirteen headers announcing "not sorted" are noise.
        { scope: 'col', 'aria-sort': active ? this.#sort.direction : undefined, ...extra },
        h(
          'button',
          { type: 'button', 'data-sort': column },
          label,
          h('span', { 'aria-hidden': 'true' }, active ? (this.#sort.direction === 'ascending' ? '▲' : '▼') : ''),
        ),
        h('span', { class: 'sk-print-only' }, label),
      );
    };
    const plain = (label: string, extra: Record<string, string> = {}) => h('th', { scope: 'col', ...extra }, label);
    const weakest = (row: OverviewRow) => {
      const lowest = [...row.planSections].sort((a, b) => a.percent - b.percent)[0];
      return lowest && lowest.percent < 100 ? h('span', { class: 'mo-hint' }, ` terendah: ${lowest.title} ${lowest.percent}%`) : '';
    };

    const legend = this.querySelector<HTMLElement>('[data-section-legend]')!;
    legend.hidden = sections.length === 0;
    legend.textContent = `Rata-rata wilayah per bagian rencana: ${sections.map((s) => `${s.title} ${percent(ownValue(averages.planSections, s.id))}`).join('; ')}.`;
    const table = this.querySelector<HTMLTableElement>('[data-overview]')!;
    table.replaceChildren(
      h('caption', { class: 'sr-only' }, 'Rekap wilayah: satu baris per unit, diurutkan menurut kolom yang dipilih'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          // The action first: on a narrow screen it is in view without scrolling sideways.
          plain('Tindakan', { class: 'sk-no-print' }),
          sortable('unit', 'Unit', { 'data-column': 'unit' }),
          sortable('jenis', 'Jenis'),
          sortable('kanwil', 'Kanwil'),
          sortable('diterima', 'Diterima'),
          plain('Tinjauan'),
          sortable('keseluruhan', 'Kesiapan keseluruhan'),
          ...dimensions.map((d) => sortable(`dimensi:${d.id}`, d.name, { class: 'mo-dimension' })),
          plain('Risiko teratas'),
          sortable('rencana', 'Kelengkapan rencana'),
          sortable('siaran-pers', 'Siaran pers (skor terbaik)'),
          plain('Pemantauan dan narasi (30 hari)'),
        ),
      ),
      h(
        'tbody',
        {},
        ...rows.map((row) => {
          const unit = units.get(row.key)!;
          return h(
            'tr',
            { 'data-unit': row.key },
            h(
              'td',
              { class: 'sk-no-print' },
              h(
                'div',
                { class: 'mo-actions' },
                h(
                  'button',
                  { type: 'button', class: 'sk-button', 'data-open': row.key },
                  'Buka',
                  h('span', { class: 'sr-only' }, ` ${row.name}`),
                ),
                h(
                  'button',
                  { type: 'button', class: 'sk-button', 'data-variant': 'danger', 'data-remove': row.key },
                  'Hapus',
                  h('span', { class: 'sr-only' }, ` ${row.name}`),
                ),
              ),
            ),
            h(
              'th',
              { scope: 'row', class: 'mo-name' },
              row.name,
              row.history > 0 ? h('span', { class: 'mo-hint' }, ` (${row.history} paket lama)`) : '',
              this.#signerBadge(row.key, units.get(row.key)?.current.id),
            ),
            h('td', {}, row.type || '—'),
            h('td', { 'data-region': '' }, row.region || '—'),
            h('td', { class: 'mo-date' }, formatDateTime(row.receivedAt)),
            h(
              'td',
              { class: 'mo-review-cell' },
              h(
                'ul',
                { class: 'mo-states' },
                ...DELIVERABLES.map((d) => {
                  const state = reviewState(unit, d);
                  return h(
                    'li',
                    { 'data-state': state, 'data-deliverable': d },
                    `${DELIVERABLE_SHORT_LABELS[d]}: `,
                    h('span', { class: 'mo-state' }, REVIEW_STATE_LABELS[state]),
                  );
                }),
              ),
            ),
            h('td', { 'data-overall': '' }, percent(row.overall)),
            ...dimensions.map((d) => h('td', {}, percent(ownValue(row.dimensions, d.id)))),
            h('td', { class: 'mo-risks' }, row.topRisks.length === 0 ? '—' : row.topRisks.map((r) => `${r.name} (${r.score})`).join('; ')),
            h('td', { 'data-plan': '' }, row.plan === null ? '—' : h('span', {}, h('strong', {}, percent(row.plan)), weakest(row))),
            h('td', {}, row.release === null ? '—' : `${row.release}% (${row.releases} naskah)`),
            h('td', { 'data-monitoring': '' }, monitoringCell(row.monitoring)),
          );
        }),
      ),
      h(
        'tfoot',
        {},
        h(
          'tr',
          { 'data-averages': '' },
          h('td', { class: 'sk-no-print' }, ''),
          h('th', { scope: 'row' }, `Rata-rata wilayah (${averages.units} unit)`),
          h('td', {}, ''),
          h('td', {}, ''),
          h('td', {}, ''),
          h('td', {}, ''),
          h('td', { 'data-overall': '' }, percent(averages.overall)),
          ...dimensions.map((d) => h('td', {}, percent(ownValue(averages.dimensions, d.id)))),
          h('td', {}, ''),
          h('td', {}, percent(averages.plan)),
          h('td', {}, percent(averages.release)),
          h(
            'td',
            { 'data-monitoring': '' },
            monitoringTotals ? `Jumlah ${monitoringTotals.units} unit: ${monitoringCell(monitoringTotals)}` : '—',
          ),
        ),
      ),
    );
  }
}

defineElement('mentoring-overview', MentoringOverviewElement);
