// The national view's trust in the regions' keys: real files signed with real keys, read the way the page reads them.
import { describe, expect, it } from 'vitest';
import type { MentorStore } from '@/schemas/mentoring';
import { nationalStoreSchema, type NationalStore, type RegionalSummaryPayload } from '@/schemas/regional-summary';
import type { SigningKeyPair } from '@/schemas/signing';
import { addPackage, EMPTY_MENTOR_STORE } from '@/domain/mentoring/mentor-store';
import { buildRegionalSummary, buildRegionalSummaryFile, regionalSummaryKind } from '@/domain/mentoring/regional-summary';
import { openSealedFile, payloadChecksum } from '@/domain/mentoring/sealed-file';
import { generateSigningKey } from '@/domain/mentoring/signing';
import { acceptHeldSummary, heldChoice, importSummaries, signatureNote, type ReadSummary } from '@/domain/mentoring/national-keys';
import { EMPTY_NATIONAL_STORE, mergeNationalStores, removeRegion } from '@/domain/mentoring/national-store';
import { nationalView, pinnedRegionKey } from '@/domain/mentoring/national';
import { payload } from './fixtures';

const NOW = new Date('2026-11-25T00:00:00.000Z');
const UTARA = 'Kanwil Utara (fiktif)';

function summary(id: string, writtenAt: string, overall: number, region = UTARA): RegionalSummaryPayload {
  const p = payload(`p-${id}`, '2026-11-10T00:00:00.000Z', 'Lapas Satu (fiktif)', overall);
  const store: MentorStore = addPackage(
    { ...EMPTY_MENTOR_STORE, mentor: `Pendamping ${region}` },
    { ...p, unit: { ...p.unit, region } },
    '2026-11-11T00:00:00.000Z',
  ).store;
  return buildRegionalSummary(store, { id, now: new Date(writtenAt), region });
}

/** The file as the mentor's page writes it, read back as the national page reads it. */
async function read(file: string, payload: RegionalSummaryPayload, key?: SigningKeyPair): Promise<ReadSummary> {
  const opened = await openSealedFile(JSON.stringify(await buildRegionalSummaryFile(payload, key)), regionalSummaryKind);
  if (!opened.ok) throw new Error(opened.reason);
  return opened.signer ? { file, summary: opened.payload, signer: opened.signer } : { file, summary: opened.payload };
}

const first = summary('rw-1', '2026-11-20T00:00:00.000Z', 80);
const second = summary('rw-2', '2026-11-22T00:00:00.000Z', 60);
const keys = Promise.all([generateSigningKey(NOW), generateSigningKey(NOW)]);

async function pinned(): Promise<{ store: NationalStore; mentorKey: SigningKeyPair; otherKey: SigningKeyPair }> {
  const [mentorKey, otherKey] = await keys;
  const { store } = importSummaries(EMPTY_NATIONAL_STORE, [await read('utara-1.json', first, mentorKey)], NOW);
  return { store, mentorKey, otherKey };
}

describe('signing the regional summary', () => {
  it('the file carries the mentor key’s signature next to its checksum, over the summary’s kind', async () => {
    const [mentorKey] = await keys;
    const file = await buildRegionalSummaryFile(first, mentorKey);
    expect(file).toMatchObject({
      kind: 'ringkasan-wilayah',
      signature: { algorithm: 'ECDSA-P256-SHA256', publicKey: mentorKey.publicKey },
    });
    expect(file.checksum.value).toBe(await payloadChecksum(first));
    expect('signature' in (await buildRegionalSummaryFile(first))).toBe(false);
  });

  it('a signed summary changed by hand is refused even with its checksum recomputed', async () => {
    const [mentorKey] = await keys;
    const file = await buildRegionalSummaryFile(first, mentorKey);
    const changed = { ...first, averages: { ...first.averages, overall: 99 } };
    const forged = { ...file, payload: changed, checksum: { algorithm: 'SHA-256', value: await payloadChecksum(changed) } };
    const opened = await openSealedFile(JSON.stringify(forged), regionalSummaryKind);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.reason).toMatch(/^Tanda tangan tidak cocok: isi berkas diubah setelah ditandatangani/);
  });
});

