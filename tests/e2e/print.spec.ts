import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decide, reachTask } from './support';

// Every printout a unit signs or hands on, printed by Chromium from its own print stylesheet (no header or footer
// template: what a user gets from the browser's "Print"), then read back page by page.
const UNIT = 'Lapas Kelas IIB Cetak Contoh (fiktif)';
const PERSON = 'Sari Wulandari';

interface PrintedPage {
  /** The page's text, spaces collapsed. */
  text: string;
  /** How far down the page its content reaches (0 to 1), the bottom margin's page number and stamp left out. */
  reach: number;
  /** The page as `pdftotext -layout` lays it out: one line of text per printed line. */
  lines: string[];
}

async function print(page: Page): Promise<PrintedPage[]> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'siaga-cetak-'));
  try {
    const file = join(dir, 'cetak.pdf');
    writeFileSync(file, pdf);
    // Words with their boxes, page by page (poppler-utils).
    const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const layout = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
    return [...html.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, h, words], index) => {
      const height = Number(h);
      const marginTop = 14 * 2.835; // the margins of src/styles/print.css, in points
      const footer = height - 16 * 2.835;
      const boxes = [...words!.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        top: Number(m[1]),
        bottom: Number(m[2]),
        word: m[3]!
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      }));
      const bottom = Math.max(marginTop, ...boxes.filter((b) => b.top < footer).map((b) => b.bottom));
      const lines = (layout[index] ?? '').split('\n').map((line) => line.trim());
      return { text: boxes.map((b) => b.word).join(' '), reach: (bottom - marginTop) / (footer - marginTop), lines };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What every printout must be: numbered pages, the unit on each, no page nearly empty, no web address, and the
 * signature block on a page that also carries content.
 */
function expectReadyToSign(pages: PrintedPage[], options: { maxPages: number; unit?: string; signature?: string; cover?: boolean }) {
  expect(pages.length, 'pages').toBeGreaterThan(0);
  expect(pages.length, 'pages').toBeLessThanOrEqual(options.maxPages);
  pages.forEach(({ text, reach }, index) => {
    const where = `page ${index + 1} of ${pages.length}: ${text.slice(0, 200)}`;
    expect(text, where).toContain(`Halaman ${index + 1} dari ${pages.length}`);
    if (options.unit) expect(text, where).toContain(options.unit);
    expect(text, where).not.toMatch(/https?:\/\/|\/latihan\/|\/daftar-periksa\/|\/modul\/|\/kemajuan\//);
    // Every page but the last (and a cover) carries content at least halfway down: no sheet of a few lines before a
    // page break; the last one more than a footer.
    if (index < pages.length - 1 && !(options.cover && index === 0)) expect(reach, `${where} is nearly empty`).toBeGreaterThan(0.5);
    else expect(reach, `${where} is nearly empty`).toBeGreaterThan(0.12);
  });
  if (options.signature) {
    const signed = pages.filter(({ text }) => text.includes(options.signature!));
    expect(signed, `the signature "${options.signature}"`).toHaveLength(1);
    // Above the signature block (options.signature is its first words) there is more of the document than a heading.
    const before = signed[0]!.text.split(options.signature)[0]!;
    expect(before.length, `the signature block shares its page with content: ${before}`).toBeGreaterThan(120);
  }
}

async function fillProfile(page: Page) {
  await page.goto('/data-saya/');
  await page.getByLabel('Nama unit').fill(UNIT);
  await page.getByLabel('Nama pengisi').fill(PERSON);
  await page.getByLabel('Jabatan').fill('Koordinator Humas');
}

test.beforeEach(async ({ page }) => {
  await fillProfile(page);
});

test('self-assessment report: the form with its 32 answers, a legend that fits, signatures with content', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/latihan/self-asesmen/');
  const items = page.locator('.sa-item');
  for (let i = 0; i < 32; i++)
    await items
      .nth(i)
      .getByRole('radio')
      .nth(i % 4)
      .check();
  await page.getByRole('button', { name: 'Selesai dan lihat hasil' }).click();
  await expect(page.locator('[data-result]')).toBeVisible();
  const printed = await print(page);
  expectReadyToSign(printed, { maxPages: 4, unit: UNIT, signature: 'Pengisi,' });
  const all = printed.map((p) => p.text).join(' ');
  // The page title is not printed above the report's own title.
  expect(all.match(/Self-Asesmen Krisis/g) ?? []).toHaveLength(0);
  expect(all).toContain('Jawaban per butir');
  expect(all).toContain('32.');
  // A first assessment: nothing about an earlier one in the chart's legend.
  expect(all).not.toContain('garis tegak hitam');
});

