import { describe, expect, it } from 'vitest';
import { decodeResultCode, encodeResultCode, splitCodes } from '@/domain/simulation/result-code';
import { importResultFiles } from '@/domain/simulation/result-import';
import { buildResultFile } from '@/domain/simulation/result-file';
import { applyAction, startRun } from '@/domain/simulation/engine';
import { smallScenario } from './fixture';

const scenario = smallScenario();

function resultJson(name: string, id: string): string {
  const done = applyAction(scenario, startRun(scenario, 'uji', 10, 0), { kind: 'keputusan', optionId: 'buruk' }, 60_000);
  if (!done.ok) throw new Error(done.reason);
  return JSON.stringify(buildResultFile(scenario, 'uji', done.run, { name, unit: 'Rutan fiktif' }, { now: new Date(120_000), id }));
}

describe('result codes', () => {
  it('round-trips a result file through a code that the trainer’s import accepts', async () => {
    const json = resultJson('Sari Wulan', 'hasil-0001');
    const code = await encodeResultCode(json);
    expect(code).toMatch(/^SK1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(code.length).toBeLessThan(json.length);
    const decoded = await decodeResultCode(code);
    expect(decoded).toEqual({ ok: true, json });
    const outcome = importResultFiles([{ name: 'kode 1', text: decoded.ok ? decoded.json : '' }]);
    expect(outcome.rejected).toEqual([]);
    expect(outcome.accepted[0]?.result.participant.name).toBe('Sari Wulan');
  });

  it('refuses a code cut short, with a changed letter, or that is not a code, saying what to do', async () => {
    const code = await encodeResultCode(resultJson('A', 'hasil-0002'));
    const cut = await decodeResultCode(code.slice(0, 40) + code.slice(-9));
    expect(cut).toMatchObject({ ok: false, reason: expect.stringContaining('tidak utuh') });
    const flipped = code.replace(/\.(.)/, (_, c: string) => `.${c === 'A' ? 'B' : 'A'}`);
    expect(await decodeResultCode(flipped)).toMatchObject({ ok: false });
    expect(await decodeResultCode('halo')).toMatchObject({ ok: false, reason: expect.stringContaining('SK1.') });
  });

  it('reads several pasted codes, whatever separates them, and tolerates line breaks inside none', () => {
    expect(splitCodes(' SK1.a.b \n\nSK1.c.d, SK1.e.f ')).toEqual(['SK1.a.b', 'SK1.c.d', 'SK1.e.f']);
  });
});
