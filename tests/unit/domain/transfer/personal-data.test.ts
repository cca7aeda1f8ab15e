// "Leave personal data out" must leave it out: files built with known names, mobile numbers and e-mail addresses in
// every field that can hold them, across all documents and history, searched after stripping.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { documentsWithPersonalData, withoutPersonalDataInDocuments } from '@/domain/transfer/personal-data';
import type { StoredDocument } from '@/domain/transfer/export-file';
import { documentDefinitions } from '@/state/documents';
import { buildPackagePayload } from '@/domain/mentoring/package';
import { addPackage, EMPTY_MENTOR_STORE } from '@/domain/mentoring/mentor-store';
import { textRedactor, REMOVED } from '@/domain/transfer/redact';
import type { CommunicationPlan } from '@/schemas/communication-plan';
import type { ReleaseAttempt } from '@/schemas/press-release-work';
import { completePlan, newPlan } from '../plan/fixtures';
import { everything, sources } from '../mentoring/fixtures';

/** Fictional people, one per field; every one of these strings must be gone. */
const SECRETS = [
  'Rina Lestari', // plan owner
  'Budi Santoso', // team holder, quoted in a release, release contact
  'Dewi Anggraini', // deputy
  'Joko Prasetyo', // contact person
  'Sari Wulandari', // profile
  'Agung Pamungkas', // self-assessment respondent (draft)
  'Tono Hadiwijaya', // self-assessment respondent (history)
  'Wati Kusumawati', // checklist "diisi oleh"
  'Gilang Ramadhan', // named only in a release's attribution
  '0812-9999-0001',
  '0813 1111 2222',
  '+62 812 7777 8888',
  '081299990002', // a mobile with no name beside it
  'budi.santoso@contoh.go.id',
  'rina@surel.contoh',
];
const KEPT = ['Lapas Kelas IIA Sungai Harapan', 'Koordinator Humas', '(0511) 335 010', 'Kepala UPT'];

function plan(): CommunicationPlan {
  const base = completePlan();
  return {
    ...base,
    identity: { ...base.identity, owner: 'Rina Lestari' },
    team: base.team.map((m, i) =>
      i === 0 ? { ...m, name: 'Budi Santoso', phone: '0812-9999-0001', deputyName: 'Dewi Anggraini', deputyPhone: '0813 1111 2222' } : m,
    ),
    contacts: [
      { ...base.contacts[0]!, person: 'Joko Prasetyo', phone: '+62 812 7777 8888', note: 'surel budi.santoso@contoh.go.id' },
      { ...base.contacts[1]!, person: '', phone: '081299990002', note: 'HP pribadi' },
      { ...base.contacts[2]!, person: '', phone: '(0511) 335 010', note: 'kantor' },
    ],
    evaluation: { ...base.evaluation, lead: 'Koordinator Humas (Rina Lestari, rina@surel.contoh)' },
  };
}

const release = (id: string): ReleaseAttempt => ({
  id,
  drillId: 'bebas',
  drillTitle: 'Mode bebas',
  parts: {
    headline: 'Kebakaran dapur Lapas Kelas IIA Sungai Harapan padam',
    dateline: 'Sungai Harapan, 3 November 2026',
    lead: 'Api di dapur padam pukul 07.40, menurut Kepala UPT.',
    body: 'Petugas memeriksa lokasi bersama damkar.\nBudi Santoso memimpin pendataan.',
    quote: '“Semua aman,” kata Gilang Ramadhan, Kepala Seksi Keamanan.',
    boilerplate: 'Lapas Kelas IIA Sungai Harapan (fiktif).',
    contact: 'Narahubung: Budi Santoso, Koordinator Humas, 0812-9999-0001, budi.santoso@contoh.go.id',
  },
  submittedAt: '2026-11-03T08:00:00.000Z',
  secondsTaken: 600,
  timed: false,
  points: 10,
  max: 20,
  findings: 1,
});

const stored = (key: string, data: unknown): StoredDocument => ({ key, version: 1, savedAt: '2026-11-29T03:00:00.000Z', data });

