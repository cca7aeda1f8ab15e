/**
 * What the crisis room shows, read back from an incident's log: the log is the one record, this is a view of it.
 * Pure: the caller passes the level model's entries and the time "now" (a clock the tests control).
 */
import type { Incident, IncidentEntry, PersonParty } from '@/schemas/incident';
import { dueAt, findLevel, levelDeadlines, updatesGivenBy, type CrisisLevelEntry } from '@/domain/crisis-model/levels';

export const FACT_STATUSES = ['pasti', 'belum-pasti', 'jangan-dipublikasikan'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];
export const FACT_STATUS_LABELS: Record<FactStatus, string> = {
  pasti: 'Sudah pasti',
  'belum-pasti': 'Belum pasti',
  'jangan-dipublikasikan': 'Tidak untuk dipublikasikan',
};

export interface Fact {
  seq: number;
  text: string;
  status: FactStatus;
  /** When it was added. */
  addedAt: string;
  /** When its status last changed (equal to addedAt when it never did). */
  statusAt: string;
  /** Where it came from: a rumour seen, or a fact noted in the room. */
  source: 'kabar' | 'catatan';
}

export interface LevelChange {
  seq: number;
  at: string;
  from: number | undefined;
  to: number;
  reason: string;
}

export interface StatementVersion {
  seq: number;
  at: string;
  version: number;
  body: string;
  approval?: { seq: number; by: string; on: string; via: string };
  issued?: { seq: number; at: string; nextUpdate: string };
}

export interface MediaQuestion {
  seq: number;
  at: string;
  journalist: string;
  medium: string;
  question: string;
  promise: string;
  dueAt: string;
  answer?: { seq: number; at: string; text: string };
}

export interface Notified {
  seq: number;
  at: string;
  personId: string;
  name: string;
  party: PersonParty;
}

export interface IncidentView {
  what: string;
  reportedAt: string;
  reportedBy: string;
  unit: string;
  origin: string;
  /** The crisis type (an id of the crisis-types collection), as set at the start or changed later; '' when unknown. */
  crisisTypeId: string;
  level: number | undefined;
  levelChanges: LevelChange[];
  facts: Fact[];
  notified: Notified[];
  statements: StatementVersion[];
  media: MediaQuestion[];
  /** "checklistId/itemId" → ticked. */
  ticks: Map<string, { done: boolean; at: string }>;
  /** seq → the entries correcting it, oldest first. */
  corrections: Map<number, IncidentEntry[]>;
  closed?: { at: string; summary: string };
}

const field = (entry: IncidentEntry, name: string) => entry.fields[name] ?? '';
const isFactStatus = (value: string): value is FactStatus => (FACT_STATUSES as readonly string[]).includes(value);

