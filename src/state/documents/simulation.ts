/**
 * Stored shape: { solo: { [scenarioId]: run }, facilitator: { [scenarioId]: run } } (see schemas/simulation-run).
 * Saved on every action and every simulated minute, so a reload resumes where the participant was, paused.
 * Goes stale when a scenario's YAML changes under a stored run: the player then offers to start again.
 */
import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { simulationStoreSchema, type SimulationStore } from '@/schemas/simulation-run';

export const simulationDocument: DocumentDefinition<SimulationStore> = {
  key: 'siaga-krisis:simulasi',
  label: 'Simulasi krisis',
  page: { title: 'Simulasi krisis', href: '/latihan/simulasi/' },
  version: 1,
  schema: simulationStoreSchema,
  migrations: {},
  initial: { solo: {}, facilitator: {} },
  summarize: (store) => {
    const runs = Object.values(store.solo);
    const ended = runs.filter((r) => r.endedAt).length;
    const parts = [`${ended} simulasi selesai`];
    if (runs.length > ended) parts.push(`${runs.length - ended} belum selesai`);
    const facilitated = Object.keys(store.facilitator).length;
    if (facilitated > 0) parts.push(`${facilitated} sesi fasilitator`);
    return parts.join(', ');
  },
  isEmpty: (store) => Object.keys(store.solo).length === 0 && Object.keys(store.facilitator).length === 0,
  // Per scenario, the run started most recently wins.
  merge: (current, incoming) => ({
    solo: newestRuns(current.solo, incoming.solo),
    facilitator: newestRuns(current.facilitator, incoming.facilitator),
  }),
};

function newestRuns<T extends { startedAt: string }>(ours: Record<string, T>, theirs: Record<string, T>): Record<string, T> {
  const merged = { ...ours };
  for (const [id, run] of Object.entries(theirs)) {
    const mine = merged[id];
    if (!mine || run.startedAt >= mine.startedAt) merged[id] = run;
  }
  return merged;
}