test('risk map: unit, date and signatures, no half-empty pages', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/latihan/peta-risiko/');
  const types = page.locator('.rm-types fieldset');
  const count = await types.count();
  for (let i = 0; i < count; i++) {
    await types
      .nth(i)
      .getByLabel('Kemungkinan')
      .selectOption(String((i % 5) + 1));
    await types
      .nth(i)
      .getByLabel('Dampak')
      .selectOption(String(((i + 2) % 5) + 1));
    await types
      .nth(i)
      .getByLabel('Pengendalian yang sudah ada')
      .fill('Pemeriksaan berlapis, daftar kontak darurat diperbarui tiap bulan, latihan berkala.');
    await types.nth(i).getByLabel('Pemilik risiko').fill('Kepala KPLP');
  }
  const printed = await print(page);
  expectReadyToSign(printed, { maxPages: 3, unit: UNIT, signature: 'Disusun oleh,' });
  expect(printed[0]!.text).toContain('Penilaian terakhir diubah');
  expect(printed.map((p) => p.text).join(' ')).toContain(PERSON);
});

test('plan: the cover first, only written scenarios, no default name, signatures with content', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/latihan/rencana-komunikasi/');
  await page.getByLabel('Nama unit').fill(UNIT);
  const open = async (id: string) => {
    const toggle = page.locator(`#bagian-${id}`).getByRole('heading').getByRole('button');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  };
  await open('skenario');
  const scenario = page.locator('[data-row="scenarios.0"]');
  await scenario
    .getByLabel('Pernyataan awal', { exact: true })
    .fill('Pagi ini terjadi kebakaran di dapur. Api sudah padam. Keterangan berikutnya pukul 12.00.');
  await scenario.getByLabel('Pesan kunci 1', { exact: true }).fill('Api sudah padam dan semua aman.');
  await open('evaluasi');
  const evaluation = page.locator('#bagian-evaluasi');
  await evaluation.getByLabel('Pemimpin evaluasi (peran)').fill('Koordinator humas');
  await evaluation.getByLabel('Waktu evaluasi').fill('Dalam tujuh hari setelah krisis dinyatakan selesai');
  await evaluation.getByLabel('Jadwal tinjauan rencana').fill('Setiap enam bulan dan setelah setiap krisis');
  await evaluation.getByLabel('Jadwal latihan').fill('Simulasi meja sekali setahun');
  await expect(page.locator('[data-save-status]')).toContainText('Tersimpan');

  const printed = await print(page);
  expectReadyToSign(printed, { maxPages: 7, unit: UNIT, signature: 'Ditetapkan di', cover: true });
  const all = printed.map((p) => p.text).join(' ');
  // The cover is the first thing on paper: no site header or page title above it.
  expect(printed[0]!.text).toMatch(/^(Siaga Krisis · materi pelatihan, bukan peraturan resmi )?Rencana Manajemen Komunikasi Krisis/);
  expect(all).not.toContain('Rencana baru');
  // The one scenario the unit wrote is printed with its count; the template's other crisis types are not.
  expect(all.match(/Patokan 27\/9\/3/g) ?? []).toHaveLength(1);
  expect(all).not.toMatch(/6\.2 /);

  // The contents on the cover give each section's page, and the section's heading starts a line on that very page.
  const cover = printed[0]!.lines;
  const contents = cover
    .slice(cover.indexOf('Isi dokumen') + 1)
    .map((line) => line.match(/^(\d+\. \S.*?|Pengesahan)\s{2,}(\d+)$/))
    .filter((m) => m !== null)
    .map(([, heading, sheet]) => ({ heading: heading!, sheet: Number(sheet) }));
  expect(contents.map((c) => c.heading)).toEqual([
    '1. Identitas unit dan dokumen',
    '2. Tim komunikasi krisis',
    '3. Alur persetujuan pernyataan',
    '4. Direktori kontak',
    '5. Peta pemangku kepentingan',
    '6. Skenario risiko dan peta pesan',
    '7. Saluran dan akun resmi',
    '8. Pemantauan dan tingkat eskalasi',
    '9. Protokol jam pertama',
    '10. Evaluasi pascakrisis dan jadwal tinjauan',
    'Pengesahan',
  ]);
  const printedOn = contents.map(({ heading }) => printed.findIndex((p, index) => index > 0 && p.lines.includes(heading)) + 1);
  expect(contents.map((c) => `${c.heading}: ${c.sheet}`)).toEqual(contents.map((c, i) => `${c.heading}: ${printedOn[i]}`));
  // The sections do not all start on one sheet: the numbers were measured, not assumed.
  expect(new Set(printedOn).size).toBeGreaterThan(3);
});

