import { test } from '@playwright/test';
test('x', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/data-saya/');
  await page.getByLabel('Nama unit').fill('Lapas Kelas IIA Tanjung Wangi (fiktif)');
  await page.goto('/latihan/siaran-pers/bebas/');
  await page.getByLabel('Judul', { exact: true }).fill('Layanan Kunjungan Lapas');
  await page.getByRole('button', { name: 'Serahkan dan nilai' }).click();
  await page.waitForTimeout(800);
  for (const path of ['/data-saya/', '/latihan/siaran-pers/bebas/', '/latihan/siaran-pers/pernyataan-awal-kebakaran-dapur/']) {
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.keyboard.press('Shift');
    await page.waitForTimeout(500);
    console.log(
      path,
      await page.evaluate(() => {
        const out: string[] = [];
        for (const e of document.querySelectorAll('body *')) {
          const r = e.getBoundingClientRect();
          if (r.right > 320.5 && r.width > 0 && ![...e.children].some((c) => c.getBoundingClientRect().right > 320.5)) {
            let clipped = false;
            for (let p = e.parentElement; p; p = p.parentElement) {
              const o = getComputedStyle(p).overflowX;
              if (o !== 'visible' && p !== document.documentElement && p !== document.body) {
                clipped = true;
                break;
              }
            }
            if (!clipped)
              out.push(
                `${e.tagName}.${e.className} ${Math.round(r.left)}-${Math.round(r.right)} pos=${getComputedStyle(e).position} minw=${getComputedStyle(e).minWidth} ${(e.textContent || '').slice(0, 30)}`,
              );
          }
        }
        return out.slice(0, 20).join('\n');
      }),
    );
  }
});
