import { expect, test } from '@playwright/test';
import { countLiveRegionWrites } from './support';

// WCAG 4.1.3: a screen reader says a live region's text each time it is written. Regions are written only when their
// words change, so typing in a field that saves as you type does not make the reader repeat "saved" at every key.

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

test('plan builder: typing 44 characters writes the "saved" status at most twice (once, plus a new minute)', async ({ page }) => {
  await page.goto('/latihan/rencana-komunikasi/');
  const field = page.locator('#bagian-identitas').getByLabel('Nama unit');
  await field.click();
  await field.type('L'); // the first key creates the plan and says so
  await page.waitForTimeout(500);
  const writes = await countLiveRegionWrites(page);
  const text = 'apas Kelas IIA Tanjung Wangi (fiktif) humas!';
  await field.pressSequentially(text, { delay: 20 });
  await expect(field).toHaveValue(`L${text}`);
  await page.waitForTimeout(500);
  const counts = await writes();
  expect(sum(counts), JSON.stringify(counts)).toBeLessThanOrEqual(2);
});

test('checklist: typing a note does not rewrite the progress', async ({ page }) => {
  await page.goto('/daftar-periksa/jam-pertama/');
  const note = page.getByRole('textbox', { name: /^Catatan untuk/ }).first();
  await expect(note).toBeEnabled();
  const writes = await countLiveRegionWrites(page);
  await note.pressSequentially('Regu jaga B, pukul 05.45', { delay: 20 });
  await page.waitForTimeout(500);
  expect(await writes()).toEqual({});
});

test('knowledge check: choosing answers writes no live region; checking writes one summary once', async ({ page }) => {
  await page.goto('/modul/memahami-krisis/');
  const quiz = page.locator('quiz-form');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-ready', '');
  await expect(page.locator('module-progress button')).toBeEnabled();
  const writes = await countLiveRegionWrites(page);
  const questions = quiz.locator('.sk-question');
  for (let i = 0; i < (await questions.count()); i++) await questions.nth(i).locator('input').first().check();
  await page.waitForTimeout(300);
  expect(await writes(), 'while answering').toEqual({});
  await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
  await expect(quiz.locator('[data-score]')).toContainText('Skor Anda');
  await page.waitForTimeout(300);
  const counts = await writes();
  expect(Object.keys(counts), JSON.stringify(counts)).toHaveLength(1);
  expect(sum(counts)).toBe(1);
});