test('simulation debrief after a played run: the unit in every margin, no links, the signatures with the lessons', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/latihan/simulasi/pelarian-apel-pagi/');
  await page.getByRole('button', { name: 'Mulai simulasi' }).click();
  const write = async (stepId: string, text: string) => {
    const form = await reachTask(page, stepId);
    await form.getByRole('textbox').fill(text);
    await form.getByRole('button', { name: 'Kirim' }).click();
  };
  await decide(page, 'laporan-apel', /Mulai lembar fakta/);
  await write(
    'video-warga',
    'Pernyataan awal Lapas Kelas IIB Bukit Embun. Pukul 05.30 hari ini satu warga binaan tidak berada di kamarnya saat apel pagi. ' +
      'Kami bersama kepolisian sedang melakukan pencarian. Kami memahami kekhawatiran warga dan keluarga. Informasi berikutnya kami sampaikan pukul 09.00.',
  );
  await decide(page, 'wartawan', /Jawab dengan pernyataan awal/);
  await decide(page, 'keluarga', /Tugaskan petugas layanan informasi/);
  await write(
    'rilis',
    'SIARAN PERS Lapas Kelas IIB Bukit Embun. Satu warga binaan yang tidak berada di kamarnya saat apel pagi pukul 05.30 ditemukan ' +
      'kepolisian pukul 08.20 dan sudah kembali ke lapas dalam keadaan sehat. Kami berterima kasih atas kerja sama kepolisian dan warga, ' +
      'dan kami memahami kekhawatiran masyarakat serta keluarga. Pemeriksaan atas kejadian ini sedang berjalan. Narahubung: Koordinator Humas.',
  );
  await decide(page, 'sebelum-terbit', /Kirim draf ke Kepala Lapas/);
  await expect(page.locator('[data-view="debrief"] [data-writings] article')).toHaveCount(2);

  const printed = await print(page);
  expectReadyToSign(printed, { maxPages: 10, unit: UNIT, signature: 'Peserta,' });
  const all = printed.map((p) => p.text).join(' ');
  expect(all).toContain('Evaluasi: laporan pascalatihan');
  expect(all).toContain(`(${PERSON})`);
  // Links to other views and to the modules are for the screen.
  for (const link of ['Semua skenario', 'Mode fasilitator', 'Pelajari', 'Ekspor hasil', 'Data saya']) expect(all).not.toContain(link);
  // Every section has its content: the decisions, the texts with their model answers, the lessons.
  for (const heading of ['Nilai per dimensi', 'Keputusan dan akibatnya', 'Tulisan Anda', 'Contoh jawaban', 'Pelajaran kunci'])
    expect(all).toContain(heading);
  // The signatures come after the lessons, on the lessons' sheet.
  expect(printed.at(-1)!.text).toContain('Pelajaran kunci');
});

