import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { analyzePressRelease } from '@/domain/press-release/analyze';
import { finding, RULE_IDS, type Finding, type RuleId } from '@/domain/press-release/rules';
import {
  CHECKER_CRITERIA,
  CHECKER_KIND_BY_GENRE,
  checkerCriteria,
  checkWriting,
  isRuleRelevant,
  withPressReleaseChecker,
  type ReleaseAnalyzer,
} from '@/domain/simulation/writing-check';
import { scoreWithRubric } from '@/domain/simulation/writing';
import { scoreRun } from '@/domain/simulation/scoring';
import { applyAction, skipToNextEvent, startRun } from '@/domain/simulation/engine';
import type { WritingTask } from '@/schemas/scenario';
import { smallScenario } from './fixture';

const base = (() => {
  const task = smallScenario().steps[1]!.task;
  if (task.kind !== 'tulisan') throw new Error('fixture');
  return task;
})();
const task = (genre: WritingTask['genre'], minWords = 5): WritingTask => ({ ...base, genre, minWords });
const GOOD = 'Kami prihatin atas kebakaran di blok hunian pagi ini dan sedang memeriksa penyebabnya.';
const f = (ruleId: RuleId, severity?: Finding['severity']) => finding(ruleId, `temuan ${ruleId}`, undefined, severity);
/** An analyzer that returns the given findings whatever the text, recording what it was asked. */
const stub = (findings: Finding[]) => vi.fn<ReleaseAnalyzer>(() => findings);

describe('the checker kind for each genre', () => {
  it.each([
    ['pernyataan-awal', 'pernyataan-awal'],
    ['siaran-pers', 'siaran-pertama'],
    ['balasan-unggahan', 'klarifikasi-hoaks'],
  ] as const)('a %s is checked as %s', (genre, kind) => {
    expect(CHECKER_KIND_BY_GENRE[genre]).toBe(kind);
    const analyze = stub([]);
    checkWriting(analyze, task(genre), GOOD);
    expect(analyze).toHaveBeenCalledWith({ text: GOOD }, { kind });
  });

  it('does not run the checker on an empty text', () => {
    const analyze = stub([f('no-comment')]);
    expect(checkWriting(analyze, task('siaran-pers'), '  \n ')).toEqual([]);
    expect(analyze).not.toHaveBeenCalled();
  });
});

describe('which rules matter for a genre', () => {
  it.each([
    ['siaran-pers', 'headline-missing', true],
    ['siaran-pers', 'end-mark-missing', true],
    ['pernyataan-awal', 'headline-missing', false],
    ['pernyataan-awal', 'contact-missing', false],
    ['pernyataan-awal', 'lead-too-long', false],
    ['pernyataan-awal', 'lead-5w1h', true],
    ['pernyataan-awal', 'quote-speaker', true],
    ['balasan-unggahan', 'lead-5w1h', false],
    ['balasan-unggahan', 'quote-missing', false],
    ['balasan-unggahan', 'acronym-unexplained', true],
    ['balasan-unggahan', 'threatens-public', true],
    ['pernyataan-awal', 'inmate-name-offence', true],
  ] as const)('%s: %s → %s', (genre, ruleId, relevant) => {
    expect(isRuleRelevant(genre, f(ruleId))).toBe(relevant);
  });

  it('style, crisis-risk and privacy rules matter for every genre', () => {
    for (const genre of Object.keys(CHECKER_KIND_BY_GENRE) as WritingTask['genre'][]) {
      for (const ruleId of RULE_IDS) {
        const rule = f(ruleId);
        if (rule.family !== 'structure') expect(isRuleRelevant(genre, rule), `${genre} ${ruleId}`).toBe(true);
      }
    }
  });

  it('drops the findings that do not matter, keeping the checker’s order', () => {
    const found = [f('no-comment'), f('headline-missing'), f('lead-5w1h'), f('jargon')];
    expect(checkWriting(stub(found), task('pernyataan-awal'), GOOD).map((x) => x.ruleId)).toEqual(['no-comment', 'lead-5w1h', 'jargon']);
    expect(checkWriting(stub(found), task('balasan-unggahan'), GOOD).map((x) => x.ruleId)).toEqual(['no-comment', 'jargon']);
    expect(checkWriting(stub(found), task('siaran-pers'), GOOD)).toHaveLength(4);
  });
});

