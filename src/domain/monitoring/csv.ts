/**
 * The register as CSV, for units that keep it in a spreadsheet. Export writes UTF-8 with a byte-order mark, semicolons
 * (the list separator of spreadsheets set to Indonesian) and dates as "07/12/2026 08:30", which such a spreadsheet reads
 * as a date. Import maps the file's columns to the register's fields, checks every row and reports each bad one with
 * its line number and reason; it returns entries but writes nothing (the page writes only after the user confirms).
 * Parsing and writing CSV is papaparse's job; this module is loaded only when the user exports or imports.
 */
import Papa from 'papaparse';
import {
  ISSUE_MEDIA,
  ISSUE_MEDIUM_NAMES,
  ISSUE_STATUSES,
  REACHES,
  SENTIMENTS,
  issueEntrySchema,
  type IssueEntry,
} from '@/schemas/monitoring';

/** The register's columns, in the export's order; `names` are the headers an import recognises (lower case). */
export const CSV_FIELDS = [
  { field: 'number', header: 'No', names: ['no', 'no.', 'nomor'] },
  { field: 'seenAt', header: 'Tanggal dan jam', names: ['tanggal', 'tanggal dan jam', 'waktu', 'tanggal tercatat'] },
  { field: 'medium', header: 'Media', names: ['media', 'jenis sumber', 'saluran'] },
  { field: 'sourceName', header: 'Nama sumber', names: ['nama sumber', 'sumber', 'akun'] },
  { field: 'sourceAddress', header: 'Alamat sumber', names: ['alamat sumber', 'tautan', 'alamat', 'link'] },
  { field: 'summary', header: 'Isu', names: ['isu', 'ringkasan', 'uraian'] },
  { field: 'sentiment', header: 'Nada', names: ['nada', 'sentimen'] },
  { field: 'reach', header: 'Jangkauan', names: ['jangkauan'] },
  { field: 'crisisType', header: 'Jenis krisis', names: ['jenis krisis', 'jenis'] },
  { field: 'level', header: 'Tingkat', names: ['tingkat'] },
  { field: 'likelihood', header: 'Kemungkinan', names: ['kemungkinan'] },
  { field: 'impact', header: 'Dampak', names: ['dampak'] },
  { field: 'facts', header: 'Fakta terverifikasi', names: ['fakta terverifikasi', 'fakta'] },
  { field: 'owner', header: 'Pemilik', names: ['pemilik', 'penanggung jawab'] },
  { field: 'action', header: 'Tindakan dan tenggat', names: ['tindakan dan tenggat', 'tindakan'] },
  { field: 'status', header: 'Status', names: ['status'] },
  { field: 'checkAgainAt', header: 'Cek ulang', names: ['cek ulang', 'waktu cek ulang'] },
  { field: 'topic', header: 'Topik (No. pertama)', names: ['topik (no. pertama)', 'topik'] },
  { field: 'escalatedAt', header: 'Dieskalasi', names: ['dieskalasi', 'waktu eskalasi'] },
] as const;
export type CsvField = (typeof CSV_FIELDS)[number]['field'];

/** "07/12/2026 08:30" in the given zone. */
export function formatCsvDate(iso: string, timeZone?: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(timeZone ? { timeZone } : {}),
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/**
 * Reads "07/12/2026 08:30", "7/12/2026 08.30", "7-12-2026" or an ISO date; day before month, as Indonesians write it.
 * The wall-clock time is taken in `timeZone` (offset given in minutes east of UTC, e.g. 420 for WIB).
 */
export function parseCsvDate(text: string, offsetMinutes: number): string | null {
  const value = text.trim();
  if (!value) return null;
  if (/^\d{4}-\d\d-\d\dT/.test(value)) return Number.isNaN(Date.parse(value)) ? null : new Date(value).toISOString();
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2})[.:](\d{2}))?$/.exec(value);
  if (!match) return null;
  const [, d, m, y, hh = '0', mm = '0'] = match;
  const day = Number(d),
    month = Number(m),
    year = Number(y),
    hour = Number(hh),
    minute = Number(mm);
  const utc = Date.UTC(year, month - 1, day, hour, minute) - offsetMinutes * 60_000;
  const check = new Date(utc + offsetMinutes * 60_000);
  // 31/02 is not a date, nor is 25:00.
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59 || year < 1970 || year > 2199)
    return null;
  return new Date(utc).toISOString();
}

