import { describe, expect, it } from 'vitest';
import { analyzePressRelease, FREE_MODE_RUBRIC, scoreAgainstRubric } from '@/domain/press-release';
import { containsPhrase, EXPOSED_MAX_PERCENT, normalizeForMatching, PASS_PERCENT } from '@/domain/press-release/rubric';
import type { RubricCriterion } from '@/schemas/press-release-drill';
import { CLEAN, withParts, withSentence } from './fixtures';

const rubric: RubricCriterion[] = [
  { id: 'fakta', label: 'Fakta utama', points: 4, mention: [['padam', 'dipadamkan'], ['06.25'], ['tiga', '3'], ['stabil']] },
  { id: 'spekulasi', label: 'Tanpa dugaan penyebab', points: 3, forbid: ['korsleting'], avoid: ['speculation'] },
  { id: 'privasi', label: 'Tanpa data pribadi', points: 3, avoid: ['inmate-name-offence'] },
];
const score = (parts = CLEAN) => scoreAgainstRubric(rubric, parts, analyzePressRelease({ parts }));

describe('scoreAgainstRubric', () => {
  it('full points for a release that meets every criterion', () => {
    expect(score()).toMatchObject({ points: 10, max: 10, percent: 100 });
    expect(score().criteria.every((c) => c.notes.length === 0)).toBe(true);
  });

  it('shares a criterion’s points per fact mentioned, and names the missing ones', () => {
    const result = score(withParts({ lead: CLEAN.lead.replace(' pukul 06.25', '').replace('dalam kondisi stabil', '') }));
    expect(result.criteria[0]).toMatchObject({ points: 2, max: 4, notes: ['Belum disebut: “06.25”, “stabil”.'] });
  });

  it('a forbidden phrase costs all of the criterion’s points', () => {
    expect(score(withSentence('Listrik korsleting tidak ditemukan.')).criteria[1]).toMatchObject({
      points: 0,
      notes: ['Memuat yang tidak boleh ditulis: “korsleting”.'],
    });
  });

  it('a finding of an avoided rule costs all of the criterion’s points, named by its title', () => {
    const result = score(withSentence('Narapidana Budi Santoso, terpidana kasus pencurian, dirawat.'));
    expect(result.criteria[2]).toMatchObject({
      points: 0,
      notes: ['Masih ada temuan: Tanpa nama atau inisial narapidana, tahanan, atau klien.'],
    });
    // Naming an inmate also caps the score below a pass, whatever the other criteria earned.
    expect(result.identityExposed).toHaveLength(1);
    expect(result.percent).toBeLessThanOrEqual(EXPOSED_MAX_PERCENT);
    expect(result.passed).toBe(false);
  });

  it('free mode has a rubric over every family', () => {
    const parts = withSentence('Tidak ada komentar.');
    const free = scoreAgainstRubric(FREE_MODE_RUBRIC, parts, analyzePressRelease({ parts }));
    expect(free.criteria.find((c) => c.id === 'risiko')?.points).toBe(0);
    expect(free.max).toBe(22);
  });

  it('in free mode an error-level crisis or privacy fault costs more than any structure criterion is worth', () => {
    const structure = FREE_MODE_RUBRIC.filter((c) => ['struktur', 'teras', 'piramida', 'gaya'].includes(c.id)).map((c) => c.points);
    for (const id of ['risiko', 'privasi'])
      expect(FREE_MODE_RUBRIC.find((c) => c.id === id)!.points).toBeGreaterThan(Math.max(...structure));
  });

  it('a sound release passes; a child exposed in it fails, however well written', () => {
    const sound = scoreAgainstRubric(FREE_MODE_RUBRIC, CLEAN, analyzePressRelease({ parts: CLEAN }));
    expect(sound).toMatchObject({ percent: 100, passed: true, identityExposed: [] });
    const exposed = withSentence('Rizky Pratama (15 tahun), warga Kampung Sawo Lestari, ikut dirawat.');
    const child = scoreAgainstRubric(FREE_MODE_RUBRIC, exposed, analyzePressRelease({ parts: exposed }));
    expect(child.passed).toBe(false);
    expect(child.percent).toBeLessThan(PASS_PERCENT);
  });
});

describe('phrase matching', () => {
  it.each([
    ['tiga warga', 'tiga', true],
    ['tiga belas', '3', false],
    ['13 orang', '3', false],
    ['api dipadamkan', 'padam', false],
    ['pukul 06.25.', '06.25', true],
    ['“Kami Prihatin”', 'kami prihatin', true],
  ])('%s contains %s: %s', (text, phrase, expected) => {
    expect(containsPhrase(normalizeForMatching(text), phrase)).toBe(expected);
  });
});
