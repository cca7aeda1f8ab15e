import { describe, expect, it } from 'vitest';
import { planStatus, pressReleaseStatus, selfAssessmentStatus } from '@/domain/deliverables/status';
import { noCompletedAssessmentReason } from '@/domain/mentoring/latest-assessment';
import type { CompletedAssessment, SelfAssessment } from '@/schemas/self-assessment';
import type { ReleaseWork } from '@/schemas/press-release-work';
import { completePlan, newPlan } from '../plan/fixtures';

const Q = 'kesiapan-krisis';
const answers = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`b${i + 1}`, 3]));
const completed = (at: string, overall = 64): CompletedAssessment => ({
  id: String(Date.parse(at)),
  completedAt: at,
  answers: answers(32),
  respondent: { unitName: 'Lapas Fiktif', personName: '', position: '' },
  dimensions: [],
  overall,
});

describe('selfAssessmentStatus', () => {
  it('is not started with nothing stored, or with an empty draft', () => {
    expect(selfAssessmentStatus({ drafts: {}, history: {} }, Q, 32).state).toBe('not-started');
    expect(selfAssessmentStatus({ drafts: { [Q]: { answers: {}, respondent: {} } }, history: {} }, Q, 32).state).toBe('not-started');
  });

  it('counts answered items while in progress', () => {
    const data: SelfAssessment = {
      drafts: { [Q]: { answers: answers(12), respondent: {}, updatedAt: '2026-12-01T08:00:00.000Z' } },
      history: {},
    };
    expect(selfAssessmentStatus(data, Q, 32)).toEqual({
      state: 'in-progress',
      at: '2026-12-01T08:00:00.000Z',
      detail: '12 dari 32 butir dijawab.',
    });
  });

  it('says that "Selesai" was not pressed when all 32 items are answered', () => {
    const data: SelfAssessment = { drafts: { [Q]: { answers: answers(32), respondent: {} } }, history: {} };
    const status = selfAssessmentStatus(data, Q, 32);
    expect(status.state).toBe('in-progress');
    expect(status.detail).toContain('Semua 32 butir sudah dijawab');
    expect(status.detail).toContain('“Selesai dan lihat hasil”');
  });

  it('is done with the date of the last completion, and notes later unfinished changes', () => {
    const history = { [Q]: [completed('2026-11-01T08:00:00.000Z', 50), completed('2026-12-01T08:00:00.000Z', 71)] };
    const done = selfAssessmentStatus({ drafts: {}, history }, Q, 32);
    expect(done).toEqual({ state: 'done', at: '2026-12-01T08:00:00.000Z', detail: 'Skor 71 dari 100.' });
    const changed = selfAssessmentStatus(
      { drafts: { [Q]: { answers: answers(31), respondent: {}, updatedAt: '2026-12-02T08:00:00.000Z' } }, history },
      Q,
      32,
    );
    expect(changed.state).toBe('done');
    expect(changed.detail).toContain('belum diselesaikan');
  });

  it('ignores other questionnaires', () => {
    expect(selfAssessmentStatus({ drafts: {}, history: { lain: [completed('2026-12-01T08:00:00.000Z')] } }, Q, 32).state).toBe(
      'not-started',
    );
  });
});

describe('planStatus', () => {
  it('is not started without a plan', () => {
    expect(planStatus({ plans: [], activeId: '' }).state).toBe('not-started');
  });

  it('is in progress with a new plan, giving its name and percentage', () => {
    const status = planStatus({ plans: [newPlan()], activeId: 'rk-uji' });
    expect(status.state).toBe('in-progress');
    expect(status.detail).toMatch(/^“Rencana 2026” \d+ % lengkap\.$/);
  });

  it('is done when one plan is complete, dated by its last change', () => {
    const plan = { ...completePlan(), id: 'lengkap', updatedAt: '2026-12-03T09:00:00.000Z' };
    expect(planStatus({ plans: [newPlan(), plan], activeId: 'rk-uji' })).toMatchObject({ state: 'done', at: '2026-12-03T09:00:00.000Z' });
  });
});

describe('pressReleaseStatus', () => {
  const parts = {
    headline: '',
    lead: '',
    body: '',
    quote: '',
    boilerplate: '',
    contact: '',
    date: '',
  } as unknown as ReleaseWork['attempts'][number]['parts'];
  it('is not started, in progress with a draft, done once submitted', () => {
    expect(pressReleaseStatus({ drafts: {}, attempts: [] }).state).toBe('not-started');
    const draft = { mode: 'text' as const, parts, text: 'Draf', updatedAt: '2026-12-01T10:00:00.000Z' };
    expect(pressReleaseStatus({ drafts: { bebas: draft }, attempts: [] })).toEqual({
      state: 'in-progress',
      at: '2026-12-01T10:00:00.000Z',
      detail: '1 draf belum dinilai.',
    });
    const attempt = {
      id: 'a1',
      drillId: 'bebas',
      drillTitle: 'Latihan bebas',
      parts,
      submittedAt: '2026-12-02T10:00:00.000Z',
      secondsTaken: 60,
      timed: false,
      points: 5,
      max: 10,
      findings: 0,
    };
    expect(pressReleaseStatus({ drafts: { bebas: draft }, attempts: [attempt] })).toMatchObject({
      state: 'done',
      at: '2026-12-02T10:00:00.000Z',
    });
  });
});

describe('noCompletedAssessmentReason', () => {
  it('says where to go and, when items were answered, which button was not pressed', () => {
    expect(noCompletedAssessmentReason({ drafts: {}, history: {} })).toContain('isi formulirnya di halaman Self-Asesmen Krisis');
    const reason = noCompletedAssessmentReason({ drafts: { [Q]: { answers: answers(32), respondent: {} } }, history: {} });
    expect(reason).toContain('32 butir sudah dijawab');
    expect(reason).toContain('“Selesai dan lihat hasil”');
  });
});
