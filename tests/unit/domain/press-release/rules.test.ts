import { describe, expect, it } from 'vitest';
import { analyzePressRelease, RULES, RULE_IDS, type ReleaseParts } from '@/domain/press-release';
import { CLEAN, ruleIds, withParts, withSentence } from './fixtures';

interface RuleTable {
  triggers: Array<[string, ReleaseParts]>;
  passes: Array<[string, ReleaseParts]>;
}

// One table per rule: texts that must raise it, and texts (some of them tricky) that must not.
const TABLES: Record<string, RuleTable> = {
  'headline-missing': {
    triggers: [
      ['no headline', withParts({ headline: '' })],
      ['only spaces', withParts({ headline: '   ' })],
    ],
    passes: [['a headline', CLEAN]],
  },
  'headline-too-long': {
    triggers: [
      [
        '16 words',
        withParts({ headline: 'Kebakaran di Dapur Lapas Kelas IIA Sungai Harapan Padam Pagi Ini dan Tiga Warga Binaan Dirawat Stabil' }),
      ],
    ],
    passes: [
      [
        'exactly 15 words',
        withParts({ headline: 'Kebakaran di Dapur Lapas Kelas IIA Sungai Harapan Padam, Tiga Warga Binaan Dirawat Kondisi Stabil' }),
      ],
    ],
  },
  'headline-all-caps': {
    triggers: [['all capitals', withParts({ headline: 'KLARIFIKASI TERKAIT ISU KEBAKARAN DI LAPAS' })]],
    passes: [['acronyms inside a normal headline', withParts({ headline: 'Kebakaran Dapur LPKA Padam, Tiga WBP Dirawat' })]],
  },
  'dateline-missing': {
    triggers: [['no dateline', withParts({ dateline: '' })]],
    passes: [['a holding statement needs none', withParts({ dateline: '' })]],
  },
  'dateline-format': {
    triggers: [
      ['numeric date', withParts({ dateline: 'Sungai Harapan, 12-03-2026' })],
      ['no city', withParts({ dateline: '12 Maret 2026' })],
      ['a letter opening', withParts({ dateline: 'Pada hari ini, Kamis tanggal 12' })],
    ],
    passes: [
      ['with the dash', withParts({ dateline: 'Sungai Harapan, 12 Maret 2026 –' })],
      ['with a weekday', withParts({ dateline: 'Muara Teduh, Senin, 2 Februari 2026' })],
    ],
  },
  'lead-missing': {
    triggers: [['empty lead', withParts({ lead: '' })]],
    passes: [['a lead', CLEAN]],
  },
  'lead-5w1h': {
    triggers: [
      [
        'no when, no why',
        withParts({
          lead: 'Kebakaran terjadi di ruang dapur Lembaga Pemasyarakatan (Lapas) Kelas IIA Sungai Harapan dan dipadamkan petugas.',
        }),
      ],
      ['ceremony, no facts', withParts({ lead: 'Pimpinan menyampaikan terima kasih atas perhatian yang diberikan.' })],
    ],
    passes: [['the cause is being examined answers why', CLEAN]],
  },
  'lead-too-long': {
    triggers: [
      [
        'a 60-word lead',
        withParts({
          lead: `${CLEAN.lead} Petugas kesehatan klinik memeriksa semua warga binaan yang berada di blok hunian dekat dapur, dan hasilnya akan dilaporkan kepada Kepala Lapas bersama tim dari Kantor Wilayah pada siang hari.`,
        }),
      ],
    ],
    passes: [['a 35-word lead', CLEAN]],
  },
  'inverted-pyramid': {
    triggers: [
      ['opens with "Dalam rangka"', withParts({ lead: `Dalam rangka memberi informasi, ${CLEAN.lead}` })],
      [
        'background first in the body',
        withParts({ body: `Lapas Kelas IIA Sungai Harapan adalah unit pelaksana teknis yang berdiri sejak 1985.\n${CLEAN.body}` }),
      ],
      ['chronological opening', withParts({ body: `Berawal dari asap yang terlihat di dapur, petugas berlari ke lokasi.\n${CLEAN.body}` })],
    ],
    passes: [['profile only in the boilerplate', CLEAN]],
  },
  'quote-missing': {
    triggers: [
      ['no quote at all', withParts({ quote: '' })],
      ['quote without quotation marks', withParts({ quote: 'Kami prihatin, kata Kepala Lapas Kelas IIA Sungai Harapan, Rina Wulandari.' })],
    ],
    passes: [['quote in the body instead', withParts({ quote: '', body: `${CLEAN.body}\n${CLEAN.quote}` })]],
  },
  'quote-speaker': {
    triggers: [
      ['"pihak Lapas"', withParts({ quote: '"Kami prihatin," kata pihak Lapas.' })],
      ['position but no name', withParts({ quote: '"Kami prihatin," kata Kepala Lapas Kelas IIA Sungai Harapan.' })],
      ['only "tegasnya"', withParts({ quote: '"Kami prihatin," ujarnya.' })],
    ],
    passes: [
      ['name after the position', CLEAN],
      [
        'name before the position',
        withParts({ quote: 'Rina Wulandari, Kepala Lapas Kelas IIA Sungai Harapan, mengatakan, "Kami prihatin."' }),
      ],
    ],
  },
  'quote-attribution': {
    triggers: [
      ['"tegasnya"', withParts({ quote: '"Masyarakat jangan mudah percaya," tegas Rina Wulandari.' })],
      ['"membantah"', withParts({ quote: 'Rina Wulandari membantah: "Itu tidak benar."' })],
      ['no verb', withParts({ quote: '"Kami prihatin." Rina Wulandari, Kepala Lapas.' })],
    ],
    passes: [
      ['"kata"', CLEAN],
      ['"ujar"', withParts({ quote: '"Kami prihatin," ujar Rina Wulandari, Kepala Lapas Kelas IIA Sungai Harapan.' })],
    ],
  },
  'boilerplate-missing': {
    triggers: [['no profile', withParts({ boilerplate: '' })]],
    passes: [['a profile', CLEAN]],
  },
  'contact-missing': {
    triggers: [
      ['no contact', withParts({ contact: '-selesai-' })],
      ['no number', withParts({ contact: 'Narahubung: Dimas Pratama, Koordinator Humas\n-selesai-' })],
    ],
    passes: [
      ['phone number', CLEAN],
      ['e-mail', withParts({ contact: 'Narahubung: Dimas Pratama, humas@contoh.id\n###' })],
    ],
  },
  'end-mark-missing': {
    triggers: [
      ['no end mark', withParts({ contact: 'Narahubung: Dimas Pratama, 0812-0000-1111' })],
      ['"Demikian" instead', withParts({ contact: 'Narahubung: Dimas Pratama, 0812-0000-1111\nDemikian.' })],
    ],
    passes: [
      ['###', withParts({ contact: 'Narahubung: Dimas Pratama, 0812-0000-1111\n###' })],
      ['- selesai -', withParts({ contact: 'Narahubung: Dimas Pratama, 0812-0000-1111\n- selesai -' })],
    ],
  },
  'sentence-too-long': {
    triggers: [
      [
        'a 34-word sentence',
        withSentence(
          'Petugas kesehatan yang bertugas di klinik lapas pada pagi itu kemudian memeriksa satu per satu warga binaan yang tinggal di blok hunian dekat dapur untuk memastikan tidak ada yang menghirup asap terlalu banyak selama kebakaran berlangsung.',
        ),
      ],
    ],
    passes: [
      ['short sentences', CLEAN],
      ['numbers with dots do not end sentences', withSentence('Api padam pukul 06.25 dan UU No. 27 Tahun 2022 tidak dilanggar.')],
    ],
  },
  'paragraph-too-long': {
    triggers: [
      ['five sentences in one paragraph', withSentence('Api padam. Asap hilang. Dapur ditutup. Makan dialihkan. Keluarga diberi tahu.')],
    ],
    passes: [['three sentences', withSentence('Api padam. Dapur ditutup. Makan dialihkan.')]],
  },
  'acronym-unexplained': {
    triggers: [
      ['WBP at first use', withParts({ lead: CLEAN.lead.replace('Warga Binaan Pemasyarakatan (WBP)', 'WBP') })],
      ['Kalapas', withSentence('Kalapas meninjau lokasi.')],
      [
        'explained only later',
        withParts({ body: `Petugas KPLP berjaga.\nKesatuan Pengamanan Lembaga Pemasyarakatan (KPLP) berjaga.\n${CLEAN.body}` }),
      ],
    ],
    passes: [
      ['expansion first', CLEAN],
      ['acronym first, expansion after', withSentence('KPLP (Kesatuan Pengamanan Lembaga Pemasyarakatan) berjaga.')],
      ['class numerals and time zones', withSentence('Kelas IIB dan IIA berjaga sejak 05.40 WIB.')],
      ['initials are not abbreviations', withSentence('Seorang warga berinisial RT melapor.')],
    ],
  },
  jargon: {
    triggers: [
      ['"dalam rangka" in the body', withSentence('Kegiatan itu dalam rangka pemulihan.')],
      ['"kondusif"', withSentence('Situasi kondusif.')],
      ['"oknum"', withSentence('Seorang oknum petugas diperiksa.')],
    ],
    passes: [
      ['plain words', CLEAN],
      ['"sesuai jadwal"', withSentence('Kunjungan berjalan sesuai jadwal.')],
    ],
  },
  'vague-time': {
    triggers: [
      ['"baru-baru ini"', withSentence('Dapur baru-baru ini direnovasi.')],
      ['"besok"', withSentence('Kunjungan besok tetap berjalan.')],
      ['"dalam waktu dekat"', withSentence('Hasilnya diumumkan dalam waktu dekat.')],
    ],
    passes: [
      ['"hari ini" followed by the day', withSentence('Pada hari ini, Kamis (12/3), kunjungan berjalan.')],
      ['inside quoted speech', withSentence('"Hari ini kami fokus pada keselamatan," kata Rina Wulandari.')],
      ['"segera" alone', withSentence('Petugas segera memisahkan mereka.')],
    ],
  },
  shouting: {
    triggers: [
      ['"!!!"', withSentence('Jangan sebarkan video itu!!!')],
      ['three capitalised words', withSentence('VIDEO ITU BOHONG dan sudah lama.')],
    ],
    passes: [
      ['one exclamation mark', withSentence('Terima kasih!')],
      ['a unit name with class numerals', withSentence('LPKA Kelas II berjaga.')],
    ],
  },
  'no-comment': {
    triggers: [
      ['"Tidak ada komentar"', withSentence('Tidak ada komentar untuk saat ini.')],
      ['"no comment"', withSentence('Humas menjawab no comment.')],
      ['"belum bisa berkomentar"', withSentence('Kami belum bisa berkomentar.')],
    ],
    passes: [
      [
        'withholding one detail with a reason',
        withSentence('Kami belum dapat menyampaikan rincian rute pengejaran karena proses pencarian masih berjalan.'),
      ],
      ['comments on social media', withSentence('Kami tidak menghapus komentar kritis di akun resmi.')],
    ],
  },
  speculation: {
    triggers: [
      ['"diduga kuat berasal dari"', withSentence('Api diduga kuat berasal dari kompor.')],
      ['"kemungkinan besar karena"', withSentence('Kemungkinan besar karena korsleting listrik.')],
      ['"sepertinya" with a cause', withSentence('Sepertinya penyebabnya puntung rokok.')],
    ],
    passes: [
      ['"diduga" in the legal sense', withSentence('Dua petugas yang diduga melakukan pungutan liar diperiksa Inspektorat.')],
      ['"dugaan pelanggaran"', withSentence('Pemeriksaan atas dugaan pelanggaran disiplin dilakukan sesuai aturan.')],
      [
        'refusing to speculate',
        withSentence('Penyebabnya sedang diperiksa dan kami tidak akan menduga-duga; belum ada dugaan penyebab yang dapat disampaikan.'),
      ],
      ['"sesegera mungkin" without a cause', withSentence('Kami akan menghubungi keluarga sesegera mungkin.')],
    ],
  },
  blaming: {
    triggers: [
      ['"dikenal sering membuat onar"', withSentence('Korban memang dikenal sering membuat onar.')],
      ['"ulah WBP"', withSentence('Kebakaran ini akibat ulah WBP.')],
      ['"milik WBP" as the cause', withSentence('Api berasal dari kompor milik WBP.')],
    ],
    passes: [
      ['support for the injured', withSentence('Kami mendampingi WBP yang dirawat dan keluarganya.')],
      ['ownership without a cause', withSentence('Barang milik WBP diamankan di gudang.')],
    ],
  },
  minimising: {
    triggers: [
      ['"hanya insiden kecil"', withSentence('Ini hanya insiden kecil.')],
      ['"kebakaran kecil"', withSentence('Terjadi kebakaran kecil.')],
      ['"tidak perlu dibesar-besarkan"', withSentence('Kejadian ini tidak perlu dibesar-besarkan.')],
    ],
    passes: [
      ['"luka ringan" as a fact', withSentence('Dua petugas mengalami luka ringan dan sudah dirawat.')],
      ['"hanya" about access', withSentence('Informasi resmi hanya melalui akun ini.')],
    ],
  },
  'unkeepable-promise': {
    triggers: [
      ['"menjamin"', withSentence('Kami menjamin kejadian serupa tidak akan terulang.')],
      ['"100 persen aman"', withSentence('Lapas kini 100 persen aman.')],
      ['"bebas narkoba"', withSentence('Kami pastikan blok hunian bebas narkoba.')],
    ],
    passes: [
      ['a dated step', withSentence('Kami akan memasang detektor asap di dapur paling lambat 30 April 2026.')],
      ['"penyebab pasti"', withSentence('Penyebab pasti masih diperiksa.')],
      ['"memastikan"', withSentence('Petugas memastikan seluruh WBP dalam pengawasan.')],
    ],
  },
  'institution-first': {
    triggers: [
      ['"aman dan terkendali" first while people are hurt', withParts({ lead: `Situasi Lapas aman dan terkendali. ${CLEAN.lead}` })],
    ],
    passes: [
      [
        'nobody hurt',
        withParts({
          headline: 'Asap di Dapur Lapas Sungai Harapan Dipadamkan',
          lead: 'Situasi Lembaga Pemasyarakatan (Lapas) Kelas IIA Sungai Harapan aman dan terkendali pada Kamis (12/3) pukul 07.00 setelah asap dari dapur dipadamkan petugas karena tungku rusak.',
          body: 'Tidak ada korban.\nInformasi berikutnya kami sampaikan pukul 12.00.',
          quote: CLEAN.quote.replace('Kami prihatin atas kejadian ini dan berterima', 'Kami berterima'),
        }),
      ],
    ],
  },
  'empathy-missing': {
    triggers: [
      [
        'injured, no concern',
        withParts({ quote: '"Petugas bergerak cepat," kata Kepala Lapas Kelas IIA Sungai Harapan, Rina Wulandari.' }),
      ],
    ],
    passes: [
      ['"prihatin"', CLEAN],
      [
        'nobody hurt and no concern needed',
        withParts({
          headline: 'Asap di Dapur Lapas Sungai Harapan Dipadamkan',
          lead: 'Asap dari tungku dapur Lembaga Pemasyarakatan (Lapas) Kelas IIA Sungai Harapan dipadamkan petugas pada Kamis (12/3) pukul 05.40 karena tungku rusak.',
          body: 'Tidak ada korban.\nInformasi berikutnya kami sampaikan pukul 12.00.',
          quote: '"Petugas bergerak cepat," kata Kepala Lapas Kelas IIA Sungai Harapan, Rina Wulandari.',
        }),
      ],
      ['"menyesalkan pemberitaan" is not empathy, but "mendampingi" is', withSentence('Kami mendampingi keluarga.')],
    ],
  },
  'next-step-missing': {
    triggers: [['no step, no contact line, no update', withParts({ body: 'Seluruh WBP berada dalam pengawasan dan jumlahnya lengkap.' })]],
    passes: [
      ['a time of the next update', CLEAN],
      ['a call to action', withParts({ body: 'Mohon tidak meneruskan video tersebut.' })],
      ['a dated repair', withParts({ body: 'Kami akan memperbaiki jaringan listrik dapur bulan ini.' })],
      ['"hubungi kantor polisi terdekat"', withParts({ body: 'Warga yang melihat orang tersebut, hubungi kantor polisi terdekat.' })],
      ['"diminta melapor"', withParts({ body: 'Warga yang melihatnya diminta segera melapor ke pos polisi terdekat.' })],
    ],
  },
  'next-update-missing': {
    triggers: [
      [
        'first release without the hour of the next update',
        withParts({ body: 'Seluruh WBP berada dalam pengawasan.\nKeluarga dapat menghubungi layanan informasi.' }),
      ],
    ],
    passes: [
      ['"pukul 12.00"', CLEAN],
      ['"setiap tiga jam"', withParts({ body: 'Perkembangan kami sampaikan setiap tiga jam.' })],
    ],
  },
  'hoax-opens-with-claim': {
    triggers: [
      [
        '"Hoaks!" first',
        withParts({ lead: 'Hoaks: video kericuhan yang beredar bukan di Rutan Kelas IIB Muara Teduh pada Minggu (15/3).' }),
      ],
      ['"Tidak benar" first', withParts({ lead: 'Tidak benar ada kericuhan di Rutan Muara Teduh.' })],
    ],
    passes: [
      [
        'facts first, the claim after',
        withParts({
          lead: 'Kegiatan di Rumah Tahanan Negara (Rutan) Kelas IIB Muara Teduh pada Minggu (15/3) berjalan normal. Video kericuhan yang beredar tidak benar berasal dari Rutan.',
        }),
      ],
    ],
  },
  'threatens-public': {
    triggers: [
      ['"pengunggahnya akan kami laporkan"', withSentence('Pengunggahnya akan kami laporkan ke polisi.')],
      ['UU ITE against accounts', withSentence('Akun penyebar dapat dijerat UU ITE.')],
    ],
    passes: [
      ['a polite request', withSentence('Mohon tidak meneruskan video tersebut.')],
      ['a case reported to the police', withSentence('Kasus pelarian telah dilaporkan kepada kepolisian.')],
    ],
  },
  'passive-bureaucratic': {
    triggers: [
      ['"bersama ini disampaikan … ditiadakan"', withSentence('Bersama ini disampaikan bahwa kunjungan untuk sementara ditiadakan.')],
      ['"dimohon pengertiannya"', withSentence('Atas perhatiannya dimohon pengertiannya.')],
      ['"sebagaimana mestinya"', withSentence('Demikian untuk dapat dipergunakan sebagaimana mestinya.')],
    ],
    passes: [['active voice', withSentence('Lapas meliburkan kunjungan pada Senin; kami mohon maaf atas ketidaknyamanan ini.')]],
  },
  'national-id-number': {
    triggers: [
      ['16 digits', withSentence('Korban bernomor 3201123456789012 telah dirawat.')],
      ['"NIK" with digits', withSentence('NIK 3201 1234 dicatat.')],
      ['16 digits with spaces', withSentence('Nomor 3201 1234 5678 9012 dicatat.')],
    ],
    passes: [
      ['phone numbers with dashes', CLEAN],
      ['a year and a time', withSentence('Pada 2026 pukul 12.00 sebanyak 1234 paket dibagikan.')],
    ],
  },
  'inmate-name-offence': {
    triggers: [
      ['full name and offence', withSentence('Narapidana Budi Santoso, terpidana kasus pencurian, dirawat.')],
      ['name, age, then status', withSentence('Budi Santoso (34), narapidana kasus narkotika, dirawat.')],
      ['initials, age and offence', withSentence('WBP berinisial AS (34), terpidana kasus narkotika, dirawat.')],
      // The initials rule: a unit's release names neither the name nor the initials of an inmate, even without the offence.
      ['name without offence', withSentence('WBP bernama Budi Santoso dirawat.')],
      [
        'name and "bin", offence in the next sentence',
        withSentence('Budi Santoso bin Slamet, seorang napi, dirawat. Ia menjalani pidana kasus narkotika.'),
      ],
      ['title, then the offence before the name', withSentence('Tahanan kasus pembunuhan, Ir. Joko Susilo, dirawat.')],
      ['single names after the status', withSentence('Dua narapidana, Anton dan Herman, dirawat.')],
    ],
    passes: [
      ["a quoted official's name", CLEAN],
      [
        'an official named near an offence word',
        withSentence('Kepala Lapas Kelas IIA Sungai Harapan, Rina Wulandari, menyerahkan perkara itu kepada kepolisian.'),
      ],
      ['general description', withSentence('Seorang WBP laki-laki dewasa dirawat.')],
      ['an officer named beside an inmate word', withSentence('Petugas Agus Triyanto melerai perkelahian antarnarapidana.')],
    ],
  },
  'child-identity': {
    triggers: [
      ['initials with age', withSentence('Anak binaan RS (16) dirawat.')],
      ['school and village', withSentence('Seorang anak, siswa sekolah kejuruan di Desa Suka Maju, dirawat.')],
      ['parents named', withSentence('Anak itu putra dari Bapak Sutrisno.')],
      ['a name with an age under 18, no child word', withSentence('Rizky Pratama (15 tahun), warga Kampung Sawo Lestari, dirawat.')],
      ['names in the next sentence', withSentence('Dua Anak Binaan terluka. Keduanya, Dimas Saputra dan Fajar Nugraha, dirawat.')],
    ],
    passes: [
      ['general description', withSentence('Seorang Anak Binaan berusia 16 tahun dirawat.')],
      ['parents contacted', withSentence('Orang tua kedua anak sudah kami hubungi.')],
      ['an adult with age', withSentence('Seorang pengunjung berinisial AB (45) membantu.')],
      ["the institution's own name", withSentence('Lembaga Pembinaan Khusus Anak (LPKA) Kelas II Bukit Cahaya membuka kelas menjahit.')],
      ['visiting pupils and their school', withSentence('Tiga puluh siswa SMA Tunas Mekar mengunjungi kebun lapas.')],
    ],
  },
  'health-details': {
    triggers: [
      ['a diagnosis of one person', withSentence('Seorang WBP yang dirawat positif HIV.')],
      ['test result of the deceased', withSentence('Hasil visum almarhum menunjukkan luka.')],
    ],
    passes: [
      ['a general condition', CLEAN],
      ['aggregate symptoms', withSentence('Dua belas WBP mengalami diare dan sudah ditangani.')],
      ['a health service', withSentence('Petugas kesehatan memeriksa seluruh WBP.')],
    ],
  },
};