describe('the national view pins each region’s key on first use', () => {
  it('the first signed summary pins its key, and the region row shows its fingerprint', async () => {
    const [mentorKey] = await keys;
    const read1 = await read('utara-1.json', first, mentorKey);
    const result = importSummaries(EMPTY_NATIONAL_STORE, [read1], NOW);
    expect(result.held).toEqual([]);
    expect(result.kept.map((k) => [k.outcome.kind, k.decision])).toEqual([['baru', 'pertama']]);
    const pin = pinnedRegionKey(result.store, 'KANWIL utara  (fiktif)');
    expect(pin).toEqual({
      region: UTARA,
      publicKey: mentorKey.publicKey,
      fingerprint: read1.signer!.fingerprint,
      pinnedAt: NOW.toISOString(),
    });
    expect(result.store.regions[0]!.signedBy).toBe(read1.signer!.fingerprint);
    expect(nationalView(result.store, NOW).regions[0]!.signature).toEqual({
      state: 'kunci-tersemat',
      fingerprint: read1.signer!.fingerprint,
      pinnedAt: NOW.toISOString(),
    });
    expect(signatureNote(result.kept[0]!)).toContain(`Kunci ${read1.signer!.fingerprint} dicatat sebagai kunci ${UTARA}`);
    // The stored document is valid as the page will load it.
    expect(nationalStoreSchema.safeParse(result.store).success).toBe(true);
  });

  it('a later summary signed by the same key replaces the earlier one without a question', async () => {
    const { store, mentorKey } = await pinned();
    const result = importSummaries(store, [await read('utara-2.json', second, mentorKey)], NOW);
    expect(result.held).toEqual([]);
    expect(result.kept.map((k) => [k.outcome.kind, k.decision])).toEqual([['mengganti', 'cocok']]);
    expect(signatureNote(result.kept[0]!)).toBeUndefined();
    expect(result.store.regions.map((r) => r.summary.id)).toEqual(['rw-2']);
  });

  it('a summary signed by another key is held with the warning; refused, nothing changes; accepted, the new key is trusted', async () => {
    const { store, mentorKey, otherKey } = await pinned();
    const original = pinnedRegionKey(store, UTARA)!;
    const forged = await read('utara-palsu.json', second, otherKey);
    const result = importSummaries(store, [forged], NOW);
    expect(result.kept).toEqual([]);
    expect(result.held).toHaveLength(1);
    const held = result.held[0]!;
    expect(held.decision).toBe('kunci-lain');
    expect(held.warning).toContain(
      `PERINGATAN: berkas ini ditandatangani kunci ${forged.signer!.fingerprint}, bukan kunci ${original.fingerprint}`,
    );
    expect(held.warning).toContain(`pendamping ${UTARA}`);
    expect(heldChoice(held).accept).toBe('Percayai kunci baru dan terima');
    // Held, not kept: the store is the one before (refusing is leaving it so).
    expect(result.store).toEqual(store);

    const accepted = acceptHeldSummary(result.store, held, NOW);
    expect(accepted.kept.outcome.kind).toBe('mengganti');
    expect(pinnedRegionKey(accepted.store, UTARA)!.publicKey).toBe(otherKey.publicKey);
    expect(signatureNote(accepted.kept)).toContain(`Kunci baru ${forged.signer!.fingerprint} kini dipercaya`);
    // The mentor's old key is now the other one.
    const back = importSummaries(
      accepted.store,
      [await read('utara-3.json', summary('rw-3', '2026-11-23T00:00:00.000Z', 70), mentorKey)],
      NOW,
    );
    expect(back.held.map((h) => h.decision)).toEqual(['kunci-lain']);
  });

  it('an unsigned summary after signed ones is held; accepted, it is kept and the pin stays', async () => {
    const { store } = await pinned();
    const result = importSummaries(store, [await read('utara-tanpa.json', second)], NOW);
    expect(result.held.map((h) => h.decision)).toEqual(['tanpa-tanda-tangan']);
    expect(result.held[0]!.warning).toMatch(/^PERINGATAN: berkas ini tidak bertanda tangan/);
    expect(heldChoice(result.held[0]!).accept).toBe('Tetap terima tanpa tanda tangan');
    const accepted = acceptHeldSummary(result.store, result.held[0]!, NOW);
    expect(pinnedRegionKey(accepted.store, UTARA)).toEqual(pinnedRegionKey(store, UTARA));
    expect(nationalView(accepted.store, NOW).regions[0]!.signature).toEqual({
      state: 'tanpa-tanda-tangan',
      pinned: pinnedRegionKey(store, UTARA)!.fingerprint,
    });
  });

  it('in one batch, the second file of a region signed by another key waits for the first one’s key', async () => {
    const [mentorKey, otherKey] = await keys;
    const result = importSummaries(
      EMPTY_NATIONAL_STORE,
      [
        await read('a.json', first, mentorKey),
        await read('b.json', second, otherKey),
        await read('c.json', summary('rw-s', first.writtenAt, 30, 'Kanwil Selatan (fiktif)'), otherKey),
      ],
      NOW,
    );
    expect(result.kept.map((k) => [k.file, k.decision])).toEqual([
      ['a.json', 'pertama'],
      ['c.json', 'pertama'],
    ]);
    expect(result.held.map((h) => h.file)).toEqual(['b.json']);
    expect(result.store.pins!.map((p) => p.region)).toEqual([UTARA, 'Kanwil Selatan (fiktif)']);
  });

  it('an old unsigned summary is kept with a note that it is not signed, and pins nothing', async () => {
    const result = importSummaries(EMPTY_NATIONAL_STORE, [await read('lama.json', first)], NOW);
    expect(result.kept.map((k) => [k.outcome.kind, k.decision])).toEqual([['baru', 'belum-bertanda']]);
    expect(signatureNote(result.kept[0]!)).toMatch(/tidak bertanda tangan .*asalnya tidak dapat diperiksa/);
    expect(result.store.pins ?? []).toEqual([]);
    expect(nationalView(result.store, NOW).regions[0]!.signature).toEqual({ state: 'tanpa-tanda-tangan' });
    // A later signed summary from that region pins its key.
    const [mentorKey] = await keys;
    const signed = importSummaries(result.store, [await read('baru.json', second, mentorKey)], NOW);
    expect(signed.kept.map((k) => k.decision)).toEqual(['pertama']);
  });

  it('removing a region’s summary keeps its key: a forged file after it is still held', async () => {
    const { store, otherKey } = await pinned();
    const removed = removeRegion(store, UTARA);
    expect(removed.regions).toEqual([]);
    const result = importSummaries(removed, [await read('palsu.json', second, otherKey)], NOW);
    expect(result.held.map((h) => h.decision)).toEqual(['kunci-lain']);
  });
});

