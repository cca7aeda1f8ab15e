/**
 * The crisis-risk map: likelihood × impact, both 1–5, as taught in the module "Pencegahan Krisis".
 * Bands (training model): 1–4 low, 5–9 medium, 10–14 high, 15–25 very high.
 */
import { CRISIS_GROUPS } from '@/schemas/crisis-groups';
import type { CrisisType } from '@/schemas/crisis-type';
import type { RiskMap } from '@/schemas/risk-map';

export type RiskBandId = 'rendah' | 'sedang' | 'tinggi' | 'sangat-tinggi';

export interface RiskBand {
  id: RiskBandId;
  /** Lowest score (inclusive) of this band. */
  from: number;
  name: string;
  action: string;
}

export const RISK_BANDS: readonly RiskBand[] = [
  { id: 'rendah', from: 1, name: 'Rendah', action: 'Cukup dipantau.' },
  { id: 'sedang', from: 5, name: 'Sedang', action: 'Siapkan draf pesan dan tunjuk pemilik risiko.' },
  { id: 'tinggi', from: 10, name: 'Tinggi', action: 'Susun langkah pencegahan dan pesan lengkap.' },
  { id: 'sangat-tinggi', from: 15, name: 'Sangat tinggi', action: 'Bertindak sekarang dan laporkan kepada Kepala UPT.' },
];

/**
 * The order crisis types are listed and numbered in: by group (security first), then by name. Content collections
 * do not keep the YAML file's order, so every page sorts the same way.
 */
export function sortCrisisTypes<T extends Pick<CrisisType, 'group' | 'name'>>(types: readonly T[]): T[] {
  return [...types].sort((a, b) => CRISIS_GROUPS.indexOf(a.group) - CRISIS_GROUPS.indexOf(b.group) || a.name.localeCompare(b.name, 'id'));
}

export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

export function riskBand(score: number): RiskBand {
  let band = RISK_BANDS[0]!;
  for (const candidate of RISK_BANDS) if (score >= candidate.from) band = candidate;
  return band;
}

export interface RatedRisk {
  typeId: string;
  name: string;
  likelihood: number;
  impact: number;
  score: number;
}

/** Crisis types that have both ratings, in the collection's order. Ids no longer in the collection are ignored. */
export function ratedRisks(riskMap: RiskMap, crisisTypes: readonly Pick<CrisisType, 'id' | 'name'>[]): RatedRisk[] {
  return crisisTypes.flatMap((type) => {
    const entry = Object.hasOwn(riskMap.entries, type.id) ? riskMap.entries[type.id] : undefined;
    if (entry?.likelihood === undefined || entry.impact === undefined) return [];
    return [
      {
        typeId: type.id,
        name: type.name,
        likelihood: entry.likelihood,
        impact: entry.impact,
        score: riskScore(entry.likelihood, entry.impact),
      },
    ];
  });
}

/**
 * The `count` highest risks, highest score first; ties go to the higher impact, then the higher
 * likelihood, then the collection's order. The plan builder offers these as scenarios.
 */
export function topRisks(riskMap: RiskMap, crisisTypes: readonly Pick<CrisisType, 'id' | 'name'>[], count: number): RatedRisk[] {
  const order = new Map(crisisTypes.map((type, index) => [type.id, index]));
  return ratedRisks(riskMap, crisisTypes)
    .sort((a, b) => b.score - a.score || b.impact - a.impact || b.likelihood - a.likelihood || order.get(a.typeId)! - order.get(b.typeId)!)
    .slice(0, Math.max(0, count));
}

export interface HeatMapCell {
  likelihood: number;
  impact: number;
  score: number;
  band: RiskBandId;
  /** Crisis types placed in this cell, in the collection's order. */
  risks: RatedRisk[];
}

/** The 5 × 5 grid as rows from impact 5 (top) down to 1, each row from likelihood 1 to 5. */
export function heatMap(riskMap: RiskMap, crisisTypes: readonly Pick<CrisisType, 'id' | 'name'>[]): HeatMapCell[][] {
  const rated = ratedRisks(riskMap, crisisTypes);
  return [5, 4, 3, 2, 1].map((impact) =>
    [1, 2, 3, 4, 5].map((likelihood) => ({
      likelihood,
      impact,
      score: riskScore(likelihood, impact),
      band: riskBand(riskScore(likelihood, impact)).id,
      risks: rated.filter((risk) => risk.likelihood === likelihood && risk.impact === impact),
    })),
  );
}
