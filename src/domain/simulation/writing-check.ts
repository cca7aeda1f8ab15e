/**
 * The press-release checker applied to a scenario's writing task: which kind of text the checker is told to
 * expect, which of its rules matter for the task's genre, and how its findings become rubric criteria.
 * The checker itself is passed in (`analyze`), so this file never pulls it into a bundle: the player loads it
 * with import() only when a writing task appears (src/components/simulation/writing-scorer.ts).
 */
import type { WritingTask } from '@/schemas/scenario';
import type { ReleaseKind } from '@/schemas/press-release-drill';
import type { AnalysisInput, AnalysisOptions } from '@/domain/press-release/analyze';
import type { Finding, RuleFamily, RuleId } from '@/domain/press-release/rules';
import type { Dimension } from '@/schemas/dimension';
import { identityFindings } from '@/domain/press-release/identity';
import { countWords, criterionResult, scoreWithRubric, type CriterionResult, type WritingScorer } from './writing';

export type WritingGenre = WritingTask['genre'];
/** analyzePressRelease, or anything with its signature. */
export type ReleaseAnalyzer = (input: AnalysisInput, options?: AnalysisOptions) => Finding[];

/**
 * The checker's kind for each genre. A holding statement is the checker's "pernyataan-awal" (no dateline, quote,
 * profile or end mark needed); a short release written mid-crisis is a first release; a reply to a post corrects
 * what circulates, the checker's "klarifikasi-hoaks" (no cause or time of the next update required).
 */
export const CHECKER_KIND_BY_GENRE: Record<WritingGenre, ReleaseKind> = {
  'pernyataan-awal': 'pernyataan-awal',
  'siaran-pers': 'siaran-pertama',
  'balasan-unggahan': 'klarifikasi-hoaks',
};

/**
 * Rules of the "structure" family that apply to each genre. A short release is a whole release. A holding statement
 * in a simulation is a few sentences for an account and for journalists: the task gives no headline or contact to
 * write, so only the lead and quotes are judged. A reply to a post is not a release at all.
 */
const STRUCTURE_RULES_BY_GENRE: Record<WritingGenre, 'all' | readonly RuleId[]> = {
  'siaran-pers': 'all',
  'pernyataan-awal': ['lead-missing', 'lead-5w1h', 'inverted-pyramid', 'quote-attribution', 'quote-speaker'],
  'balasan-unggahan': [],
};

/** True when a finding of this rule and family matters for a text of this genre (style, crisis risk and privacy always do). */
export function isRuleRelevant(genre: WritingGenre, finding: Pick<Finding, 'ruleId' | 'family'>): boolean {
  if (finding.family !== 'structure') return true;
  const rules = STRUCTURE_RULES_BY_GENRE[genre];
  return rules === 'all' || rules.includes(finding.ruleId);
}

/** The checker's findings that matter for the task, in the checker's order (most serious first). */
export function checkWriting(analyze: ReleaseAnalyzer, task: WritingTask, text: string): Finding[] {
  if (countWords(text) === 0) return [];
  return analyze({ text }, { kind: CHECKER_KIND_BY_GENRE[task.genre] }).filter((finding) => isRuleRelevant(task.genre, finding));
}

interface CheckerCriterion {
  id: string;
  label: string;
  dimension: Dimension;
  points: number;
  /** The criterion is met when none of these rules, or none of the rules of these families, raised a finding. */
  rules?: readonly RuleId[];
  families?: readonly RuleFamily[];
  /** Findings of lower severity than this do not cost points ("info" is advice, not a fault). */
  countsFrom: 'error' | 'warning';
}

/** What the checker adds to every writing task's rubric. Ids start with "pemeriksa-" so they never clash with a YAML rubric. */
export const CHECKER_CRITERIA: readonly CheckerCriterion[] = [
  {
    id: 'pemeriksa-privasi',
    label: 'Pemeriksa siaran pers: tanpa data pribadi (NIK, identitas WBP dengan perkara, identitas anak, rincian kesehatan)',
    dimension: 'hukum',
    points: 2,
    families: ['privacy'],
    countsFrom: 'error',
  },
  {
    id: 'pemeriksa-akurasi',
    label: 'Pemeriksa siaran pers: tanpa “tidak ada komentar”, spekulasi penyebab, atau janji mutlak',
    dimension: 'akurasi',
    points: 2,
    rules: ['no-comment', 'speculation', 'unkeepable-promise', 'hoax-opens-with-claim'],
    countsFrom: 'warning',
  },
  {
    id: 'pemeriksa-empati',
    label: 'Pemeriksa siaran pers: empati tanpa menyalahkan, meremehkan, atau mengancam',
    dimension: 'empati',
    points: 2,
    rules: ['blaming', 'minimising', 'institution-first', 'empathy-missing', 'threatens-public'],
    countsFrom: 'warning',
  },
  {
    id: 'pemeriksa-langkah',
    label: 'Pemeriksa siaran pers: langkah berikutnya dan jam kabar berikutnya',
    dimension: 'empati',
    points: 1,
    rules: ['next-step-missing', 'next-update-missing'],
    countsFrom: 'warning',
  },
  {
    id: 'pemeriksa-bahasa',
    label: 'Pemeriksa siaran pers: susunan dan bahasa yang jelas',
    dimension: 'akurasi',
    points: 1,
    families: ['structure', 'style'],
    countsFrom: 'warning',
  },
];

const SEVERITY_RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

function coveredBy(criterion: CheckerCriterion, finding: Finding): boolean {
  if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[criterion.countsFrom]) return false;
  return (criterion.rules?.includes(finding.ruleId) ?? false) || (criterion.families?.includes(finding.family) ?? false);
}

/**
 * The checker's criteria for one text. Like a "tidak-ada" rubric line, avoiding mistakes earns points only for a
 * text of at least minWords words: saying nothing is not writing well.
 */
export function checkerCriteria(task: WritingTask, text: string, findings: readonly Finding[]): CriterionResult[] {
  const longEnough = countWords(text) >= task.minWords;
  return CHECKER_CRITERIA.map((criterion) => {
    return criterionResult(criterion, longEnough && !findings.some((finding) => coveredBy(criterion, finding)));
  });
}

/** A WritingScorer that adds the checker's criteria and findings to another scorer's (by default the YAML rubric). */
export function withPressReleaseChecker(analyze: ReleaseAnalyzer, base: WritingScorer = scoreWithRubric): WritingScorer {
  return (task, text) => {
    const assessment = base(task, text);
    const findings = checkWriting(analyze, task, text);
    const criteria = [...assessment.criteria, ...checkerCriteria(task, text, findings)];
    // A text that names an inmate, a detainee, a client or a child fails the task, as in the drills: no points at all.
    if (identityFindings(findings).length > 0) {
      return {
        ...assessment,
        criteria: criteria.map((criterion) => ({ ...criterion, earned: 0, met: false })),
        notes: [
          ...assessment.notes,
          'Naskah mengungkap identitas narapidana, tahanan, klien, atau anak: tugas menulis ini tidak mendapat nilai.',
        ],
        findings,
      };
    }
    return { ...assessment, criteria, findings };
  };
}
