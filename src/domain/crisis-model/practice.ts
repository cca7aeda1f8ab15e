/**
 * Practice material by crisis type: the simulated crises and press-release drills that train for each type of the
 * one crisis-type list (src/content/crisis-types/). The risk map offers them beside a unit's top risks.
 */

export interface PracticeSource {
  /** Id (file name) of the scenario or drill. */
  id: string;
  title: string;
  /** Id of a crisis type. */
  crisisType: string;
}

export interface PracticeLink {
  kind: 'simulasi' | 'siaran-pers';
  title: string;
  /** Site path of its page. */
  href: string;
}

/** Ids used by scenarios or drills that are not in the crisis-type list, each with who uses it. */
export function unknownCrisisTypeUses(
  typeIds: readonly string[],
  sources: Readonly<Record<'simulasi' | 'siaran-pers', readonly PracticeSource[]>>,
): string[] {
  const known = new Set(typeIds);
  return (['simulasi', 'siaran-pers'] as const).flatMap((kind) =>
    sources[kind].filter((source) => !known.has(source.crisisType)).map((source) => `${kind}/${source.id}: ${source.crisisType}`),
  );
}

/** For every crisis type, its scenarios first, then its drills, each in title order. */
export function practiceByCrisisType(
  typeIds: readonly string[],
  sources: Readonly<Record<'simulasi' | 'siaran-pers', readonly PracticeSource[]>>,
): Record<string, PracticeLink[]> {
  const result: Record<string, PracticeLink[]> = Object.fromEntries(typeIds.map((id) => [id, []]));
  for (const kind of ['simulasi', 'siaran-pers'] as const) {
    const sorted = [...sources[kind]].sort((a, b) => a.title.localeCompare(b.title, 'id'));
    for (const source of sorted) result[source.crisisType]?.push({ kind, title: source.title, href: `/latihan/${kind}/${source.id}/` });
  }
  return result;
}
