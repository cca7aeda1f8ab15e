// npm run bench:save: what one keystroke costs in the save path (src/state/persistent-document.ts) for a document
// holding three complete communication plans, the largest thing a user keeps. Measured in Node with
// @nanostores/persistent's test storage engine, so it is the layer's own work (validation, revision check,
// serialisation, notifying listeners), not the browser's storage. Not part of npm test.
import { expect, it } from 'vitest';
import type { CommunicationPlans } from '@/schemas/communication-plan';
import { completePlan } from '../unit/domain/plan/fixtures';

// A Storage in memory, where the page would have window.localStorage: set before the state layer is imported,
// so it takes the same path as in a browser (storage available, the library reading and writing it).
class MemoryStorage {
  getItem(key: string): string | null {
    return Object.hasOwn(this, key) ? (this as unknown as Record<string, string>)[key]! : null;
  }
  setItem(key: string, value: string): void {
    (this as unknown as Record<string, string>)[key] = String(value);
  }
  removeItem(key: string): void {
    delete (this as unknown as Record<string, string>)[key];
  }
}
const localStorage = new MemoryStorage();
Object.assign(globalThis, { localStorage, window: { localStorage, addEventListener() {}, removeEventListener() {} } });
const { persistentDocument } = await import('@/state/persistent-document');
const { communicationPlansDocument } = await import('@/state/documents/communication-plans');

function median(run: (i: number) => void, runs: number): number {
  for (let i = 0; i < 50; i++) run(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

it('median cost of saving one keystroke in a document of three complete plans', () => {
  const plans = [1, 2, 3].map((n) => ({ ...completePlan(), id: `rk-bench-${n}`, name: `Rencana ${n}` }));
  const data: CommunicationPlans = { plans, activeId: plans[0]!.id };
  const doc = persistentDocument(communicationPlansDocument);
  doc.set(data);
  const bytes = JSON.stringify(data).length;
  const ms = median((i) => {
    // One character more in the unit's address, as typing does.
    const plan = doc.$data.get().plans[0]!;
    const next = { ...plan, identity: { ...plan.identity, address: `${plan.identity.address.slice(0, 60)}${i % 10}` } };
    doc.set({ ...doc.$data.get(), plans: [next, ...doc.$data.get().plans.slice(1)] });
  }, 1000);
  console.table([{ 'ukuran dokumen (B)': bytes, 'simpan satu ketukan (ms, median)': Number(ms.toFixed(3)) }]);
  expect(doc.$status.get().state).toBe('saved');
});
