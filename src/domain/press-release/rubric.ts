/** Scoring a submitted release against a drill's rubric. */
import type { RubricCriterion } from '@/schemas/press-release-drill';
import { joinRelease, type ReleaseParts } from './parts';
import { RULES, type Finding, type RuleId } from './rules';
import { identityFindings } from './identity';

export { identityFindings };

export interface CriterionResult {
  id: string;
  label: string;
  points: number;
  max: number;
  /** What cost points, in Indonesian (empty when the criterion was fully met). */
  notes: string[];
}

export interface RubricScore {
  points: number;
  max: number;
  /** 0–100, rounded. */
  percent: number;
  criteria: CriterionResult[];
  /** At least PASS_PERCENT and nobody exposed. */
  passed: boolean;
  /** Why the text cannot pass whatever its points: it names an inmate, a detainee, a client or a child. */
  identityExposed: string[];
}

/** The share of points a text needs to pass. */
export const PASS_PERCENT = 70;
/** A text that exposes someone keeps at most this share of its points, so it never reads as a pass. */
export const EXPOSED_MAX_PERCENT = 40;

/** Lower case, one space between words, typographic quotes and dashes made plain: what phrases are matched in. */
export function normalizeForMatching(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ');
}

/** A phrase as a whole word or words: "3" does not match "13", "padam" does not match "dipadamkan". */
export function containsPhrase(normalizedText: string, phrase: string): boolean {
  const needle = normalizeForMatching(phrase).trim();
  if (!needle) return false;
  let from = 0;
  for (;;) {
    const at = normalizedText.indexOf(needle, from);
    if (at < 0) return false;
    const before = normalizedText[at - 1] ?? ' ';
    const after = normalizedText[at + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = at + 1;
  }
}

/**
 * Points per criterion: mentions are shared per group (each group is one fact, any of its wordings counts);
 * a forbidden phrase or a finding of an avoided rule costs all of the criterion's points.
 */
export function scoreAgainstRubric(rubric: readonly RubricCriterion[], parts: ReleaseParts, findings: readonly Finding[]): RubricScore {
  const text = normalizeForMatching(joinRelease(parts));
  // An empty draft avoids every mistake; it must not earn the points for avoiding them.
  const nothingWritten = !parts.lead.trim() && !parts.body.trim();
  const criteria = rubric.map((criterion): CriterionResult => {
    const notes: string[] = [];
    let share = 1;
    if (criterion.mention) {
      const missing = criterion.mention.filter((group) => !group.some((phrase) => containsPhrase(text, phrase)));
      share = (criterion.mention.length - missing.length) / criterion.mention.length;
      if (missing.length > 0) notes.push(`Belum disebut: ${missing.map((group) => `“${group[0]}”`).join(', ')}.`);
    }
    const forbidden = (criterion.forbid ?? []).filter((phrase) => containsPhrase(text, phrase));
    if (forbidden.length > 0) {
      share = 0;
      notes.push(`Memuat yang tidak boleh ditulis: ${forbidden.map((p) => `“${p}”`).join(', ')}.`);
    }
    const avoided = new Set(criterion.avoid ?? []);
    const hits = [...new Set(findings.filter((f) => avoided.has(f.ruleId)).map((f) => f.ruleId))];
    if (hits.length > 0) {
      share = 0;
      notes.push(`Masih ada temuan: ${hits.map((id) => RULES[id as RuleId]?.title ?? id).join('; ')}.`);
    }
    if (nothingWritten && !criterion.mention) {
      share = 0;
      notes.push('Belum ada teras dan tubuh berita untuk dinilai.');
    }
    const points = Math.round(criterion.points * share);
    return { id: criterion.id, label: criterion.label, points, max: criterion.points, notes };
  });
  const max = criteria.reduce((sum, c) => sum + c.max, 0);
  let points = criteria.reduce((sum, c) => sum + c.points, 0);
  const identityExposed = identityFindings(findings).map((f) => f.message);
  if (identityExposed.length > 0) points = Math.min(points, Math.floor((max * EXPOSED_MAX_PERCENT) / 100));
  const percent = max === 0 ? 0 : Math.round((points / max) * 100);
  return { points, max, percent, criteria, passed: percent >= PASS_PERCENT && identityExposed.length === 0, identityExposed };
}

/**
 * The rubric for free mode (no drill), one criterion per kind of fault. An error-level crisis or privacy fault costs
 * more than any structure criterion is worth, so a sound release scores clearly above a harmful one; a text that
 * exposes someone is capped below a pass besides (scoreAgainstRubric).
 */
export const FREE_MODE_RUBRIC: readonly RubricCriterion[] = [
  {
    id: 'struktur',
    label: 'Struktur lengkap: judul, tempat dan tanggal, kutipan bernama, narahubung',
    points: 2,
    avoid: ['headline-missing', 'dateline-missing', 'dateline-format', 'quote-missing', 'quote-speaker', 'contact-missing'],
  },
  { id: 'teras', label: 'Teras menjawab apa, siapa, kapan, dan di mana', points: 2, avoid: ['lead-missing', 'lead-5w1h'] },
  { id: 'piramida', label: 'Fakta terpenting lebih dulu (piramida terbalik)', points: 1, avoid: ['inverted-pyramid'] },
  { id: 'gaya', label: 'Bahasa jelas: singkatan dijelaskan, tanpa teriakan', points: 1, avoid: ['acronym-unexplained', 'shouting'] },
  {
    id: 'risiko',
    label: 'Tanpa "tidak ada komentar", spekulasi penyebab, atau menyalahkan',
    points: 5,
    avoid: ['no-comment', 'speculation', 'blaming'],
  },
  {
    id: 'nada',
    label: 'Tanpa meremehkan, janji mutlak, atau ancaman kepada pengunggah',
    points: 2,
    avoid: ['minimising', 'unkeepable-promise', 'threatens-public'],
  },
  { id: 'empati', label: 'Empati dan langkah berikutnya', points: 3, avoid: ['empathy-missing', 'institution-first', 'next-step-missing'] },
  {
    id: 'privasi',
    label: 'Tanpa data pribadi: NIK, nama atau inisial narapidana, tahanan, klien, atau anak, rincian kesehatan',
    points: 6,
    avoid: ['national-id-number', 'inmate-name-offence', 'child-identity', 'health-details'],
  },
];
