// npm run bench:press-release: how long the checker takes on releases of 300, 1,500 and 10,000 words, against bare
// tokenisation of the same text. A measurement to read, not a timed test: it is not part of npm test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { analyzePressRelease, joinRelease, splitRelease, tokenize } from '@/domain/press-release';
import { releaseOf } from './press-release-text';

/** Median of many runs, in milliseconds, after a warm-up (vitest 5 has no bench() any more, so it is measured here). */
function median(run: () => void, runs: number): number {
  for (let i = 0; i < Math.min(20, runs); i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

it('median time to analyse releases of 300, 1,500 and 10,000 words', () => {
  const rows = [300, 1500, 10000].map((words) => {
    const parts = releaseOf(words);
    const text = joinRelease(parts);
    const runs = words >= 10000 ? 30 : 200;
    const tokens = median(() => tokenize(text), runs);
    const byParts = median(() => analyzePressRelease({ parts }, { kind: 'siaran-pertama' }), runs);
    const whole = median(() => analyzePressRelease({ text }, { kind: 'siaran-pertama' }), runs);
    const split = median(() => splitRelease(text), runs);
    const splitParts = splitRelease(text);
    const ofSplit = median(() => analyzePressRelease({ parts: splitParts }, { kind: 'siaran-pertama' }), runs);
    return {
      kata: tokenize(text).length,
      'tokenisasi (ms)': Number(tokens.toFixed(3)),
      'analisis per bagian (ms)': Number(byParts.toFixed(3)),
      'analisis naskah utuh (ms)': Number(whole.toFixed(3)),
      'pemisahan saja (ms)': Number(split.toFixed(3)),
      'analisis bagian hasil pemisahan (ms)': Number(ofSplit.toFixed(3)),
      'kelipatan tokenisasi': Number((byParts / tokens).toFixed(1)),
    };
  });
  console.table(rows);
  expect(rows).toHaveLength(3);
});

/**
 * The first call, as a reader gets it: a fresh Node process per run (press-release-probe.ts, bundled with esbuild, the
 * bundler Astro itself depends on), so no compiled regular expression, optimised function or stemmer cache is left
 * from an earlier run. Reports, over the runs, the lowest and the middle value of: the first call's wall clock and the
 * process's CPU time for it (on a shared, loaded machine the CPU time and the lowest values are the steadier numbers),
 * the second call, and the median of 200 calls, all at 1,500 words; and the load average before and after, so a run
 * on a busy machine can be told from one on a quiet machine. A measurement to read: nothing here fails on a slow one.
 */
it('the first call, each in a fresh process', async () => {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'press-probe-'));
  const outfile = join(dir, 'probe.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./press-release-probe.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'warning',
  });
  const runs = Number(process.env.PROBE_RUNS ?? 9);
  const loadBefore = loadavg()[0]!;
  const rows = Array.from(
    { length: runs },
    () => JSON.parse(execFileSync(process.execPath, [outfile], { encoding: 'utf8' })) as Record<string, number>,
  );
  const loadAfter = loadavg()[0]!;
  rmSync(dir, { recursive: true, force: true });
  const sorted = (key: string) => rows.map((r) => r[key]!).sort((a, b) => a - b);
  const lowest = (key: string) => sorted(key)[0]!;
  const middle = (key: string) => sorted(key)[Math.floor(rows.length / 2)]!;
  const round = (n: number) => Number(n.toFixed(1));
  const words = rows[0]!.words!;
  console.table(
    [
      ['panggilan pertama (ms)', 'first'],
      ['panggilan pertama, CPU (ms)', 'firstCpu'],
      ['panggilan kedua (ms)', 'second'],
      ['median 200 panggilan (ms)', 'median'],
      ['muat modul (ms)', 'load'],
    ].map(([label, key]) => ({ [`${words} kata`]: label, terendah: round(lowest(key!)), tengah: round(middle(key!)) })),
  );
  console.log(
    `Naskah ${words} kata, ${runs} proses baru (beban mesin ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}, ${cpus().length} inti): ` +
      `panggilan pertama ${round(middle('first'))} ms (terendah ${round(lowest('first'))}; CPU ${round(middle('firstCpu'))}, terendah ${round(lowest('firstCpu'))}), ` +
      `median per panggilan ${round(middle('median'))} ms (terendah ${round(lowest('median'))}).`,
  );
  expect(rows).toHaveLength(runs);
});
