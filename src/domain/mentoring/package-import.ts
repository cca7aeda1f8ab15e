import type { MentorStore } from '@/schemas/mentoring';
import { addPackage, type MergeOutcome } from './mentor-store';
import { packageKind } from './package';
import { openSealedFile } from './sealed-file';

export interface ReadFile {
  name: string;
  text: string;
}

export interface PackageImport {
  store: MentorStore;
  accepted: { name: string; unit: string; outcome: Exclude<MergeOutcome, 'sudah-ada'> }[];
  rejected: { name: string; reason: string }[];
}

/** Reads many package files; each is judged on its own, so one bad file never loses the good ones. */
export async function importPackages(files: readonly ReadFile[], store: MentorStore, now: Date): Promise<PackageImport> {
  const result: PackageImport = { store, accepted: [], rejected: [] };
  for (const file of files) {
    const opened = await openSealedFile(file.text, packageKind);
    if (!opened.ok) {
      result.rejected.push({ name: file.name, reason: opened.reason });
      continue;
    }
    const added = addPackage(result.store, opened.payload, now.toISOString());
    if (added.outcome === 'sudah-ada') {
      result.rejected.push({ name: file.name, reason: 'Paket ini sudah diimpor sebelumnya (berkas yang sama atau salinannya); rekap tidak berubah.' });
      continue;
    }
    result.store = added.store;
    result.accepted.push({ name: file.name, unit: opened.payload.unit.name, outcome: added.outcome });
  }
  return result;
}
