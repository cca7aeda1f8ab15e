// npm run bench:mentoring (also in npm run bench): the mentor's overview at 40, 150 and 700 units, with realistic
// packages (about 44 KB: a full plan with 18 contacts and 5 to 8 scenarios, 3 releases, self-assessment and risk map)
// built by the site's own code (realistic-package.ts: buildPackagePayload, then buildPackageFile), each signed with its
// unit's own key as the send page does, so the import also verifies 700 signatures and pins 700 keys, writing the pinned
// keys document (localStorage) after each package as overview-import.ts does. Each file is judged
// (judgePackage: size, JSON, checksum, schema, names) and saved through the record document (recordDocument, IndexedDB
// one record per package and unit) on fake-indexeddb, as the overview's import does. It prints numbers and asserts
// only that everything was kept; it never fails on a slow machine. Node's numbers, not a browser's: fake-indexeddb
// does in JavaScript what a browser does natively, so the save times are an upper bound of the layer's own work.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { created, persistentDocument } from '@/state/persistent-document';
import { useStorageForTests } from '@/state/storage';
import { recordDocument } from '@/state/record-document';
import { readRecords, resetRecordDatabaseForTests } from '@/state/record-store';
import { mentorDocument } from '@/state/documents/mentor-overview';
import { pinnedKeysDocument } from '@/state/documents/signing';
import { buildPackageFile } from '@/domain/mentoring/package';
import { generateSigningKey } from '@/domain/mentoring/signing';
import { judgePackage } from '@/domain/mentoring/package-import';
import { updateReview } from '@/domain/mentoring/mentor-edits';
import { overviewRow, sortRows } from '@/domain/mentoring/overview';
import { realisticPayload } from './realistic-package';

const SIZES = [40, 150, 700];
const unitName = (i: number) => `Lapas Kelas III Nomor ${String(i).padStart(3, '0')} (fiktif)`;

/** A fresh browser profile: a new fake database, no document opened yet. */
function freshProfile(): void {
  globalThis.indexedDB = new IDBFactory();
  cleanTestStorage();
  created.clear();
  resetRecordDatabaseForTests();
}

/** A page load on the same profile: the database stays, the page's documents are opened again. */
function reloadPage(): void {
  created.clear();
  resetRecordDatabaseForTests();
}

async function timed<T>(run: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (ms: number) => Number(ms.toFixed(ms < 10 ? 3 : 1));

async function measure(units: number) {
  freshProfile();
  const made = new Date(Date.now() - 86_400_000).toISOString();
  const files = await Promise.all(
    Array.from({ length: units }, async (_, i) => ({
      name: `paket-${i + 1}.json`,
      text: JSON.stringify(
        await buildPackageFile(realisticPayload(i + 1, unitName(i + 1), made), await generateSigningKey(new Date(made))),
      ),
    })),
  );
  const fileBytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);

  // The import, file by file, as overview-import.ts does it: judge against the store as it is, save, go on.
  const doc = recordDocument(mentorDocument);
  await doc.ready;
  const pins = persistentDocument(pinnedKeysDocument);
  const known: string[] = [];
  const steps: number[] = [];
  const pinWrites: number[] = [];
  const imported = await timed(async () => {
    for (const file of files) {
      const step = await timed(async () => {
        const verdict = await judgePackage(file, doc.$data.get(), new Date(), known, pins.$data.get());
        if (verdict.kind !== 'accepted') throw new Error(`${file.name}: ${verdict.kind}`);
        if (!(await doc.save(verdict.store))) throw new Error(`${file.name} not saved`);
        pinWrites.push((await timed(() => pins.set(verdict.pins))).ms);
        known.push(verdict.unit);
      });
      steps.push(step.ms);
    }
  });
  expect(pins.$data.get().units).toHaveLength(units);
  const pinsBytes = (getTestStorage()[pinnedKeysDocument.key] ?? '').length;
  const records = await readRecords(mentorDocument.key);
  const storedBytes = records.reduce((sum, record) => sum + Buffer.byteLength(JSON.stringify(record)), 0);

  // One keystroke in a review comment: the change to the store and its save (one unit record written).
  const key = doc.$data.get().units[Math.floor(units / 2)]!.key;
  const comment = 'Lengkapi daftar kontak media dan nomor narahubung.';
  const keystrokes: number[] = [];
  for (let i = 1; i <= comment.length; i++) {
    const save = await timed(() => doc.save(updateReview(doc.$data.get(), key, 'rencana', { comment: comment.slice(0, i) }, new Date())));
    keystrokes.push(save.ms);
  }

  // The overview's rows: computed once per unit, then sorted by a column (a click on its header).
  const rows = await timed(() => doc.$data.get().units.map(overviewRow));
  const sorts = { unit: [] as number[], keseluruhan: [] as number[] };
  for (let i = 0; i < 21; i++) {
    sorts.unit.push((await timed(() => sortRows(rows.value, 'unit', i % 2 ? 'descending' : 'ascending'))).ms);
    sorts.keseluruhan.push((await timed(() => sortRows(rows.value, 'keseluruhan', i % 2 ? 'ascending' : 'descending'))).ms);
  }

  // A reload: every record read, validated and joined again.
  reloadPage();
  const reloaded = await timed(async () => {
    const again = recordDocument(mentorDocument);
    await again.ready;
    return again.$data.get();
  });
  expect(reloaded.value.units).toHaveLength(units);
  expect(reloaded.value.units.find((u) => u.key === key)?.reviews.rencana.comment).toBe(comment);

  return {
    unit: units,
    'berkas (MB)': Number((fileBytes / 1024 / 1024).toFixed(1)),
    'paket rata-rata (KB)': Number((fileBytes / units / 1024).toFixed(1)),
    'impor (s)': Number((imported.ms / 1000).toFixed(2)),
    'per berkas, median (ms)': round(median(steps)),
    'per berkas, terlama (ms)': round(Math.max(...steps)),
    'kunci tersemat': pins.$data.get().units.length,
    'dokumen kunci (KB)': Number((pinsBytes / 1024).toFixed(1)),
    'tulis kunci, median (ms)': round(median(pinWrites)),
    'tersimpan (MB)': Number((storedBytes / 1024 / 1024).toFixed(1)),
    catatan: records.length,
    'ketukan tinjauan, median (ms)': round(median(keystrokes)),
    'ketukan, terlama (ms)': round(Math.max(...keystrokes)),
    'baris rekap (ms)': round(rows.ms),
    'urut nama, median (ms)': round(median(sorts.unit)),
    'urut skor, median (ms)': round(median(sorts.keseluruhan)),
    'muat ulang (ms)': round(reloaded.ms),
  };
}

it('the mentor overview at 40, 150 and 700 units: import, storage, a review keystroke, sorting, a reload', async () => {
  useTestStorageEngine();
  useStorageForTests(getTestStorage());
  const results = [];
  for (const units of SIZES) results.push(await measure(units));
  console.table(results);
}, 900_000);
