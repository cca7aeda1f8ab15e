// A unit's package as a real unit would send it, for npm run bench:mentoring: built by the site's own code (createPlan
// on the real plan template, scoreAssessment on the real questionnaire, buildPackagePayload as the send page calls it,
// with personal data left out as the page does by default) from work filled in like a careful humas team's. Every
// plan field holds Indonesian text of realistic length; 18 contacts, 5 to 8 scenarios with their message maps (varying
// per unit), 3 press releases of 380 to 500 words, a complete self-assessment, a risk map with 5 rated risks. Units,
// places and people are fictional; units and places are marked "(fiktif)", people's names are left out of the package
// (see person() below). A package is about 44 KB (39 to 48), like the measure.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { questionnaireSchema, type Questionnaire } from '@/schemas/questionnaire';
import type { CommunicationPlan, Contact, Scenario } from '@/schemas/communication-plan';
import type { PackagePayload } from '@/schemas/mentoring';
import type { ReleaseAttempt } from '@/schemas/press-release-work';
import type { RiskMap } from '@/schemas/risk-map';
import type { CorrectionalUnitType } from '@/schemas/unit-types';
import { createPlan } from '@/domain/plan/plans';
import { scoreAssessment } from '@/domain/assessment/readiness';
import { buildPackagePayload } from '@/domain/mentoring/package';
import { loadTemplate } from '../unit/domain/plan/fixtures';
import { loadCrisisTypes } from '../content/fixtures/crisis-model';

const questionnaireFile = new URL('../../src/content/questionnaires/kesiapan-krisis.yaml', import.meta.url);
let questionnaire: Questionnaire | undefined;
const loadQuestionnaire = () => (questionnaire ??= z.parse(questionnaireSchema, parse(readFileSync(questionnaireFile, 'utf8'))));
const crisisTypes = loadCrisisTypes();

/** The same unit gets the same package: a small seeded generator (mulberry32). */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const shuffled = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  return { int, pick, shuffled };
}

const PLACES = [
  'Telaga Bening',
  'Sungai Rindang',
  'Bukit Kenanga',
  'Tanjung Seroja',
  'Muara Lestari',
  'Padang Wangi',
  'Rawa Teduh',
  'Lembah Asri',
];
const FIRST_NAMES = ['Rina', 'Agus', 'Dewi', 'Hendra', 'Sri', 'Bayu', 'Maya', 'Yusuf', 'Lestari', 'Fajar', 'Nur', 'Rudi', 'Wulan', 'Arif'];
const LAST_NAMES = ['Lestari', 'Santoso', 'Pratiwi', 'Wibowo', 'Handayani', 'Saputra', 'Rahmawati', 'Hidayat', 'Kusuma', 'Siregar'];
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** The 10 contacts a unit adds to the template's 8 groups: 18 in all, as the issue measured. */
const EXTRA_CONTACTS: readonly Pick<Contact, 'group' | 'organisation' | 'note'>[] = [
  {
    group: 'internal',
    organisation: 'Kepala Kesatuan Pengamanan',
    note: 'Dihubungi lebih dulu untuk fakta keamanan; siaga 24 jam lewat piket.',
  },
  { group: 'internal', organisation: 'Klinik unit', note: 'Data korban dan perawatan; keterangan medis hanya lewat dokter jaga.' },
  {
    group: 'kanwil',
    organisation: 'Bidang Pembinaan dan Keamanan Kanwil Ditjenpas',
    note: 'Laporan kejadian keamanan; tembusan ke humas Kanwil.',
  },
  {
    group: 'polisi',
    organisation: 'Kepolisian sektor terdekat',
    note: 'Bantuan pengamanan luar dan pencarian; satu pintu lewat penghubung pengamanan.',
  },
  { group: 'rumah-sakit', organisation: 'Puskesmas kecamatan', note: 'Pertolongan pertama dan rujukan; buka 24 jam untuk gawat darurat.' },
  {
    group: 'pemda',
    organisation: 'Badan penanggulangan bencana daerah',
    note: 'Banjir, gempa, dan evakuasi; pusat pengendalian operasi buka 24 jam.',
  },
  { group: 'media', organisation: 'Radio komunitas setempat', note: 'Menjangkau warga sekitar unit; siaran berita pukul 07.00 dan 17.00.' },
  {
    group: 'media',
    organisation: 'Portal berita daring daerah',
    note: 'Redaksi piket sampai pukul 22.00; kirim siaran pers lewat surel redaksi.',
  },
  {
    group: 'media',
    organisation: 'Televisi lokal',
    note: 'Tim liputan butuh waktu sekitar satu jam untuk tiba; siapkan titik wawancara di luar pos.',
  },
  {
    group: 'lainnya',
    organisation: 'Forum tokoh masyarakat kelurahan',
    note: 'Menenangkan warga dan meluruskan kabar di grup percakapan warga.',
  },
];

