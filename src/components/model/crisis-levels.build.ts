// Build-time access to the crisis-level model for Astro components (the browser receives it as build data).
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { findLevelModelProblems, sortLevels, type CrisisLevelEntry } from '@/domain/crisis-model/levels';

/** The levels, lowest first; stops the build when the model contradicts itself. */
export async function loadCrisisLevels(): Promise<CrisisLevelEntry[]> {
  const levels = sortLevels((await getCollection('crisis-levels')).map((entry) => entry.data));
  const problems = findLevelModelProblems(levels);
  if (levels.length === 0 || problems.length > 0) {
    throw new AstroError(
      'Model tingkat krisis tidak konsisten.',
      `${problems.join(' ') || 'Tidak ada tingkat.'} Perbaiki src/content/crisis-levels/tingkat-krisis.yaml.`,
    );
  }
  return levels;
}
