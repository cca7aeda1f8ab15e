/**
 * analyzePressRelease: the checker behind the press-release drills (and the simulation's writing tasks).
 * Pure and synchronous; the same input always gives the same findings in the same order.
 */
import type { ReleaseKind } from '@/schemas/press-release-drill';
import { completeParts, PART_KEYS, splitRelease, type PartKey } from './parts';
import { readRelease } from './context';
import { checkStructure } from './checks-structure';
import { checkStyle } from './checks-style';
import { checkCrisisRisk } from './checks-crisis';
import { checkPrivacy } from './checks-privacy';
import type { Finding, Severity } from './rules';

export type AnalysisInput = { parts: Partial<Record<PartKey, string>> } | { text: string };

export interface AnalysisOptions {
  /** The kind of text asked for; a holding statement needs no dateline, quote, profile or end mark. */
  kind?: ReleaseKind;
  /** In a drill: the facts its fact sheet gives (confirmed facts), whose abbreviations and time words are not the writer's. */
  factSheet?: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings for a release given as labelled parts, or as one whole text that is split into parts first. */
export function analyzePressRelease(input: AnalysisInput, options: AnalysisOptions = {}): Finding[] {
  const parts = 'text' in input ? splitRelease(input.text) : completeParts(input.parts);
  const release = readRelease(parts, options.kind, options.factSheet);
  const findings = [...checkPrivacy(release), ...checkCrisisRisk(release), ...checkStructure(release), ...checkStyle(release)];
  // Most serious first, then in reading order; findings without a place (something missing) after those with one.
  return findings
    .map((f, index) => ({ f, index }))
    .sort((a, b) => {
      const bySeverity = SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity];
      if (bySeverity !== 0) return bySeverity;
      const partA = a.f.span ? PART_KEYS.indexOf(a.f.span.part) : PART_KEYS.length;
      const partB = b.f.span ? PART_KEYS.indexOf(b.f.span.part) : PART_KEYS.length;
      if (partA !== partB) return partA - partB;
      return (a.f.span?.start ?? 0) - (b.f.span?.start ?? 0) || a.index - b.index;
    })
    .map(({ f }) => f);
}

/** A stable key for a finding, so a list on screen can keep the items that did not change. */
export function findingKey(f: Finding): string {
  return `${f.ruleId}|${f.span ? `${f.span.part}:${f.span.start}` : '-'}|${f.message}`;
}