/** Reads the log, in order. Entries that point to nothing the room knows are kept in the log and ignored here. */
export function readIncident(incident: Pick<Incident, 'log'>): IncidentView {
  const view: IncidentView = {
    what: '',
    reportedAt: '',
    reportedBy: '',
    unit: '',
    origin: '',
    crisisTypeId: '',
    level: undefined,
    levelChanges: [],
    facts: [],
    notified: [],
    statements: [],
    media: [],
    ticks: new Map(),
    corrections: new Map(),
  };
  const facts = new Map<number, Fact>();
  const statements = new Map<number, StatementVersion>();
  const media = new Map<number, MediaQuestion>();
  for (const entry of incident.log) {
    switch (entry.kind) {
      case 'mulai':
        view.what = field(entry, 'what');
        view.reportedAt = field(entry, 'reportedAt') || entry.at;
        view.reportedBy = field(entry, 'reportedBy');
        view.unit = field(entry, 'unit');
        view.origin = field(entry, 'origin');
        view.crisisTypeId = field(entry, 'crisisTypeId');
        break;
      case 'jenis':
        view.crisisTypeId = field(entry, 'crisisTypeId');
        break;
      case 'fakta':
      case 'kabar-beredar': {
        const status = field(entry, 'status');
        facts.set(entry.seq, {
          seq: entry.seq,
          text: field(entry, 'fact') || entry.text,
          status: isFactStatus(status) ? status : 'belum-pasti',
          addedAt: entry.at,
          statusAt: entry.at,
          source: entry.kind === 'fakta' ? 'catatan' : 'kabar',
        });
        break;
      }
      case 'status-fakta': {
        const fact = entry.ref ? facts.get(entry.ref) : undefined;
        const status = field(entry, 'status');
        if (fact && isFactStatus(status)) Object.assign(fact, { status, statusAt: entry.at });
        break;
      }
      case 'koreksi': {
        if (!entry.ref) break;
        view.corrections.set(entry.ref, [...(view.corrections.get(entry.ref) ?? []), entry]);
        // A corrected fact reads as corrected everywhere it is used (messages, statements, the report).
        const fact = facts.get(entry.ref);
        if (fact && field(entry, 'fact')) fact.text = field(entry, 'fact');
        break;
      }
      case 'tingkat': {
        const to = Number(field(entry, 'level'));
        if (!Number.isInteger(to)) break;
        view.levelChanges.push({ seq: entry.seq, at: entry.at, from: view.level, to, reason: field(entry, 'reason') });
        view.level = to;
        break;
      }
      case 'dihubungi':
        view.notified.push({
          seq: entry.seq,
          at: entry.at,
          personId: field(entry, 'personId'),
          name: field(entry, 'name'),
          party: (field(entry, 'party') || 'tim') as PersonParty,
        });
        break;
      case 'pernyataan-versi':
        statements.set(entry.seq, { seq: entry.seq, at: entry.at, version: statements.size + 1, body: field(entry, 'body') });
        break;
      case 'pernyataan-disetujui': {
        const statement = entry.ref ? statements.get(entry.ref) : undefined;
        if (statement)
          statement.approval = { seq: entry.seq, by: field(entry, 'by'), on: field(entry, 'on') || entry.at, via: field(entry, 'via') };
        break;
      }
      case 'pernyataan-terbit': {
        const statement = entry.ref ? statements.get(entry.ref) : undefined;
        // Never issued without an approval recorded first: the room asks for it, and a log that says otherwise is ignored here.
        if (statement?.approval) statement.issued = { seq: entry.seq, at: entry.at, nextUpdate: field(entry, 'nextUpdate') };
        break;
      }
      case 'pertanyaan-media':
        media.set(entry.seq, {
          seq: entry.seq,
          at: entry.at,
          journalist: field(entry, 'journalist'),
          medium: field(entry, 'medium'),
          question: field(entry, 'question'),
          promise: field(entry, 'promise'),
          dueAt: field(entry, 'dueAt'),
        });
        break;
      case 'jawaban-media': {
        const question = entry.ref ? media.get(entry.ref) : undefined;
        if (question) question.answer = { seq: entry.seq, at: entry.at, text: field(entry, 'answer') };
        break;
      }
      case 'centang':
        view.ticks.set(`${field(entry, 'checklist')}/${field(entry, 'item')}`, { done: field(entry, 'done') === 'ya', at: entry.at });
        break;
      case 'ditutup':
        view.closed = { at: entry.at, summary: field(entry, 'summary') };
        break;
      case 'catatan':
        break;
    }
  }
  view.facts = [...facts.values()];
  view.statements = [...statements.values()];
  view.media = [...media.values()];
  return view;
}

/**
 * A data leak carries a deadline set by law, not by the training model: UU No. 27 Tahun 2022, Pasal 46, written notice
 * within 3 × 24 hours. Counted, like the model's, from when the unit first knew (a practical reading: the article names
 * no starting point, and counting from the leak itself would be stricter, so the room says to send at once); it is met when
 * the room's checklist item for it is ticked (the item comes from the personal-data checklist).
 */
export const DATA_LEAK_TYPE = 'kebocoran-data';
export const DATA_LEAK_CHECKLIST = 'data-pribadi';
export const DATA_LEAK_NOTICE_ITEM = 'kebocoran-3x24-jam';
const DATA_LEAK_NOTICE_MINUTES = 3 * 24 * 60;

/** When the legal notice of a data leak falls (ISO), or undefined for another crisis type or an unknown start. */
export function dataLeakNoticeDue(view: IncidentView): string | undefined {
  const start = new Date(view.reportedAt);
  if (view.crisisTypeId !== DATA_LEAK_TYPE || Number.isNaN(start.getTime())) return undefined;
  return dueAt(start, DATA_LEAK_NOTICE_MINUTES).toISOString();
}

export type DeadlineState = 'berjalan' | 'lewat' | 'tepat' | 'terlambat';