describe('stored national documents', () => {
  it('a document from before signed summaries (no pins, no signedBy) still loads and shows its regions unsigned', () => {
    const old = { regions: [{ summary: first, importedAt: '2026-11-21T00:00:00.000Z' }] };
    const parsed = nationalStoreSchema.safeParse(old);
    expect(parsed.success).toBe(true);
    expect(nationalView(parsed.data!, NOW).regions[0]!.signature).toEqual({ state: 'tanpa-tanda-tangan' });
    expect(
      nationalStoreSchema.safeParse({ ...old, pins: [{ region: UTARA, publicKey: 'x', fingerprint: 'AB', pinnedAt: 'kemarin' }] }).success,
    ).toBe(false);
  });

  it('Data saya’s merge keeps this browser’s pins, adds the file’s for regions not pinned here, and keeps who signed each summary', async () => {
    const { store: here, otherKey } = await pinned();
    const there = importSummaries(
      EMPTY_NATIONAL_STORE,
      [
        await read('u.json', second, otherKey),
        await read('s.json', summary('rw-s', first.writtenAt, 30, 'Kanwil Selatan (fiktif)'), otherKey),
      ],
      NOW,
    ).store;
    const merged = mergeNationalStores(here, there);
    expect(pinnedRegionKey(merged, UTARA)).toEqual(pinnedRegionKey(here, UTARA));
    expect(pinnedRegionKey(merged, 'Kanwil Selatan (fiktif)')!.publicKey).toBe(otherKey.publicKey);
    // The newer Utara summary came from the backup, signed by a key that is not Utara's pin here: shown as such.
    const utara = nationalView(merged, NOW).regions.find((r) => r.region === UTARA)!;
    expect(utara.signature).toMatchObject({ state: 'kunci-lain', pinned: pinnedRegionKey(here, UTARA)!.fingerprint });
    expect(nationalStoreSchema.safeParse(merged).success).toBe(true);
    // An old document merged into an old one stays without pins.
    expect(mergeNationalStores(EMPTY_NATIONAL_STORE, { regions: [] })).toEqual(EMPTY_NATIONAL_STORE);
  });
});