const NOTES_BY_GROUP: Record<Contact['group'], string> = {
  internal: 'Nomor piket dijawab 24 jam; sebutkan nama dan jabatan saat melapor.',
  kanwil: 'Kirim lembar fakta lewat surel dinas, lalu konfirmasi lewat telepon.',
  ditjenpas: 'Hanya lewat humas Kanwil, kecuali diminta langsung.',
  polisi: 'Untuk pengamanan luar dan laporan pidana; koordinasi lewat penghubung mitra.',
  'rumah-sakit': 'Instalasi gawat darurat; beri tahu lebih dulu bila ada rujukan lebih dari dua orang.',
  damkar: 'Panggilan darurat; pos terdekat sekitar sepuluh menit dari unit.',
  pemda: 'Bagian protokol dan komunikasi pimpinan; jam kerja, di luar itu lewat ajudan.',
  media: 'Redaktur piket; siaran pers dikirim lewat surel redaksi dan grup informasi media.',
  lainnya: 'Dihubungi bila kabar beredar di lingkungan sekitar unit.',
};

/** What happened, in the words of a holding statement, per crisis type (fictional events). */
const EVENTS: Record<string, string> = {
  pelarian: 'seorang warga binaan tidak ditemukan pada penghitungan pagi',
  kerusuhan: 'terjadi keributan di salah satu blok hunian',
  'kematian-dalam-tahanan': 'seorang warga binaan meninggal dunia setelah mendapat perawatan',
  narkotika: 'petugas menemukan barang yang diduga narkotika saat penggeledahan',
  'pungli-pemerasan': 'beredar laporan tentang permintaan uang kepada keluarga pengunjung',
  'kekerasan-petugas': 'terjadi dugaan kekerasan yang melibatkan petugas',
  kebakaran: 'terjadi kebakaran di area dapur',
  'bencana-alam': 'banjir menggenangi sebagian area unit setelah hujan deras',
  'wabah-penyakit': 'sejumlah warga binaan mengalami gejala keracunan makanan',
  'kelebihan-hunian': 'pemberitaan menyoroti kepadatan hunian di unit',
  'kebocoran-data': 'beredar tangkapan layar berisi data pribadi warga binaan',
  'hoaks-video-viral': 'sebuah video yang dikaitkan dengan unit beredar luas di media sosial',
  'pelanggaran-wbp-luar': 'seorang klien yang menjalani asimilasi diduga melakukan pelanggaran',
};

