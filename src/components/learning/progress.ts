/** The "siaga-krisis:kemajuan" document, shared by <quiz-form> and <module-progress>. */
import { persistentDocument } from '@/state/persistent-document';
import { progressDocument } from '@/state/documents/progress';
import type { Progress } from '@/schemas/progress';

export const progress = persistentDocument(progressDocument);

export function updateModule(id: string, change: (entry: Progress['modules'][string]) => Progress['modules'][string]): void {
  progress.update((current) => ({ modules: { ...current.modules, [id]: change(current.modules[id] ?? {}) } }));
}
