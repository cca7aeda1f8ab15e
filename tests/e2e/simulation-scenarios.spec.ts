import { expect, test } from '@playwright/test';
import type { Scenario } from '@/schemas/scenario';
import { watchPage } from './support';

// Every scenario added after the first six is played end to end along its recommended path, writing its model
// answers: the story reaches its good end, and the press-release checker has nothing serious to say about the models.
for (const id of ['kebakaran-blok-hunian', 'petugas-narkoba']) {
  test(`${id}: the recommended path with the model answers reaches the good end`, async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(`/latihan/simulasi/${id}/`);
    const scenario = JSON.parse((await page.locator('script[data-page-data="scenario"]').textContent())!) as Scenario;
    await expect(page.getByText(`${scenario.unit.name} (fiktif)`).first()).toBeVisible();
    await page.getByRole('button', { name: 'Mulai simulasi' }).click();
    let step = scenario.steps[0]!;
    while (step.task.kind !== 'akhir') {
      const form = page.locator(`[data-task="${step.id}"]`);
      await expect(async () => {
        if (!(await form.isVisible())) await page.getByRole('button', { name: 'Lompat ke kejadian berikutnya' }).click();
        await expect(form).toBeVisible({ timeout: 500 });
      }).toPass({ timeout: 10_000 });
      // Every inject of the step arrives in the channel view before the task is done.
      for (const inject of step.injects) {
        await expect(async () => {
          if (!(await page.locator(`[data-feed-item="${inject.id}"]`).isVisible()))
            await page.getByRole('button', { name: 'Lompat ke kejadian berikutnya' }).click();
          await expect(page.locator(`[data-feed-item="${inject.id}"]`)).toBeVisible({ timeout: 500 });
        }).toPass({ timeout: 10_000 });
      }
      let next: string;
      if (step.task.kind === 'keputusan') {
        const option = step.task.options.find((o) => o.recommended)!;
        await form.locator(`input[value="${option.id}"]`).check();
        await form.getByRole('button', { name: 'Putuskan' }).click();
        next = option.next ?? step.task.next!;
      } else {
        await form.getByRole('textbox').fill(step.task.model);
        await expect(form.locator('[data-check-summary]')).toHaveText(/tidak menemukan masalah|0 harus diperbaiki, 0 perlu diperbaiki/);
        await form.getByRole('button', { name: 'Kirim' }).click();
        next = step.task.next;
      }
      step = scenario.steps.find((s) => s.id === next)!;
    }
    const debrief = page.locator('[data-view="debrief"]');
    await expect(debrief.locator('[data-ending]')).toContainText(`Akhir cerita: ${step.task.title}`);
    expect(step.task.tone).toBe('baik');
    await expect(debrief.locator('[data-writings] article').first()).toContainText('✓ Pemeriksa siaran pers');
    await expect(debrief.locator('[data-writings]')).not.toContainText('✗');
    watch.expectClean();
  });
}

test('the facilitator’s guide embeds a playable scenario, and its run is the one on the scenario’s own page', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/modul/panduan-fasilitator/');
  const player = page.locator('crisis-simulation[data-scenario-id="kebocoran-data"]');
  await player.scrollIntoViewIfNeeded(); // the embed starts when the reader gets near it
  await expect(player.getByRole('heading', { name: 'Pengarahan' })).toBeVisible();
  await player.getByRole('button', { name: 'Mulai simulasi' }).click();
  const form = player.locator('[data-task="daftar-beredar"]');
  await form.getByRole('radio', { name: /cap “HOAKS”/ }).check();
  await form.getByRole('button', { name: 'Putuskan' }).click();
  await expect(player.locator('[data-ending]')).toContainText('Kebocoran meluas');
  // The module's own knowledge check is still there below the player.
  await expect(page.getByRole('heading', { name: 'Uji pemahaman' })).toBeVisible();
  await page.goto('/latihan/simulasi/kebocoran-data/');
  await expect(page.locator('[data-ending]')).toContainText('Kebocoran meluas');
  watch.expectClean();
});