// Issue 21: in the pack of cards a trainer prints for a session without screens, a step's heading used to end pages
// alone (five times in two scenarios); it now prints with its first row of cards.
test('inject card pack: no page ends with a step heading alone', async ({ page }) => {
  test.setTimeout(60_000);
  for (const scenario of ['pelarian-apel-pagi', 'kebakaran-blok-hunian', 'video-pemerasan']) {
    await page.goto(`/latihan/simulasi/${scenario}/fasilitator/`);
    await expect(page.locator('[data-action="print"]')).toBeEnabled();
    await page.emulateMedia({ media: 'print' });
    const printed = await print(page);
    const headings = await page.locator('.sk-cards__step h3').allTextContents();
    expect(headings.length, scenario).toBeGreaterThan(3);
    printed.forEach(({ lines }, index) => {
      // The last two printed lines above the page number: a heading may wrap onto two lines.
      const foot = lines
        .filter((line) => line !== '' && !/^Halaman \d+ dari \d+$/.test(line))
        .slice(-2)
        .join(' ');
      for (const heading of headings) {
        // Up to its "(menit": a card that quotes the step's title (a decision's "→ …") does not count.
        const start = heading.replace(/\s+/g, ' ').slice(0, heading.indexOf('(menit') + 6);
        expect(foot.includes(start), `${scenario}, page ${index + 1} ends with “${start}…”`).toBe(false);
      }
    });
  }
});

test('checklist booklet: a cover, then each checklist on one sheet of its own, with the unit and no web address', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/daftar-periksa/cetak-semua/');
  await page.waitForLoadState('networkidle');
  const titles = await page.locator('.sk-booklet__contents li').allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(10);
  const printed = await print(page);
  // One sheet per checklist: a checklist that ran a few lines over left a sheet of a few lines.
  expect(printed).toHaveLength(titles.length + 1);
  expectReadyToSign(printed, { maxPages: titles.length + 1, unit: UNIT, cover: true });
  expect(printed[0]!.text).toContain('Buku Daftar Periksa Komunikasi Krisis');
  // The web page's own title and its explanation of how the page works stay on screen.
  expect(printed[0]!.text).not.toContain('Cetak semua');
  expect(printed[0]!.text).not.toContain('peramban');
  titles.forEach((title, index) => expect(printed[index + 1]!.text).toContain(title));
  expect(printed.map((p) => p.text).join(' ')).not.toContain('Daring');
});

test('every checklist’s own page prints on one sheet, with the unit in its margin', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/daftar-periksa/cetak-semua/');
  const pages = await page
    .locator('.sk-booklet__contents a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(pages.length).toBeGreaterThanOrEqual(10);
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('checklist-form [data-profile-unit]')).toHaveText(UNIT);
    const printed = await print(page);
    expect(printed, path).toHaveLength(1);
    expectReadyToSign(printed, { maxPages: 1, unit: UNIT });
  }
});

test('the learning record, a checklist and the triage summary print with numbered pages and no web addresses', async ({ page }) => {
  test.setTimeout(90_000);
  for (const path of ['/kemajuan/', '/daftar-periksa/jam-pertama/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expectReadyToSign(await print(page), { maxPages: 3 });
  }
  await page.goto('/latihan/triase-insiden/');
  const groups = page.locator('incident-triage fieldset:has(input[type="radio"])');
  const count = await groups.count();
  for (let i = 0; i < count; i++) await groups.nth(i).getByRole('radio').first().check();
  await expect(page.locator('incident-triage [data-result]')).toBeVisible();
  expectReadyToSign(await print(page), { maxPages: 2 });
});