function everyDocument(): StoredDocument[] {
  const p = plan();
  const pkg = (id: string, createdAt: string) =>
    buildPackagePayload(
      { ...sources(), plans: [p], attempts: [release('r1')] },
      { ...everything(), planId: p.id, releaseIds: ['r1'], removePersonalData: false },
      { id, now: new Date(createdAt) },
    );
  let mentor = addPackage(EMPTY_MENTOR_STORE, pkg('lama', '2026-11-01T00:00:00.000Z'), '2026-11-01T01:00:00.000Z').store;
  mentor = addPackage(mentor, pkg('baru', '2026-11-02T00:00:00.000Z'), '2026-11-02T01:00:00.000Z').store;
  mentor = {
    ...mentor,
    mentor: 'Kanwil Contoh',
    units: mentor.units.map((u) => ({
      ...u,
      reviews: {
        ...u.reviews,
        rencana: { status: 'perlu-perbaikan', comment: 'Hubungi Budi Santoso di 0812-9999-0001.', packageId: 'baru' },
      },
    })),
  };
  const respondent = (personName: string) => ({ unitName: 'Lapas Kelas IIA Sungai Harapan', personName, position: 'Koordinator Humas' });
  return [
    stored('siaga-krisis:profil', {
      unitName: 'Lapas Kelas IIA Sungai Harapan',
      unitType: 'Lapas',
      personName: 'Sari Wulandari',
      position: 'Koordinator Humas',
    }),
    stored('siaga-krisis:self-asesmen', {
      drafts: { 'kesiapan-krisis': { answers: {}, respondent: respondent('Agung Pamungkas') } },
      history: {
        'kesiapan-krisis': [
          {
            id: '1',
            completedAt: '2026-11-01T00:00:00.000Z',
            answers: {},
            respondent: respondent('Tono Hadiwijaya'),
            dimensions: [],
            overall: 50,
          },
        ],
      },
    }),
    stored('siaga-krisis:daftar-periksa', {
      checklists: {
        'jam-pertama': {
          checked: [],
          notes: { a: 'Sudah lapor ke Budi Santoso (0813 1111 2222).' },
          session: { date: '2026-11-01', incident: 'Latihan', filledBy: 'Wati Kusumawati' },
          updatedAt: '2026-11-01T00:00:00.000Z',
        },
      },
    }),
    stored('siaga-krisis:rencana-komunikasi', { plans: [p, { ...newPlan(), id: 'kosong' }], activeId: p.id }),
    stored('siaga-krisis:siaran-pers', {
      drafts: {
        bebas: {
          mode: 'text',
          parts: release('d').parts,
          text: 'Narahubung: Joko Prasetyo 081299990002',
          updatedAt: '2026-11-03T08:00:00.000Z',
        },
      },
      attempts: [release('r1')],
    }),
    stored('siaga-krisis:peta-risiko', {
      entries: { kebakaran: { likelihood: 2, impact: 4, controls: 'Alat pemadam diperiksa', owner: 'Dewi Anggraini' } },
    }),
    stored('siaga-krisis:triase-insiden', {
      draft: { context: { crisisTypeId: '', description: 'Dilaporkan oleh Wati Kusumawati' }, answers: {} },
      records: [],
    }),
    stored('siaga-krisis:pemantauan-isu', {
      entries: [
        {
          id: 'i1',
          number: 1,
          seenAt: '2026-11-01T00:30:00.000Z',
          medium: 'pengaduan-keluarga',
          sourceName: 'Joko Prasetyo',
          sourceAddress: '',
          summary: 'Keluarga mengeluh; dilaporkan kepada Budi Santoso',
          sentiment: 'negatif',
          reach: 'rendah',
          crisisTypeId: '',
          facts: 'HP 0813 1111 2222',
          owner: 'Dewi Anggraini',
          action: 'Koordinator Humas menelepon balik',
          status: 'baru',
          topicId: 'i1',
          createdAt: '2026-11-01T00:30:00.000Z',
          updatedAt: '2026-11-01T00:30:00.000Z',
        },
      ],
    }),
    stored('siaga-krisis:pendampingan-rekap', mentor),
    stored('siaga-krisis:umpan-balik-pendamping', { items: [] }),
  ];
}

