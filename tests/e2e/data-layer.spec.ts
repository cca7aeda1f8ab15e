import { expect, test, type Page } from '@playwright/test';
import { open, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROFILE_KEY, watchPage } from './support';

const unit = 'Lapas Kelas IIA Telaga Bening (fiktif)';

async function fillProfile(page: Page, name = unit) {
  await page.getByLabel('Nama unit').fill(name);
  await page.getByLabel('Jenis unit').selectOption('Lapas');
  await page.getByLabel('Nama pengisi').fill('Rina Lestari');
}

async function importFile(page: Page, name: string, contents: string | Buffer | { path: string }) {
  const input = page.getByLabel(/Impor dari berkas/);
  if (typeof contents === 'object' && 'path' in contents) await input.setInputFiles(contents.path);
  else
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(contents) ? contents : Buffer.from(contents) });
}

/** A file just over the import limit (100 MB), sparse on disk: the page must refuse it by its size, unread. */
async function tooLargeFile(): Promise<{ path: string }> {
  const path = join(tmpdir(), 'siaga-krisis-terlalu-besar.json');
  const handle = await open(path, 'w');
  await handle.truncate(100 * 1024 * 1024 + 1);
  await handle.close();
  return { path };
}

test('profile is saved as the user types and is still there after reload', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/data-saya/');
  await fillProfile(page);
  await page.reload();
  await expect(page.getByLabel('Nama unit')).toHaveValue(unit);
  await expect(page.getByLabel('Jenis unit')).toHaveValue('Lapas');
  await expect(page.getByLabel('Nama pengisi')).toHaveValue('Rina Lestari');
  const row = page.locator(`[data-items] tr[data-key="${PROFILE_KEY}"]`);
  await expect(row).toContainText('Profil unit dan pengisi');
  await expect(row).toContainText(unit);
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), PROFILE_KEY)) ?? '{}');
  expect(stored).toMatchObject({ version: 1, data: { unitName: unit, unitType: 'Lapas', personName: 'Rina Lestari' } });
  watch.expectClean();
});

test('an unreadable stored value is kept aside byte for byte, and the user is told and can download it', async ({ page }) => {
  const corrupt = '{"version":1,"rev":3,"savedAt":"x","data":{"unitName":42}} <- rusak';
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [PROFILE_KEY, corrupt] as const,
  );
  await page.goto('/data-saya/');
  const notice = page.locator('storage-notices [data-state="recovered"]');
  await expect(notice).toContainText('tidak dapat dibaca');
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('siaga-krisis:cadangan:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(backups).toEqual([corrupt]);
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Unduh data yang tidak terbaca' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe(corrupt);
  // The user starts again; the backup stays listed on Data saya until they delete it.
  await fillProfile(page);
  await page.reload();
  await expect(page.getByLabel('Nama unit')).toHaveValue(unit);
  await expect(page.locator('[data-backups]')).toBeVisible();
  await expect(page.locator('[data-backup-list] li')).toHaveCount(1);
});

test('a value saved by a newer version is left untouched and the page works in memory', async ({ page }) => {
  const newer = JSON.stringify({ version: 99, rev: 1, savedAt: '2030-01-01T00:00:00.000Z', data: { future: true } });
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [PROFILE_KEY, newer] as const);
  await page.goto('/data-saya/');
  await expect(page.locator('storage-notices [data-state="newer-version"]')).toContainText('versi Siaga Krisis yang lebih baru');
  await page.getByLabel('Nama unit').fill('Coba');
  expect(await page.evaluate((k) => localStorage.getItem(k), PROFILE_KEY)).toBe(newer);
});

/** Every uncaught error on the page, ours or Starlight's. */
function uncaughtErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  return errors;
}

/** The theme picker still works: choosing dark (the browser here prefers light) applies it to the page. */
async function pickDarkTheme(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.locator('starlight-theme-select select').filter({ visible: true }).first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
}