/** The register as CSV text (with the byte-order mark), oldest first. */
export function registerToCsv(entries: readonly IssueEntry[], crisisTypeNames: ReadonlyMap<string, string>, timeZone?: string): string {
  const numberOf = new Map(entries.map((e) => [e.id, e.number]));
  const rows = [...entries]
    .sort((a, b) => a.number - b.number)
    .map((e) => [
      e.number,
      formatCsvDate(e.seenAt, timeZone),
      ISSUE_MEDIUM_NAMES[e.medium],
      e.sourceName,
      e.sourceAddress,
      e.summary,
      e.sentiment,
      e.reach,
      crisisTypeNames.get(e.crisisTypeId) ?? '',
      e.level ?? '',
      e.likelihood ?? '',
      e.impact ?? '',
      e.facts,
      e.owner,
      e.action,
      e.status,
      e.checkAgainAt ? formatCsvDate(e.checkAgainAt, timeZone) : '',
      e.topicId === e.id ? '' : (numberOf.get(e.topicId) ?? ''),
      e.escalatedAt ? formatCsvDate(e.escalatedAt, timeZone) : '',
    ]);
  // A leading "=", "+", "-" or "@" would run as a formula in a spreadsheet: papaparse's escapeFormulae quotes it.
  return `\uFEFF${Papa.unparse({ fields: CSV_FIELDS.map((c) => c.header), data: rows }, { delimiter: ';', escapeFormulae: true, newline: '\r\n' })}`;
}

export interface ParsedCsv {
  headers: string[];
  rows: string[][];
  /** The file's line of each row (the header is line 1), for error messages. */
  lines: number[];
}

/** Splits CSV text into a header row and data rows (the separator is detected). Blank lines are skipped. */
export function parseCsv(text: string): ParsedCsv {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const all = result.data;
  const headers = (all[0] ?? []).map((h) => h.trim());
  const rows: string[][] = [];
  const lines: number[] = [];
  // papaparse gives records, not lines: a quoted value may span several lines, so count the line breaks it held.
  let line = 1 + lineBreaks(all[0] ?? []);
  for (const record of all.slice(1)) {
    line += 1;
    if (record.some((cell) => cell.trim())) {
      rows.push(record);
      lines.push(line);
    }
    line += lineBreaks(record);
  }
  return { headers, rows, lines };
}

function lineBreaks(record: readonly string[]): number {
  return record.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
}

/** Column index per field: a header the import recognises maps itself; others stay unmapped (-1). */
export function guessMapping(headers: readonly string[]): Record<CsvField, number> {
  const lower = headers.map((h) => h.trim().toLowerCase());
  return Object.fromEntries(CSV_FIELDS.map((c) => [c.field, lower.findIndex((h) => (c.names as readonly string[]).includes(h))])) as Record<
    CsvField,
    number
  >;
}

export interface RowError {
  line: number;
  reason: string;
}

export interface CsvImport {
  entries: IssueEntry[];
  errors: RowError[];
}

function pick<T extends string>(value: string, allowed: readonly T[], names: Partial<Record<T, string>> = {}): T | null {
  const v = value.trim().toLowerCase();
  return allowed.find((a) => a === v || names[a]?.toLowerCase() === v) ?? null;
}

function rating(value: string, max: number): number | undefined | null {
  if (!value.trim()) return undefined;
  const n = Number(value.trim());
  return Number.isInteger(n) && n >= 1 && n <= max ? n : null;
}

export interface CsvImportOptions {
  mapping: Record<CsvField, number>;
  /** Crisis types of the one list (id and name); a cell may hold either. */
  crisisTypes: readonly { id: string; name: string }[];
  /** The first number the imported entries take (the register's next number). */
  firstNumber: number;
  /** For new ids and createdAt. */
  now: string;
  /** Minutes east of UTC of the wall-clock times in the file. */
  offsetMinutes: number;
  /** Makes a unique id. */
  newId: () => string;
}

