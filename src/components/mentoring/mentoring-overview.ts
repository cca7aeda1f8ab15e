/**
 * <mentoring-overview>: the mentor's regional overview. Packages are kept in the mentor document (persistentDocument);
 * the table is drawn from it, sorted by the column the mentor chose. Reading files, the unit view and feedback export
 * are loaded on first use.
 */
import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import { persistentDocument } from '@/state/persistent-document';
import { mentorDocument } from '@/state/documents/mentoring';
import type { PersistentDocument } from '@/state/persistent-document';
import type { PinnedKeys } from '@/schemas/signing';
import { DELIVERABLES, type MentorStore } from '@/schemas/mentoring';
import { dimensionColumns, missingUnits, monitoringCell, overviewRow, ownValue, regionAverages, regionMonitoringTotals, sectionColumns, sortRows, type OverviewRow, type SortColumn, type SortDirection } from '@/domain/mentoring/overview';
import { removeUnit } from '@/domain/mentoring/mentor-edits';
import { h } from '@/components/shared/dom';
import { downloadText, formatDateTime } from '@/components/shared/download';
import { acceptDroppedFiles, readTextFiles } from '@/components/shared/read-files';
import { MAX_SEALED_BYTES } from '@/domain/mentoring/file-limits';
import { REVIEW_STATE_LABELS, reviewState, staleDeliverables } from '@/domain/mentoring/review-state';
import type { PendingPackage } from '@/domain/mentoring/package-import';
import { SiteElement, defineElement } from '@/components/shared/site-element';

