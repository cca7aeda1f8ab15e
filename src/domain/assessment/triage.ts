/**
 * Incident triage: a training model built on the site's crisis-level model (src/content/crisis-levels/, four levels:
 * 1 Pantau, 2 Waspada, 3 Siaga, 4 Darurat). It is not an official rule: the official reporting duties
 * and deadlines come from the regional office. The levels' names, leads and reporting times are not written here:
 * the caller passes the model's entries, so the triage, the modules and the plan template say the same thing.
 *
 * The rule, in order:
 * 1. start at 2 for a verified incident, at 1 for talk or an unconfirmed report;
 * 2. at least 3 with serious casualties, an ongoing threat, people outside at risk, or local media asking;
 * 3. 4 with national attention or several units involved;
 * 4. one level higher (at most 4) when officers or children are involved, it spreads on social media,
 *    or information already given out was wrong ("when in doubt, go one level up").
 */
import type { TriageAnswers } from '@/schemas/triage';
import { REPORT_PARTY_NAMES, findLevel, formatWithin, levelLabel, type CrisisLevelEntry } from '@/domain/crisis-model/levels';

export type CrisisLevel = 1 | 2 | 3 | 4;
export type TriageQuestionId = keyof TriageAnswers;
export type CompleteTriageAnswers = Required<TriageAnswers>;

export interface TriageQuestion {
  id: TriageQuestionId;
  prompt: string;
  hint: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}

const YES_NO = [
  { value: 'true', label: 'Ya' },
  { value: 'false', label: 'Tidak' },
] as const;

/** The questions, in the order they are asked. Option values are the stored values written as text. */
export const TRIAGE_QUESTIONS: readonly TriageQuestion[] = [
  {
    id: 'realIncident',
    prompt: 'Apakah sudah ada kejadian nyata yang terverifikasi?',
    hint: 'Pilih “Tidak” bila baru berupa kabar, unggahan, atau laporan yang belum dipastikan.',
    options: YES_NO,
  },
  {
    id: 'casualties',
    prompt: 'Apakah ada korban?',
    hint: 'Hitung narapidana, tahanan, anak, klien, petugas, pengunjung, dan warga.',
    options: [
      { value: 'none', label: 'Tidak ada korban' },
      { value: 'minor', label: 'Luka ringan' },
      { value: 'serious', label: 'Luka berat atau korban jiwa' },
    ],
  },
  {
    id: 'threatOngoing',
    prompt: 'Apakah ancaman keselamatan masih berlangsung atau belum terkendali?',
    hint: 'Misalnya api belum padam, keributan berlanjut, atau narapidana atau tahanan belum ditemukan.',
    options: YES_NO,
  },
  {
    id: 'publicSafety',
    prompt: 'Apakah keselamatan warga di luar unit terancam?',
    hint: 'Misalnya narapidana atau tahanan melarikan diri, asap atau api menyebar, atau penyakit dapat menular ke masyarakat.',
    options: YES_NO,
  },
  {
    id: 'exposure',
    prompt: 'Sejauh mana kejadian ini sudah diketahui publik?',
    hint: 'Pilih yang paling luas.',
    options: [
      { value: 'none', label: 'Belum diketahui publik' },
      { value: 'social', label: 'Beredar di media sosial atau grup percakapan' },
      {
        value: 'local-media',
        label: 'Ditanyakan atau diberitakan media lokal, atau ditanyakan pejabat pemerintah daerah atau DPRD (bukan Kanwil Ditjenpas)',
      },
      { value: 'national', label: 'Diberitakan media nasional atau ditanyakan pejabat pusat' },
    ],
  },
  {
    id: 'officersInvolved',
    prompt: 'Apakah ada dugaan keterlibatan petugas?',
    hint: 'Sebagai pelaku, pembantu, atau pihak yang lalai.',
    options: YES_NO,
  },
  {
    id: 'childrenInvolved',
    prompt: 'Apakah ada anak yang terlibat?',
    hint: 'Sebagai pelaku, korban, atau saksi, termasuk anak pengunjung.',
    options: YES_NO,
  },
  {
    id: 'multipleUnits',
    prompt: 'Apakah kejadian serupa terjadi di beberapa UPT atau melibatkan beberapa instansi?',
    hint: 'Misalnya kerusuhan di dua unit sekaligus.',
    options: YES_NO,
  },
  {
    id: 'wrongInformation',
    prompt: 'Apakah informasi yang sudah disampaikan ternyata keliru?',
    hint: 'Oleh unit sendiri, misalnya jumlah korban yang salah.',
    options: YES_NO,
  },
];

/** Questions not yet answered, in the order they are asked. */
export function missingTriageAnswers(answers: TriageAnswers): TriageQuestionId[] {
  return TRIAGE_QUESTIONS.filter((question) => answers[question.id] === undefined).map((question) => question.id);
}

export function isTriageComplete(answers: TriageAnswers): answers is CompleteTriageAnswers {
  return missingTriageAnswers(answers).length === 0;
}

export interface Notification {
  who: string;
  when: string;
}