test('when storage throws on every access, the page still works, says nothing will be kept, and nothing throws', async ({ page }) => {
  // Private modes and blocked storage: every access to either storage throws, Starlight's theme scripts included.
  const errors = uncaughtErrors(page);
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('Penyimpanan diblokir', 'SecurityError');
        },
      });
    }
  });
  await page.goto('/data-saya/');
  await expect(page.locator('storage-notices [data-state="memory-only"]')).toContainText('tidak mengizinkan penyimpanan');
  await fillProfile(page);
  await expect(page.getByLabel('Nama unit')).toHaveValue(unit);
  await expect(page.locator('[data-usage]')).toContainText('tidak mengizinkan penyimpanan');
  await pickDarkTheme(page);
  await page.reload();
  await expect(page.getByLabel('Nama unit')).toHaveValue('');
  await page.goto('/modul/jam-pertama/');
  await pickDarkTheme(page);
  expect(errors).toEqual([]);
});

test('a full storage keeps the work on screen, warns, export still works, and nothing throws', async ({ page }) => {
  const errors = uncaughtErrors(page);
  await page.goto('/data-saya/');
  await fillProfile(page, 'Sebelum penuh');
  // Fill the real quota with junk until the browser refuses.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; i < 200; i++) {
      try {
        localStorage.setItem(`pengisi-${i}`, chunk);
      } catch {
        let size = chunk.length;
        while (size > 16) {
          size = Math.floor(size / 2);
          try {
            localStorage.setItem(`pengisi-${i}-${size}`, 'x'.repeat(size));
          } catch {
            /* smaller next time */
          }
        }
        return;
      }
    }
  });
  await page.getByLabel('Nama unit').fill('Sebelum penuh, lalu ditambah teks yang cukup panjang agar tidak muat lagi di penyimpanan');
  await expect(page.locator('storage-notices [data-state="not-saved"]')).toContainText('Penyimpanan peramban penuh');
  await expect(page.getByLabel('Nama unit')).toHaveValue(/ditambah teks/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor semua data' }).click();
  // The profile holds the person's name: the export asks first.
  await page.getByRole('dialog', { name: 'Sertakan data pribadi?' }).getByRole('button', { name: 'Sertakan nama dan nomor' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(file.documents[PROFILE_KEY].data.unitName).toBe('Sebelum penuh');
  // With storage still full, other pages open and the theme picker works without an error (Starlight's included).
  await page.goto('/modul/jam-pertama/');
  await pickDarkTheme(page);
  await page.goto('/');
  expect(errors).toEqual([]);
});

test('two tabs: a change in one shows in the other, and a stale tab never overwrites newer work', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/data-saya/');
  await second.goto('/data-saya/');
  await first.getByLabel('Nama unit').fill('Dari tab pertama');
  await expect(second.getByLabel('Nama unit')).toHaveValue('Dari tab pertama');
  await expect(second.locator('storage-notices [data-state="updated-elsewhere"]')).toBeVisible();
  // The second tab edits another field: the first tab's unit name survives.
  await second.getByLabel('Nama pengisi').fill('Dari tab kedua');
  await expect(first.getByLabel('Nama pengisi')).toHaveValue('Dari tab kedua');
  await first.reload();
  await expect(first.getByLabel('Nama unit')).toHaveValue('Dari tab pertama');
  await expect(first.getByLabel('Nama pengisi')).toHaveValue('Dari tab kedua');
});

test('a tab that missed a change does not overwrite it', async ({ page }) => {
  await page.goto('/data-saya/');
  await page.getByLabel('Nama unit').fill('Versi lama');
  // Simulate a save by another tab whose storage event this page never received.
  await page.evaluate((key) => {
    const current = JSON.parse(localStorage.getItem(key)!);
    const newer = { ...current, rev: current.rev + 5, data: { ...current.data, unitName: 'Versi baru dari tab lain' } };
    Storage.prototype.setItem.call(localStorage, key, JSON.stringify(newer));
  }, PROFILE_KEY);
  await page.getByLabel('Nama pengisi').fill('x');
  await expect(page.locator('storage-notices [data-state="updated-elsewhere"]')).toBeVisible();
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), PROFILE_KEY))!);
  expect(stored.data.unitName).toBe('Versi baru dari tab lain');
  await expect(page.getByLabel('Nama unit')).toHaveValue('Versi baru dari tab lain');
});

