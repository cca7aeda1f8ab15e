import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { watchPage, reachTask, decide } from './support';

// Writing tasks in a simulation are checked by the press-release checker: live while typing, and in the debrief.
const PAGE = '/latihan/simulasi/pelarian-apel-pagi/';

const weakStatement =
  'Tidak ada komentar dulu dari kami. Lima napi diduga kabur karena petugas jaga lengah, tetapi situasi aman terkendali dan warga tidak perlu khawatir.';
const betterStatement =
  'Pada apel pagi pukul 05.30 di Lembaga Pemasyarakatan (Lapas) Kelas IIB Bukit Embun terjadi selisih hitungan: satu warga binaan tidak berada di kamarnya. ' +
  'Penyebabnya sedang diperiksa, dan kami bersama kepolisian sedang melakukan pencarian. Kami memahami kekhawatiran warga dan keluarga. ' +
  'Bila melihat hal yang mencurigakan, hubungi kantor polisi terdekat.';

test('a writing task gets the press-release checker’s findings while typing, in the debrief and on the printed report', async ({
  page,
}) => {
  const watch = watchPage(page);
  const checkerRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/_astro\/(?:writing-checker|analyze)\.[\w-]+\.js$/.test(request.url())) checkerRequests.push(request.url());
  });
  await page.goto(PAGE);
  await page.getByRole('button', { name: 'Mulai simulasi' }).click();
  await decide(page, 'laporan-apel', /Mulai lembar fakta/);
  // Nothing of the checker is fetched until a writing task appears.
  expect(checkerRequests).toEqual([]);

  const form = await reachTask(page, 'video-warga');
  await expect.poll(() => checkerRequests.length).toBeGreaterThan(0);
  const findings = form.locator('[data-findings]');
  const summary = form.locator('[data-check-summary]');
  await expect(summary).toHaveAttribute('role', 'status');
  await expect(summary).toContainText('Mulai menulis');

  // A weak statement: "no comment", a guessed cause, the institution before the people.
  await form.getByRole('textbox').fill(weakStatement);
  await expect(findings.locator('[data-rule="no-comment"]')).toBeVisible();
  await expect(findings.locator('[data-rule="speculation"]')).toContainText('“diduga” menyebut dugaan penyebab');
  await expect(findings.locator('[data-rule="no-comment"] a')).toHaveAttribute('href', '/modul/jam-pertama/#yang-tidak-boleh-dikatakan');
  await expect(summary).toContainText(/\d+ temuan pemeriksa siaran pers: [1-9]\d* harus diperbaiki/);
  // Structure rules of a full release do not apply to a holding statement.
  await expect(findings.locator('[data-rule="headline-missing"], [data-rule="contact-missing"]')).toHaveCount(0);
  // The findings meet WCAG 2.1 AA in both themes (the page-wide scan sees the page before any finding exists).
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const results = await new AxeBuilder({ page })
      .include('[data-task="video-warga"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${theme}: ${v.id}: ${v.help}`)).toEqual([]);
  }

  // Improved: those findings go; the call to contact the police is a next step; the time of the next update is still missing.
  await form.getByRole('textbox').fill(betterStatement);
  await expect(findings.locator('[data-rule="no-comment"]')).toHaveCount(0);
  await expect(findings.locator('[data-rule="speculation"]')).toHaveCount(0);
  await expect(findings.locator('[data-rule="next-update-missing"]')).toBeVisible();
  await expect(findings.locator('[data-rule="next-step-missing"]')).toHaveCount(0);
  await expect(findings.locator('li')).toHaveCount(1);
  await expect(summary).toHaveText('1 temuan pemeriksa siaran pers: 0 harus diperbaiki, 1 perlu diperbaiki, 0 untuk dipertimbangkan.');
  await form.getByRole('button', { name: 'Kirim' }).click();

  // A branch that ends early: the story ends after the journalist's call.
  await decide(page, 'wartawan', /Bantah tegas/);
  const debrief = page.locator('[data-view="debrief"]');
  await expect(debrief.locator('[data-ending]')).toContainText('Bantahan berbalik');
  const card = debrief.locator('[data-writings] article');
  await expect(card).toHaveCount(1);
  await expect(card.locator('[data-checker-summary]')).toHaveText('Pemeriksa siaran pers: 1 temuan.');
  await expect(card.locator('[data-rule="next-update-missing"]')).toContainText('jam kabar berikutnya');
  await expect(card).toContainText('✓ Pemeriksa siaran pers: tanpa “tidak ada komentar”, spekulasi penyebab, atau janji mutlak');
  await expect(card).toContainText('✗ Pemeriksa siaran pers: langkah berikutnya dan jam kabar berikutnya (0/1, empati)');
  await expect(card).toContainText('✓ Menyebut jumlah yang sudah dipastikan');

  // The printed after-action report carries the findings.
  await page.emulateMedia({ media: 'print' });
  await expect(card.locator('[data-rule="next-update-missing"]')).toBeVisible();
  await expect(page.locator('[data-task="video-warga"]')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The exported result counts the checker's criteria with the rubric's.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor hasil (.json)' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  // Rubric 12 points + checker 8 points; met: the rubric minus “kabar berikutnya” (1), the checker minus “jam kabar berikutnya” (1).
  expect(file.result.writings).toEqual([expect.objectContaining({ stepId: 'video-warga', points: 18, possible: 20 })]);

  // After a reload the debrief is scored again with the checker.
  await page.reload();
  await expect(page.locator('[data-writings] [data-rule="next-update-missing"]')).toBeVisible();
  watch.expectClean();
});

test('a path without writing tasks never fetches the checker', async ({ page }) => {
  const checkerRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/_astro\/writing-checker\.[\w-]+\.js$/.test(request.url())) checkerRequests.push(request.url());
  });
  await page.goto(PAGE);
  await page.getByRole('button', { name: 'Mulai simulasi' }).click();
  await decide(page, 'laporan-apel', /Langsung unggah/);
  await decide(page, 'teguran-kanwil', /Biarkan unggahan itu tetap tayang/);
  await expect(page.locator('[data-ending]')).toContainText('Komunikasi diambil alih');
  await expect(page.locator('[data-writings]')).toContainText('tidak memuat tugas menulis');
  expect(checkerRequests).toEqual([]);
});
