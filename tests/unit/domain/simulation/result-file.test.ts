import { describe, expect, it } from 'vitest';
import { applyAction, skipToNextEvent, startRun } from '@/domain/simulation/engine';
import { buildResultFile, resultFileName } from '@/domain/simulation/result-file';
import { importResultFiles, parseResultFile, summarizeResults } from '@/domain/simulation/result-import';
import type { SimulationResultFile } from '@/schemas/simulation-result';
import { smallScenario } from './fixture';

const MINUTE = 60_000;
const scenario = smallScenario();

function finishedFile(option: 'baik' | 'buruk', id: string, name = 'Rina Lestari'): SimulationResultFile {
  let result = applyAction(scenario, startRun(scenario, 'uji', 10, 0), { kind: 'keputusan', optionId: option }, MINUTE);
  if (!result.ok) throw new Error(result.reason);
  if (option === 'baik') {
    result = applyAction(
      scenario,
      skipToNextEvent(scenario, result.run, MINUTE),
      { kind: 'tulisan', text: 'Kami prihatin, pemeriksaan sedang berjalan sekarang.' },
      2 * MINUTE,
    );
    if (!result.ok) throw new Error(result.reason);
  }
  return buildResultFile(
    scenario,
    'uji',
    result.run,
    { name, unit: 'Rutan Kelas IIB Rantau Sejuk (fiktif)' },
    { now: new Date('2026-03-12T08:00:00Z'), id },
  );
}

describe('result files', () => {
  it('hold the scenario, the participant, the end, scores, decisions and writings, in a versioned format', () => {
    const file = finishedFile('baik', 'hasil-0001');
    expect(file).toMatchObject({ app: 'siaga-krisis', kind: 'hasil-simulasi', formatVersion: 1, exportedAt: '2026-03-12T08:00:00.000Z' });
    expect(file.result).toMatchObject({
      id: 'hasil-0001',
      scenario: { id: 'uji', title: 'Uji' },
      participant: { name: 'Rina Lestari' },
      speed: 10,
      ending: { id: 'akhir-baik', tone: 'baik' },
      decisions: [{ stepId: 'awal', optionId: 'baik', optionLabel: 'Baik', recommended: true, took: 10 }],
      writings: [{ stepId: 'tulis', points: 4, possible: 4, words: 6 }],
    });
    expect(resultFileName(file.result)).toBe('hasil-simulasi-uji-rina-lestari-1970-01-01.json');
    expect(parseResultFile(JSON.stringify(file))).toEqual({ ok: true, result: file.result });
  });

  const good = JSON.stringify(finishedFile('baik', 'hasil-0001'));
  const bad: Array<[string, string, RegExp]> = [
    ['an empty file', ' ', /Berkas kosong/],
    ['text that is not JSON', 'bukan json', /bukan JSON yang utuh/],
    ['another application’s JSON', '{"hello":1}', /bukan berkas Siaga Krisis/],
    ['a full data export', JSON.stringify({ app: 'siaga-krisis', kind: 'ekspor-data', formatVersion: 1 }), /bukan hasil simulasi/],
    ['a newer format', good.replace('"formatVersion":1', '"formatVersion":9'), /versi Siaga Krisis yang lebih baru \(format 9\)/],
    ['a wrong field type', good.replace('"speed":10', '"speed":"cepat"'), /kolom “result.speed” harus berupa angka/],
    [
      'points above possible',
      JSON.stringify({
        ...JSON.parse(good),
        result: { ...JSON.parse(good).result, dimensions: { ...JSON.parse(good).result.dimensions, akurasi: { points: 30, possible: 3 } } },
      }),
      /tidak boleh melebihi/,
    ],
    ['a huge file', 'x'.repeat(600 * 1024), /terlalu besar/],
  ];
  it.each(bad)('rejects %s with a reason', (_name, text, reason) => {
    const parsed = parseResultFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it('imports many files, rejecting bad ones and duplicates one by one without losing the good ones', () => {
    const second = JSON.stringify(finishedFile('buruk', 'hasil-0002', 'Dimas'));
    const outcome = importResultFiles(
      [
        { name: 'a.json', text: good },
        { name: 'rusak.json', text: '{' },
        { name: 'b.json', text: second },
        { name: 'a-salinan.json', text: good },
      ],
      new Set(),
    );
    expect(outcome.accepted.map((a) => a.name)).toEqual(['a.json', 'b.json']);
    expect(outcome.rejected.map((r) => r.name)).toEqual(['rusak.json', 'a-salinan.json']);
    expect(outcome.rejected[1]?.reason).toMatch(/sudah diimpor/);
    expect(importResultFiles([{ name: 'a.json', text: good }], new Set(['hasil-0001'])).rejected).toHaveLength(1);
  });

  it('sums up the room per dimension and per decision, including options nobody chose', () => {
    const results = [
      finishedFile('baik', 'hasil-0001').result,
      finishedFile('buruk', 'hasil-0002').result,
      finishedFile('baik', 'hasil-0003').result,
    ];
    const [summary] = summarizeResults(results, {
      uji: {
        title: 'Uji',
        decisions: [
          {
            stepId: 'awal',
            prompt: 'Apa?',
            options: [
              { id: 'baik', label: 'Baik', recommended: true },
              { id: 'buruk', label: 'Buruk', recommended: false },
              { id: 'lain', label: 'Lain', recommended: false },
            ],
          },
        ],
      },
    });
    expect(summary?.participants).toBe(3);
    expect(summary?.decisions[0]?.options.map((o) => [o.id, o.count])).toEqual([
      ['baik', 2],
      ['buruk', 1],
      ['lain', 0],
    ]);
    expect(summary?.dimensions.akurasi).toBe(67); // 100, 0, 100
    expect(summary?.dimensions.koordinasi).toBeNull();
  });

  it('still sums up results of a scenario it does not know, from the files alone', () => {
    const [summary] = summarizeResults([finishedFile('buruk', 'hasil-0002').result]);
    expect(summary?.title).toBe('Uji');
    expect(summary?.decisions[0]?.options).toEqual([{ id: 'buruk', label: 'Buruk', count: 1, recommended: false }]);
  });
});
