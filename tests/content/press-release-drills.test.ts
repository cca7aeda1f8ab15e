import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { pressReleaseDrillSchema, RELEASE_KINDS, type PressReleaseDrill } from '@/schemas/press-release-drill';
import { analyzePressRelease, RULE_IDS, RULES, scoreAgainstRubric } from '@/domain/press-release';

const folder = new URL('../../src/content/press-release-drills/', import.meta.url);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const drills: Array<[string, PressReleaseDrill]> = files.map((name) => {
  const parsed = z.safeParse(pressReleaseDrillSchema, parse(readFileSync(new URL(name, folder), 'utf8')));
  if (!parsed.success) throw new Error(`${name}: ${z.prettifyError(parsed.error)}`);
  return [name, parsed.data];
});

describe('press-release drills', () => {
  it('there are at least eight, covering every kind of text', () => {
    expect(drills.length).toBeGreaterThanOrEqual(8);
    expect(new Set(drills.map(([, d]) => d.kind))).toEqual(new Set(RELEASE_KINDS));
  });

  it.each(drills)('%s: the file name is its id and it says it is fictional', (name, drill) => {
    expect(name).toBe(`${drill.id}.yaml`);
    expect(readFileSync(new URL(name, folder), 'utf8')).toMatch(/^# Latihan fiktif/);
    expect(drill.unit).toMatch(
      /^(Lapas Kelas IIA Telaga Bening|Lapas Kelas IIB Bukit Embun|Rutan Kelas IIB Rantau Sejuk|LPKA Kelas II Bukit Cahaya|Bapas Kelas I Tanjung Pelita)$/,
    );
  });

  it.each(drills)('%s: the rubric names only existing rules and unique ids', (_name, drill) => {
    const ids = drill.rubric.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const criterion of drill.rubric) for (const rule of criterion.avoid ?? []) expect(RULE_IDS).toContain(rule);
  });

  it.each(drills)('%s: the model answer passes the checker (no error or warning)', (_name, drill) => {
    const findings = analyzePressRelease({ parts: drill.modelAnswer }, { kind: drill.kind });
    const serious = findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`);
    expect(serious).toEqual([]);
  });

  it.each(drills)('%s: the model answer earns full points on its own rubric', (_name, drill) => {
    const findings = analyzePressRelease({ parts: drill.modelAnswer }, { kind: drill.kind });
    const score = scoreAgainstRubric(drill.rubric, drill.modelAnswer, findings);
    expect(score.criteria.filter((c) => c.points < c.max)).toEqual([]);
  });

  it.each(drills)('%s: the model answer does not publish what the fact sheet marks as confidential or unknown', (_name, drill) => {
    const forbidden = drill.rubric.flatMap((c) => c.forbid ?? []);
    expect(forbidden.length).toBeGreaterThan(0);
  });

  it.each(drills)('%s: an empty answer scores low', (_name, drill) => {
    const empty = { headline: '', dateline: '', lead: '', body: '', quote: '', boilerplate: '', contact: '' };
    const score = scoreAgainstRubric(drill.rubric, empty, analyzePressRelease({ parts: empty }, { kind: drill.kind }));
    expect(score.percent).toBeLessThan(60);
  });
});

describe('module links of the checker', () => {
  const slug = (heading: string) =>
    heading
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .replace(/\s/g, '-');
  it.each(RULE_IDS.map((id) => [id, RULES[id].moduleHref]))('%s links to an existing module section (%s)', (_id, href) => {
    const match = /^\/modul\/([a-z-]+)\/#([a-z0-9-]+)$/.exec(href);
    expect(match).not.toBeNull();
    const mdx = readFileSync(new URL(`../../src/content/docs/modul/${match![1]}.mdx`, import.meta.url), 'utf8');
    const anchors = [...mdx.matchAll(/^#{2,3}\s+(.+)$/gm)].map((m) => slug(m[1]!));
    expect(anchors).toContain(match![2]);
  });
});
