/**
 * The laporan kejadian (incident report) for the unit head and the Kanwil Ditjenpas, as an outline the page prints and
 * the .docx export writes: the same sections, the same order. Also the prepared message for the people to tell.
 * Pure; times are formatted by the caller's `time` function (the browser's locale), so tests stay deterministic.
 */
import type { Incident } from '@/schemas/incident';
import type { CrisisLevelEntry } from '@/domain/crisis-model/levels';
import { levelLabel, findLevel } from '@/domain/crisis-model/levels';
import type { ChainCheck } from './chain';
import { describeChain } from './chain';
import { FACT_STATUS_LABELS, FACT_STATUSES, incidentDeadlines, type IncidentView } from './state';

import { DRILL_MARK } from './message';

export { preparedMessage } from './message';

export interface ReportSection {
  /** Stable name of the section, for a page that shows only some (the post-crisis evaluation). */
  id: 'tingkat' | 'fakta' | 'diberitahu' | 'batas-waktu' | 'pernyataan' | 'media' | 'terbuka' | 'kronologi';
  heading: string;
  /** Table rows (first row is the header) or list items. */
  table?: string[][];
  items?: string[];
  /** Said when the section has nothing. */
  empty: string;
}

export interface ReportOutline {
  title: string;
  drill: boolean;
  meta: Array<[string, string]>;
  integrity: string;
  sections: ReportSection[];
}

const DEADLINE_STATE_LABELS = {
  berjalan: 'belum, masih berjalan',
  lewat: 'terlewat, belum terpenuhi',
  tepat: 'terpenuhi tepat waktu',
  terlambat: 'terpenuhi terlambat',
} as const;

