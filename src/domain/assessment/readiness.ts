/**
 * Scoring the readiness self-assessment. Training model, not an official standard:
 * an item scores its chosen value out of the scale's highest value; a dimension scores the share of its
 * items' possible points (0–100); the overall score is the mean of the dimensions, so each dimension
 * weighs the same however many items it has. Levels are decided on the rounded scores the user sees.
 */
import type { Answers, CompletedAssessment, DimensionScore } from '@/schemas/self-assessment';
import type { Questionnaire } from '@/schemas/questionnaire';

export type ReadinessLevelId = 'awal' | 'berkembang' | 'siap' | 'tangguh';

export interface ReadinessLevel {
  id: ReadinessLevelId;
  /** Lowest overall score (inclusive) of this level. */
  from: number;
  name: string;
  explanation: string;
}

/** Lowest score first. Boundaries: 0–39, 40–59, 60–79, 80–100. */
export const READINESS_LEVELS: readonly ReadinessLevel[] = [
  {
    id: 'awal',
    from: 0,
    name: 'Kesiapan awal',
    explanation:
      'Sebagian besar perangkat dasar komunikasi krisis belum ada. Bila krisis terjadi hari ini, tim kemungkinan bekerja tanpa pembagian peran yang jelas dan terlambat menyampaikan pernyataan. Mulailah dari tiga area terlemah di bawah ini.',
  },
  {
    id: 'berkembang',
    from: 40,
    name: 'Kesiapan berkembang',
    explanation:
      'Beberapa dasar sudah ada, tetapi belum lengkap atau belum diuji. Unit dapat menangani insiden kecil, namun krisis besar masih berisiko membuat tim bingung. Lengkapi yang kurang dan uji dengan latihan singkat.',
  },
  {
    id: 'siap',
    from: 60,
    name: 'Siap dengan catatan',
    explanation:
      'Sebagian besar perangkat sudah ada dan berjalan. Yang tersisa adalah celah tertentu dan kebiasaan yang perlu dijaga. Tutup celah di tiga area terlemah dan jadwalkan simulasi berkala.',
  },
  {
    id: 'tangguh',
    from: 80,
    name: 'Tangguh',
    explanation:
      'Perangkat komunikasi krisis lengkap, dipahami tim, dan pernah diuji. Tugas berikutnya adalah menjaganya tetap mutakhir, melatih petugas baru, dan membagikan pengalaman kepada unit lain.',
  },
];

export function readinessLevel(score: number): ReadinessLevel {
  let level = READINESS_LEVELS[0]!;
  for (const candidate of READINESS_LEVELS) if (score >= candidate.from) level = candidate;
  return level;
}

export function maxScaleValue(questionnaire: Questionnaire): number {
  return Math.max(...questionnaire.scale.map((option) => option.value));
}

/** An answer counts only when it is one of the scale's values for an item of the questionnaire. */
function answerOf(questionnaire: Questionnaire, answers: Answers, itemId: string): number | undefined {
  const value = Object.hasOwn(answers, itemId) ? answers[itemId] : undefined;
  return questionnaire.scale.some((option) => option.value === value) ? value : undefined;
}

export interface AssessmentProgress {
  answered: number;
  total: number;
  /** Per dimension id: answered and total items. */
  dimensions: Record<string, { answered: number; total: number }>;
}

export function assessmentProgress(questionnaire: Questionnaire, answers: Answers): AssessmentProgress {
  const dimensions: AssessmentProgress['dimensions'] = {};
  let answered = 0;
  let total = 0;
  for (const dimension of questionnaire.dimensions) {
    const done = dimension.items.filter((item) => answerOf(questionnaire, answers, item.id) !== undefined).length;
    dimensions[dimension.id] = { answered: done, total: dimension.items.length };
    answered += done;
    total += dimension.items.length;
  }
  return { answered, total, dimensions };
}

export interface AssessmentScore {
  dimensions: DimensionScore[];
  overall: number;
  level: ReadinessLevel;
}

