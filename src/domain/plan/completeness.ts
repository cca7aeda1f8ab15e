import type { CommunicationPlan } from '@/schemas/communication-plan';
import { APPROVAL_LEVEL_LABELS, CONTACT_GROUP_LABELS, PLAN_SECTIONS, REQUIRED_CONTACT_GROUPS, type SectionId } from './sections';
import { isIsoDate, isPhoneNumber, MAX_STEP_MINUTES } from './validation';

export interface SectionCompleteness {
  id: SectionId;
  /** 1 to 10, as printed. */
  number: number;
  title: string;
  /** Checks passed and checks in all. */
  done: number;
  total: number;
  /** What is still missing, one short Indonesian sentence per item. */
  missing: string[];
}

/** Minimum rows a complete plan has in the lists where one row is not enough. */
export const MIN_STAKEHOLDERS = 3;
export const MIN_FIRST_HOUR_STEPS = 3;
export const MIN_ESCALATION_LEVELS = 2;

const filled = (value: string) => value.trim() !== '';

/**
 * Collects checks: each `need` is one check, and a failed one adds its sentence to `missing`.
 *
 * Completeness counts the unit's own work. What a new plan carries from the training model (roles, the approval chain,
 * the crisis levels, the first-hour steps, the version) is not that work: it is checked with `keep`, which only counts
 * against the plan when the unit has emptied or removed it. So a new plan is at 0 %, and only what the unit writes raises it.
 */
class Checklist {
  done = 0;
  total = 0;
  missing: string[] = [];
  need(ok: boolean, missing: string): void {
    this.total += 1;
    if (ok) this.done += 1;
    else this.missing.push(missing);
  }
  /** Something the model provides: no credit while it is there, a missing check once it is gone. */
  keep(ok: boolean, missing: string): void {
    if (!ok) this.need(ok, missing);
  }
  /**
   * One check per field of a row the unit writes (`own`) and, for fields the model fills (`kept`), a check only when
   * emptied; the missing ones are listed in one sentence under the row's name.
   */
  row(
    name: string,
    own: ReadonlyArray<readonly [label: string, ok: boolean]>,
    kept: ReadonlyArray<readonly [label: string, ok: boolean]> = [],
  ): void {
    const counted = [...own, ...kept.filter(([, ok]) => !ok)];
    const absent = counted.filter(([, ok]) => !ok).map(([label]) => label);
    this.total += counted.length;
    this.done += counted.length - absent.length;
    if (absent.length > 0) this.missing.push(`${name}: ${absent.join(', ')} belum diisi.`);
  }
}

/** A row with nothing in it at all (a row just added): neither done nor missing until the unit starts on it. */
const blank = (row: object) => Object.values(row).every((value) => typeof value !== 'string' || !filled(value));

const validPhone = (value: string) => filled(value) && isPhoneNumber(value);
const validMinutes = (value: string) => /^\d+$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= MAX_STEP_MINUTES;

