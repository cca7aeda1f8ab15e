import { describe, expect, it } from 'vitest';
import {
  TRIAGE_QUESTIONS,
  assessTriage as assessWithModel,
  isTriageComplete,
  missingTriageAnswers,
  triageLevel,
  triageSummaryText,
  type CompleteTriageAnswers,
} from '@/domain/assessment/triage';
import { loadCrisisLevels } from '../../../content/fixtures/crisis-model';

// The triage reads the site's one level model (src/content/crisis-levels/).
const LEVELS = loadCrisisLevels();
const assessTriage = (answers: CompleteTriageAnswers) => assessWithModel(answers, LEVELS);

const calm: CompleteTriageAnswers = {
  realIncident: true,
  casualties: 'none',
  threatOngoing: false,
  publicSafety: false,
  exposure: 'none',
  officersInvolved: false,
  childrenInvolved: false,
  multipleUnits: false,
  wrongInformation: false,
};
const rumour: CompleteTriageAnswers = { ...calm, realIncident: false };

/** Every combination of answers: 2 × 3 × 2 × 2 × 4 × 2 × 2 × 2 × 2 = 1 536 situations. */
function allAnswers(): CompleteTriageAnswers[] {
  let combos: Array<Partial<CompleteTriageAnswers>> = [{}];
  for (const question of TRIAGE_QUESTIONS) {
    combos = combos.flatMap((partial) =>
      question.options.map((option) => ({
        ...partial,
        [question.id]: option.value === 'true' ? true : option.value === 'false' ? false : option.value,
      })),
    );
  }
  return combos as CompleteTriageAnswers[];
}

describe('missingTriageAnswers', () => {
  it('lists unanswered questions in the order they are asked', () => {
    expect(missingTriageAnswers({})).toEqual(TRIAGE_QUESTIONS.map((q) => q.id));
    expect(missingTriageAnswers({ realIncident: false, exposure: 'none' })).toEqual([
      'casualties',
      'threatOngoing',
      'publicSafety',
      'officersInvolved',
      'childrenInvolved',
      'multipleUnits',
      'wrongInformation',
    ]);
    expect(isTriageComplete(calm)).toBe(true);
    expect(isTriageComplete({ ...calm, wrongInformation: undefined })).toBe(false);
  });

  it('treats "no" (false) as an answer', () => {
    expect(missingTriageAnswers(rumour)).toEqual([]);
  });
});

describe('triageLevel: every rule on its own', () => {
  it.each<[string, Partial<CompleteTriageAnswers>, number, number]>([
    // [situation, change, level from an unconfirmed report, level from a verified incident]
    ['nothing else', {}, 1, 2],
    ['minor injuries only', { casualties: 'minor' }, 1, 2],
    ['serious injury or death', { casualties: 'serious' }, 3, 3],
    ['an ongoing threat', { threatOngoing: true }, 3, 3],
    ['people outside at risk', { publicSafety: true }, 3, 3],
    ['local media asking', { exposure: 'local-media' }, 3, 3],
    ['national attention', { exposure: 'national' }, 4, 4],
    ['several units', { multipleUnits: true }, 4, 4],
    ['officers involved', { officersInvolved: true }, 2, 3],
    ['children involved', { childrenInvolved: true }, 2, 3],
    ['spreading on social media', { exposure: 'social' }, 2, 3],
    ['wrong information given out', { wrongInformation: true }, 2, 3],
  ])('%s', (_name, change, fromRumour, fromIncident) => {
    expect(triageLevel({ ...rumour, ...change }).level).toBe(fromRumour);
    expect(triageLevel({ ...calm, ...change }).level).toBe(fromIncident);
  });
});

