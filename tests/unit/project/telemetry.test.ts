import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

// The README promises that nothing leaves the machine; Astro's CLI sends usage data unless told not to.
it('every npm script that starts Astro turns its telemetry off first', () => {
  const { scripts } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const astroRuns = Object.entries(scripts).flatMap(([name, script]) =>
    script
      .split('&&')
      .map((part) => part.trim())
      .filter((part) => /(^|\s)astro\s/.test(part))
      .map((part) => [name, part] as const),
  );
  expect(astroRuns.length).toBeGreaterThanOrEqual(4);
  // Other variables may follow (build:subpath sets SIAGA_BASE_PATH), but the telemetry switch comes first.
  for (const [name, part] of astroRuns) expect(part, name).toMatch(/^ASTRO_TELEMETRY_DISABLED=1 ([A-Z_]+=\S+ )*astro /);
  expect(readFileSync(new URL('../../../.ci/run', import.meta.url), 'utf8')).toContain('export ASTRO_TELEMETRY_DISABLED=1');
});