/** What the unit has already done, per crisis type, in the holding statement and the first message's facts. */
const MEASURES: Record<string, string> = {
  pelarian: 'penghitungan ulang seluruh blok, pemeriksaan rekaman kamera, dan pencarian bersama kepolisian di sekitar unit',
  kerusuhan: 'pemisahan warga binaan yang terlibat, penjagaan tambahan di setiap blok, dan pemeriksaan kesehatan bagi yang terluka',
  'kematian-dalam-tahanan':
    'pemberitahuan kepada keluarga, permintaan pemeriksaan oleh pihak yang berwenang, dan pengamanan catatan perawatan',
  narkotika: 'pengamanan barang temuan, penyerahan kepada kepolisian, dan penggeledahan lanjutan di seluruh blok',
  'pungli-pemerasan':
    'pemeriksaan internal oleh pejabat yang tidak terkait, pembukaan saluran pengaduan, dan penonaktifan sementara petugas yang dilaporkan',
  'kekerasan-petugas':
    'pemeriksaan kesehatan bagi yang terluka, pemisahan pihak yang terlibat, dan pemeriksaan internal yang dilaporkan ke Kanwil',
  kebakaran: 'pemadaman bersama dinas pemadam kebakaran, evakuasi blok terdekat, dan penghitungan seluruh warga binaan',
  'bencana-alam': 'pemindahan warga binaan dari blok yang tergenang, pemeriksaan listrik, dan penyediaan makanan serta air bersih',
  'wabah-penyakit': 'perawatan di klinik unit, rujukan bagi yang bergejala berat, dan pemeriksaan sampel makanan oleh dinas kesehatan',
  'kelebihan-hunian': 'pengaturan ulang kamar hunian, penambahan jadwal kegiatan di luar kamar, dan laporan data hunian kepada Kanwil',
  'kebocoran-data':
    'penutupan akses yang diduga bocor, pemeriksaan sistem bersama tim teknologi informasi, dan pemberitahuan kepada yang datanya tersebar',
  'hoaks-video-viral': 'pemeriksaan asal video, pencocokan dengan rekaman kamera unit, dan penyiapan klarifikasi berdasarkan fakta',
  'pelanggaran-wbp-luar': 'koordinasi dengan kepolisian, pemeriksaan catatan pembimbingan, dan peninjauan ulang pengawasan klien',
};

const date = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function scenario(id: string, typeId: string, typeName: string, place: string, hour: number): Scenario {
  const event = EVENTS[typeId] ?? 'terjadi sebuah kejadian yang sedang kami tangani';
  const next = `${String(hour + 2).padStart(2, '0')}.00`;
  return {
    id,
    typeId,
    typeName,
    holdingStatement:
      `Pada pukul ${String(hour).padStart(2, '0')}.15 WIB hari ini, ${event} di unit kami di ${place} (fiktif). ` +
      'Keselamatan warga binaan, petugas, dan masyarakat sekitar menjadi perhatian pertama kami, dan langkah penanganan sudah berjalan bersama pihak terkait. ' +
      `Langkah yang sudah berjalan: ${MEASURES[typeId] ?? 'pengamanan lokasi dan pendataan semua orang'}. ` +
      'Kami sedang memastikan setiap fakta sebelum menyampaikannya, agar keluarga dan masyarakat menerima informasi yang benar. ' +
      'Kami tidak akan berspekulasi tentang penyebabnya sebelum pemeriksaan selesai, dan hasilnya akan kami sampaikan secara terbuka. ' +
      `Kami memahami kekhawatiran keluarga; layanan informasi pengunjung dibuka untuk menjawab pertanyaan. Keterangan berikutnya kami sampaikan pukul ${next} WIB.`,
    messages: [
      {
        text: `Keselamatan orang adalah perhatian pertama kami, dan penanganan ${typeName.toLowerCase()} sudah berjalan sesuai prosedur unit bersama pihak terkait sejak laporan pertama.`,
        facts: [
          `Tim siaga bergerak kurang dari sepuluh menit setelah laporan pertama diterima petugas piket.`,
          `Kepala UPT memimpin langsung penanganan dan melapor ke Kanwil Ditjenpas dalam jam pertama.`,
          `Sudah berjalan: ${MEASURES[typeId] ?? 'pengamanan lokasi dan pendataan semua orang'}; pengamanan di seluruh blok ditingkatkan sampai keadaan pulih.`,
        ],
      },
      {
        text: 'Kami peduli pada warga binaan, keluarga, dan petugas yang terdampak, dan kami mendampingi mereka sampai keadaan pulih.',
        facts: [
          'Tim kesehatan unit memeriksa setiap orang yang terdampak, mencatat hasilnya, dan merujuk ke rumah sakit bila perlu.',
          'Keluarga yang bertanya dilayani di ruang layanan informasi pengunjung setiap hari pukul 08.00 sampai 16.00 WIB.',
          'Petugas yang bertugas saat kejadian mendapat pendampingan, waktu istirahat, dan pengganti untuk giliran jaga berikutnya.',
        ],
      },
      {
        text: `Kami terbuka pada fakta dan akan terus memberi kabar; informasi resmi hanya dari juru bicara unit dan akun media sosial resmi unit.`,
        facts: [
          `Keterangan berikutnya disampaikan pukul ${next} WIB lewat media sosial resmi unit.`,
          'Pertanyaan media dijawab juru bicara; kabar yang belum terverifikasi tidak kami sampaikan.',
          'Kami bekerja sama dengan kepolisian, pemerintah daerah, dan Kanwil Ditjenpas untuk memastikan setiap fakta sebelum diumumkan.',
        ],
      },
    ],
  };
}