describe('triageLevel: combinations', () => {
  it.each<[string, Partial<CompleteTriageAnswers>, number]>([
    ['serious injury with an officer involved goes up to 4', { casualties: 'serious', officersInvolved: true }, 4],
    ['several escalators still raise only one level', { officersInvolved: true, childrenInvolved: true, wrongInformation: true }, 3],
    ['several level-3 triggers stay at 3', { casualties: 'serious', threatOngoing: true, publicSafety: true }, 3],
    ['level 4 with an escalator stays at 4', { exposure: 'national', childrenInvolved: true }, 4],
    ['local media and a child involved is 4', { exposure: 'local-media', childrenInvolved: true }, 4],
  ])('%s', (_name, change, level) => {
    expect(triageLevel({ ...calm, ...change }).level).toBe(level);
  });

  it('explains every rule that applied, in rule order', () => {
    expect(triageLevel({ ...calm, casualties: 'serious', exposure: 'social' }).reasons).toEqual([
      'Kejadian nyata sudah terverifikasi: mulai dari tingkat 2.',
      'Minimal tingkat 3 karena ada korban luka berat atau korban jiwa.',
      'Naik satu tingkat karena kejadian beredar di media sosial.',
    ]);
    expect(triageLevel({ ...calm, multipleUnits: true, officersInvolved: true }).reasons.at(-1)).toContain('tingkat 4 sudah tertinggi');
    expect(triageLevel(rumour).reasons).toEqual(['Baru berupa kabar atau laporan yang belum dipastikan: mulai dari tingkat 1.']);
  });

  const everything = allAnswers();

  it('covers all 1 536 situations with a level from 1 to 4', () => {
    expect(everything).toHaveLength(1536);
    const seen = new Set(everything.map((answers) => triageLevel(answers).level));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it('never lowers the level when one more warning sign is added', () => {
    const worse: Array<[keyof CompleteTriageAnswers, unknown]> = [
      ['realIncident', true],
      ['casualties', 'serious'],
      ['threatOngoing', true],
      ['publicSafety', true],
      ['exposure', 'national'],
      ['officersInvolved', true],
      ['childrenInvolved', true],
      ['multipleUnits', true],
      ['wrongInformation', true],
    ];
    for (const answers of everything) {
      const level = triageLevel(answers).level;
      for (const [key, value] of worse)
        expect(triageLevel({ ...answers, [key]: value } as CompleteTriageAnswers).level).toBeGreaterThanOrEqual(level);
    }
  });
});

describe('assessTriage: who is told and what is done', () => {
  const everything = allAnswers();

  it('always tells the unit head; the regional office from level 2; the directorate general from level 3', () => {
    for (const answers of everything) {
      const { level, notify } = assessTriage(answers);
      const who = notify.map((n) => n.who);
      expect(who[0]).toBe('Kepala UPT');
      expect(who.includes('Kantor Wilayah Direktorat Jenderal Pemasyarakatan')).toBe(level >= 2);
      expect(who.includes('Direktorat Jenderal Pemasyarakatan (Ditjenpas)')).toBe(level >= 3);
      expect(who.includes('Kepolisian setempat')).toBe(answers.threatOngoing || answers.publicSafety);
      expect(who.includes('Keluarga korban')).toBe(answers.casualties === 'serious');
      expect(who.includes('Layanan kesehatan unit atau rumah sakit rujukan')).toBe(answers.casualties !== 'none');
      expect(who.includes('Orang tua atau wali anak dan Pembimbing Kemasyarakatan')).toBe(answers.childrenInvolved);
      expect(who.includes('Pengawasan internal')).toBe(answers.officersInvolved);
      for (const n of notify) expect(n.when.length).toBeGreaterThan(3);
    }
  });

  it('gives the reporting times of the level model, worded as a training model', () => {
    expect(assessTriage(rumour).notify).toEqual([{ who: 'Kepala UPT', when: 'dalam laporan harian' }]);
    expect(assessTriage(calm).notify).toEqual([
      { who: 'Kepala UPT', when: 'dalam 30 menit' },
      { who: 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan', when: 'dalam laporan harian, oleh Kepala UPT' },
    ]);
    expect(assessTriage({ ...calm, exposure: 'local-media' }).notify.map((n) => n.when)).toEqual([
      'dalam 10 menit',
      'dalam 30 menit, oleh Kepala UPT, sebelum pernyataan resmi',
      'dalam 1 jam, oleh Kanwil Ditjenpas',
    ]);
    expect(assessTriage({ ...calm, exposure: 'national' }).notify.map((n) => n.when)).toEqual([
      'dalam 10 menit',
      'dalam 15 menit, oleh Kepala UPT',
      'dalam 30 menit, oleh Kanwil Ditjenpas',
    ]);
    for (const answers of allAnswers()) {
      for (const n of assessTriage(answers).notify) expect(n.when).not.toMatch(/paling lambat|wajib/i);
    }
  });

  it('names the level, who leads and who speaks from the model', () => {
    const result = assessTriage({ ...calm, exposure: 'local-media' });
    expect(result.model).toBe(LEVELS.find((level) => level.level === 3));
    expect(() =>
      assessWithModel(
        calm,
        LEVELS.filter((level) => level.level !== 2),
      ),
    ).toThrow(/Tingkat 2/);
  });

  it('starts with safety or verification and ends with the next review, with conditional steps in between', () => {
    for (const answers of everything) {
      const { level, actions } = assessTriage(answers);
      expect(actions[0]).toMatch(answers.realIncident ? /^Pastikan keselamatan/ : /^Periksa kebenaran kabar/);
      expect(actions[1]).toMatch(/^Konfirmasi setiap fakta/);
      expect(actions.at(-1)).toMatch(level === 1 ? /^Tinjau lagi dalam 24 jam/ : /^Tetapkan jam kabar berikutnya/);
      expect(actions.some((a) => a.includes('draf pernyataan awal'))).toBe(level >= 2);
      expect(actions.some((a) => a.includes('identitas anak'))).toBe(answers.childrenInvolved);
      expect(actions.some((a) => a.includes('membela atau menyalahkan petugas'))).toBe(answers.officersInvolved);
      expect(actions.some((a) => a.includes('Luruskan informasi'))).toBe(answers.wrongInformation);
      expect(actions.some((a) => a.includes('log pemantauan'))).toBe(answers.exposure !== 'none');
      expect(actions.some((a) => a.includes('layanan informasi untuk keluarga'))).toBe(answers.casualties === 'serious');
      expect(actions.some((a) => a.includes('Kepala UPT menetapkan tingkat krisis dan melaporkannya kepada Kanwil Ditjenpas'))).toBe(
        level >= 3,
      );
      // Who speaks after the holding statement follows the level model: the named spokesperson at 3, the head at 4.
      expect(actions.some((a) => a.includes('hanya juru bicara yang ditunjuk Kepala UPT yang menjawab media'))).toBe(level === 3);
      expect(actions.some((a) => a.includes('Sesudah pernyataan awal, Kepala UPT sendiri yang menjawab media'))).toBe(level === 4);
      expect(actions.some((a) => a.includes('narasi tunggal yang disepakati bersama Kanwil Ditjenpas dan Ditjenpas'))).toBe(level === 4);
    }
  });

  it('orders a serious case as taught in the first-hours module', () => {
    const { actions } = assessTriage({ ...calm, casualties: 'serious', exposure: 'social', childrenInvolved: true });
    expect(actions.map((a) => a.split(' ').slice(0, 2).join(' '))).toEqual([
      'Pastikan keselamatan',
      'Konfirmasi setiap',
      'Beri tahu',
      'Pantau dan',
      'Susun draf',
      'Lindungi identitas',
      'Buka layanan',
      'Kepala UPT',
      'Jalankan narasi',
      'Tetapkan jam',
    ]);
  });
});

describe('triageSummaryText', () => {
  it('holds the time, the level with its training-model label, every answer, who to tell, numbered actions and the template link', () => {
    const answers: CompleteTriageAnswers = { ...calm, casualties: 'minor', exposure: 'social' };
    const result = assessTriage(answers);
    const text = triageSummaryText(answers, result, {
      time: '12 Mar 2026, 06.10',
      crisisTypeName: 'Kebakaran',
      description: 'Api di dapur, sudah padam',
      unitName: 'Lapas Kelas IIA Telaga Bening (fiktif)',
      templateUrl: 'https://contoh.test/modul/jam-pertama/#langkah-3-pernyataan-awal',
    });
    expect(text).toContain('TRIASE INSIDEN — Lapas Kelas IIA Telaga Bening (fiktif)');
    expect(text).toContain('Waktu triase: 12 Mar 2026, 06.10');
    expect(text).toContain('Jenis kejadian: Kebakaran');
    expect(text).toContain('TINGKAT 3: SIAGA (model latihan Siaga Krisis, bukan ketentuan resmi)');
    expect(text).toContain(`Berbicara kepada media: ${result.model.speaks}`);
    for (const question of TRIAGE_QUESTIONS) expect(text).toContain(question.prompt);
    expect(text).toContain('Apakah ada korban? Luka ringan');
    expect(text).toContain('- Kepala UPT: dalam 10 menit');
    expect(text).toContain(`${result.actions.length}. ${result.actions.at(-1)}`);
    expect(text.trimEnd().endsWith('https://contoh.test/modul/jam-pertama/#langkah-3-pernyataan-awal')).toBe(true);
  });

  it('leaves out empty context lines', () => {
    const text = triageSummaryText(rumour, assessTriage(rumour), {
      time: 'x',
      crisisTypeName: '',
      description: '',
      unitName: '',
      templateUrl: '/t/',
    });
    expect(text.split('\n')[0]).toBe('TRIASE INSIDEN');
    expect(text).not.toContain('Jenis kejadian');
    expect(text).not.toContain('Uraian singkat');
  });
});
