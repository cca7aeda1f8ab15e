// One cold start of the checker, run by press-release.bench.ts in a fresh Node process (bundled by esbuild): loading
// the module, the first call on 1,500 words (wall clock and CPU time), the second call, and the median of 200 more.
// Prints one JSON line.
import { releaseOf } from './press-release-text';

const loadStart = performance.now();
const { analyzePressRelease, joinRelease, tokenize } = await import('@/domain/press-release');
const loaded = performance.now();
const text = joinRelease(releaseOf(1500));
const cpuStart = process.cpuUsage();
const firstStart = performance.now();
analyzePressRelease({ text }, { kind: 'siaran-pertama' });
const first = performance.now();
// CPU time of this process for the first call: on a shared, loaded machine it varies less than the wall clock.
const cpu = process.cpuUsage(cpuStart);
analyzePressRelease({ text }, { kind: 'siaran-pertama' });
const second = performance.now();
const times: number[] = [];
for (let i = 0; i < 200; i++) {
  const start = performance.now();
  analyzePressRelease({ text }, { kind: 'siaran-pertama' });
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    words: tokenize(text).length,
    load: loaded - loadStart,
    first: first - firstStart,
    firstCpu: (cpu.user + cpu.system) / 1000,
    second: second - first,
    median: times[100],
  }),
);
