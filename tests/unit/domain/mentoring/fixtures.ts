// Sources of a fictional unit's package, for the mentoring tests.
import type { CompletedAssessment } from '@/schemas/self-assessment';
import type { ReleaseAttempt } from '@/schemas/press-release-work';
import type { PackagePayload } from '@/schemas/mentoring';
import { buildPackagePayload, type PackageChoice, type PackageSources } from '@/domain/mentoring/package';
import { completePlan, newPlan } from '../plan/fixtures';

export const UNIT = 'Lapas Kelas IIA Telaga Bening';

export const completed = (id: string, completedAt: string, overall: number, scores = [overall, overall]): CompletedAssessment => ({
  id,
  completedAt,
  answers: { a: 1 },
  respondent: { unitName: UNIT, personName: 'Rina Lestari', position: 'Koordinator Humas' },
  dimensions: scores.map((score, i) => ({ id: `dimensi-${i + 1}`, name: `Dimensi ${i + 1}`, score })),
  overall,
});

export const attempt = (id: string, points: number, max = 20, submittedAt = `2026-11-0${id.length}T08:00:00.000Z`): ReleaseAttempt => ({
  id,
  drillId: 'bebas',
  drillTitle: 'Mode bebas',
  parts: {
    headline: 'Judul',
    dateline: 'Telaga Bening, 3 November 2026',
    lead: 'Teras.',
    body: 'Tubuh.',
    quote: '',
    boilerplate: '',
    contact: 'Narahubung: humas',
  },
  submittedAt,
  secondsTaken: 600,
  timed: false,
  points,
  max,
  findings: 2,
});

export function sources(): PackageSources {
  return {
    selfAssessment: {
      drafts: {},
      history: {
        'kesiapan-krisis': [completed('1', '2026-10-01T00:00:00.000Z', 40), completed('2', '2026-11-01T00:00:00.000Z', 55, [50, 60])],
      },
    },
    riskMap: {
      entries: {
        pelarian: { likelihood: 3, impact: 5, controls: '', owner: '' },
        kebakaran: { likelihood: 2, impact: 4, controls: '', owner: '' },
        hoaks: { likelihood: 4, impact: 4, controls: '', owner: '' },
        narkotika: { likelihood: 1, controls: '', owner: '' },
      },
    },
    crisisTypes: [
      { id: 'pelarian', name: 'Pelarian WBP' },
      { id: 'kebakaran', name: 'Kebakaran' },
      { id: 'hoaks', name: 'Hoaks' },
      { id: 'narkotika', name: 'Narkotika' },
    ],
    plans: [completePlan(), { ...newPlan(), id: 'kosong', name: 'Kosong' }],
    attempts: [attempt('a', 10), attempt('bb', 15), attempt('ccc', 18)],
  };
}

export const everything = (unit = UNIT): PackageChoice => ({
  unit: { name: unit, type: 'Lapas' },
  assessment: true,
  risks: true,
  planId: 'rk-uji',
  removePersonalData: true,
  releaseIds: ['a', 'ccc'],
});

export function payload(id: string, createdAt: string, unit = UNIT, overall = 55): PackagePayload {
  const base = buildPackagePayload(sources(), everything(unit), { id, now: new Date(createdAt) });
  return { ...base, contents: { ...base.contents, assessment: { ...base.contents.assessment!, overall } } };
}
