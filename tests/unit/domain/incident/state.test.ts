import { describe, expect, it } from 'vitest';
import { appendEntries, verifyChain, type EntryDraft } from '@/domain/incident/chain';
import { confirmedFacts, formatElapsed, incidentDeadlines, readIncident } from '@/domain/incident/state';
import { preparedMessage, reportOutline, reportText } from '@/domain/incident/report';
import { loadCrisisLevels } from '../../../content/fixtures/crisis-model';
import { updatesGivenBy } from '@/domain/crisis-model/levels';

const LEVELS = loadCrisisLevels();
const T0 = Date.parse('2026-03-12T01:40:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
const time = (iso: string) => iso.slice(11, 16);

async function incident(drafts: EntryDraft[]) {
  return { drill: true, people: [], log: await appendEntries([], drafts) };
}

const START: EntryDraft = {
  at: at(0),
  kind: 'mulai',
  text: 'Kejadian dimulai',
  fields: {
    what: 'Kebakaran dapur umum (fiktif)',
    reportedAt: at(0),
    reportedBy: 'Petugas piket',
    unit: 'Lapas Kelas IIA Telaga Bening (fiktif)',
  },
};

describe('reading an incident from its log', () => {
  it('follows facts, their status changes and corrections', async () => {
    const view = readIncident(
      await incident([
        START,
        { at: at(2), kind: 'fakta', text: 'Fakta', fields: { fact: 'Api di dapur', status: 'belum-pasti' } },
        { at: at(5), kind: 'status-fakta', text: 'Dipastikan', ref: 2, fields: { status: 'pasti' } },
        { at: at(6), kind: 'koreksi', text: 'Koreksi', ref: 2, fields: { fact: 'Api di dapur umum, sudah padam' } },
        { at: at(7), kind: 'kabar-beredar', text: 'Kabar', fields: { fact: 'Ada yang kabur', status: 'belum-pasti' } },
        { at: at(8), kind: 'fakta', text: 'Fakta', fields: { fact: 'Nama petugas yang dirawat', status: 'jangan-dipublikasikan' } },
      ]),
    );
    expect(view.facts.map((f) => [f.text, f.status, f.source])).toEqual([
      ['Api di dapur umum, sudah padam', 'pasti', 'catatan'],
      ['Ada yang kabur', 'belum-pasti', 'kabar'],
      ['Nama petugas yang dirawat', 'jangan-dipublikasikan', 'catatan'],
    ]);
    expect(view.facts[0]!.statusAt).toBe(at(5));
    expect(confirmedFacts(view)).toEqual(['Api di dapur umum, sudah padam']);
    expect(view.corrections.get(2)?.map((c) => c.seq)).toEqual([4]);
  });

  it('keeps every level change with its reason', async () => {
    const view = readIncident(
      await incident([
        START,
        { at: at(1), kind: 'tingkat', text: 'Tingkat 3', fields: { level: '3', reason: 'Hasil triase' } },
        { at: at(50), kind: 'tingkat', text: 'Tingkat 4', fields: { level: '4', reason: 'Media nasional bertanya' } },
      ]),
    );
    expect(view.level).toBe(4);
    expect(view.levelChanges.map((c) => [c.from, c.to, c.reason])).toEqual([
      [undefined, 3, 'Hasil triase'],
      [3, 4, 'Media nasional bertanya'],
    ]);
  });

  it('takes the crisis type from the start and from each later change', async () => {
    const start = { ...START, fields: { ...START.fields, crisisTypeId: 'kebakaran' } };
    expect(readIncident(await incident([start])).crisisTypeId).toBe('kebakaran');
    const changed = readIncident(
      await incident([
        start,
        { at: at(9), kind: 'jenis', text: 'Jenis diubah', fields: { crisisTypeId: 'kebocoran-data', reason: 'Data bocor' } },
      ]),
    );
    expect(changed.crisisTypeId).toBe('kebocoran-data');
  });

  it('marks a statement issued only after its approval', async () => {
    const view = readIncident(
      await incident([
        START,
        { at: at(20), kind: 'pernyataan-versi', text: 'Versi 1', fields: { body: 'Teks satu' } },
        { at: at(21), kind: 'pernyataan-terbit', text: 'Terbit tanpa persetujuan', ref: 2, fields: {} },
        { at: at(30), kind: 'pernyataan-versi', text: 'Versi 2', fields: { body: 'Teks dua' } },
        { at: at(40), kind: 'pernyataan-disetujui', text: 'Disetujui', ref: 4, fields: { by: 'Kepala UPT', on: at(40), via: 'telepon' } },
        { at: at(45), kind: 'pernyataan-terbit', text: 'Terbit', ref: 4, fields: { nextUpdate: at(165) } },
      ]),
    );
    expect(view.statements.map((s) => [s.version, Boolean(s.approval), Boolean(s.issued)])).toEqual([
      [1, false, false],
      [2, true, true],
    ]);
  });
});

describe('deadlines', () => {
  it('counts the level\u2019s deadlines from the first report and turns them overdue', async () => {
    const view = readIncident(
      await incident([
        START,
        { at: at(1), kind: 'tingkat', text: 'Tingkat 3', fields: { level: '3', reason: 'Hasil triase' } },
        { at: at(8), kind: 'dihubungi', text: 'Kepala UPT dihubungi', fields: { personId: 'p1', name: 'Kepala UPT', party: 'kepala-upt' } },
      ]),
    );
    const deadlines = incidentDeadlines(view, LEVELS, new Date(T0 + 31 * 60_000));
    const byId = Object.fromEntries(deadlines.map((d) => [d.id, d]));
    expect(byId['kepala-upt']).toMatchObject({ due: at(10), doneAt: at(8), state: 'tepat' });
    expect(byId.kanwil).toMatchObject({ due: at(30), state: 'lewat' });
    expect(byId.ditjenpas).toMatchObject({ due: at(60), state: 'berjalan' });
    expect(byId['pernyataan-awal']).toMatchObject({ due: at(60), state: 'berjalan' });
    expect(deadlines.map((d) => d.due)).toEqual([...deadlines.map((d) => d.due)].sort());
  });

  it('gives a data leak the legal notice deadline, 3 × 24 hours from when the unit knew, met by ticking its item', async () => {
    const leak = { at: at(1), kind: 'jenis' as const, text: 'Jenis', fields: { crisisTypeId: 'kebocoran-data' } };
    const notice = async (extra: EntryDraft[], minutesLater: number) =>
      incidentDeadlines(readIncident(await incident([START, ...extra])), LEVELS, new Date(T0 + minutesLater * 60_000)).find(
        (d) => d.id === 'pemberitahuan-kebocoran',
      );
    // Without a level the model's deadlines wait, the law's does not.
    expect(await notice([leak], 60)).toMatchObject({ due: at(72 * 60), state: 'berjalan', by: 'Kepala UPT, bersama Kanwil Ditjenpas' });
    expect((await notice([leak], 60))?.label).toContain('Pasal 46 UU No. 27 Tahun 2022');
    expect(await notice([leak], 72 * 60 + 1)).toMatchObject({ state: 'lewat' });
    const tick = (minutes: number, done: string): EntryDraft => ({
      at: at(minutes),
      kind: 'centang',
      text: 'Centang',
      fields: { checklist: 'data-pribadi', item: 'kebocoran-3x24-jam', done },
    });
    expect(await notice([leak, tick(600, 'ya')], 72 * 60 + 1)).toMatchObject({ doneAt: at(600), state: 'tepat' });
    expect(await notice([leak, tick(600, 'ya'), tick(700, 'tidak')], 72 * 60 + 1)).toMatchObject({ state: 'lewat' });
    expect(await notice([leak, tick(80 * 60, 'ya')], 81 * 60)).toMatchObject({ state: 'terlambat' });
    // Another crisis type has no such deadline.
    expect(await notice([], 60)).toBeUndefined();
  });

  it('has the Kepala UPT give the updates at level 4 and the spokesperson below it', async () => {
    const at4 = readIncident(await incident([START, { at: at(1), kind: 'tingkat', text: 'T', fields: { level: '4', reason: 'Triase' } }]));
    const at3 = readIncident(await incident([START, { at: at(1), kind: 'tingkat', text: 'T', fields: { level: '3', reason: 'Triase' } }]));
    const update = (view: ReturnType<typeof readIncident>) =>
      incidentDeadlines(view, LEVELS, new Date(T0)).find((d) => d.id === 'kabar-berikutnya');
    expect(update(at4)?.by).toBe('Kepala UPT');
    expect(update(at3)?.by).toBe('Juru bicara');
    expect(updatesGivenBy(1)).toBe('Koordinator humas');
  });

  it('meets the Kepala UPT deadline only by telling someone of the Kepala UPT party, not a team member', async () => {
    const teamMember = { personId: 'p1', name: 'Bapak Kalapas (fiktif)', party: 'tim' };
    const head = { personId: 'p2', name: 'Kepala UPT (fiktif)', party: 'kepala-upt' };
    const base = [START, { at: at(1), kind: 'tingkat' as const, text: 'Tingkat 3', fields: { level: '3', reason: 'Triase' } }];
    const deadline = async (extra: EntryDraft[]) =>
      incidentDeadlines(readIncident(await incident([...base, ...extra])), LEVELS, new Date(T0 + 20 * 60_000)).find(
        (d) => d.id === 'kepala-upt',
      );
    // The person form's default party is "Tim unit": ticking such a person, whatever the name, leaves the deadline open.
    expect(await deadline([{ at: at(5), kind: 'dihubungi', text: 'Dihubungi', fields: teamMember }])).toMatchObject({
      state: 'lewat',
    });
    expect(
      await deadline([{ at: at(5), kind: 'dihubungi', text: 'Dihubungi', fields: { personId: 'p3', name: 'Tanpa pihak' } }]),
    ).toMatchObject({
      state: 'lewat',
    });
    expect(
      await deadline([
        { at: at(5), kind: 'dihubungi', text: 'Dihubungi', fields: teamMember },
        { at: at(15), kind: 'dihubungi', text: 'Dihubungi', fields: head },
      ]),
    ).toMatchObject({ doneAt: at(15), state: 'terlambat' });
  });

  it('turns a promised next update and a journalist\u2019s promised time into deadlines', async () => {
    const view = readIncident(
      await incident([
        START,
        { at: at(1), kind: 'tingkat', text: 'Tingkat 3', fields: { level: '3', reason: 'Triase' } },
        { at: at(20), kind: 'pernyataan-versi', text: 'Versi 1', fields: { body: 'Teks' } },
        { at: at(25), kind: 'pernyataan-disetujui', text: 'Disetujui', ref: 3, fields: { by: 'Kepala UPT', on: at(25), via: 'telepon' } },
        { at: at(26), kind: 'pernyataan-terbit', text: 'Terbit', ref: 3, fields: { nextUpdate: at(120) } },
        {
          at: at(30),
          kind: 'pertanyaan-media',
          text: 'Pertanyaan',
          fields: {
            journalist: 'Rina (fiktif)',
            medium: 'Kabar Telaga (fiktif)',
            question: 'Berapa korban?',
            promise: 'Jawaban tertulis',
            dueAt: at(45),
          },
        },
        { at: at(50), kind: 'jawaban-media', text: 'Jawaban', ref: 6, fields: { answer: 'Dua petugas dirawat' } },
      ]),
    );
    const byId = Object.fromEntries(incidentDeadlines(view, LEVELS, new Date(T0 + 130 * 60_000)).map((d) => [d.id, d]));
    expect(byId['pernyataan-awal']).toMatchObject({ doneAt: at(25), state: 'tepat' });
    expect(byId['kabar-berikutnya']).toBeUndefined();
    expect(byId['kabar-3']).toMatchObject({ due: at(120), state: 'lewat' });
    expect(byId['media-6']).toMatchObject({ due: at(45), doneAt: at(50), state: 'terlambat' });
  });

  it('formats elapsed time', () => {
    expect(formatElapsed(new Date(T0), new Date(T0 + 12 * 60_000))).toBe('12 menit');
    expect(formatElapsed(new Date(T0), new Date(T0 + 65 * 60_000))).toBe('1 jam 5 menit');
    expect(formatElapsed(new Date(T0), new Date(T0 + 26 * 3600_000))).toBe('1 hari 2 jam');
  });
});

describe('report and message', () => {
  it('outlines the report in order, marks a drill and keeps the chronology in order', async () => {
    const data = await incident([
      START,
      { at: at(1), kind: 'tingkat', text: 'Tingkat ditetapkan: 3', fields: { level: '3', reason: 'Triase' } },
      { at: at(2), kind: 'fakta', text: 'Fakta dicatat', fields: { fact: 'Api padam pukul 02.15', status: 'pasti' } },
      { at: at(3), kind: 'koreksi', text: 'Koreksi jam', ref: 3, fields: { fact: 'Api padam pukul 02.20' } },
    ]);
    const view = readIncident(data);
    const outline = reportOutline(data, view, LEVELS, await verifyChain(data.log), new Date(T0 + 5 * 60_000), time);
    expect(outline.title.startsWith('LATIHAN')).toBe(true);
    expect(outline.sections.map((s) => s.heading)).toEqual([
      'Perubahan tingkat',
      'Fakta',
      'Pihak yang diberi tahu',
      'Batas waktu (acuan, bukan ketentuan resmi; yang menyebut undang-undang adalah ketentuan hukum)',
      'Pernyataan',
      'Pertanyaan media',
      'Yang masih terbuka',
      'Kronologi',
    ]);
    const text = reportText(outline);
    expect(text).toContain('Kronologi utuh: 4 catatan');
    expect(text).toContain('Api padam pukul 02.20');
    expect(text).toContain('[dikoreksi di #4]');
    const chronology = outline.sections
      .at(-1)!
      .table!.slice(1)
      .map((row) => Number(row[0]));
    expect(chronology).toEqual([1, 2, 3, 4]);
  });

  it('words the level as the training model on a drill and as humas\u2019s estimate on a real incident', async () => {
    const drafts: EntryDraft[] = [START, { at: at(1), kind: 'tingkat', text: 'T', fields: { level: '3', reason: 'Triase' } }];
    const drill = await incident(drafts);
    const real = { ...drill, drill: false };
    const meta = (data: typeof drill) =>
      Object.fromEntries(reportOutline(data, readIncident(data), LEVELS, { intact: true, count: 2 }, new Date(T0), time, 'Kebakaran').meta);
    expect(meta(drill)['Tingkat krisis']).toBe('Tingkat 3: Siaga (model latihan)');
    expect(meta(real)['Tingkat krisis']).toBe('Tingkat 3: Siaga (perkiraan humas, belum ditetapkan resmi)');
    expect(reportText(reportOutline(real, readIncident(real), LEVELS, { intact: true, count: 2 }, new Date(T0), time))).not.toMatch(
      /model latihan|LATIHAN/,
    );
    expect(meta(real)['Jenis kejadian']).toBe('Kebakaran');
    expect(reportOutline(drill, readIncident(drill), LEVELS, { intact: true, count: 2 }, new Date(T0), time).title).toMatch(/^LATIHAN/);
  });

  it('prepares an internal report: confirmed facts, unconfirmed ones labelled, not-to-publish ones only counted', async () => {
    const view = readIncident(
      await incident([
        START,
        { at: at(2), kind: 'fakta', text: 'F', fields: { fact: 'Api sudah padam', status: 'pasti' } },
        { at: at(2), kind: 'fakta', text: 'F', fields: { fact: 'Mungkin korsleting', status: 'belum-pasti' } },
        { at: at(2), kind: 'fakta', text: 'F', fields: { fact: 'Nama petugas yang dirawat', status: 'jangan-dipublikasikan' } },
      ]),
    );
    const message = preparedMessage(view, LEVELS, true, time);
    expect(message).toContain('LATIHAN');
    expect(message).toContain('LAPORAN INTERNAL (bukan untuk publik)');
    expect(message).toContain('Yang sudah pasti:\n- Api sudah padam');
    expect(message).toContain('Masih diperiksa (belum pasti):\n- Mungkin korsleting');
    expect(message).not.toContain('Nama petugas');
    expect(message).toContain('Ada 1 fakta lain yang tidak untuk dipublikasikan');
    expect(message).not.toContain('3 × 24 jam');
  });

  it('names the legal notice deadline in the internal report of a data leak', async () => {
    const view = readIncident(await incident([START, { at: at(1), kind: 'jenis', text: 'J', fields: { crisisTypeId: 'kebocoran-data' } }]));
    expect(view.crisisTypeId).toBe('kebocoran-data');
    expect(preparedMessage(view, LEVELS, false, time)).toContain(
      `Pasal 46, meminta pemberitahuan tertulis kepada orang yang datanya bocor dan kepada lembaga paling lambat 3 × 24 jam. Tenggat yang kami hitung: ${time(at(72 * 60))}, dari jam unit pertama kali tahu`,
    );
  });

  it('states the level as the estimate of humas, never as latihan, in a real incident', async () => {
    const view = readIncident(await incident([START, { at: at(3), kind: 'tingkat', text: 'T', fields: { level: '3', reason: 'triase' } }]));
    const message = preparedMessage(view, LEVELS, false, time);
    expect(message).toContain('Tingkat krisis 3 (Siaga): perkiraan humas, belum ditetapkan resmi.');
    expect(message).not.toMatch(/latihan/i);
  });
});

describe('a closed incident in the report', () => {
  it('judges deadlines as they stood at the close: one still ahead then was not missed', async () => {
    const data = await incident([
      START,
      { at: at(1), kind: 'tingkat', text: 'T', fields: { level: '3', reason: 'Triase' } },
      { at: at(20), kind: 'ditutup', text: 'Ditutup', fields: { summary: 'Selesai' } },
    ]);
    const outline = reportOutline(data, readIncident(data), LEVELS, { intact: true, count: 3 }, new Date(T0 + 600 * 60_000), time);
    const rows = outline.sections.find((s) => s.id === 'batas-waktu')!.table!.slice(1);
    const state = (label: string) => rows.find((row) => row[0] === label)![3];
    expect(state('Lapor ke Kepala UPT')).toBe('terlewat, belum terpenuhi');
    expect(state('Lapor ke Kanwil Ditjenpas')).toBe('belum jatuh tempo saat ditutup');
  });
});