export interface IncidentDeadline {
  id: string;
  label: string;
  by: string;
  /** When it falls (ISO). */
  due: string;
  /** When it was met (ISO), if it was. */
  doneAt?: string;
  state: DeadlineState;
}

function deadlineState(due: string, doneAt: string | undefined, now: Date): DeadlineState {
  if (doneAt) return doneAt <= due ? 'tepat' : 'terlambat';
  return now.toISOString() > due ? 'lewat' : 'berjalan';
}

/**
 * Every deadline on the clock, soonest first: the current level's reports and holding statement (minutes from the
 * first report, as the model counts them), the next update each issued statement promised (or the level's interval
 * when no statement promised one), the time promised to each journalist, and for a data leak the legal notice.
 */
export function incidentDeadlines(view: IncidentView, levels: readonly CrisisLevelEntry[], now: Date): IncidentDeadline[] {
  const deadlines: IncidentDeadline[] = [];
  const add = (id: string, label: string, by: string, due: string, doneAt: string | undefined) =>
    deadlines.push({ id, label, by, due, ...(doneAt ? { doneAt } : {}), state: deadlineState(due, doneAt, now) });
  const start = new Date(view.reportedAt);
  const issued = view.statements.filter((s) => s.issued);
  if (view.level !== undefined && !Number.isNaN(start.getTime())) {
    const level = findLevel(levels, view.level);
    for (const deadline of levelDeadlines(level)) {
      if (deadline.minutes === undefined) continue;
      const due = dueAt(start, deadline.minutes).toISOString();
      if (deadline.id === 'pernyataan-awal') add(deadline.id, deadline.label, deadline.by, due, firstApprovalAt(view));
      else if (deadline.id === 'kabar-berikutnya') {
        if (!issued.some((s) => s.issued?.nextUpdate)) add(deadline.id, deadline.label, deadline.by, due, issued[1]?.issued?.at);
      } else add(deadline.id, deadline.label, deadline.by, due, view.notified.find((n) => n.party === deadline.id)?.at);
    }
  }
  const leakNoticeDue = dataLeakNoticeDue(view);
  if (leakNoticeDue) {
    const tick = view.ticks.get(`${DATA_LEAK_CHECKLIST}/${DATA_LEAK_NOTICE_ITEM}`);
    add(
      'pemberitahuan-kebocoran',
      'Pemberitahuan tertulis kebocoran data kepada orang yang datanya bocor dan kepada lembaga (Pasal 46 UU No. 27 Tahun 2022)',
      'Kepala UPT, bersama Kanwil Ditjenpas',
      leakNoticeDue,
      tick?.done ? tick.at : undefined,
    );
  }
  issued.forEach((statement, index) => {
    const promised = statement.issued?.nextUpdate;
    if (!promised) return;
    add(
      `kabar-${statement.seq}`,
      `Kabar berikutnya (dijanjikan dalam pernyataan versi ${statement.version})`,
      updatesGivenBy(view.level),
      promised,
      issued[index + 1]?.issued?.at,
    );
  });
  for (const question of view.media) {
    if (!question.dueAt) continue;
    add(
      `media-${question.seq}`,
      `Jawaban untuk ${question.journalist || 'wartawan'}${question.medium ? ` (${question.medium})` : ''}`,
      updatesGivenBy(view.level),
      question.dueAt,
      question.answer?.at,
    );
  }
  return deadlines.sort((a, b) => a.due.localeCompare(b.due));
}

function firstApprovalAt(view: IncidentView): string | undefined {
  return view.statements
    .map((s) => s.approval?.on)
    .filter((on): on is string => Boolean(on))
    .sort()[0];
}

/** "12 menit", "1 jam 5 menit": the time between two moments, for the clock. */
export function formatElapsed(from: Date, to: Date): string {
  const minutes = Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));
  const hours = Math.floor(minutes / 60);
  if (hours === 0) return `${minutes} menit`;
  const days = Math.floor(hours / 24);
  if (days > 0) return `${days} hari ${hours % 24} jam`;
  return minutes % 60 === 0 ? `${hours} jam` : `${hours} jam ${minutes % 60} menit`;
}

/** The facts a statement or message may use: confirmed ones, in the order they were noted. */
export function confirmedFacts(view: IncidentView): string[] {
  return view.facts.filter((fact) => fact.status === 'pasti').map((fact) => fact.text);
}