export function reportOutline(
  incident: Pick<Incident, 'drill' | 'log' | 'people'>,
  view: IncidentView,
  levels: readonly CrisisLevelEntry[],
  chain: ChainCheck,
  now: Date,
  time: (iso: string) => string,
  crisisTypeName = '',
): ReportOutline {
  const levelName = (level: number | undefined) => (level === undefined ? '—' : levelLabel(findLevel(levels, level)));
  // A closed incident is judged as it stood when it closed: a deadline still ahead then was not missed.
  const deadlines = incidentDeadlines(view, levels, view.closed ? new Date(view.closed.at) : now);
  const stateLabel = (state: keyof typeof DEADLINE_STATE_LABELS) =>
    view.closed && state === 'berjalan' ? 'belum jatuh tempo saat ditutup' : DEADLINE_STATE_LABELS[state];
  const open = [
    ...deadlines.filter((d) => !d.doneAt).map((d) => `${d.label}: jatuh ${time(d.due)} (${stateLabel(d.state)})`),
    ...view.facts.filter((f) => f.status === 'belum-pasti').map((f) => `Fakta belum pasti: ${f.text}`),
    ...view.media.filter((q) => !q.answer).map((q) => `Pertanyaan belum dijawab: ${q.journalist || 'wartawan'}, “${q.question}”`),
    ...view.statements
      .filter((s) => s.approval && !s.issued)
      .map((s) => `Pernyataan versi ${s.version} disetujui tetapi belum diterbitkan`),
  ];
  return {
    title: `${incident.drill ? `${DRILL_MARK} — ` : ''}Laporan kejadian${view.unit ? `: ${view.unit}` : ''}`,
    drill: incident.drill,
    meta: [
      ['Kejadian', view.what || '—'],
      ['Pertama diketahui unit', `${view.reportedAt ? time(view.reportedAt) : '—'}${view.reportedBy ? `, oleh ${view.reportedBy}` : ''}`],
      ...(view.origin ? [['Asal', view.origin] as [string, string]] : []),
      ...(crisisTypeName ? [['Jenis kejadian', crisisTypeName] as [string, string]] : []),
      // A drill's level is the training model's; a real one is humas's estimate ("model latihan" would read as "a drill").
      [
        'Tingkat krisis',
        `${levelName(view.level)}${view.level === undefined ? '' : incident.drill ? ' (model latihan)' : ' (perkiraan humas, belum ditetapkan resmi)'}`,
      ],
      ['Status', view.closed ? `Ditutup ${time(view.closed.at)}` : 'Masih berjalan'],
      ...(view.closed?.summary ? [['Ringkasan penutup', view.closed.summary] as [string, string]] : []),
      ...(incident.drill ? [['Jenis', 'LATIHAN: bukan kejadian nyata'] as [string, string]] : []),
    ],
    integrity: describeChain(chain),
    sections: (
      [
        {
          id: 'tingkat',
          heading: 'Perubahan tingkat',
          table: [
            ['Waktu', 'Dari', 'Menjadi', 'Alasan'],
            ...view.levelChanges.map((c) => [time(c.at), levelName(c.from), levelName(c.to), c.reason || '—']),
          ],
          empty: 'Tingkat belum ditetapkan.',
        },
        {
          id: 'fakta',
          heading: 'Fakta',
          table: [
            ['Fakta', 'Status', 'Dicatat', 'Status sejak'],
            ...FACT_STATUSES.flatMap((status) =>
              view.facts
                .filter((f) => f.status === status)
                .map((f) => [f.text, FACT_STATUS_LABELS[status], time(f.addedAt), time(f.statusAt)]),
            ),
          ],
          empty: 'Belum ada fakta yang dicatat.',
        },
        {
          id: 'diberitahu',
          heading: 'Pihak yang diberi tahu',
          table: [['Waktu', 'Siapa'], ...view.notified.map((n) => [time(n.at), n.name])],
          empty: 'Belum ada yang ditandai sudah dihubungi.',
        },
        {
          id: 'batas-waktu',
          heading: 'Batas waktu (acuan, bukan ketentuan resmi; yang menyebut undang-undang adalah ketentuan hukum)',
          table: [
            ['Yang dituju', 'Jatuh', 'Terpenuhi', 'Keadaan'],
            ...deadlines.map((d) => [d.label, time(d.due), d.doneAt ? time(d.doneAt) : '—', stateLabel(d.state)]),
          ],
          empty: 'Belum ada batas waktu (tingkat belum ditetapkan).',
        },
        {
          id: 'pernyataan',
          heading: 'Pernyataan',
          items: view.statements.map(
            (s) =>
              `Versi ${s.version} (${time(s.at)}): ${s.approval ? `disetujui oleh ${s.approval.by} pada ${time(s.approval.on)} melalui ${s.approval.via}` : 'belum disetujui'}; ${s.issued ? `diterbitkan ${time(s.issued.at)}${s.issued.nextUpdate ? `, kabar berikutnya dijanjikan ${time(s.issued.nextUpdate)}` : ''}` : 'belum diterbitkan'}.\n${s.body}`,
          ),
          empty: 'Belum ada pernyataan.',
        },
        {
          id: 'media',
          heading: 'Pertanyaan media',
          table: [
            ['Waktu', 'Wartawan', 'Pertanyaan', 'Dijanjikan', 'Jawaban'],
            ...view.media.map((q) => [
              time(q.at),
              [q.journalist, q.medium].filter(Boolean).join(', ') || '—',
              q.question,
              `${q.promise}${q.dueAt ? ` (${time(q.dueAt)})` : ''}` || '—',
              q.answer ? `${q.answer.text} (${time(q.answer.at)})` : 'belum dijawab',
            ]),
          ],
          empty: 'Tidak ada pertanyaan media yang dicatat.',
        },
        { id: 'terbuka', heading: 'Yang masih terbuka', items: open, empty: 'Tidak ada yang terbuka.' },
        {
          id: 'kronologi',
          heading: 'Kronologi',
          table: [
            ['#', 'Waktu', 'Catatan'],
            ...incident.log.map((entry) => [
              String(entry.seq),
              time(entry.at),
              `${entry.text}${entry.ref && entry.kind === 'koreksi' ? ` (mengoreksi #${entry.ref})` : ''}${
                view.corrections.has(entry.seq)
                  ? ` [dikoreksi di #${view.corrections
                      .get(entry.seq)!
                      .map((c) => c.seq)
                      .join(', #')}]`
                  : ''
              }`,
            ]),
          ],
          empty: 'Kronologi kosong.',
        },
      ] satisfies ReportSection[]
    ).map((section): ReportSection =>
      section.table && section.table.length === 1 ? { id: section.id, heading: section.heading, items: [], empty: section.empty } : section,
    ),
  };
}

/** The report as plain text (for the .docx and for a test to read). */
export function reportText(outline: ReportOutline): string {
  const lines = [outline.title, ...outline.meta.map(([label, value]) => `${label}: ${value}`), outline.integrity];
  for (const section of outline.sections) {
    lines.push('', section.heading.toUpperCase());
    if (section.table) lines.push(...section.table.slice(1).map((row) => row.join(' | ')));
    else if (section.items?.length) lines.push(...section.items.map((item) => `- ${item}`));
    else lines.push(section.empty);
  }
  return lines.join('\n');
}
