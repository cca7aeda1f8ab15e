import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GENESIS, appendEntries, appendEntry, describeChain, verifyChain, type EntryDraft } from '@/domain/incident/chain';
import { INCIDENT_ENTRY_KINDS, incidentEntrySchema, type IncidentEntry } from '@/schemas/incident';

const draft = (text: string, extra: Partial<EntryDraft> = {}): EntryDraft => ({
  at: '2026-03-12T01:40:00.000Z',
  kind: 'catatan',
  text,
  ...extra,
});

describe('hash chain', () => {
  it('links each entry to the one before and validates against the schema', async () => {
    const log = await appendEntries(
      [],
      [
        draft('satu'),
        draft('dua', { kind: 'fakta', fields: { status: 'pasti', fact: 'Api padam' } }),
        draft('tiga', { kind: 'koreksi', ref: 2 }),
      ],
    );
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(log[0]!.prev).toBe(GENESIS);
    expect(log[1]!.prev).toBe(log[0]!.hash);
    expect(log[2]!.prev).toBe(log[1]!.hash);
    for (const entry of log) expect(incidentEntrySchema.safeParse(entry).success).toBe(true);
    expect(await verifyChain(log)).toEqual({ intact: true, count: 3 });
  });

  it('does not change the entries already written', async () => {
    const log = await appendEntries([], [draft('satu')]);
    const copy = structuredClone(log);
    await appendEntry(log, draft('dua'));
    expect(log).toEqual(copy);
  });

  it('gives the same hash for the same fields in any key order', async () => {
    const [a] = await appendEntries([], [draft('x', { fields: { a: '1', b: '2' } })]);
    const [b] = await appendEntries([], [draft('x', { fields: { b: '2', a: '1' } })]);
    expect(a!.hash).toBe(b!.hash);
  });

  it('names the entry that was removed, inserted or renumbered', async () => {
    const log = await appendEntries(
      [],
      ['a', 'b', 'c', 'd'].map((t) => draft(t)),
    );
    const removed = [log[0]!, ...log.slice(2)];
    expect(await verifyChain(removed)).toMatchObject({ intact: false, brokenAt: 2 });
    const check = await verifyChain([log[0]!, log[2]!, log[1]!, log[3]!]);
    expect(check).toMatchObject({ intact: false, brokenAt: 2 });
    expect(describeChain(check)).toContain('mulai catatan #2');
    expect(describeChain(check)).toContain('Catatan #1 masih utuh');
  });

  it('says when the log is whole', async () => {
    const log = await appendEntries([], [draft('a')]);
    const text = describeChain(await verifyChain(log));
    expect(text).toMatch(/^Kronologi utuh: 1 catatan tersambung tanpa celah\. /);
    // It says plainly what it cannot catch: an edit followed by recomputing every later hash, the author, the time.
    expect(text).toContain('tidak menangkap pemalsuan yang disengaja');
    expect(text).toContain('menghitung ulang semua kode sesudahnya tidak tertangkap');
    expect(text).toContain('tidak membuktikan siapa penulisnya atau kapan catatan dibuat');
    expect(text).toContain('jam perangkat');
    // The room's header gets two lines, which still say what the check does not prove.
    const short = describeChain(await verifyChain(log), 'short');
    expect(short).toBe(
      'Kronologi utuh: 1 catatan, tidak ada yang berubah atau hilang karena salah sunting. Ini tidak membuktikan bebas dari pemalsuan yang disengaja.',
    );
  });

  // The promise of the chain: any change to one stored entry is found at that entry, and every entry before it still verifies.
  it('breaks at the changed entry and nowhere before (property)', async () => {
    const entryDraft = fc.record({
      at: fc
        .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      kind: fc.constantFrom(...INCIDENT_ENTRY_KINDS),
      text: fc.string({ maxLength: 40 }),
      fields: fc.dictionary(fc.constantFrom('status', 'level', 'reason', 'fact', 'body'), fc.string({ maxLength: 20 })),
    });
    type Change = (entry: IncidentEntry) => IncidentEntry;
    const changes: Array<[string, Change]> = [
      ['text', (e) => ({ ...e, text: `${e.text}!` })],
      ['at', (e) => ({ ...e, at: new Date(Date.parse(e.at) + 60_000).toISOString() })],
      ['kind', (e) => ({ ...e, kind: e.kind === 'catatan' ? 'fakta' : 'catatan' })],
      ['field', (e) => ({ ...e, fields: { ...e.fields, status: `${e.fields.status ?? ''}x` } })],
      ['ref', (e) => ({ ...e, ref: (e.ref ?? 0) + 1 })],
      ['prev', (e) => ({ ...e, prev: e.prev.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) })],
      ['hash', (e) => ({ ...e, hash: e.hash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) })],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(entryDraft, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.nat({ max: changes.length - 1 }),
        async (drafts, pick, changeIndex) => {
          const log = await appendEntries([], drafts);
          const target = pick % log.length;
          const changed = log.map((entry, index) => (index === target ? changes[changeIndex]![1](entry) : entry));
          const check = await verifyChain(changed);
          expect(check.intact).toBe(false);
          if (!check.intact) expect(check.brokenAt).toBe(target + 1);
          expect(await verifyChain(changed.slice(0, target))).toEqual({ intact: true, count: target });
        },
      ),
      { numRuns: 150 },
    );
  });
});
