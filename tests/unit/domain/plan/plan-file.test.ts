import { describe, expect, it } from 'vitest';
import { buildPlanFile, parsePlanFile, planFileName } from '@/domain/plan/plan-file';
import { withoutPersonalData } from '@/domain/plan/plans';
import { communicationPlansDocument } from '@/state/documents/communication-plans';
import { completePlan, NOW } from './fixtures';

const def = communicationPlansDocument;
const fileText = (change?: (file: any) => void) => {
  const file = JSON.parse(JSON.stringify(buildPlanFile(completePlan(), def.version, NOW)));
  change?.(file);
  return JSON.stringify(file, null, 2);
};

describe('plan file', () => {
  it('reads back exactly the plan it was written from', () => {
    expect(parsePlanFile(fileText(), def)).toEqual({ ok: true, plan: completePlan(), exportedAt: NOW.toISOString() });
  });

  it('reads a plan exported without personal data', () => {
    const text = JSON.stringify(buildPlanFile(withoutPersonalData(completePlan()), def.version, NOW));
    const result = parsePlanFile(text, def);
    expect(result.ok && result.plan.team[0]?.name).toBe('');
  });

  it.each([
    ['an empty file', '', 'Berkas kosong'],
    ['text that is not JSON', 'rencana kami', 'bukan JSON yang utuh'],
    ['another application’s JSON', JSON.stringify({ plan: {} }), 'bukan berkas Siaga Krisis'],
    [
      'a full export',
      JSON.stringify({ app: 'siaga-krisis', kind: 'ekspor-data', formatVersion: 1, exportedAt: 'x', documents: {} }),
      'halaman Data saya',
    ],
    ['a newer file format', fileText((f) => (f.formatVersion = 2)), 'versi Siaga Krisis yang lebih baru'],
    ['a plan from a newer data version', fileText((f) => (f.dataVersion = def.version + 1)), 'versi Siaga Krisis yang lebih baru'],
    ['a broken header', fileText((f) => (f.exportedAt = 5)), 'kolom “exportedAt”'],
    ['no plan at all', fileText((f) => (f.plan = null)), 'kolom “rencana” harus berupa objek'],
    ['a field of the wrong type', fileText((f) => (f.plan.identity.unitName = 42)), 'kolom “identity.unitName” harus berupa teks'],
    ['an unknown contact group', fileText((f) => (f.plan.contacts[0].group = 'hotel')), 'kolom “contacts[0].group” harus salah satu dari'],
    ['a message map with two messages', fileText((f) => f.plan.scenarios[0].messages.pop()), 'kolom “scenarios[0].messages'],
    ['a text that is too long', fileText((f) => (f.plan.team[0].phone = '0'.repeat(41))), 'kolom “team[0].phone” terlalu panjang'],
    ['a file that is too large', ' '.repeat(5 * 1024 * 1024 + 1), 'terlalu besar'],
  ])('rejects %s with a clear Indonesian message', (_, text, message) => {
    const result = parsePlanFile(text, def);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });

  it('names files after the unit, the version and the day', () => {
    expect(planFileName(completePlan(), NOW, 'json')).toBe('rencana-komunikasi-lapas-kelas-iia-telaga-bening-v1-2-2026-11-29.json');
    const unnamed = { ...completePlan(), name: '', identity: { ...completePlan().identity, unitName: '', version: '' } };
    expect(planFileName(unnamed, NOW, 'docx')).toBe('rencana-komunikasi-rencana-2026-11-29.docx');
  });
});
