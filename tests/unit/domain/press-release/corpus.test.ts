// The checker against the labelled corpus (tests/fixtures/press-corpus/): the gate the issue set. `npm run
// eval:checker` prints the same evaluation as a table.
import { describe, expect, it } from 'vitest';
import { evaluate, loadCorpus } from '../../../fixtures/press-corpus/evaluate';
import { RELEASE_KINDS } from '@/schemas/release-parts';
import { PASS_PERCENT } from '@/domain/press-release';

const corpus = loadCorpus();
const evaluation = evaluate(corpus);
const byId = new Map(evaluation.entries.map((e) => [e.id, e]));

describe('labelled press-release corpus', () => {
  it('has at least 80 texts of every kind, good and bad, with unique ids', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    expect(new Set(corpus.map((e) => e.id)).size).toBe(corpus.length);
    expect(new Set(corpus.map((e) => e.kind).filter(Boolean))).toEqual(new Set(RELEASE_KINDS));
    expect(corpus.filter((e) => e.good).length).toBeGreaterThanOrEqual(15);
    expect(corpus.filter((e) => e.raise?.length).length).toBeGreaterThanOrEqual(45);
  });

  it('recall on must-raise findings is at least 95 %', () => {
    const missed = evaluation.entries.filter((e) => e.missed.length).map((e) => `${e.id}: ${e.missed.join(', ')}`);
    expect(evaluation.recall, missed.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('at most 2 % of must-not-raise checks are raised', () => {
    const alarms = evaluation.entries.filter((e) => e.falseAlarms.length).map((e) => `${e.id}: ${e.falseAlarms.join(', ')}`);
    expect(evaluation.falseAlarmRate, alarms.join('\n')).toBeLessThanOrEqual(0.02);
  });

  it('in free mode every sound text passes and scores clearly above every text that exposes someone', () => {
    const good = corpus.filter((e) => e.good).map((e) => byId.get(e.id)!);
    const exposing = corpus
      .filter((e) => e.raise?.some((r) => r === 'inmate-name-offence' || r === 'child-identity'))
      .map((e) => byId.get(e.id)!);
    expect(exposing.length).toBeGreaterThanOrEqual(15);
    for (const text of good) expect(text.freeModePercent, text.id).toBeGreaterThanOrEqual(90);
    for (const text of exposing) expect(text.freeModePercent, text.id).toBeLessThan(PASS_PERCENT);
  });

  it('a text with an error-level crisis finding scores lower than every sound text', () => {
    const good = Math.min(...corpus.filter((e) => e.good).map((e) => byId.get(e.id)!.freeModePercent));
    const harmful = corpus
      .filter((e) => e.raise?.some((r) => ['no-comment', 'speculation', 'blaming'].includes(r)))
      .map((e) => byId.get(e.id)!);
    for (const text of harmful) expect(text.freeModePercent, text.id).toBeLessThan(good);
  });
});