describe('personal data in a full export', () => {
  it('every document is valid before stripping, and the fixture really holds every secret', () => {
    const documents = everyDocument();
    for (const doc of documents) {
      const definition = documentDefinitions.find((d) => d.key === doc.key)!;
      const result = z.safeParse(definition.schema, doc.data);
      expect(result.success, `${doc.key}: ${JSON.stringify(result.error?.issues[0])}`).toBe(true);
    }
    const text = JSON.stringify(documents);
    for (const secret of SECRETS) expect(text, secret).toContain(secret);
  });

  it('"Tanpa nama dan nomor" leaves no name, mobile number or e-mail address in any document, current or history', () => {
    const stripped = withoutPersonalDataInDocuments(everyDocument(), documentDefinitions);
    const text = JSON.stringify(stripped);
    for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
    // What is not personal stays: the unit, positions, roles, an office's landline.
    for (const kept of KEPT) expect(text, kept).toContain(kept);
    // Stripped documents are still valid, so the file imports again.
    for (const doc of stripped) {
      const definition = documentDefinitions.find((d) => d.key === doc.key)!;
      expect(z.safeParse(definition.schema, doc.data).success, doc.key).toBe(true);
    }
    expect(documentsWithPersonalData(stripped, documentDefinitions)).toEqual([]);
  });

  it('names the documents that hold personal data, and only those', () => {
    const keys = documentsWithPersonalData(everyDocument(), documentDefinitions).map((d) => d.key);
    expect(keys).toEqual([
      'siaga-krisis:profil',
      'siaga-krisis:self-asesmen',
      'siaga-krisis:daftar-periksa',
      'siaga-krisis:rencana-komunikasi',
      'siaga-krisis:siaran-pers',
      'siaga-krisis:peta-risiko',
      'siaga-krisis:triase-insiden',
      'siaga-krisis:pemantauan-isu',
      'siaga-krisis:pendampingan-rekap',
    ]);
    const clean = [
      stored('siaga-krisis:profil', { unitName: 'Lapas', unitType: '', personName: '', position: '' }),
      stored('siaga-krisis:rencana-komunikasi', { plans: [newPlan()], activeId: '' }),
    ];
    expect(documentsWithPersonalData(clean, documentDefinitions)).toEqual([]);
    expect(withoutPersonalDataInDocuments(clean, documentDefinitions)[1]).toBe(clean[1]);
  });

  it('a package with "Hapus nama dan nomor telepon" holds none either (plan and releases)', () => {
    const p = plan();
    const payload = buildPackagePayload(
      { ...sources(), plans: [p], attempts: [release('r1')], personNames: ['Sari Wulandari'] },
      { ...everything(), planId: p.id, releaseIds: ['r1'], removePersonalData: true },
      { id: 'paket-1', now: new Date('2026-11-10T00:00:00.000Z') },
    );
    const text = JSON.stringify(payload);
    for (const secret of SECRETS.filter((s) => !['Sari Wulandari', 'Agung Pamungkas', 'Tono Hadiwijaya', 'Wati Kusumawati'].includes(s)))
      expect(text, secret).not.toContain(secret);
    expect(payload.contents.releases[0]!.parts.contact).toBe(REMOVED);
    expect(payload.contents.plan!.plan.contacts[1]!.phone).toBe(REMOVED); // a mobile with no name beside it
    expect(payload.contents.plan!.plan.contacts[2]!.phone).toBe('(0511) 335 010'); // an office's landline
    expect(payload.contents.plan!.personalDataRemoved).toBe(true);
  });
});

describe('text redaction', () => {
  const redact = textRedactor(['Budi Santoso']);
  it.each([
    ['kata Budi Santoso', `kata ${REMOVED}`],
    ['Budi menjelaskan', `${REMOVED} menjelaskan`],
    ['ujar Gilang Ramadhan kemarin', `ujar ${REMOVED} kemarin`],
    ['kata Kepala Lapas', 'kata Kepala Lapas'],
    ['telepon 0812-9999-0001 atau +62 812 7777 8888', `telepon ${REMOVED} atau ${REMOVED}`],
    ['kantor (0511) 335 010', 'kantor (0511) 335 010'],
    ['pukul 08.00-10.00 WIB', 'pukul 08.00-10.00 WIB'],
    ['12 Maret 2026', '12 Maret 2026'],
    ['surel humas@lapas.contoh.go.id', `surel ${REMOVED}`],
  ])('%s → %s', (input, output) => {
    expect(redact(input)).toBe(output);
  });
});
