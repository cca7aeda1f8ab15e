/**
 * <simulation-results>: reads participants' result files (many at once, each judged on its own) and shows the room.
 * Results stay in this page's memory only: they are other people's data, so nothing is stored.
 */
import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import type { SimulationResult } from '@/schemas/simulation-result';
import { DIMENSIONS } from '@/schemas/dimension';
import {
  importResultFiles,
  MAX_RESULT_BYTES,
  summarizeResults,
  type DecisionCatalogue,
  type ScenarioSummary,
} from '@/domain/simulation/result-import';
import { DIMENSION_LABELS, percentOf } from '@/domain/simulation/scoring';
import { h } from '@/components/shared/dom';
import { barChart } from '@/components/shared/bar-chart';
import { readTextFiles } from '@/components/shared/read-files';
import { SiteElement, defineElement, readPageData } from '@/components/shared/site-element';

const letter = (index: number) => String.fromCharCode(65 + index);

class SimulationResultsElement extends SiteElement {
  #catalogue: DecisionCatalogue = {};
  #results: { name: string; result: SimulationResult }[] = [];

  protected start(signal: AbortSignal): void {
    this.#catalogue = readPageData<DecisionCatalogue>(this, 'catalogue');
    const input = this.find<HTMLInputElement>('[data-files]');
    input.disabled = false;
    input.addEventListener('change', () => void this.importFiles(input), { signal });
    const codes = this.find<HTMLTextAreaElement>('[data-codes]');
    const addCodes = this.find<HTMLButtonElement>('[data-import-codes]');
    codes.disabled = false;
    addCodes.disabled = false;
    addCodes.addEventListener('click', () => void this.importCodes(codes), { signal });
    this.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print(), { signal });
    this.querySelector('[data-action="clear"]')?.addEventListener('click', () => this.clearResults(), { signal });
    this.#render();
  }

  async importFiles(input: HTMLInputElement): Promise<void> {
    const files = await readTextFiles(input.files ?? [], MAX_RESULT_BYTES);
    input.value = '';
    this.#accept(files, [], 'berkas');
  }

  /** Pasted codes: each is checked and opened on its own, then read exactly like a file. Loaded on use. */
  async importCodes(area: HTMLTextAreaElement): Promise<void> {
    const { decodeResultCode, splitCodes } = await import('@/domain/simulation/result-code');
    const codes = splitCodes(area.value);
    if (codes.length === 0) {
      this.find('[data-status]').textContent = 'Belum ada kode yang ditempel. Tempel kode dari layar peserta, lalu tekan lagi.';
      area.focus();
      return;
    }
    const files: { name: string; text: string }[] = [];
    const rejected: { name: string; reason: string }[] = [];
    for (const [index, code] of codes.entries()) {
      const decoded = await decodeResultCode(code);
      const name = `Kode ${index + 1} (${code.slice(0, 12)}…)`;
      if (decoded.ok) files.push({ name, text: decoded.json });
      else rejected.push({ name, reason: decoded.reason });
    }
    area.value = '';
    this.#accept(files, rejected, 'kode');
  }

  #accept(
    files: readonly { name: string; text: string }[],
    rejectedEarlier: { name: string; reason: string }[],
    what: 'berkas' | 'kode',
  ): void {
    const outcome = importResultFiles(files, new Set(this.#results.map((r) => r.result.id)));
    this.#results.push(...outcome.accepted);
    const rejected = [...rejectedEarlier, ...outcome.rejected];
    const list = this.find('[data-rejected-list]');
    list.replaceChildren(...rejected.map((r) => h('li', { class: 'sk-results__rejected' }, h('strong', {}, r.name), `: ${r.reason}`)));
    this.find<HTMLElement>('[data-rejected]').hidden = rejected.length === 0;
    this.find('[data-status]').textContent =
      `${files.length + rejectedEarlier.length} ${what} dibaca: ${outcome.accepted.length} diterima, ${rejected.length} ditolak. ` +
      `Rekap sekarang berisi ${this.#results.length} hasil.`;
    this.#render();
  }

  clearResults(): void {
    this.#results = [];
    this.find<HTMLElement>('[data-rejected]').hidden = true;
    this.find('[data-status]').textContent = 'Rekap dikosongkan. Belum ada berkas yang dibaca.';
    this.#render();
  }

  #render(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action]')) button.disabled = this.#results.length === 0;
    const summaries = summarizeResults(
      this.#results.map((r) => r.result),
      this.#catalogue,
    );
    this.find('[data-summaries]').replaceChildren(...summaries.map((summary) => this.#renderScenario(summary)));
  }

  #renderScenario(summary: ScenarioSummary): HTMLElement {
    const rows = this.#results.filter((r) => r.result.scenario.id === summary.scenarioId);
    const headingId = `rekap-${summary.scenarioId}`;
    return h(
      'section',
      { 'aria-labelledby': headingId, 'data-summary': summary.scenarioId },
      h('h2', { id: headingId }, `${summary.title} (fiktif)`),
      h('p', {}, `${summary.participants} peserta.`),
      h('h3', {}, 'Hasil per peserta'),
      h(
        'div',
        { class: 'sk-table-wrap' },
        h(
          'table',
          {},
          h('caption', { class: 'sr-only' }, `Hasil per peserta, ${summary.title}`),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...['Peserta', 'Unit', 'Akhir cerita', ...DIMENSIONS.map((d) => DIMENSION_LABELS[d])].map((c) =>
                h('th', { scope: 'col' }, c),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            ...rows.map(({ result, name }) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, result.participant.name || `(tanpa nama, ${name})`),
                h('td', {}, result.participant.unit || '—'),
                h('td', {}, result.ending.title),
                ...DIMENSIONS.map((d) => {
                  const percent = percentOf(result.dimensions[d]);
                  return h('td', {}, percent === null ? '—' : `${percent}%`);
                }),
              ),
            ),
          ),
        ),
      ),
      h('h3', {}, 'Rata-rata ruangan per dimensi'),
      barChart(
        `Rata-rata per dimensi, ${summary.title}`,
        DIMENSIONS.map((d) => ({
          label: DIMENSION_LABELS[d],
          value: summary.dimensions[d] ?? 0,
          valueText: summary.dimensions[d] === null ? 'tidak dinilai' : `${summary.dimensions[d]}%`,
        })),
        100,
      ),
      h(
        'div',
        { class: 'sk-table-wrap' },
        h(
          'table',
          {},
          h('caption', { class: 'sr-only' }, 'Angka grafik rata-rata per dimensi'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Dimensi'), h('th', { scope: 'col' }, 'Rata-rata'))),
          h(
            'tbody',
            {},
            ...DIMENSIONS.map((d) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, DIMENSION_LABELS[d]),
                h('td', {}, summary.dimensions[d] === null ? 'tidak dinilai' : `${summary.dimensions[d]}%`),
              ),
            ),
          ),
        ),
      ),
      h('h3', {}, 'Pilihan ruangan per keputusan'),
      ...summary.decisions.map((decision) => {
        const reached = decision.options.reduce((sum, o) => sum + o.count, 0);
        return h(
          'figure',
          { 'data-decision': decision.stepId },
          h('h4', {}, decision.prompt),
          barChart(
            `Pilihan ruangan: ${decision.prompt}`,
            decision.options.map((o, i) => ({
              label: `Opsi ${letter(i)}${o.recommended ? ' (dianjurkan)' : ''}`,
              value: o.count,
              valueText: `${o.count} peserta`,
            })),
            Math.max(1, reached),
          ),
          h(
            'div',
            { class: 'sk-table-wrap' },
            h(
              'table',
              {},
              h('caption', { class: 'sr-only' }, `Jumlah peserta per opsi: ${decision.prompt}`),
              h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Opsi'), h('th', { scope: 'col' }, 'Jumlah peserta'))),
              h(
                'tbody',
                {},
                ...decision.options.map((o, i) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row' }, `${letter(i)}. ${o.label}${o.recommended ? ' (dianjurkan)' : ''}`),
                    h('td', {}, `${o.count} dari ${reached}`),
                  ),
                ),
              ),
            ),
          ),
        );
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'simulation-results': SimulationResultsElement;
  }
}

defineElement('simulation-results', SimulationResultsElement);