const checks: Record<SectionId, (plan: CommunicationPlan, list: Checklist) => void> = {
  identitas: ({ identity: id }, list) =>
    list.row(
      'Identitas',
      [
        ['nama unit', filled(id.unitName)],
        ['jenis unit', id.unitType !== ''],
        ['penanggung jawab dokumen', filled(id.owner)],
        ['jabatannya', filled(id.ownerPosition)],
        ['tanggal tinjauan berikutnya', isIsoDate(id.reviewDate)],
      ],
      [['versi', filled(id.version)]],
    ),
  tim: ({ team }, list) => {
    list.keep(team.length > 0, 'Belum ada peran dalam tim.');
    team.forEach((m, i) => {
      if (blank(m)) return;
      list.row(m.role.trim() || `Peran ${i + 1}`, [
        ['nama petugas', filled(m.name)],
        ['jabatan', filled(m.position)],
        ['nomor telepon yang benar', validPhone(m.phone)],
        ['nama cadangan', filled(m.deputyName)],
        ['telepon cadangan yang benar', validPhone(m.deputyPhone)],
      ]);
    });
  },
  persetujuan: ({ approval }, list) => {
    for (const level of ['kanwil', 'ditjenpas'] as const) {
      list.keep(
        approval.some((s) => s.level === level),
        `Belum ada langkah di ${APPROVAL_LEVEL_LABELS[level]}.`,
      );
    }
    approval.forEach((s, i) => {
      if (blank({ who: s.who, task: s.task, minutes: s.minutes })) return;
      list.row(
        `Langkah ${i + 1}${filled(s.who) ? ` (${s.who.trim()})` : ''}`,
        [['batas waktu dalam menit', validMinutes(s.minutes)]],
        [
          ['siapa yang menyetujui', filled(s.who)],
          ['tugasnya', filled(s.task)],
        ],
      );
    });
  },
  kontak: ({ contacts }, list) => {
    for (const group of REQUIRED_CONTACT_GROUPS) {
      list.need(
        contacts.some((c) => c.group === group && filled(c.organisation) && validPhone(c.phone)),
        `${CONTACT_GROUP_LABELS[group]}: belum ada kontak dengan nama instansi dan nomor telepon yang benar.`,
      );
    }
  },
  pemangku: ({ stakeholders }, list) => {
    const named = stakeholders.filter((s) => filled(s.audience));
    list.need(named.length >= MIN_STAKEHOLDERS, `Tuliskan minimal ${MIN_STAKEHOLDERS} kelompok khalayak (baru ${named.length}).`);
    for (const s of named) {
      list.row(s.audience.trim(), [
        ['kekhawatirannya', filled(s.concern)],
        ['saluran', filled(s.channel)],
        ['penanggung jawab', filled(s.owner)],
      ]);
    }
  },
  skenario: ({ scenarios }, list) => {
    list.keep(scenarios.length > 0, 'Belum ada skenario risiko.');
    scenarios.forEach((s, i) => {
      // The first scenario is the unit's to write; another one counts once the unit starts writing it, so adding a
      // scenario (or taking one from the risk map) never lowers what is already done.
      if (i > 0 && !filled(s.holdingStatement) && !s.messages.some((m) => filled(m.text) || m.facts.some(filled))) return;
      const name = `Skenario ${i + 1}${filled(s.typeName) ? ` (${s.typeName.trim()})` : ''}`;
      list.row(name, [
        ['jenis krisis', filled(s.typeName)],
        ['pernyataan awal', filled(s.holdingStatement)],
        ...s.messages.flatMap((m, k) => [
          [`pesan kunci ${k + 1}`, filled(m.text)] as const,
          [`fakta pendukung pesan ${k + 1}`, m.facts.some(filled)] as const,
        ]),
      ]);
    });
  },
  kanal: ({ channels }, list) => {
    const named = channels.filter((c) => filled(c.channel));
    list.need(named.length > 0, 'Belum ada saluran resmi.');
    for (const c of named)
      list.row(c.channel.trim(), [
        ['nama akun atau alamat', filled(c.account)],
        ['siapa yang boleh mengunggah', filled(c.posters)],
      ]);
  },
  pemantauan: ({ monitoring }, list) => {
    list.need(filled(monitoring.routine), 'Rutinitas pemantauan belum diisi.');
    list.need(filled(monitoring.tools), 'Alat dan sumber yang dipantau belum diisi.');
    list.keep(monitoring.levels.length >= MIN_ESCALATION_LEVELS, `Tuliskan minimal ${MIN_ESCALATION_LEVELS} tingkat eskalasi.`);
    monitoring.levels.forEach((l, i) => {
      if (blank(l)) return;
      list.row(
        l.level.trim() || `Tingkat ${i + 1}`,
        [],
        [
          ['nama tingkat', filled(l.level)],
          ['kriteria', filled(l.criteria)],
          ['tindakan', filled(l.response)],
          ['siapa yang diberi tahu', filled(l.reportTo)],
        ],
      );
    });
  },
  'jam-pertama': ({ firstHour }, list) => {
    list.keep(firstHour.length >= MIN_FIRST_HOUR_STEPS, `Tuliskan minimal ${MIN_FIRST_HOUR_STEPS} langkah jam pertama.`);
    firstHour.forEach((s, i) => {
      if (blank(s)) return;
      list.row(
        `Langkah ${i + 1}${filled(s.time) ? ` (${s.time.trim()})` : ''}`,
        [['pelaksana', filled(s.owner)]],
        [
          ['waktu', filled(s.time)],
          ['tindakan', filled(s.action)],
        ],
      );
    });
  },
  evaluasi: ({ evaluation: e }, list) =>
    list.row('Evaluasi', [
      ['pemimpin evaluasi', filled(e.lead)],
      ['waktu evaluasi', filled(e.timing)],
      ['cara evaluasi', filled(e.method)],
      ['jadwal tinjauan rencana', filled(e.reviewSchedule)],
      ['jadwal latihan', filled(e.exerciseSchedule)],
    ]),
};

/** How complete each of the ten sections is, and what each still lacks. */
export function planCompleteness(plan: CommunicationPlan): SectionCompleteness[] {
  return PLAN_SECTIONS.map((section, index) => {
    const list = new Checklist();
    checks[section.id](plan, list);
    return { id: section.id, number: index + 1, title: section.title, done: list.done, total: list.total, missing: list.missing };
  });
}

export { overallPercent, sectionPercent } from './percent';