test('export, then import into a fresh browser profile, with a preview and nothing changed before confirming', async ({
  page,
  browser,
}) => {
  await page.goto('/data-saya/');
  await fillProfile(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor semua data' }).click();
  await page.getByRole('dialog', { name: 'Sertakan data pribadi?' }).getByRole('button', { name: 'Sertakan nama dan nomor' }).click();
  const exported = await readFile(await (await download).path());
  expect((await download).suggestedFilename()).toMatch(/^siaga-krisis-data-\d{4}-\d{2}-\d{2}\.json$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/data-saya/');
  await other.getByLabel('Nama unit').fill('Data lama di perangkat baru');
  await importFile(other, 'ekspor.json', exported);
  await expect(other.locator('[data-import-preview]')).toBeVisible();
  await expect(other.locator('[data-import-list]')).toContainText(unit);
  // Nothing changed yet.
  await expect(other.getByLabel('Nama unit')).toHaveValue('Data lama di perangkat baru');
  await other.getByRole('button', { name: 'Batal' }).click();
  await expect(other.getByLabel('Nama unit')).toHaveValue('Data lama di perangkat baru');

  await importFile(other, 'ekspor.json', exported);
  await other.getByLabel(/Ganti semua/).check();
  await other.getByRole('button', { name: 'Impor sekarang' }).click();
  await expect(other.locator('[data-import-message]')).toContainText('Impor selesai');
  await expect(other.getByLabel('Nama unit')).toHaveValue(unit);
  await other.reload();
  await expect(other.getByLabel('Nama unit')).toHaveValue(unit);
  await expect(other.getByLabel('Nama pengisi')).toHaveValue('Rina Lestari');
  await fresh.close();
});

const badFiles: Array<[string, string | Buffer | (() => Promise<{ path: string }>), string]> = [
  ['an empty file', '', 'Berkas kosong'],
  ['a file that is not JSON', 'ini teks biasa', 'bukan JSON yang utuh'],
  ['another application’s file', JSON.stringify({ version: 1, data: {} }), 'bukan berkas ekspor Siaga Krisis'],
  [
    'a file from a newer version',
    JSON.stringify({ app: 'siaga-krisis', kind: 'ekspor-data', formatVersion: 7, exportedAt: 'x', documents: {} }),
    'versi Siaga Krisis yang lebih baru',
  ],
  [
    'a field with the wrong type',
    JSON.stringify({
      app: 'siaga-krisis',
      kind: 'ekspor-data',
      formatVersion: 1,
      exportedAt: 'x',
      documents: { 'siaga-krisis:profil': { version: 1, savedAt: 'x', data: { unitName: 7, unitType: '', personName: '', position: '' } } },
    }),
    'kolom “unitName” harus berupa teks',
  ],
  ['a file that is too large', tooLargeFile, 'terlalu besar'],
];

for (const [name, contents, message] of badFiles) {
  test(`import rejects ${name} with a clear message and changes nothing`, async ({ page }) => {
    await page.goto('/data-saya/');
    await fillProfile(page);
    const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    await importFile(page, 'berkas.json', typeof contents === 'function' ? await contents() : contents);
    // A failure is an alert; success and neutral news are a polite status.
    await expect(page.getByRole('alert').filter({ hasText: message })).toHaveAttribute('data-import-error', '');
    await expect(page.locator('[data-import-preview]')).toBeHidden();
    expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
  });
}

test('delete one item and delete everything ask first', async ({ page }) => {
  await page.goto('/data-saya/');
  await fillProfile(page);
  const row = page.locator(`[data-items] tr[data-key="${PROFILE_KEY}"]`);
  await row.getByRole('button', { name: /Hapus/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: /Hapus/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(row).toHaveCount(0);
  await expect(page.getByLabel('Nama unit')).toHaveValue('');
  // The pressed button went with its row: the focus does not fall to the page, and the page says what happened.
  await expect(page.getByRole('heading', { name: 'Yang tersimpan di peramban ini' })).toBeFocused();
  await expect(page.locator('[data-delete-message]')).toHaveText('“Profil unit dan pengisi” dihapus dari peramban ini.');

  await fillProfile(page);
  await page.getByRole('button', { name: 'Hapus semua data…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'telah dihapus' })).toHaveAttribute('data-import-message', '');
  await expect(page.getByRole('button', { name: 'Hapus semua data…' })).toBeFocused();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('siaga-krisis:')))).toEqual([]);
});