/** Audiences a unit adds to the template's five. */
const EXTRA_STAKEHOLDERS = [
  {
    audience: 'Warga binaan di dalam unit',
    concern: 'Keselamatan diri, kabar untuk keluarga, dan apakah jadwal kunjungan, makan, dan kegiatan tetap berjalan.',
    channel: 'Pengumuman lewat wali pemasyarakatan dan pengeras suara blok; tanya jawab lewat tamping yang ditunjuk',
  },
  {
    audience: 'Petugas dan keluarga petugas',
    concern: 'Keselamatan saat bertugas, pembagian giliran jaga, dan kabar yang benar sebelum mereka mendengarnya dari luar.',
    channel: 'Apel, grup percakapan internal, dan pesan singkat dari Kepala UPT',
  },
  {
    audience: 'Korban dan keluarganya',
    concern: 'Perawatan, pendampingan, kejelasan proses, dan privasi agar nama serta foto mereka tidak tersebar.',
    channel: 'Kunjungan langsung oleh penghubung mitra dan telepon dari petugas yang ditunjuk',
  },
];

const RELEASE_PARAGRAPHS: readonly ((place: string, type: string) => string)[] = [
  (place) =>
    `Begitu laporan pertama diterima, petugas piket segera mengamankan lokasi dan memastikan tidak ada warga binaan maupun petugas yang berada dalam bahaya. Tim siaga unit di ${place} (fiktif) bergerak bersama regu pengamanan dan tim kesehatan, sementara Kepala UPT memimpin rapat singkat untuk menetapkan langkah penanganan.`,
  (_, type) =>
    `Penanganan ${type} dilakukan sesuai prosedur tetap unit. Setiap fakta yang kami sampaikan sudah diperiksa ulang kepada petugas di lapangan dan dicatat dengan jam serta sumbernya, agar informasi yang diterima keluarga dan masyarakat tidak berubah-ubah.`,
  () =>
    `Tim kesehatan unit telah memeriksa warga binaan dan petugas yang berada di sekitar lokasi. Mereka yang memerlukan perawatan lanjutan dirujuk ke rumah sakit terdekat dengan pengawalan petugas. Kami berterima kasih kepada tenaga kesehatan yang datang membantu dengan cepat.`,
  () =>
    `Kegiatan layanan di unit disesuaikan sementara. Kunjungan keluarga hari ini dialihkan ke layanan panggilan video yang dijadwalkan ulang, dan petugas layanan informasi pengunjung siap menjawab pertanyaan keluarga setiap hari pukul 08.00 sampai 16.00 WIB.`,
  () =>
    `Kami telah melaporkan kejadian ini kepada Kantor Wilayah Direktorat Jenderal Pemasyarakatan dan berkoordinasi dengan kepolisian serta pemerintah daerah setempat. Koordinasi ini memastikan penanganan di dalam dan di luar unit berjalan searah.`,
  () =>
    `Kami mengimbau masyarakat untuk tidak menyebarkan foto, video, atau kabar yang belum jelas sumbernya. Informasi resmi hanya disampaikan melalui juru bicara unit dan akun media sosial resmi, dan setiap kabar yang keliru akan kami luruskan secepatnya.`,
  (place) =>
    `Warga sekitar unit di ${place} (fiktif) dapat menjalankan kegiatan seperti biasa. Patroli di sekeliling unit ditambah sampai keadaan dinyatakan pulih, dan tokoh masyarakat setempat telah kami temui untuk menyampaikan perkembangan secara langsung.`,
  () =>
    `Setelah keadaan pulih, unit akan melakukan tinjauan pascakejadian bersama seluruh tim. Hasilnya dipakai untuk memperbaiki prosedur, peralatan, dan latihan, sehingga kejadian serupa dapat dicegah atau ditangani lebih baik di masa mendatang.`,
  () =>
    `Kami memahami kecemasan keluarga warga binaan. Setiap keluarga yang anggota keluarganya terdampak dihubungi langsung oleh petugas, dan tidak ada informasi pribadi yang kami umumkan tanpa persetujuan keluarga.`,
  () =>
    `Petugas layanan informasi mencatat setiap pertanyaan keluarga dan masyarakat. Pertanyaan yang belum dapat dijawab hari ini akan dijawab pada keterangan berikutnya, setelah faktanya dipastikan bersama pihak terkait.`,
  () =>
    `Untuk sementara, seluruh kegiatan kerja di luar blok hunian dihentikan dan diganti dengan kegiatan di dalam blok. Jadwal makan, ibadah, dan layanan kesehatan tetap berjalan seperti biasa dengan penjagaan tambahan.`,
  (place) =>
    `Pemerintah daerah di ${place} (fiktif) menawarkan bantuan tenaga dan peralatan, dan kami menyambutnya. Bantuan itu dikoordinasikan oleh penghubung mitra unit agar tidak mengganggu pemeriksaan yang sedang berjalan.`,
  () =>
    `Sampai siaran ini diterbitkan, seluruh warga binaan telah kembali ke kamar hunian masing-masing dan penghitungan ulang selesai dilakukan. Kegiatan pembinaan yang tertunda akan dijadwalkan kembali setelah pemeriksaan keamanan selesai.`,
];