const DELIVERABLE_SHORT = { asesmen: 'asesmen', rencana: 'rencana', 'siaran-pers': 'siaran pers' } as const;
const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value}%`);

class MentoringOverviewElement extends SiteElement {
  #store = persistentDocument(mentorDocument);
  /**
   * Signing (signing-parts.ts), loaded after the page starts: this browser's key (signs feedback files) and the units'
   * keys pinned on their first signed package. Reading files and exporting feedback wait for it.
   */
  #signing = import('./signing-parts').then((parts) => ({ parts, ...parts.signingDocuments() }));
  #pins: PersistentDocument<PinnedKeys> | undefined;
  #signerState: typeof import('./signing-parts').packageSignerState | undefined;
  #sort: { column: SortColumn; direction: SortDirection } = { column: 'unit', direction: 'ascending' };
  /** Key of the unit open in the read-only view, if any. */
  #openKey = '';
  /** Packages read but not kept until the mentor decides (in memory: reading the file again brings them back). */
  #pending: PendingPackage[] = [];

  protected start(signal: AbortSignal): void {
    const input = this.querySelector<HTMLInputElement>('[data-files]')!;
    input.addEventListener('change', () => {
      void this.importFiles([...(input.files ?? [])]);
      input.value = '';
    }, { signal });
    acceptDroppedFiles(this.querySelector<HTMLElement>('[data-drop]')!, (files) => void this.importFiles(files), signal);
    this.#bindRegionForm();
    this.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print(), { signal });
    this.querySelector('[data-overview]')?.addEventListener('click', (event) => this.#onTableClick(event), { signal });
    this.querySelector('[data-pending-list]')?.addEventListener('click', (event) => void this.#onPendingClick(event), { signal });
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement>('input, textarea, button')) control.disabled = false;
    this.watch(this.#store.$data, () => this.#render());
    void this.#signing.then(({ parts, pins, ownKey }) => {
      this.#pins = pins;
      this.#signerState = parts.packageSignerState;
      pins.$data.subscribe(() => this.#render());
      ownKey.$data.subscribe((own) => void parts.showOwnKey(this, own));
    });
  }

  #bindRegionForm(): void {
    const form = this.querySelector<HTMLFormElement>('[data-region]')!;
    const fields = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')];
    this.watch(this.#store.$data, (store) => {
      for (const field of fields) {
        const value = store[field.name as 'mentor' | 'regionUnits'];
        // Never rewrite the field the user is typing in: that would move the cursor.
        if (field !== document.activeElement && field.value !== value) field.value = value;
      }
    });
    form.addEventListener('input', () => this.#store.update((store) => ({ ...store, mentor: fields[0]!.value, regionUnits: fields[1]!.value })), { signal: this.connection });
    form.addEventListener('submit', (event) => event.preventDefault(), { signal: this.connection });
  }

  async importFiles(files: File[]): Promise<void> {
    const status = this.querySelector('[data-import-status]')!;
    status.textContent = `Membaca ${files.length} berkas…`;
    const [read, { importPackages }, { pins }] = await Promise.all([readTextFiles(files, MAX_SEALED_BYTES), import('./overview-tools'), this.#signing]);
    const result = await importPackages(read, this.#store.$data.get(), new Date(), pins.$data.get());
    const kept = result.accepted.length === 0 || this.#keep(result.store);
    if (kept && result.accepted.length > 0) pins.set(result.pins);
    const outcome = { baru: 'unit baru', 'lebih-baru': 'paket terbaru unit ini', 'lebih-lama': 'lebih lama dari yang ada, disimpan di riwayat' } as const;
    const accepted = result.accepted.map((a) => `${a.unit} (${outcome[a.outcome]})`).join('; ');
    const waiting = result.pending.length > 0 ? ` ${result.pending.length} menunggu keputusan Anda (lihat di bawah).` : '';
    status.textContent = kept
      ? `${read.length} berkas dibaca: ${result.accepted.length} diterima, ${result.rejected.length} ditolak.` + (accepted ? ` Diterima: ${accepted}.` : '') + waiting
      : `${read.length} berkas dibaca, tetapi tidak ada yang tersimpan: penyimpanan peramban penuh. Hapus unit yang tidak lagi didampingi, lalu impor lagi.` + waiting;
    this.querySelector('[data-rejected-list]')!.replaceChildren(
      ...result.rejected.map((r) => h('li', { class: 'mo-rejected', 'data-rejected-file': r.name }, h('strong', {}, r.name), `: ${r.reason}`)),
    );
    this.querySelector<HTMLElement>('[data-rejected]')!.hidden = result.rejected.length === 0;
    this.#pending = [...this.#pending.filter((p) => !result.pending.some((n) => n.payload.id === p.payload.id)), ...result.pending];
    this.#renderPending();
  }

  /** Saves a new store; when the browser refuses (storage full), puts the previous one back and says so (returns false). */
  #keep(next: MentorStore): boolean {
    const previous = this.#store.$data.get();
    this.#store.set(next);
    if (this.#store.$status.get().state !== 'not-saved') return true;
    this.#store.set(previous);
    return false;
  }

  /** Packages held back until the mentor decides: a replacement of a unit's current package, or a look-alike name. */
  #renderPending(): void {
    const list = this.querySelector<HTMLElement>('[data-pending-list]')!;
    this.querySelector<HTMLElement>('[data-pending]')!.hidden = this.#pending.length === 0;
    list.replaceChildren(
      ...this.#pending.map((pending) => {
        const replace = pending.reason === 'ganti';
        const key = pending.reason === 'kunci';
        const intro = key
          ? `: paket atas nama ${pending.against} dengan tanda tangan yang tidak cocok. Jangan diterima sebelum Anda memastikannya langsung kepada unit itu.`
          : replace
            ? `: paket baru untuk ${pending.against}. Bila diterima, paket ini menjadi paket terbaru unit itu dan status tinjauan Anda ditandai untuk paket lama. Yang berubah:`
            : `: unit baru “${pending.payload.unit.name}”.`;
        const accept = key ? (pending.keyDecision === 'kunci-lain' ? 'Percayai kunci baru dan terima' : 'Tetap terima tanpa tanda tangan') : replace ? 'Jadikan paket terbaru' : 'Terima sebagai unit baru';
        return h(
          'li',
          { class: 'mo-pending', 'data-pending-file': pending.name, 'data-reason': pending.reason },
          h('p', {}, h('strong', {}, pending.name), intro),
          h('ul', {}, ...pending.details.map((line, index) => h('li', {}, key && index === 0 ? h('strong', {}, line) : line))),
          h(
            'p',
            { class: 'mo-actions' },
            h('button', { type: 'button', class: 'sk-button', 'data-variant': key ? 'danger' : 'primary', 'data-confirm-pending': pending.payload.id }, accept, h('span', { class: 'sr-only' }, ` (${pending.name})`)),
            h('button', { type: 'button', class: 'sk-button', 'data-drop-pending': pending.payload.id }, 'Tolak', h('span', { class: 'sr-only' }, ` ${pending.name}`)),
          ),
        );
      }),
    );
  }

  async #onPendingClick(event: Event): Promise<void> {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    const id = button?.dataset.confirmPending ?? button?.dataset.dropPending;
    const pending = this.#pending.find((p) => p.payload.id === id);
    if (!button || !pending) return;
    const status = this.querySelector('[data-import-status]')!;
    this.#pending = this.#pending.filter((p) => p !== pending);
    if (button.dataset.confirmPending) {
      const [{ confirmPending }, { pins }] = await Promise.all([import('./overview-tools'), this.#signing]);
      const added = confirmPending(this.#store.$data.get(), pending, new Date(), pins.$data.get());
      if (!added.ok) status.textContent = `“${pending.name}” tidak disimpan: ${added.reason}`;
      else if (!this.#keep(added.store)) status.textContent = `“${pending.name}” tidak disimpan: penyimpanan peramban penuh.`;
      else {
        pins.set(added.pins);
        status.textContent = `“${pending.name}” diterima: ${pending.payload.unit.name}.`;
      }
    } else status.textContent = `“${pending.name}” ditolak; rekap tidak berubah.`;
    this.#renderPending();
    this.querySelector<HTMLElement>('[data-pending-list] button, [data-files]')?.focus();
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
    const status = this.querySelector(this.dataset.view === 'unit' ? '[data-view-status]' : '[data-import-status]');
    const stale = staleDeliverables(unit);
    if (stale.length > 0) {
      if (status) status.textContent = `Umpan balik belum dapat diekspor: status ${stale.map((d) => DELIVERABLE_SHORT[d]).join(', ')} diberikan untuk paket lama ${unit.current.unit.name}. Baca paket terbaru dan pilih statusnya lagi.`;
      return;
    }
    const { buildFeedbackFile, buildFeedbackPayload, feedbackFileName } = await import('./overview-tools');
    const payload = buildFeedbackPayload(unit, store.mentor, new Date());
    const { parts, ownKey } = await this.#signing;
    const signingPair = await parts.signingKey(ownKey);
    downloadText(feedbackFileName(payload), JSON.stringify(await buildFeedbackFile(payload, signingPair), null, 2));
    if (status) status.textContent = `Umpan balik untuk ${unit.current.unit.name} diunduh sebagai “${feedbackFileName(payload)}”, ${parts.signedPhrase(signingPair)}. Kirimkan berkas itu kepada unit.`;
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

  /** Who signed the unit's current package: its pinned key, another key the mentor accepted, or nobody. */
  #signerBadge(unitKey: string, packageId: string): HTMLElement | string {
    if (!this.#pins || !this.#signerState) return '';
    const signer = this.#signerState(this.#pins.$data.get(), unitKey, packageId);
    const text = signer.state === 'tanpa-tanda-tangan' ? 'tanpa tanda tangan' : signer.state === 'kunci-tersemat' ? `kunci ${signer.fingerprint}` : `kunci lain: ${signer.fingerprint}`;
    return h('span', { class: 'mo-signer', 'data-signer': signer.state }, text);
  }

  #renderTable(store: MentorStore, rows: OverviewRow[]): void {
    const dimensions = dimensionColumns(store.units);
    const sections = sectionColumns(rows);
    const averages = regionAverages(rows, dimensions);
    const monitoringTotals = regionMonitoringTotals(rows);
    const sortable = (column: SortColumn, label: string, extra: Record<string, string> = {}) => {
      const active = this.#sort.column === column;
      return h(
        'th',
        // Only the sorted column says so: thirteen headers announcing "not sorted" are noise.
        { scope: 'col', 'aria-sort': active ? this.#sort.direction : undefined, ...extra },
        h('button', { type: 'button', 'data-sort': column }, label, h('span', { 'aria-hidden': 'true' }, active ? (this.#sort.direction === 'ascending' ? '▲' : '▼') : '')),
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
          sortable('unit', 'Unit'),
          sortable('jenis', 'Jenis'),
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
          const unit = store.units.find((u) => u.key === row.key)!;
          return h(
            'tr',
            { 'data-unit': row.key },
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
            h('th', { scope: 'row', class: 'mo-name' }, row.name, row.history > 0 ? h('span', { class: 'mo-hint' }, ` (${row.history} paket lama)`) : '', this.#signerBadge(row.key, unit.current.id)),
            h('td', {}, row.type || '—'),
            h('td', { class: 'mo-date' }, formatDateTime(row.receivedAt)),
            h(
              'td',
              { class: 'mo-review-cell' },
              h(
                'ul',
                { class: 'mo-states' },
                ...DELIVERABLES.map((d) => {
                  const state = reviewState(unit, d);
                  return h('li', { 'data-state': state, 'data-deliverable': d }, `${DELIVERABLE_SHORT[d]}: `, h('span', { class: 'mo-state' }, REVIEW_STATE_LABELS[state]));
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
          h('td', { 'data-overall': '' }, percent(averages.overall)),
          ...dimensions.map((d) => h('td', {}, percent(ownValue(averages.dimensions, d.id)))),
          h('td', {}, ''),
          h('td', {}, percent(averages.plan)),
          h('td', {}, percent(averages.release)),
          h('td', { 'data-monitoring': '' }, monitoringTotals ? `Jumlah ${monitoringTotals.units} unit: ${monitoringCell(monitoringTotals)}` : '—'),
        ),
      ),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mentoring-overview': MentoringOverviewElement;
  }
}

defineElement('mentoring-overview', MentoringOverviewElement);
