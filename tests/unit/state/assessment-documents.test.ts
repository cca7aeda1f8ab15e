import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { AnyDocumentDefinition } from '@/domain/storage/document-definition';
import { documentDefinitions } from '@/state/documents';
import { riskMapDocument } from '@/state/documents/risk-map';
import { selfAssessmentDocument } from '@/state/documents/self-assessment';
import { triageDocument } from '@/state/documents/triage';
import type { CompletedAssessment } from '@/schemas/self-assessment';

const completed = (id: string, completedAt: string, overall: number): CompletedAssessment => ({
  id,
  completedAt,
  answers: { a: 1 },
  respondent: { unitName: 'Unit', personName: 'Nama', position: '' },
  dimensions: [{ id: 'd', name: 'D', score: overall }],
  overall,
});

describe('document definitions of the assessment tools', () => {
  it('are listed, so they reach Data saya, export and import', () => {
    const keys = documentDefinitions.map((d) => d.key);
    expect(keys).toEqual(expect.arrayContaining(['siaga-krisis:self-asesmen', 'siaga-krisis:peta-risiko', 'siaga-krisis:triase-insiden']));
  });

  it.each<AnyDocumentDefinition>([selfAssessmentDocument, riskMapDocument, triageDocument])('$label starts valid and empty', (def) => {
    expect(z.safeParse(def.schema, def.initial).success).toBe(true);
    expect(def.isEmpty(def.initial)).toBe(true);
  });

  it('summarise what is stored', () => {
    expect(selfAssessmentDocument.summarize({ drafts: { k: { answers: { a: 1, b: 2 }, respondent: {} } }, history: {} })).toBe(
      'Sedang diisi: 2 butir dijawab',
    );
    expect(
      selfAssessmentDocument.summarize({
        drafts: {},
        history: { k: [completed('1', '2026-01-01', 40), completed('2', '2026-04-01', 62)] },
      }),
    ).toBe('2 asesmen selesai, terakhir skor 62');
    expect(
      riskMapDocument.summarize({
        entries: { a: { likelihood: 2, impact: 3, controls: '', owner: '' }, b: { likelihood: 2, controls: '', owner: '' } },
      }),
    ).toBe('1 jenis krisis dinilai');
    expect(riskMapDocument.isEmpty({ entries: { a: { controls: '', owner: 'Kepala KPLP' } } })).toBe(false);
    expect(
      triageDocument.summarize({
        ...triageDocument.initial,
        records: [{ id: '1', savedAt: 'x', level: 3, answers: {}, context: { crisisTypeId: '', description: '' } }],
      }),
    ).toBe('1 triase tersimpan, terakhir tingkat 3');
  });

  it('merge histories and saved triages without duplicates, in time order', () => {
    const merged = selfAssessmentDocument.merge!(
      { drafts: {}, history: { k: [completed('1', '2026-01-01', 40), completed('3', '2026-06-01', 70)] } },
      {
        drafts: {},
        history: { k: [completed('1', '2026-01-01', 40), completed('2', '2026-03-01', 55)], other: [completed('9', '2026-02-01', 10)] },
      },
    );
    expect(merged.history.k!.map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(merged.history.other).toHaveLength(1);

    const record = (id: string, savedAt: string) => ({
      id,
      savedAt,
      level: 2,
      answers: {},
      context: { crisisTypeId: '', description: '' },
    });
    const triage = triageDocument.merge!(
      { ...triageDocument.initial, records: [record('b', '2026-02')] },
      { ...triageDocument.initial, records: [record('a', '2026-01'), record('b', '2026-02')] },
    );
    expect(triage.records.map((r) => r.id)).toEqual(['a', 'b']);

    const map = riskMapDocument.merge!(
      { entries: { a: { likelihood: 1, impact: 1, controls: '', owner: '' }, b: { likelihood: 2, impact: 2, controls: '', owner: '' } } },
      { entries: { b: { likelihood: 5, impact: 5, controls: 'x', owner: '' } }, updatedAt: '2026-01-01' },
    );
    expect(map).toEqual({
      entries: { a: { likelihood: 1, impact: 1, controls: '', owner: '' }, b: { likelihood: 5, impact: 5, controls: 'x', owner: '' } },
      updatedAt: '2026-01-01',
    });
  });
});