function release(
  id: string,
  rng: ReturnType<typeof generator>,
  place: string,
  type: string,
  submittedAt: string,
  spokesperson: string,
): ReleaseAttempt {
  const target = rng.int(380, 500);
  const parts = {
    headline: `Unit di ${place} (fiktif) Tangani ${type}, Keselamatan Warga Binaan dan Petugas Diutamakan`,
    dateline: `${place} (fiktif), ${date(submittedAt)}`,
    lead: `Unit pemasyarakatan di ${place} (fiktif) menangani ${type.toLowerCase()} yang terjadi pada ${date(submittedAt)} pagi. Seluruh warga binaan dan petugas dalam keadaan terdata, dan penanganan berjalan bersama kepolisian serta pemerintah daerah setempat.`,
    body: '',
    quote: `"Keselamatan orang adalah yang pertama bagi kami. Kami akan menyampaikan setiap perkembangan secara terbuka begitu faktanya pasti," kata ${spokesperson}, juru bicara unit.`,
    boilerplate: `Unit di ${place} (fiktif) adalah unit pelaksana teknis pemasyarakatan yang membina warga binaan melalui pendidikan, kerja, dan kegiatan kemandirian, bekerja sama dengan pemerintah daerah dan masyarakat sekitar.`,
    contact: `Narahubung: ${spokesperson}, juru bicara unit, telepon 0812-5550-${String(rng.int(1000, 9999))}. ###`,
  };
  const paragraphs: string[] = [];
  for (const paragraph of rng.shuffled(RELEASE_PARAGRAPHS)) {
    const text = paragraph(place, type.toLowerCase());
    if (words(Object.values(parts).join(' ') + ' ' + paragraphs.join(' ') + ' ' + text) > target) break;
    paragraphs.push(text);
  }
  parts.body = paragraphs.join('\n');
  return {
    id,
    drillId: 'bebas',
    drillTitle: `Mode bebas: ${type}`,
    parts,
    submittedAt,
    secondsTaken: rng.int(1200, 3600),
    timed: false,
    points: rng.int(10, 20),
    max: 20,
    findings: rng.int(0, 6),
  };
}