describe('criteria from the findings', () => {
  const unmet = (findings: Finding[], text = GOOD) =>
    checkerCriteria(task('siaran-pers'), text, findings)
      .filter((c) => !c.met)
      .map((c) => c.id);

  it('are all met by a long enough text without findings, and none by a text below minWords', () => {
    expect(unmet([])).toEqual([]);
    expect(unmet([], 'Kami prihatin.')).toEqual(CHECKER_CRITERIA.map((c) => c.id));
    expect(checkerCriteria(task('siaran-pers'), GOOD, []).reduce((sum, c) => sum + c.earned, 0)).toBe(
      CHECKER_CRITERIA.reduce((sum, c) => sum + c.points, 0),
    );
  });

  it.each([
    ['national-id-number', 'pemeriksa-privasi'],
    ['child-identity', 'pemeriksa-privasi'],
    ['no-comment', 'pemeriksa-akurasi'],
    ['speculation', 'pemeriksa-akurasi'],
    ['unkeepable-promise', 'pemeriksa-akurasi'],
    ['hoax-opens-with-claim', 'pemeriksa-akurasi'],
    ['blaming', 'pemeriksa-empati'],
    ['minimising', 'pemeriksa-empati'],
    ['institution-first', 'pemeriksa-empati'],
    ['empathy-missing', 'pemeriksa-empati'],
    ['threatens-public', 'pemeriksa-empati'],
    ['next-step-missing', 'pemeriksa-langkah'],
    ['next-update-missing', 'pemeriksa-langkah'],
    ['headline-missing', 'pemeriksa-bahasa'],
    ['acronym-unexplained', 'pemeriksa-bahasa'],
    ['shouting', 'pemeriksa-bahasa'],
  ] as const)('a %s finding costs %s only', (ruleId, criterion) => {
    expect(unmet([f(ruleId)])).toEqual([criterion]);
  });

  it('advice (“info”) costs nothing', () => {
    expect(unmet([f('sentence-too-long'), f('boilerplate-missing'), f('vague-time'), f('jargon')])).toEqual([]);
    expect(unmet([f('lead-5w1h', 'info')])).toEqual([]);
  });

  it('every rule of the checker is covered by exactly one criterion at its own severity, or is advice', () => {
    for (const ruleId of RULE_IDS) {
      const rule = f(ruleId);
      const costs = unmet([rule]);
      expect(costs.length, ruleId).toBe(rule.severity === 'info' ? 0 : 1);
    }
  });
});

describe('withPressReleaseChecker', () => {
  it('adds the checker’s criteria and findings to the rubric’s assessment', () => {
    const scorer = withPressReleaseChecker(stub([f('speculation')]));
    const assessment = scorer(task('pernyataan-awal'), GOOD);
    const rubric = scoreWithRubric(task('pernyataan-awal'), GOOD);
    expect(assessment.criteria.slice(0, rubric.criteria.length)).toEqual(rubric.criteria);
    expect(assessment.criteria.slice(rubric.criteria.length).map((c) => [c.id, c.met])).toEqual([
      ['pemeriksa-privasi', true],
      ['pemeriksa-akurasi', false],
      ['pemeriksa-empati', true],
      ['pemeriksa-langkah', true],
      ['pemeriksa-bahasa', true],
    ]);
    expect(assessment.findings?.map((x) => x.ruleId)).toEqual(['speculation']);
    expect(assessment.words).toBe(rubric.words);
  });

  it('with the real checker: a weak holding statement has findings that an improved one no longer has', () => {
    const scorer = withPressReleaseChecker(analyzePressRelease);
    const weak = scorer(
      task('pernyataan-awal'),
      'Tidak ada komentar. Kebakaran diduga karena korsleting di blok hunian, situasi aman terkendali.',
    );
    expect(weak.findings?.map((x) => x.ruleId)).toEqual(expect.arrayContaining(['no-comment', 'speculation']));
    const better = scorer(
      task('pernyataan-awal'),
      'Pukul 01.10 terjadi kebakaran di blok hunian Lembaga Pemasyarakatan (Lapas) Kelas IIA Telaga Bening. Penyebabnya sedang diperiksa, dan api dipadamkan bersama pemadam kebakaran.\n\nTidak ada korban. Informasi berikutnya kami sampaikan pukul 06.00.',
    );
    expect(better.findings?.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(better.criteria.filter((c) => c.id.startsWith('pemeriksa-')).every((c) => c.met)).toBe(true);
  });

  it('keeps every score within 0…possible for any text, and scoreRun stays non-negative', () => {
    const scorer = withPressReleaseChecker(analyzePressRelease);
    const scenario = smallScenario();
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.constantFrom<WritingTask['genre']>('pernyataan-awal', 'siaran-pers', 'balasan-unggahan'),
        (text, genre) => {
          const assessment = scorer(task(genre), text);
          for (const c of assessment.criteria) expect(c.earned >= 0 && c.earned <= c.points).toBe(true);
          const decided = applyAction(scenario, startRun(scenario, 'uji', 1, 0), { kind: 'keputusan', optionId: 'baik' }, 0);
          if (!decided.ok) throw new Error(decided.reason);
          const written = applyAction(scenario, skipToNextEvent(scenario, decided.run, 0), { kind: 'tulisan', text }, 0);
          if (!written.ok) return;
          for (const tally of Object.values(scoreRun(scenario, written.run, scorer).dimensions)) {
            expect(tally.points).toBeGreaterThanOrEqual(0);
            expect(tally.points).toBeLessThanOrEqual(tally.possible);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
