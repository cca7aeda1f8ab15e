// Build-time: the scenarios and drills of each crisis type, for the risk map's "practise this" links.
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { practiceByCrisisType, unknownCrisisTypeUses, type PracticeLink } from '@/domain/crisis-model/practice';

/** Practice links by crisis-type id; stops the build when a scenario or drill names a type that is not in the list. */
export async function loadPracticeByCrisisType(): Promise<Record<string, PracticeLink[]>> {
  const typeIds = (await getCollection('crisis-types')).map((entry) => entry.data.id);
  const sources = {
    simulasi: (await getCollection('scenarios')).map((entry) => ({
      id: entry.id,
      title: entry.data.title,
      crisisType: entry.data.crisisType,
    })),
    'siaran-pers': (await getCollection('pressReleaseDrills')).map((entry) => ({
      id: entry.data.id,
      title: entry.data.title,
      crisisType: entry.data.crisisType,
    })),
  };
  const unknown = unknownCrisisTypeUses(typeIds, sources);
  if (unknown.length > 0) {
    throw new AstroError(
      `Jenis krisis yang tidak ada dalam daftar: ${unknown.join('; ')}.`,
      `Pakai id dari src/content/crisis-types/jenis-krisis.yaml: ${typeIds.join(', ')}.`,
    );
  }
  return practiceByCrisisType(typeIds, sources);
}