/** The unit's communication plan, every section filled as a careful humas team would. */
function fullPlan(
  index: number,
  unit: string,
  type: CorrectionalUnitType,
  place: string,
  rng: ReturnType<typeof generator>,
  createdAt: string,
): CommunicationPlan {
  const template = loadTemplate();
  const plan: CommunicationPlan = createPlan(
    template,
    `rencana-${index}`,
    new Date(createdAt),
    `Rencana komunikasi krisis ${createdAt.slice(0, 4)}`,
  );
  // Fictional people; not marked in the name itself, because the send page's redaction searches every word of a
  // known name in every text (a "(fiktif)" in a name would blank the marker after every place). They never reach the
  // package: personal data is left out, as the send page does by default.
  const person = () => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
  const mobile = () => `0812-${rng.int(1000, 9999)}-${rng.int(1000, 9999)}`;
  const landline = () => `(0511) ${rng.int(300, 799)} ${rng.int(1000, 9999)}`;
  const contacts = [...template.contacts.map((c) => ({ ...c, note: NOTES_BY_GROUP[c.group] })), ...EXTRA_CONTACTS].map((c) => ({
    group: c.group,
    organisation: c.organisation.replace(' (tulis nama media)', ` ${place} Pos (fiktif)`),
    person: person(),
    phone: c.group === 'internal' || c.group === 'media' ? mobile() : landline(),
    note: c.note,
  }));
  const chosen = rng.shuffled(crisisTypes).slice(0, 5 + (index % 4));
  return {
    ...plan,
    identity: {
      unitName: unit,
      unitType: type,
      address: `Jalan Pemasyarakatan No. ${rng.int(1, 120)}, Kelurahan ${rng.pick(PLACES)}, Kecamatan ${place}, Kabupaten ${place} (fiktif)`,
      owner: person(),
      ownerPosition: 'Koordinator Humas',
      version: `${rng.int(1, 3)}.${rng.int(0, 4)}`,
      issuedDate: createdAt.slice(0, 10),
      reviewDate: `${Number(createdAt.slice(0, 4)) + 1}${createdAt.slice(4, 10)}`,
    },
    team: plan.team.map((m) => ({
      ...m,
      name: person(),
      position: `${rng.pick(['Kepala Subseksi', 'Staf', 'Kepala Seksi', 'Pengelola'])} ${rng.pick(['Bimbingan Kemasyarakatan', 'Keamanan dan Ketertiban', 'Registrasi', 'Kegiatan Kerja', 'Umum'])}`,
      phone: mobile(),
      deputyName: person(),
      deputyPhone: mobile(),
    })),
    approval: plan.approval.map((step, i) => ({ ...step, minutes: String([10, 15, 30, 45][i] ?? 30) })),
    contacts,
    stakeholders: [...template.stakeholders, ...EXTRA_STAKEHOLDERS].map((s) => ({
      audience: s.audience,
      concern: `${s.concern} Di unit kami, pertanyaan ini biasanya datang dalam jam pertama setelah kabar beredar, terutama lewat telepon dan pesan di media sosial unit.`,
      channel: `${s.channel}; pesan singkat disiapkan lebih dulu agar jawaban setiap petugas sama, lalu diperbarui setiap kali ada fakta baru.`,
      owner: rng.pick(['Koordinator humas', 'Penghubung mitra', 'Juru bicara', 'Kepala UPT']),
    })),
    scenarios: chosen.map((t, i) => scenario(`rencana-${index}-skenario-${i + 1}`, t.id, t.name, place, rng.int(6, 20))),
    channels: template.channels.map((c) => ({
      channel: c.channel,
      account:
        c.channel === 'Situs web unit' ? `https://contoh-unit-${index}.example` : `@unit_${place.replace(/\W+/g, '').toLowerCase()}_fiktif`,
      posters: 'Koordinator humas; petugas dokumentasi untuk unggahan yang sudah disetujui',
      note: 'Unggahan tentang krisis hanya setelah disetujui Kepala UPT; komentar dipantau setiap jam selama krisis, dan pertanyaan yang berulang dijawab dengan satu unggahan berisi fakta terbaru.',
    })),
    monitoring: {
      routine:
        'Petugas pemantauan memeriksa media daring lokal, media sosial unit, dan grup percakapan warga setiap pukul 08.00 dan 15.00 pada hari biasa, dan setiap jam saat krisis. Temuan dicatat di daftar isu dengan jam, sumber, dan tautannya, lalu dilaporkan kepada koordinator humas.',
      tools:
        'Pencarian kata kunci di media daring lokal, notifikasi Instagram dan Facebook unit, pencarian di X, grup percakapan warga dan grup informasi media',
      levels: plan.monitoring.levels.map((l) => ({
        ...l,
        response: `${l.response} Koordinator humas memastikan lembar fakta diperbarui dan pesan kunci disesuaikan.`.slice(0, 600),
        reportTo: `${l.reportTo} Tembusan kepada tim komunikasi krisis lewat grup internal.`.slice(0, 300),
      })),
    },
    firstHour: plan.firstHour.map((s) => ({
      ...s,
      owner: rng.pick(['Koordinator humas', 'Kepala UPT', 'Petugas pemantauan', 'Penghubung pengamanan']),
    })),
    evaluation: {
      lead: 'Koordinator humas bersama Kepala UPT',
      timing: 'Dalam tujuh hari setelah krisis dinyatakan selesai',
      method:
        'Tinjauan pascatindakan bersama seluruh tim: kronologi dibaca ulang, setiap pernyataan dibandingkan dengan fakta saat itu, dan tanggapan media serta warga dicatat. Hasilnya tiga perbaikan dengan penanggung jawab dan tenggat, dilaporkan kepada Kepala UPT dan humas Kanwil Ditjenpas.',
      reviewSchedule: 'Setiap enam bulan, setelah setiap krisis, dan setiap kali ada pergantian pejabat',
      exerciseSchedule: 'Simulasi meja dua kali setahun dan satu latihan lapangan bersama mitra setiap tahun',
    },
  };
}

