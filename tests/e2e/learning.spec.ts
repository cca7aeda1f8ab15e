import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { pageIdle, readPdf, watchPage, exportAllData } from './support';

const MODULE = '/modul/memahami-krisis/';

/** Answers every question: right ones by the options marked correct in the HTML, except `wrongIndex`. */
async function answerQuiz(page: Page, wrongIndex = -1) {
  const questions = page.locator('quiz-form .sk-question');
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const question = questions.nth(i);
    const options = question.locator('.sk-option');
    const correct = question.locator('.sk-option[data-correct] input');
    if (i === wrongIndex) {
      await question.locator('.sk-option:not([data-correct]) input').first().check();
    } else {
      for (const input of await correct.all()) await input.check();
    }
    expect(await options.count()).toBeGreaterThanOrEqual(3);
  }
  return count;
}

test('answer a knowledge check, reload: answers and score are still there, and the learning record shows them', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(MODULE);
  const quiz = page.locator('quiz-form');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-ready', '');
  // Explanations stay hidden until the answers are checked.
  await expect(quiz.locator('.sk-option__feedback').first()).toBeHidden();

  await quiz.locator('.sk-question').first().locator('input').first().check();
  await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
  await expect(quiz.locator('[data-score]')).toContainText('belum dijawab');

  const total = await answerQuiz(page, 0);
  await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
  await expect(quiz.locator('[data-score]')).toContainText(`Skor Anda: ${total - 1} dari ${total}`);
  await expect(quiz.locator('.sk-question').first().locator('[data-result]')).toContainText('Belum tepat');
  await expect(quiz.locator('.sk-question').nth(1).locator('[data-result]')).toContainText('Benar');
  await expect(quiz.locator('.sk-question').first().locator('.sk-option[data-correct] .sk-option__feedback').first()).toBeVisible();
  // One summary names the questions to look at again, and it is on screen; no other live region in the quiz speaks.
  await expect(quiz.locator('[data-score]')).toContainText('Belum tepat: nomor 1.');
  await expect(quiz.locator('[data-score]')).toBeInViewport();
  await expect(quiz.getByRole('button', { name: 'Periksa jawaban' })).toBeInViewport();
  expect(await quiz.locator('[aria-live], [role=status], [role=alert]').count()).toBe(1);
  // The verdict is said once, with a space before the explanation ("Jawaban benar. Konfirmasi…", not "Jawaban benar.Benar.").
  for (const text of await quiz.locator('.sk-option__feedback').allTextContents()) {
    expect(text.trim()).toMatch(/^(Jawaban benar|Kurang tepat)\. \S/);
    expect(text).not.toMatch(/^\s*(Jawaban benar\. (Benar|Tepat)\.|Kurang tepat\. Kurang tepat\.)/);
  }

  await page.getByRole('button', { name: 'Tandai sudah dibaca' }).click();
  await expect(page.getByRole('button', { name: 'Tandai sudah dibaca' })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(quiz.locator('[data-score]')).toContainText(`Skor Anda: ${total - 1} dari ${total}`);
  await expect(quiz.locator('.sk-question').nth(1).locator('.sk-option[data-correct] input').first()).toBeChecked();
  await expect(page.getByRole('button', { name: 'Tandai sudah dibaca', pressed: true })).toBeVisible();

  await page.goto('/kemajuan/');
  const row = page.locator('tr[data-module="memahami-krisis"]');
  await expect(row.locator('[data-read]')).toContainText('✓');
  await expect(row.locator('[data-quiz]')).toContainText(`${total - 1}/${total}`);
  await expect(page.locator('[data-summary]')).toContainText('1 dari 11 modul');
  watch.expectClean();
});

test('the knowledge check works with the keyboard alone', async ({ page }) => {
  await page.goto(MODULE);
  // The first key the reader presses starts the page's exercises.
  await page.keyboard.press('Tab');
  await expect(page.locator('quiz-form')).toHaveAttribute('data-ready', '');
  const firstOption = page.locator('quiz-form .sk-question').first().locator('input').first();
  await firstOption.focus();
  await page.keyboard.press('Space');
  await expect(firstOption).toBeChecked();
});

test('"Ulangi" clears the answers', async ({ page }) => {
  await page.goto(MODULE);
  await page.locator('quiz-form').scrollIntoViewIfNeeded();
  await answerQuiz(page);
  await page.getByRole('button', { name: 'Periksa jawaban' }).click();
  await expect(page.locator('quiz-form [data-score]')).toContainText('Skor Anda');
  await page.getByRole('button', { name: 'Ulangi' }).click();
  await expect(page.locator('quiz-form input:checked')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('quiz-form input:checked')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a knowledge check reads as questions with every explanation', async ({ page }) => {
    await page.goto(MODULE);
    await page.locator('quiz-form').scrollIntoViewIfNeeded();
    const feedback = page.locator('quiz-form .sk-option__feedback');
    expect(await feedback.count()).toBeGreaterThan(10);
    for (const item of (await feedback.all()).slice(0, 5)) await expect(item).toBeVisible();
  });
});

test('the learning record prints on one page with the participant from the profile and signature lines', async ({ page }) => {
  await page.goto('/data-saya/');
  await page.getByLabel('Nama pengisi').fill('Dewi Anggraini');
  await page.getByLabel('Nama unit').fill('Rutan Kelas IIB Rantau Sejuk (fiktif)');
  await page.goto(MODULE);
  await page.locator('quiz-form').scrollIntoViewIfNeeded();
  await answerQuiz(page);
  await page.getByRole('button', { name: 'Periksa jawaban' }).click();
  await page.goto('/kemajuan/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sk-signatures')).toBeVisible();
  await expect(page.locator('[data-profile="personName"]').first()).toHaveText('Dewi Anggraini');
  await expect(page.locator('#starlight__sidebar')).toBeHidden();
  const { pages, text } = readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(text).toContain('Kemajuan belajar');
  expect(text).toContain('Dewi Anggraini');
  expect(text).toContain('Pelatih/pendamping');
  expect(pages).toBe(1);
});

test('learning progress is part of the export on Data saya', async ({ page }) => {
  await page.goto(MODULE);
  await page.locator('module-progress').scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Tandai sudah dibaca' }).click();
  await page.goto('/data-saya/');
  await expect(page.locator('tr[data-key="siaga-krisis:kemajuan"]')).toContainText('1 modul dibaca');
  const download = exportAllData(page);
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(file.documents['siaga-krisis:kemajuan'].data.modules['memahami-krisis'].readAt).toMatch(/^\d{4}-/);
});

test('the one-page summary for unit heads prints on one A4 sheet', async ({ page }) => {
  await page.goto('/rujukan/ringkasan-kepala-upt/');
  const { pages, text } = readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(text).toContain('Ringkasan Satu Halaman untuk Kepala UPT');
  expect(text).toContain('Dicetak dari /rujukan/ringkasan-kepala-upt/');
  expect(pages).toBe(1);
});

test('a module page starts its knowledge check only when the reader gets near it', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(MODULE);
  await pageIdle(page);
  const quiz = page.locator('quiz-form');
  // Nothing of the exercise has run while the reader is at the top: its code was not even fetched.
  await expect(quiz).not.toHaveAttribute('data-ready', '');
  await expect(quiz.getByRole('button', { name: 'Periksa jawaban' })).toBeDisabled();
  expect(requested.filter((path) => path.includes('/learning.'))).toEqual([]);

  await page.mouse.wheel(0, 400);
  await expect(quiz).toHaveAttribute('data-ready', '');
  await expect(quiz.getByRole('button', { name: 'Periksa jawaban' })).toBeEnabled();
});
