/**
 * <narrative-record>: adds a publication with its aim and hand-entered numbers, and draws the month report per aim
 * (outputs, numbers, the balance between aims) that prints on A4.
 */
import '@/components/shared/storage-notices';
import { SiteElement, defineElement, readPageData } from '@/components/shared/site-element';
import { persistentDocument } from '@/state/persistent-document';
import { narrativeRecordDocument } from '@/state/documents/monitoring';
import { profileDocument } from '@/state/documents/profile';
import { narrativeMonthReport } from '@/domain/monitoring/narrative';
import { dayKey, longDay, monthName } from '@/domain/monitoring/calendar';
import { narrativeEntrySchema, type NarrativeEntry, type NarrativeRecord } from '@/schemas/monitoring';
import { barChart } from '@/components/shared/bar-chart';
import { setPrintUnit } from '@/components/shared/print-stamp';
import { h } from '@/components/shared/dom';
import { setText } from '@/components/shared/set-text';

const NUMBERS = ['views', 'reactions', 'shares', 'mediaPickups'] as const;
const formatNumber = (n: number) => n.toLocaleString('id-ID');

class NarrativeRecordElement extends SiteElement {
  #store = persistentDocument(narrativeRecordDocument);
  #form!: HTMLFormElement;
  #names: Record<'aim' | 'channel' | 'audience', Record<string, string>> = { aim: {}, channel: {}, audience: {} };

  protected start(): void {
    this.#names = readPageData<Record<'aim' | 'channel' | 'audience', Record<string, string>>>(this, 'names', 'aim', 'channel', 'audience');
    this.#form = this.find<HTMLFormElement>('form[data-add]');
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button'))
      control.disabled = false;
    const today = dayKey(new Date());
    this.#field('date').value = today;
    this.find<HTMLInputElement>('[data-month]').value = today.slice(0, 7);
    this.on(this.#form, 'submit', (event) => {
      event.preventDefault();
      this.savePublication();
    });
    this.on(this.find('[data-month]'), 'change', () => this.#render(this.#store.$data.get()));
    this.on(this.find('[data-action="print"]'), 'click', () => window.print());
    this.watch(this.#store.$data, (record) => this.#render(record));
    this.watch(persistentDocument(profileDocument).$data, (profile) => setPrintUnit(profile.unitName));
    this.dataset.ready = '';
  }

  #field(name: string): HTMLInputElement {
    return this.#form.elements.namedItem(name) as HTMLInputElement;
  }

  savePublication(): void {
    const error = this.find('[data-error]');
    const title = this.#field('title');
    if (!title.value.trim()) {
      error.textContent = 'Tuliskan apa yang dipublikasikan.';
      error.hidden = false;
      title.setAttribute('aria-invalid', 'true');
      title.setAttribute('aria-describedby', 'nr-title-error');
      title.focus();
      return;
    }
    title.removeAttribute('aria-invalid');
    error.hidden = true;
    const now = new Date();
    const date = this.#field('date').value;
    // Today is now; another day, without a time, is noon that day (the day stays the same in every zone of Indonesia).
    const publishedAt = date && date !== dayKey(now) ? new Date(`${date}T12:00:00`).toISOString() : now.toISOString();
    const numbers: Partial<Record<(typeof NUMBERS)[number], number>> = {};
    for (const name of NUMBERS) {
      const value = this.#field(name).value;
      if (value !== '' && Number.isInteger(Number(value)) && Number(value) >= 0) numbers[name] = Number(value);
    }
    const candidate = {
      id: `n-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      publishedAt,
      channel: (this.#form.elements.namedItem('channel') as HTMLSelectElement).value,
      audience: (this.#form.elements.namedItem('audience') as HTMLSelectElement).value,
      aim: this.#form.querySelector<HTMLInputElement>('input[name="aim"]:checked')?.value ?? 'pemahaman',
      title: title.value.trim(),
      ...numbers,
      createdAt: now.toISOString(),
    };
    const checked = narrativeEntrySchema.safeParse(candidate);
    if (!checked.success) {
      error.textContent = `Publikasi belum dapat disimpan: kolom ${String(checked.error.issues[0]?.path[0] ?? '')} tidak sah.`;
      error.hidden = false;
      return;
    }
    this.#store.update((record) => ({ entries: [...record.entries, checked.data] }));
    setText(this.find('[data-saved]'), `Publikasi “${checked.data.title}” disimpan.`);
    title.value = '';
    for (const name of NUMBERS) this.#field(name).value = '';
  }

  #render(record: NarrativeRecord): void {
    const month = this.find<HTMLInputElement>('[data-month]').value || dayKey(new Date()).slice(0, 7);
    const report = narrativeMonthReport(record.entries, month);
    setText(this.find('[data-report-title]'), `Laporan narasi bulanan: ${monthName(month)}`);
    setText(this.find('[data-report-total]'), `${report.total} publikasi tercatat bulan ini.`);
    this.find('[data-chart]').replaceChildren(
      barChart(
        'Keluaran per tujuan',
        report.aims.map((a) => ({ label: this.#names.aim[a.aim] ?? a.aim, value: a.outputs, valueText: `${a.outputs} (${a.share}%)` })),
        Math.max(1, ...report.aims.map((a) => a.outputs)),
      ),
    );
    this.find('[data-aims]').replaceChildren(
      ...report.aims.map((a) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, this.#names.aim[a.aim] ?? a.aim),
          ...[a.outputs, `${a.share}%`, a.views, a.reactions, a.shares, a.mediaPickups].map((v) =>
            h('td', {}, typeof v === 'number' ? formatNumber(v) : v),
          ),
        ),
      ),
    );
    const notes =
      report.total === 0
        ? ['Belum ada publikasi bulan ini.']
        : report.balanceNotes.length
          ? report.balanceNotes
          : ['Ketiga tujuan mendapat keluaran bulan ini dan tidak ada satu tujuan yang lebih dari dua pertiga (patokan latihan).'];
    this.find('[data-balance]').replaceChildren(...notes.map((note) => h('li', {}, note)));
    const table = this.find('[data-list-table]');
    table.hidden = report.entries.length === 0;
    setText(this.find('[data-list-empty]'), report.entries.length ? '' : 'Belum ada publikasi tercatat untuk bulan ini.');
    this.find('[data-list]').replaceChildren(...report.entries.map((e) => this.#row(e)));
  }

  #row(entry: NarrativeEntry): HTMLTableRowElement {
    const numbers = [
      entry.views === undefined ? '' : `${formatNumber(entry.views)} dilihat`,
      entry.reactions === undefined ? '' : `${formatNumber(entry.reactions)} reaksi`,
      entry.shares === undefined ? '' : `${formatNumber(entry.shares)} dibagikan`,
      entry.mediaPickups === undefined ? '' : `${formatNumber(entry.mediaPickups)} media`,
    ].filter(Boolean);
    return h(
      'tr',
      {},
      ...[
        longDay(dayKey(entry.publishedAt)),
        entry.title,
        this.#names.channel[entry.channel],
        this.#names.audience[entry.audience],
        this.#names.aim[entry.aim],
        numbers.join(', ') || '—',
      ].map((c) => h('td', {}, c ?? '')),
    );
  }
}

defineElement('narrative-record', NarrativeRecordElement, { nextTask: true });

declare global {
  interface HTMLElementTagNameMap {
    'narrative-record': NarrativeRecordElement;
  }
}