/** The package of the unit numbered `index`, as the send page builds it on `createdAt`. */
export function realisticPayload(index: number, unit: string, createdAt: string): PackagePayload {
  const rng = generator(index * 7919 + 17);
  const type = rng.pick(['Lapas', 'Rutan', 'Bapas', 'LPKA'] as const);
  const place = rng.pick(PLACES);
  const plan = fullPlan(index, unit, type, place, rng, createdAt);

  const items = loadQuestionnaire().dimensions.flatMap((d) => d.items);
  const answers = Object.fromEntries(items.map((item) => [item.id, rng.int(0, 3)]));
  const score = scoreAssessment(loadQuestionnaire(), answers);
  const completedAt = new Date(Date.parse(createdAt) - 3 * 86_400_000).toISOString();

  const entries: RiskMap['entries'] = {};
  for (const t of rng.shuffled(crisisTypes).slice(0, 5))
    entries[t.id] = {
      likelihood: rng.int(1, 5),
      impact: rng.int(2, 5),
      controls: `Prosedur tetap ${t.name.toLowerCase()} dilatih setiap semester; peralatan diperiksa setiap bulan.`,
      owner: 'Kepala Kesatuan Pengamanan',
    };

  const spokesperson = plan.team.find((m) => m.roleId === 'juru-bicara')!.name;
  const releaseTypes = rng.shuffled(plan.scenarios).slice(0, 3);
  const attempts = releaseTypes.map((s, i) =>
    release(
      `rilis-${index}-${i + 1}`,
      rng,
      place,
      s.typeName,
      new Date(Date.parse(createdAt) - (20 - i * 7) * 86_400_000).toISOString(),
      spokesperson,
    ),
  );

  return buildPackagePayload(
    {
      selfAssessment: {
        drafts: {},
        history: {
          'kesiapan-krisis': [
            {
              id: String(Date.parse(completedAt)),
              completedAt,
              answers,
              respondent: { unitName: unit, personName: plan.identity.owner, position: 'Koordinator Humas' },
              dimensions: score.dimensions,
              overall: score.overall,
            },
          ],
        },
      },
      riskMap: { entries, updatedAt: completedAt },
      crisisTypes,
      plans: [plan],
      attempts,
      personNames: [plan.identity.owner],
    },
    {
      unit: { name: unit, type, region: `Kanwil Ditjenpas Provinsi ${rng.pick(PLACES)} (fiktif)` },
      assessment: true,
      risks: true,
      planId: plan.id,
      removePersonalData: true,
      releaseIds: attempts.map((a) => a.id),
    },
    { id: `paket-${index}`, now: new Date(createdAt) },
  );
}
