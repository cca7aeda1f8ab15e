/**
 * <national-overview>: the national view. The summaries read and the regions' pinned keys are kept in the national
 * document (localStorage: state/documents/national.ts); everything shown is drawn from it by
 * domain/mentoring/national.ts. Reading and checking files, and the summaries held for a decision on their signature,
 * load on the first file chosen (national-import.ts).
 */
import '@/components/shared/storage-notices';
import { SiteElement, defineElement, readPageData } from '@/components/shared/site-element';
import type { ReviewState } from '@/domain/mentoring/review-state';
import { persistentDocument } from '@/state/persistent-document';
import { nationalDocument } from '@/state/documents/national';
import { DEFAULT_STALE_DAYS, nationalView, regionUnits, type RegionSignature } from '@/domain/mentoring/national';
import { removeRegion } from '@/domain/mentoring/national-store';
import type { NationalStore } from '@/schemas/regional-summary';
import type { HeldList } from './national-import';
import { acceptDroppedFiles } from '@/components/shared/read-files';
import { formatDateTime } from '@/components/shared/download';
import { confirmed } from '@/components/shared/confirm-dialog';
import { h } from '@/components/shared/dom';
import { setText } from '@/components/shared/set-text';

const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value}%`);

/**
 * The region's "Kunci pengirim" cell: the fingerprint to compare by phone on its own line, then whether it is the
 * region's pinned key.
 */
function signatureCell(signature: RegionSignature): (string | HTMLElement)[] {
  const line = (text: string) => h('span', { class: 'nr-mentor' }, text);
  switch (signature.state) {
    case 'kunci-tersemat':
      return [
        h('span', { class: 'nr-print' }, signature.fingerprint),
        h('span', { class: 'nr-mentor nr-print' }, ` (tersemat sejak ${formatDateTime(signature.pinnedAt)})`),
      ];
    case 'kunci-lain':
      return [
        h('span', { class: 'nr-print' }, signature.fingerprint),
        line(signature.pinned ? `, bukan kunci tersemat ${signature.pinned}` : ' (belum tersemat)'),
      ];
    case 'tanpa-tanda-tangan':
      return ['Tanpa tanda tangan', ...(signature.pinned ? [line(` (kunci tersemat ${signature.pinned})`)] : [])];
  }
}

class NationalOverviewElement extends SiteElement {
  #store = persistentDocument(nationalDocument);
  #staleDays = DEFAULT_STALE_DAYS;
  /** The words for review states, from the build (PageData): the mentor's review logic is not loaded here. */
  #labels = {} as Record<ReviewState, string>;
  /** Files chosen meanwhile wait for the import under way, so each batch is judged against what the one before kept. */
  #importing: Promise<void> = Promise.resolve();
  /** Summaries held until the person decides on their signature (national-import.ts). */
  #held: HeldList = { list: [] };

  protected start(): void {
    this.#labels = readPageData<Record<ReviewState, string>>(this, 'review-labels', 'belum', 'diterima');
    const input = this.find<HTMLInputElement>('[data-files]');
    this.on(input, 'change', () => {
      void this.importFiles([...(input.files ?? [])]);
      input.value = '';
    });
    acceptDroppedFiles(this.find('[data-drop]'), (files) => void this.importFiles(files), this.connection);
    const days = this.find<HTMLFormElement>('[data-days]');
    this.on(days, 'input', () => {
      const value = Number(new FormData(days).get('hari'));
      // A half-typed or empty number keeps the last good one.
      if (Number.isInteger(value) && value >= 1 && value <= 366) {
        this.#staleDays = value;
        this.#render(this.#store.$data.get());
      }
    });
    this.on(days, 'submit', (event) => event.preventDefault());
    this.on(this.find('[data-regions]'), 'click', (event) => {
      const region = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-remove]')?.dataset.remove;
      if (region !== undefined) void this.removeRegion(region);
    });
    this.on(this.find('[data-held-list]'), 'click', (event) => {
      this.#importing = this.#importing.then(async () => {
        const { onHeldClick } = await import('./national-import');
        onHeldClick(this, this.#store, this.#held, event);
      });
    });
    this.watch(this.#store.$data, (store) => this.#render(store));
    for (const control of this.querySelectorAll<HTMLInputElement>('input')) control.disabled = false;
  }

  importFiles(files: File[]): Promise<void> {
    if (files.length === 0) return this.#importing;
    this.#importing = this.#importing.then(async () => {
      const { importSummaryFiles } = await import('./national-import');
      await importSummaryFiles(this, this.#store, this.#held, files);
    });
    return this.#importing;
  }

  async removeRegion(region: string): Promise<void> {
    const ok = await confirmed(this.find<HTMLDialogElement>('dialog[data-confirm]'), {
      title: `Hapus ringkasan ${region}?`,
      text: 'Ringkasan wilayah ini dihapus dari peramban ini. Anda dapat mengimpor berkasnya lagi kapan saja.',
    });
    if (!ok) return;
    this.#store.set(removeRegion(this.#store.$data.get(), region));
    const saved = this.#store.$status.get().state === 'saved';
    setText(
      this.find('[data-import-status]'),
      saved ? `Ringkasan ${region} dihapus.` : `Ringkasan ${region} belum dapat dihapus dari penyimpanan.`,
    );
    this.find('#nr-rekap').focus();
  }

  #render(store: NationalStore): void {
    const view = nationalView(store, new Date(), this.#staleDays);
    const any = view.regions.length > 0;
    setText(
      this.find('[data-national-summary]'),
      any
        ? `${view.regions.length} wilayah, ${view.units} unit, ${view.reported} sudah mengirim paket.`
        : 'Belum ada ringkasan wilayah yang diimpor.',
    );
    const averages = this.find('[data-averages]');
    averages.hidden = !any;
    const figure = (label: string, value: number | null) => h('div', {}, h('dt', {}, label), h('dd', {}, percent(value)));
    averages.replaceChildren(
      figure('Kesiapan keseluruhan', view.averages.overall),
      ...view.averages.dimensions.map((d) => figure(d.name, d.average)),
      figure('Kelengkapan rencana', view.averages.plan),
      figure('Siaran pers (skor terbaik)', view.averages.release),
    );
    this.find('[data-regions-part]').hidden = !any;
    this.find('[data-regions] tbody').replaceChildren(
      ...view.regions.map((r) =>
        h(
          'tr',
          { 'data-region': r.region },
          h('th', { scope: 'row' }, r.region, r.mentor ? h('span', { class: 'nr-mentor' }, r.mentor) : ''),
          h('td', {}, String(r.units)),
          h('td', {}, String(r.reported)),
          h('td', {}, percent(r.averages.overall)),
          h('td', {}, percent(r.averages.plan)),
          h('td', {}, percent(r.averages.release)),
          h('td', r.old ? { class: 'nr-old' } : {}, formatDateTime(r.writtenAt), r.old ? ' (lama)' : ''),
          h(
            'td',
            { class: r.signature.state === 'kunci-tersemat' ? undefined : 'nr-unsigned', 'data-signer': r.signature.state },
            ...signatureCell(r.signature),
          ),
          h(
            'td',
            { class: 'sk-no-print' },
            h(
              'button',
              { type: 'button', class: 'sk-button nr-remove', 'data-variant': 'danger', 'data-remove': r.region },
              'Hapus',
              h('span', { class: 'sr-only' }, ` ${r.region}`),
            ),
          ),
        ),
      ),
    );
    this.#renderRegionUnits(store);
    this.find('[data-old-part]').hidden = !any;
    this.find('[data-old]').replaceChildren(
      ...(view.oldRegions.length === 0
        ? [h('li', {}, `Tidak ada ringkasan yang lebih lama dari ${this.#staleDays} hari.`)]
        : view.oldRegions.map((r) => h('li', { 'data-old-region': '' }, `${r.region}: ringkasan ${formatDateTime(r.writtenAt)}`))),
    );
    this.find('[data-missing-part]').hidden = !any;
    this.find('[data-missing]').replaceChildren(
      ...(view.notReported.length === 0
        ? [h('li', {}, 'Semua unit dalam daftar wilayah sudah mengirim paket.')]
        : view.notReported.map((m) => h('li', { 'data-missing-unit': '' }, `${m.unit} (${m.region})`))),
    );
  }

  /** One expandable list per region, kept open across redraws. */
  #renderRegionUnits(store: NationalStore): void {
    const box = this.find('[data-region-units]');
    const open = new Set([...box.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.dataset.region));
    const sorted = [...store.regions].sort((a, b) => a.summary.region.localeCompare(b.summary.region, 'id'));
    box.replaceChildren(
      ...sorted.map(({ summary }) =>
        h(
          'details',
          { 'data-region': summary.region, open: open.has(summary.region) ? '' : undefined },
          h('summary', {}, `${summary.region}: ${summary.units.length} unit`),
          h(
            'div',
            { class: 'sk-table-wrap', role: 'region', 'aria-label': `Unit ${summary.region}`, tabindex: '0' },
            h(
              'table',
              {},
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ...['Unit', 'Jenis', 'Paket terakhir', 'Kesiapan', 'Rencana', 'Siaran pers', 'Tinjauan'].map((label) =>
                    h('th', { scope: 'col' }, label),
                  ),
                ),
              ),
              h(
                'tbody',
                {},
                ...regionUnits(summary).map((unit) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row' }, unit.name),
                    h('td', {}, unit.type || '—'),
                    h('td', {}, unit.packageCreatedAt ? formatDateTime(unit.packageCreatedAt) : 'belum mengirim'),
                    h('td', {}, percent(unit.overall)),
                    h('td', {}, percent(unit.plan)),
                    h('td', {}, percent(unit.release)),
                    h(
                      'td',
                      {},
                      `penilaian mandiri: ${this.#labels[unit.statuses.asesmen]}; rencana: ${this.#labels[unit.statuses.rencana]}; siaran pers: ${this.#labels[unit.statuses['siaran-pers']]}`,
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }
}

defineElement('national-overview', NationalOverviewElement);
