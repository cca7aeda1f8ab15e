import { describe, expect, it } from 'vitest';
import { documentsWithPersonalData, withoutPersonalDataInDocuments } from '@/domain/transfer/personal-data';
import type { StoredDocument } from '@/domain/transfer/export-file';
import { documentDefinitions } from '@/state/documents';
import { communicationPlansDocument } from '@/state/documents/communication-plans';
import { withoutPersonalData } from '@/domain/plan/plans';
import { completePlan, newPlan } from '../plan/fixtures';

const stored = (key: string, data: unknown): StoredDocument => ({ key, version: 1, savedAt: '2026-11-29T03:00:00.000Z', data });
const plansDoc = (...plans: unknown[]) => stored(communicationPlansDocument.key, { plans, activeId: '' });
const profile = stored('siaga-krisis:profil', { unitName: 'Lapas Kelas IIA Telaga Bening', unitType: 'Lapas', personName: 'Rina', position: 'Humas' });

describe('personal data in a full export', () => {
  it.each([
    ['no plans', [profile], []],
    ['a plan without names or numbers', [profile, plansDoc(newPlan())], []],
    ['a plan with officers’ names and numbers', [profile, plansDoc(newPlan(), completePlan())], [communicationPlansDocument.key]],
    ['a document this version does not know', [stored('siaga-krisis:lain', { x: 1 })], []],
  ])('%s → %j', (_, documents, keys) => {
    expect(documentsWithPersonalData(documents, documentDefinitions).map((d) => d.key)).toEqual(keys);
  });

  it('removes them with the plan page’s own rule, from every plan, and leaves other documents as they are', () => {
    const full = completePlan();
    const documents = [profile, plansDoc(full, { ...full, id: 'rk-dua' })];
    const stripped = withoutPersonalDataInDocuments(documents, documentDefinitions);
    expect(stripped[0]).toBe(profile);
    expect((stripped[1]!.data as { plans: unknown[] }).plans).toEqual([withoutPersonalData(full), withoutPersonalData({ ...full, id: 'rk-dua' })]);
    expect(JSON.stringify(stripped)).not.toContain(full.team[1]!.name);
    expect(JSON.stringify(stripped)).not.toContain(full.contacts[3]!.phone);
    expect(JSON.stringify(stripped)).toContain(full.identity.unitName);
    expect(documentsWithPersonalData(stripped, documentDefinitions)).toEqual([]);
    // The given documents are not changed.
    expect(JSON.stringify(documents)).toContain(full.team[1]!.name);
  });
});