describe('the clean release', () => {
  it('raises no finding at all', () => {
    expect(analyzePressRelease({ parts: CLEAN })).toEqual([]);
  });
});

describe('every rule has a table', () => {
  it.each(RULE_IDS)('%s', (id) => {
    expect(TABLES[id], `no table for ${id}`).toBeDefined();
    expect(TABLES[id]!.triggers.length).toBeGreaterThan(0);
    expect(TABLES[id]!.passes.length).toBeGreaterThan(0);
  });
});

const HOLDING_ONLY = new Set(['dateline-missing']);
for (const [id, table] of Object.entries(TABLES)) {
  describe(`rule ${id}`, () => {
    it.each(table.triggers)('raises it: %s', (_name, parts) => {
      expect(ruleIds(parts, 'siaran-pertama')).toContain(id);
    });
    it.each(table.passes)('does not raise it: %s', (_name, parts) => {
      expect(ruleIds(parts, HOLDING_ONLY.has(id) ? 'pernyataan-awal' : 'siaran-pertama')).not.toContain(id);
    });
  });
}

describe('findings carry what the user needs', () => {
  const findings = analyzePressRelease({ parts: withSentence('Api diduga kuat berasal dari kompor milik WBP.') });

  it('a reason and a link to the module from the rule table', () => {
    for (const f of findings) {
      expect(f.reason).toBe(RULES[f.ruleId].reason);
      expect(f.moduleHref).toMatch(/^\/modul\/[a-z-]+\/#[a-z0-9-]+$/);
      expect(f.family).toBe(RULES[f.ruleId].family);
    }
  });

  it('a span that points at the words found', () => {
    const speculation = findings.find((f) => f.ruleId === 'speculation');
    const parts = withSentence('Api diduga kuat berasal dari kompor milik WBP.');
    expect(speculation?.span?.part).toBe('body');
    expect(parts.body.slice(speculation!.span!.start, speculation!.span!.end)).toBe('diduga kuat');
  });

  it('most serious first', () => {
    const order = findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(order).toEqual([...order].sort());
  });

  it('the 5W1H finding names what is missing', () => {
    const lead = analyzePressRelease({
      parts: withParts({
        lead: 'Kebakaran terjadi di ruang dapur Lembaga Pemasyarakatan (Lapas) Kelas IIA Sungai Harapan dan dipadamkan petugas.',
      }),
    });
    expect(lead.find((f) => f.ruleId === 'lead-5w1h')?.message).toBe('Teras belum menjawab: kapan.');
  });
});

describe('kinds of text', () => {
  it('a holding statement needs no dateline, quote, profile or end mark', () => {
    const holding = withParts({ dateline: '', quote: '', boilerplate: '', contact: 'Narahubung: Dimas Pratama, 0812-0000-1111' });
    const ids = ruleIds(holding, 'pernyataan-awal');
    for (const id of ['dateline-missing', 'quote-missing', 'boilerplate-missing', 'end-mark-missing']) expect(ids).not.toContain(id);
    expect(ruleIds(holding, 'siaran-pertama')).toEqual(
      expect.arrayContaining(['dateline-missing', 'quote-missing', 'boilerplate-missing', 'end-mark-missing']),
    );
  });

  it('a closing release needs no time of the next update', () => {
    const closing = withParts({ body: 'Kami akan memperbaiki jaringan listrik dapur paling lambat 30 April 2026.' });
    expect(ruleIds(closing, 'siaran-penutup')).not.toContain('next-update-missing');
    expect(ruleIds(closing, 'pemutakhiran')).toContain('next-update-missing');
  });

  it('free mode (no kind) asks for the full release but no time of the next update', () => {
    expect(ruleIds(withParts({ body: 'Kami akan memperbaiki dapur.' }))).not.toContain('next-update-missing');
    expect(ruleIds(withParts({ quote: '' }))).toContain('quote-missing');
  });
});

it("a law cited beside a child is not read as the child's name", () => {
  const text =
    'Demi kepentingan terbaik anak, dan sesuai Pasal 19 Undang-Undang Nomor 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak, identitas kedua anak tidak kami sampaikan.';
  expect(analyzePressRelease({ text }).filter((f) => f.ruleId === 'child-identity')).toEqual([]);
});
