/**
 * CSV out and in for the issue register, loaded on first use (papaparse comes with it). Import shows how the file's
 * columns map to the register's fields (each changeable), names every refused row with its line and reason, and
 * writes nothing until the user presses the import button.
 */
import {
  CSV_FIELDS,
  guessMapping,
  parseCsv,
  registerToCsv,
  rowsToEntries,
  type CsvField,
  type CsvImport,
  type ParsedCsv,
} from '@/domain/monitoring/csv';
import { appendEntries, nextNumber } from '@/domain/monitoring/register';
import { dayKey } from '@/domain/monitoring/calendar';
import type { IssueRegister } from '@/schemas/monitoring';
import type { PersistentDocument } from '@/state/persistent-document';
import { downloadText, formatDateTime } from '@/components/shared/download';
import { readTextFiles } from '@/components/shared/read-files';
import { h } from '@/components/shared/dom';
import { setText } from '@/components/shared/set-text';

/** A register of thousands of rows is far below this; a larger file is not a register. */
const MAX_BYTES = 2 * 1024 * 1024;

export function exportCsv(register: IssueRegister, typeNames: ReadonlyMap<string, string>, host: HTMLElement): void {
  const status = host.querySelector('[data-csv-status]');
  if (register.entries.length === 0) {
    setText(status, 'Register masih kosong; belum ada yang diekspor.');
    return;
  }
  downloadText(`register-isu-${dayKey(new Date())}.csv`, registerToCsv(register.entries, typeNames), 'text/csv');
  setText(status, `${register.entries.length} isu diekspor ke berkas CSV.`);
}

/** The preview on screen; a new file replaces it and its listeners. */
let currentPreview: AbortController | undefined;

const newId = () => `i-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export async function previewImport(
  host: HTMLElement,
  input: HTMLInputElement,
  store: PersistentDocument<IssueRegister>,
  crisisTypes: readonly { id: string; name: string }[],
): Promise<void> {
  const area = host.querySelector<HTMLElement>('[data-import-preview]')!;
  const status = host.querySelector('[data-csv-status]');
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const [read] = await readTextFiles([file], MAX_BYTES);
  if (!read || read.tooLarge) {
    area.replaceChildren();
    setText(status, `Berkas “${file.name}” terlalu besar untuk sebuah register (lebih dari 2 MB). Tidak ada yang diimpor.`);
    return;
  }
  let parsed: ParsedCsv;
  try {
    parsed = parseCsv(read.text);
  } catch {
    setText(status, `Berkas “${file.name}” tidak dapat dibaca sebagai CSV. Tidak ada yang diimpor.`);
    return;
  }
  if (parsed.rows.length === 0) {
    area.replaceChildren();
    setText(status, `Berkas “${file.name}” tidak berisi baris data. Tidak ada yang diimpor.`);
    return;
  }
  const mapping = guessMapping(parsed.headers);
  const offsetMinutes = -new Date().getTimezoneOffset();
  const compute = (): CsvImport =>
    rowsToEntries(parsed, {
      mapping,
      crisisTypes,
      firstNumber: nextNumber(store.$data.get()),
      now: new Date().toISOString(),
      offsetMinutes,
      newId,
    });
  let result = compute();

  const mappingControls = CSV_FIELDS.map(({ field, header }) => {
    const select = h(
      'select',
      { 'data-map': field },
      h('option', { value: '-1' }, '— tidak diimpor —'),
      ...parsed.headers.map((name, index) =>
        h('option', { value: index, selected: mapping[field] === index }, name || `Kolom ${index + 1}`),
      ),
    );
    return h('label', {}, header, select);
  });
  const summary = h('div', { 'data-import-result': '' });
  const confirm = h('button', { type: 'button', class: 'sk-button', 'data-variant': 'primary' }, '');
  const cancel = h('button', { type: 'button', class: 'sk-button' }, 'Batal');

  const draw = () => {
    const errors = result.errors.length
      ? h(
          'div',
          { class: 'ir-import-errors' },
          h('p', {}, `${result.errors.length} baris ditolak dan tidak akan diimpor:`),
          h('ul', {}, ...result.errors.map((e) => h('li', {}, `Baris ${e.line}: ${e.reason}.`))),
        )
      : null;
    const preview = result.entries.length
      ? h(
          'table',
          {},
          h('caption', {}, `Pratinjau (${Math.min(5, result.entries.length)} dari ${result.entries.length} baris yang siap diimpor)`),
          h('thead', {}, h('tr', {}, ...['No. baru', 'Ditemukan', 'Isu', 'Nada', 'Status'].map((t) => h('th', { scope: 'col' }, t)))),
          h(
            'tbody',
            {},
            ...result.entries
              .slice(0, 5)
              .map((e) =>
                h('tr', {}, ...[e.number, formatDateTime(e.seenAt), e.summary, e.sentiment, e.status].map((c) => h('td', {}, String(c)))),
              ),
          ),
        )
      : h('p', {}, 'Tidak ada baris yang dapat diimpor dengan pemetaan kolom ini.');
    summary.replaceChildren(h('p', {}, `${result.entries.length} baris siap diimpor dari “${file.name}”.`), errors ?? '', preview);
    confirm.textContent = `Impor ${result.entries.length} isu`;
    confirm.disabled = result.entries.length === 0;
  };

  area.replaceChildren(
    h(
      'div',
      { class: 'sk-notice', role: 'region', 'aria-label': 'Pratinjau impor CSV' },
      h('p', {}, h('strong', {}, 'Belum ada yang disimpan.'), ' Periksa pemetaan kolom dan pratinjau, lalu tekan tombol impor.'),
      h('details', {}, h('summary', {}, 'Pemetaan kolom'), h('div', { class: 'ir-row' }, ...mappingControls)),
      summary,
      h('p', { class: 'ir-actions' }, confirm, cancel),
    ),
  );
  draw();
  setText(status, `Pratinjau impor siap: ${result.entries.length} baris dapat diimpor, ${result.errors.length} ditolak.`);
  currentPreview?.abort();
  currentPreview = new AbortController();
  const { signal } = currentPreview;
  area.addEventListener(
    'change',
    (event) => {
      const select = (event.target as HTMLElement).closest<HTMLSelectElement>('select[data-map]');
      if (!select) return;
      mapping[select.dataset.map as CsvField] = Number(select.value);
      result = compute();
      draw();
    },
    { signal },
  );
  cancel.addEventListener('click', () => {
    area.replaceChildren();
    setText(status, 'Impor dibatalkan. Tidak ada yang disimpan.');
  });
  confirm.addEventListener('click', () => {
    // Numbers are given again at the moment of writing: another tab may have added entries meanwhile.
    result = compute();
    const count = result.entries.length;
    store.update((register) => appendEntries(register, result.entries));
    area.replaceChildren();
    setText(status, `${count} isu diimpor ke register.`);
  });
}