/** Scores every dimension and the whole; an unanswered item counts as the lowest value. */
export function scoreAssessment(questionnaire: Questionnaire, answers: Answers): AssessmentScore {
  const max = maxScaleValue(questionnaire);
  const ratios = questionnaire.dimensions.map((dimension) => {
    const points = dimension.items.reduce((sum, item) => sum + (answerOf(questionnaire, answers, item.id) ?? 0), 0);
    return max === 0 ? 0 : points / (dimension.items.length * max);
  });
  const dimensions = questionnaire.dimensions.map((dimension, index) => ({
    id: dimension.id,
    name: dimension.name,
    score: Math.round(ratios[index]! * 100),
  }));
  const mean = ratios.reduce((sum, ratio) => sum + ratio, 0) / Math.max(ratios.length, 1);
  const overall = Math.round(mean * 100);
  return { dimensions, overall, level: readinessLevel(overall) };
}

export interface Recommendation {
  itemId: string;
  /** The item's statement, so the user sees what it is about. */
  item: string;
  text: string;
  /** Module id (links to /modul/<id>/). */
  module: string;
  /** The answer given, for ordering and display. */
  answer: number;
}

export interface WeakArea {
  dimensionId: string;
  name: string;
  score: number;
  /** Items below full marks, lowest answer first, then in questionnaire order. */
  recommendations: Recommendation[];
}

/**
 * The `count` lowest-scoring dimensions, lowest first (ties keep questionnaire order), each with a
 * recommendation for every item not yet at full marks.
 */
export function weakestAreas(questionnaire: Questionnaire, answers: Answers, scores: readonly DimensionScore[], count = 3): WeakArea[] {
  const max = maxScaleValue(questionnaire);
  const order = new Map(questionnaire.dimensions.map((d, index) => [d.id, index]));
  return questionnaire.dimensions
    .map((dimension) => ({ dimension, score: scores.find((s) => s.id === dimension.id)?.score ?? 0 }))
    .sort((a, b) => a.score - b.score || order.get(a.dimension.id)! - order.get(b.dimension.id)!)
    .slice(0, count)
    .map(({ dimension, score }) => ({
      dimensionId: dimension.id,
      name: dimension.name,
      score,
      recommendations: dimension.items
        .map((item, index) => ({ item, index, answer: answerOf(questionnaire, answers, item.id) ?? 0 }))
        .filter(({ answer }) => answer < max)
        .sort((a, b) => a.answer - b.answer || a.index - b.index)
        .map(({ item, answer }) => ({ itemId: item.id, item: item.text, text: item.recommendation, module: item.module, answer })),
    }));
}

export interface DimensionChange {
  id: string;
  name: string;
  /** Score in the previous assessment; undefined when the dimension is new. */
  before: number | undefined;
  after: number;
  /** after − before; 0 when there is nothing to compare. */
  change: number;
}

export interface Comparison {
  overallBefore: number;
  overallChange: number;
  dimensions: DimensionChange[];
  /** Dimensions that went up, largest rise first. */
  improved: DimensionChange[];
  /** Dimensions that went down, largest fall first. */
  fell: DimensionChange[];
}

/** What changed since the previous completed assessment (dimensions matched by id). */
export function compareAssessments(
  current: Pick<CompletedAssessment, 'dimensions' | 'overall'>,
  previous: Pick<CompletedAssessment, 'dimensions' | 'overall'>,
): Comparison {
  const dimensions = current.dimensions.map((dimension) => {
    const before = previous.dimensions.find((p) => p.id === dimension.id)?.score;
    return {
      id: dimension.id,
      name: dimension.name,
      before,
      after: dimension.score,
      change: before === undefined ? 0 : dimension.score - before,
    };
  });
  return {
    overallBefore: previous.overall,
    overallChange: current.overall - previous.overall,
    dimensions,
    improved: dimensions.filter((d) => d.change > 0).sort((a, b) => b.change - a.change),
    fell: dimensions.filter((d) => d.change < 0).sort((a, b) => a.change - b.change),
  };
}
