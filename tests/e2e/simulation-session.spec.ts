import { expect, test, type Page } from '@playwright/test';
import { reachTask, watchPage } from './support';

const RICUH = '/latihan/simulasi/kericuhan-kunjungan/';

async function start(page: Page, url: string, speed: RegExp = /Dipercepat/) {
  await page.goto(url);
  await page.getByRole('radio', { name: speed }).check();
  await page.getByRole('button', { name: 'Mulai simulasi' }).click();
}

async function choose(page: Page, stepId: string, optionId: string) {
  const form = await reachTask(page, stepId);
  await form.locator(`input[value="${optionId}"]`).check();
  await form.getByRole('button', { name: 'Putuskan' }).click();
}

/** Ids of the feed items that have arrived. */
const arrived = (page: Page) =>
  page.locator('[data-feed-item][data-arrived]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.feedItem));

test('a fast player who decides at once still receives every inject before the next decision', async ({ page }) => {
  const watch = watchPage(page);
  await start(page, RICUH, /Waktu nyata/);
  // Decided at once, before the viral video of this step (due three minutes in) has come.
  await expect(page.locator('[data-task="ricuh"]')).toBeVisible();
  expect(await arrived(page)).not.toContain('video-lensa');
  await choose(page, 'ricuh', 'bantah-video');
  // The next decision speaks of the video: it has arrived before that decision can be taken.
  await reachTask(page, 'video-kedua');
  expect(await arrived(page)).toEqual(expect.arrayContaining(['laporan-ricuh', 'video-lensa', 'video-sudut-lain']));
  await choose(page, 'video-kedua', 'hapus-minta-maaf');
  const writing = await reachTask(page, 'pernyataan');
  await writing.getByRole('textbox').fill('Kami prihatin atas kejadian di ruang kunjungan. Dua pengunjung dan satu petugas dirawat.');
  await writing.getByRole('button', { name: 'Kirim' }).click();
  await reachTask(page, 'televisi');
  expect(await arrived(page)).toEqual(expect.arrayContaining(['surat-kanwil-ricuh', 'suami-pengunjung', 'telepon-tv']));
  watch.expectClean();
});

test('options are shown in a shuffled order that stays the same for the run, after a reload too', async ({ page }) => {
  await start(page, RICUH);
  const order = () =>
    page.locator('[data-task="ricuh"] input[type="radio"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  await expect(page.locator('[data-task="ricuh"]')).toBeVisible();
  const first = await order();
  expect([...first].sort()).toEqual(['bantah-video', 'fakta-keselamatan', 'tunggu-tenang']);
  await page.reload();
  await expect(page.locator('[data-task="ricuh"]')).toBeVisible();
  expect(await order()).toEqual(first);
  const startedAt = await page.evaluate(
    () => JSON.parse(localStorage.getItem('siaga-krisis:simulasi')!).data.solo['kericuhan-kunjungan'].startedAt as string,
  );
  expect(startedAt).toBeTruthy();
});

test('a new task and the first messages are announced, the badge counts arrivals without moving the reader, and a skip lands on the task', async ({
  page,
}) => {
  await page.goto(RICUH);
  await page.getByLabel('Nama Anda (boleh dikosongkan)').fill('Sari Wulan');
  await page.getByRole('button', { name: 'Mulai simulasi' }).click();
  const live = page.locator('[data-announcer]');
  await expect(live).toContainText('Simulasi dimulai.');
  await expect(live).toContainText('Masuk di Pesan');
  await expect(live).toContainText('Tugas baru: Apa prioritas humas pada menit-menit pertama?');
  await expect(live).toHaveAttribute('role', 'status');

  // Scrolled down to the tasks, a new message arrives above: the badge says so and the page does not move.
  await page.setViewportSize({ width: 360, height: 640 });
  await page.locator('[data-task="ricuh"] button[type="submit"]').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  // What the reader sees stays put: the task's button is where it was (the browser's scroll anchoring absorbs the card).
  const where = () => page.locator('[data-task="ricuh"] button[type="submit"]').evaluate((button) => button.getBoundingClientRect().top);
  const scrolled = await where();
  // Time passing brings the next message; the skip, pressed without scrolling to it, stands in for the wait.
  await page.getByRole('button', { name: 'Lompat ke kejadian berikutnya' }).dispatchEvent('click');
  await expect(live).toContainText('Masuk di');
  const badge = page.locator('[data-new-badge]');
  await expect(badge).toHaveText('1 pesan baru');
  expect(Math.abs((await where()) - scrolled)).toBeLessThan(5);
  await badge.click();
  await expect(badge).toBeHidden();

  // Decide, then skip the wait: focus goes to the new task's question, which is announced.
  await page.locator('[data-task="ricuh"] input[value="fakta-keselamatan"]').check();
  await page.locator('[data-task="ricuh"]').getByRole('button', { name: 'Putuskan' }).click();
  await page.getByRole('button', { name: 'Lompat ke kejadian berikutnya' }).click();
  await expect(page.locator('[data-task="pernyataan"] .sk-task__prompt')).toBeFocused();
  await expect(live).toContainText('Tugas baru:');
});

test('writing on a phone with the keyboard open: prompt and field stay in view, the clock stops for the writer', async ({ page }) => {
  // A 360 × 740 phone with about 340 px taken by the on-screen keyboard.
  await page.setViewportSize({ width: 360, height: 400 });
  await start(page, RICUH);
  await choose(page, 'ricuh', 'fakta-keselamatan');
  const form = await reachTask(page, 'pernyataan');
  await expect(form.locator('.sk-task__hold')).toContainText('jam berhenti');
  // The step's last message comes four minutes in; after it the clock stands still while the participant writes.
  await expect(async () => {
    await page.getByRole('button', { name: 'Lompat ke kejadian berikutnya' }).click({ timeout: 500 });
  })
    .toPass({ timeout: 5_000 })
    .catch(() => undefined);
  await expect(page.locator('[data-clock-state]')).toHaveText('Berhenti selama Anda menulis');
  const area = form.getByRole('textbox');
  await area.focus();
  await area.pressSequentially('Kami prihatin ', { delay: 20 });
  await page.waitForTimeout(200);
  const visible = await page.evaluate(() => {
    const prompt = document.querySelector('[data-task="pernyataan"] .sk-task__promptbox')!.getBoundingClientRect();
    const field = document.querySelector('[data-task="pernyataan"] textarea')!;
    const box = field.getBoundingClientRect();
    const header = document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0;
    const probe = document.elementFromPoint(box.left + 10, box.top + 10);
    return {
      promptTop: prompt.top,
      promptBottom: prompt.bottom,
      fieldTop: box.top,
      header,
      height: innerHeight,
      fieldOnTop: probe === field,
    };
  });
  expect(visible.promptTop).toBeGreaterThanOrEqual(visible.header);
  expect(visible.fieldTop).toBeLessThan(visible.height - 40);
  expect(visible.fieldOnTop).toBe(true);
  const time = await page.locator('[data-clock-time]').textContent();
  await page.waitForTimeout(7_000); // more than one simulated minute at ×10
  await expect(page.locator('[data-clock-time]')).toHaveText(time!);
  await expect(page.locator('[data-clock-state]')).toHaveText('Berhenti selama Anda menulis');
});

test('paused, the text box stays usable; the speed can change during a run; a run without speed scoring shows no deadline', async ({
  page,
}) => {
  await page.goto(RICUH);
  await page.getByLabel(/tanpa penilaian kecepatan/).check();
  await page.getByRole('button', { name: 'Mulai simulasi' }).click();
  await expect(page.locator('[data-task="ricuh"] [data-due]')).toHaveText('Latihan tanpa penilaian kecepatan: kerjakan dengan tenang.');
  await page.getByLabel('Kecepatan jam').selectOption('1');
  await expect(page.locator('[data-clock-state]')).toHaveText('Berjalan · waktu nyata');
  await choose(page, 'ricuh', 'fakta-keselamatan');
  const form = await reachTask(page, 'pernyataan');
  await page.getByRole('button', { name: 'Jeda' }).click();
  await expect(page.locator('[data-clock-state]')).toHaveText('Dijeda');
  await form.getByRole('textbox').fill('Kami prihatin atas kejadian di ruang kunjungan.');
  await expect(form.getByRole('textbox')).toHaveValue('Kami prihatin atas kejadian di ruang kunjungan.');
  await form.getByRole('button', { name: 'Kirim' }).click();
  await expect(page.locator('[data-log] li')).toHaveCount(2);
});