/** Turns rows into register entries; a row with any bad cell is refused whole, with its line and the reason. */
export function rowsToEntries(parsed: ParsedCsv, options: CsvImportOptions): CsvImport {
  const { mapping, crisisTypes, now, offsetMinutes } = options;
  const entries: IssueEntry[] = [];
  const errors: RowError[] = [];
  const fileNumberToId = new Map<string, string>();
  const pending: { entry: IssueEntry; topic: string; line: number }[] = [];
  let next = options.firstNumber;
  parsed.rows.forEach((row, index) => {
    const line = parsed.lines[index]!;
    const cell = (field: CsvField) => (mapping[field] >= 0 ? (row[mapping[field]] ?? '').trim() : '');
    const problems: string[] = [];
    const seenAt = parseCsvDate(cell('seenAt'), offsetMinutes);
    if (!seenAt) problems.push(cell('seenAt') ? `tanggal “${cell('seenAt')}” tidak terbaca (tulis 07/12/2026 08:30)` : 'tanggal kosong');
    if (!cell('summary')) problems.push('isu kosong');
    const medium = cell('medium') ? pick(cell('medium'), ISSUE_MEDIA, ISSUE_MEDIUM_NAMES) : 'lainnya';
    if (!medium) problems.push(`media “${cell('medium')}” tidak dikenal`);
    const sentiment = cell('sentiment') ? pick(cell('sentiment'), SENTIMENTS) : 'netral';
    if (!sentiment) problems.push(`nada “${cell('sentiment')}” bukan negatif, netral, atau positif`);
    const reach = cell('reach') ? pick(cell('reach'), REACHES) : 'rendah';
    if (!reach) problems.push(`jangkauan “${cell('reach')}” bukan rendah, sedang, atau tinggi`);
    const status = cell('status') ? pick(cell('status'), ISSUE_STATUSES) : 'baru';
    if (!status) problems.push(`status “${cell('status')}” tidak dikenal`);
    const typeText = cell('crisisType').toLowerCase();
    const type = typeText ? crisisTypes.find((t) => t.id === typeText || t.name.toLowerCase() === typeText) : undefined;
    if (typeText && !type) problems.push(`jenis krisis “${cell('crisisType')}” tidak ada di daftar`);
    const level = rating(cell('level'), 4);
    if (level === null) problems.push('tingkat harus 1 sampai 4');
    const likelihood = rating(cell('likelihood'), 5);
    if (likelihood === null) problems.push('kemungkinan harus 1 sampai 5');
    const impact = rating(cell('impact'), 5);
    if (impact === null) problems.push('dampak harus 1 sampai 5');
    const checkAgainAt = cell('checkAgainAt') ? parseCsvDate(cell('checkAgainAt'), offsetMinutes) : undefined;
    if (checkAgainAt === null) problems.push(`waktu cek ulang “${cell('checkAgainAt')}” tidak terbaca`);
    const escalatedAt = cell('escalatedAt') ? parseCsvDate(cell('escalatedAt'), offsetMinutes) : undefined;
    if (escalatedAt === null) problems.push(`waktu eskalasi “${cell('escalatedAt')}” tidak terbaca`);
    if (problems.length) {
      errors.push({ line, reason: problems.join('; ') });
      return;
    }
    const id = options.newId();
    const candidate = {
      id,
      number: next,
      seenAt: seenAt!,
      medium: medium!,
      sourceName: cell('sourceName'),
      sourceAddress: cell('sourceAddress'),
      summary: cell('summary'),
      sentiment: sentiment!,
      reach: reach!,
      crisisTypeId: type?.id ?? '',
      ...(level ? { level } : {}),
      ...(likelihood ? { likelihood } : {}),
      ...(impact ? { impact } : {}),
      facts: cell('facts'),
      owner: cell('owner'),
      action: cell('action'),
      status: status!,
      ...(checkAgainAt ? { checkAgainAt } : {}),
      topicId: id,
      ...(escalatedAt ? { escalatedAt } : {}),
      createdAt: now,
      updatedAt: now,
    };
    const checked = issueEntrySchema.safeParse(candidate);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      errors.push({ line, reason: `kolom ${String(issue.path[0] ?? '')} terlalu panjang atau tidak sah` });
      return;
    }
    next += 1;
    if (cell('number')) fileNumberToId.set(cell('number'), id);
    pending.push({ entry: checked.data, topic: cell('topic'), line });
  });
  // "Topik" names the file's number of the topic's first entry; it is linked once every row is read.
  for (const { entry, topic } of pending)
    entries.push(topic && fileNumberToId.has(topic) ? { ...entry, topicId: fileNumberToId.get(topic)! } : entry);
  return { entries, errors };
}