export interface TriageResult {
  level: CrisisLevel;
  /** The level's entry in the crisis-level model (name, who leads, who speaks). */
  model: CrisisLevelEntry;
  /** Why this level, one sentence per rule that applied, in rule order. */
  reasons: string[];
  notify: Notification[];
  actions: string[];
}

export function triageLevel(answers: CompleteTriageAnswers): { level: CrisisLevel; reasons: string[] } {
  const reasons: string[] = [];
  let level: CrisisLevel = answers.realIncident ? 2 : 1;
  reasons.push(
    answers.realIncident
      ? 'Kejadian nyata sudah terverifikasi: mulai dari tingkat 2.'
      : 'Baru berupa kabar atau laporan yang belum dipastikan: mulai dari tingkat 1.',
  );

  const siaga = [
    answers.casualties === 'serious' && 'ada korban luka berat atau korban jiwa',
    answers.threatOngoing && 'ancaman keselamatan belum terkendali',
    answers.publicSafety && 'keselamatan warga di luar unit terancam',
    answers.exposure === 'local-media' &&
      'media lokal sudah bertanya atau memberitakan, atau pejabat pemerintah daerah atau DPRD sudah bertanya',
  ].filter((reason): reason is string => Boolean(reason));
  if (siaga.length > 0 && level < 3) {
    level = 3;
    reasons.push(`Minimal tingkat 3 karena ${siaga.join(', ')}.`);
  }

  const darurat = [
    answers.exposure === 'national' && 'sudah menjadi sorotan nasional',
    answers.multipleUnits && 'terjadi di beberapa UPT atau melibatkan beberapa instansi',
  ].filter((reason): reason is string => Boolean(reason));
  if (darurat.length > 0) {
    level = 4;
    reasons.push(`Tingkat 4 karena ${darurat.join(', ')}.`);
  }

  const escalators = [
    answers.officersInvolved && 'ada dugaan keterlibatan petugas',
    answers.childrenInvolved && 'ada anak yang terlibat',
    answers.exposure === 'social' && 'kejadian beredar di media sosial',
    answers.wrongInformation && 'informasi yang sudah disampaikan ternyata keliru',
  ].filter((reason): reason is string => Boolean(reason));
  if (escalators.length > 0) {
    if (level < 4) {
      level = (level + 1) as CrisisLevel;
      reasons.push(`Naik satu tingkat karena ${escalators.join(', ')}.`);
    } else {
      reasons.push(`Pemicu lain juga ada (${escalators.join(', ')}), tetapi tingkat 4 sudah tertinggi.`);
    }
  }
  return { level, reasons };
}

/** "dalam 10 menit, oleh Kepala UPT, sebelum pernyataan resmi (model latihan)". */
function reportWhen(step: CrisisLevelEntry['reports'][number]): string {
  const when = step.withinMinutes === undefined ? (step.note ?? formatWithin(undefined)) : formatWithin(step.withinMinutes);
  const details = [step.party === 'kepala-upt' ? '' : `oleh ${step.by}`, step.withinMinutes !== undefined ? (step.note ?? '') : ''].filter(
    Boolean,
  );
  return [when, ...details].join(', ');
}

/** Who must be told and how fast: the level's reports from the model (training times, not official ones), then the others. */
export function triageNotifications(answers: CompleteTriageAnswers, level: CrisisLevelEntry): Notification[] {
  const notify: Notification[] = level.reports.map((step) => ({ who: REPORT_PARTY_NAMES[step.party].full, when: reportWhen(step) }));
  if (answers.threatOngoing || answers.publicSafety) {
    notify.push({ who: 'Kepolisian setempat', when: 'segera, oleh unsur pengamanan sesuai prosedur unit' });
  }
  if (answers.publicSafety)
    notify.push({
      who: 'Pemerintah daerah setempat, bila warga perlu diberi peringatan',
      when: 'bersama kepolisian, atas keputusan Kepala UPT',
    });
  if (answers.casualties !== 'none') notify.push({ who: 'Layanan kesehatan unit atau rumah sakit rujukan', when: 'segera' });
  if (answers.casualties === 'serious')
    notify.push({
      who: 'Keluarga korban',
      when: 'secepatnya, oleh petugas yang ditunjuk Kepala UPT, sebelum mereka mendengarnya dari media',
    });
  if (answers.childrenInvolved)
    notify.push({ who: 'Orang tua atau wali anak dan Pembimbing Kemasyarakatan', when: 'hari ini, oleh petugas yang ditunjuk Kepala UPT' });
  if (answers.officersInvolved) notify.push({ who: 'Pengawasan internal', when: 'hari ini, melalui Kepala UPT' });
  return notify;
}

/** The first actions, in the order to take them. */
export function triageActions(answers: CompleteTriageAnswers, level: CrisisLevel): string[] {
  const actions: string[] = [];
  actions.push(
    answers.realIncident
      ? 'Pastikan keselamatan orang ditangani petugas yang berwenang. Humas mulai mengisi lembar fakta dan mencatat jam setiap informasi masuk.'
      : 'Periksa kebenaran kabar: siapa sumbernya, kapan, dan di mana. Cocokkan dengan petugas yang sedang bertugas.',
  );
  actions.push('Konfirmasi setiap fakta ke sumber kedua dan tandai yang belum pasti. Jangan mencatat dugaan penyebab sebagai fakta.');
  actions.push(
    level === 1
      ? 'Catat di register isu dan sampaikan kepada Kepala UPT dalam laporan hari ini.'
      : 'Beri tahu pihak dalam daftar di atas sesuai urutan dan batas waktunya.',
  );
  if (answers.exposure !== 'none')
    actions.push('Pantau dan catat unggahan serta pemberitaan di log pemantauan. Jangan membalas sebelum pernyataan disetujui.');
  actions.push(
    level === 1
      ? 'Siapkan jawaban singkat yang jujur bila ada yang bertanya, tanpa membesar-besarkan atau menyangkal.'
      : 'Susun draf pernyataan awal dari templat (fakta yang sudah pasti, kepedulian, tindakan, jam kabar berikutnya, narahubung) dan ajukan persetujuan.',
  );
  if (answers.childrenInvolved)
    actions.push('Lindungi identitas anak: jangan menyebut nama, wajah, sekolah, alamat, atau ciri yang mengarah kepadanya.');
  if (answers.officersInvolved)
    actions.push(
      'Jangan membela atau menyalahkan petugas sebelum pemeriksaan. Sampaikan bahwa pemeriksaan berjalan dan unit bersikap terbuka.',
    );
  if (answers.wrongInformation) actions.push('Luruskan informasi yang keliru secara terbuka segera setelah koreksinya disetujui.');
  if (answers.casualties === 'serious')
    actions.push('Buka layanan informasi untuk keluarga dengan petugas yang ramah dan jawaban yang seragam.');
  if (level >= 3)
    actions.push(
      `Kepala UPT menetapkan tingkat krisis dan melaporkannya kepada Kanwil Ditjenpas, yang dapat menaikkannya. Sesudah pernyataan awal, ${level === 4 ? 'Kepala UPT sendiri yang menjawab media' : 'hanya juru bicara yang ditunjuk Kepala UPT yang menjawab media'}. Bagikan kalimat baku kepada petugas penerima telepon.`,
    );
  if (level === 4)
    actions.push(
      'Jalankan narasi tunggal yang disepakati bersama Kanwil Ditjenpas dan Ditjenpas. Jangan mengeluarkan pernyataan di luar narasi itu.',
    );
  actions.push(
    level === 1
      ? 'Tinjau lagi dalam 24 jam, atau segera bila ada perkembangan, dan ulangi triase.'
      : 'Tetapkan jam kabar berikutnya dan tepati. Ulangi triase setiap ada perkembangan penting.',
  );
  return actions;
}

/** The triage's result; `levels` are the entries of the crisis-level model (the 'crisis-levels' collection). */
export function assessTriage(answers: CompleteTriageAnswers, levels: readonly CrisisLevelEntry[]): TriageResult {
  const { level, reasons } = triageLevel(answers);
  const model = findLevel(levels, level);
  return { level, model, reasons, notify: triageNotifications(answers, model), actions: triageActions(answers, level) };
}

/** The label of the answer given to a question, for summaries. */
export function answerLabel(question: TriageQuestion, answers: TriageAnswers): string {
  const value = answers[question.id];
  return question.options.find((option) => option.value === String(value))?.label ?? 'belum dijawab';
}

export interface SummaryContext {
  /** When the triage was made, already formatted for people. */
  time: string;
  crisisTypeName: string;
  description: string;
  unitName: string;
  /** Address of the holding-statement template. */
  templateUrl: string;
}

/** The plain-text summary that is copied to the clipboard. */
export function triageSummaryText(answers: CompleteTriageAnswers, result: TriageResult, context: SummaryContext): string {
  const info = result.model;
  const lines = [
    `TRIASE INSIDEN${context.unitName ? ` — ${context.unitName}` : ''}`,
    `Waktu triase: ${context.time}`,
    ...(context.crisisTypeName ? [`Jenis kejadian: ${context.crisisTypeName}`] : []),
    ...(context.description ? [`Uraian singkat: ${context.description}`] : []),
    '',
    `${levelLabel(info).toUpperCase()} (model latihan Siaga Krisis, bukan ketentuan resmi)`,
    `Memimpin komunikasi: ${info.lead}`,
    `Berbicara kepada media: ${info.speaks}`,
    ...result.reasons.map((reason) => `- ${reason}`),
    '',
    'JAWABAN',
    ...TRIAGE_QUESTIONS.map((question) => `- ${question.prompt} ${answerLabel(question, answers)}`),
    '',
    'YANG DIBERI TAHU (MODEL LATIHAN)',
    ...result.notify.map((n) => `- ${n.who}: ${n.when}`),
    '',
    'TINDAKAN PERTAMA',
    ...result.actions.map((action, index) => `${index + 1}. ${action}`),
    '',
    `Templat pernyataan awal: ${context.templateUrl}`,
  ];
  return lines.join('\n');
}
