import { expect, test, type Page } from '@playwright/test';
import { buildPackageFile } from '../../src/domain/mentoring/package';
import { buildFeedbackFile } from '../../src/domain/mentoring/feedback';
import { payloadChecksum } from '../../src/domain/mentoring/sealed-file';
import { generateSigningKey, keyFingerprint } from '../../src/domain/mentoring/signing';
import type { FeedbackPayload, PackagePayload } from '../../src/schemas/mentoring';
import { MAX_PINNED_UNITS, type SigningKeyPair } from '../../src/schemas/signing';
import { expectAccessible, watchPage } from './support';

// Who sent it: a unit's key pinned on its first package, a forger's key flagged; the mentor's key checked at the unit.
test.describe.configure({ timeout: 90_000 });

const UNIT = 'Lapas Kelas IIA Sungai Harapan (fiktif)';
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

function pkg(id: string, createdAt: string, overall = 67, unit = UNIT): PackagePayload {
  return {
    id,
    createdAt,
    unit: { name: unit, type: 'Lapas' },
    contents: {
      assessment: {
        questionnaireId: 'kesiapan-krisis',
        completedAt: createdAt,
        dimensions: [{ id: 'struktur', name: 'Struktur tim', score: overall }],
        overall,
      },
      releases: [],
    },
  };
}

const asFile = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });

async function importInto(page: Page, files: ReturnType<typeof asFile>[]) {
  await page
    .locator('mentoring-overview')
    .getByLabel(/Pilih berkas paket/)
    .setInputFiles(files);
}

test('a package for a known unit signed by another key is flagged and never becomes current silently', async ({ page }) => {
  const watch = watchPage(page);
  const [unitKey, forgerKey] = [await generateSigningKey(new Date()), await generateSigningKey(new Date())];
  const [unitPrint, forgerPrint] = [await keyFingerprint(unitKey.publicKey), await keyFingerprint(forgerKey.publicKey)];
  await page.goto('/pendampingan/rekap/');
  const overview = page.locator('mentoring-overview');
  const row = overview.locator('[data-overview] tbody tr');

  await importInto(page, [asFile('asli.json', await buildPackageFile(pkg('asli', hoursAgo(48)), unitKey))]);
  await expect(overview.locator('[data-import-status]')).toContainText('1 diterima');
  await expect(row.locator('[data-signer]')).toHaveText(`kunci ${unitPrint}`);
  await expect(overview.locator('[data-pin-count]')).toContainText(
    'Kunci tanda tangan unit yang tersimpan di peramban ini: 1 unit (batas 2.000).',
  );

  // Newer, for the same unit, but signed by someone else's key; and one with no signature at all.
  const unsigned = await buildPackageFile(pkg('tanpa', hoursAgo(1), 98));
  await importInto(page, [
    asFile('palsu.json', await buildPackageFile(pkg('palsu', hoursAgo(0), 99), forgerKey)),
    asFile('tanpa.json', unsigned),
  ]);
  await expect(overview.locator('[data-import-status]')).toContainText('0 diterima, 0 ditolak. 2 menunggu keputusan Anda');
  const forged = overview.locator('[data-pending-file="palsu.json"]');
  await expect(forged).toHaveAttribute('data-reason', 'kunci');
  await expect(forged).toContainText(
    `PERINGATAN: berkas ini ditandatangani kunci ${forgerPrint}, bukan kunci ${unitPrint} yang dipakai ${UNIT}`,
  );
  await expect(forged).toContainText('Skor self-asesmen: 67 → 99');
  await expect(overview.locator('[data-pending-file="tanpa.json"]')).toContainText('PERINGATAN: berkas ini tidak bertanda tangan');
  await expect(row.locator('[data-overall]')).toHaveText('67%');
  await expectAccessible(page);

  // A signed package changed afterwards, checksum recomputed: refused outright.
  const genuine = await buildPackageFile(pkg('ubah', hoursAgo(0)), unitKey);
  const changed = {
    ...genuine.payload,
    contents: { ...genuine.payload.contents, assessment: { ...genuine.payload.contents.assessment!, overall: 100 } },
  };
  await importInto(page, [
    asFile('diubah.json', { ...genuine, payload: changed, checksum: { algorithm: 'SHA-256', value: await payloadChecksum(changed) } }),
  ]);
  await expect(overview.locator('[data-rejected-list] li')).toContainText('Tanda tangan tidak cocok');

  await forged.getByRole('button', { name: /^Tolak/ }).click();
  await expect(forged).toHaveCount(0);
  await page.reload();
  await expect(row.locator('[data-overall]')).toHaveText('67%');
  await expect(row.locator('[data-signer]')).toHaveText(`kunci ${unitPrint}`);

  // The unit's own next package goes the usual way, and stays under its pinned key.
  await importInto(page, [asFile('asli-2.json', await buildPackageFile(pkg('asli-2', hoursAgo(0), 75), unitKey))]);
  const next = overview.locator('[data-pending-file="asli-2.json"]');
  await expect(next).toHaveAttribute('data-reason', 'ganti');
  await next.getByRole('button', { name: /Jadikan paket terbaru/ }).click();
  await expect(row.locator('[data-overall]')).toHaveText('75%');
  await expect(row.locator('[data-signer]')).toHaveText(`kunci ${unitPrint}`);

  // A unit on a new device without its backup: the mentor, having asked, trusts the new key.
  await importInto(page, [asFile('perangkat-baru.json', await buildPackageFile(pkg('baru', hoursAgo(0), 80), forgerKey))]);
  await overview
    .locator('[data-pending-file="perangkat-baru.json"]')
    .getByRole('button', { name: /Percayai kunci baru dan terima/ })
    .click();
  await expect(row.locator('[data-overall]')).toHaveText('80%');
  await expect(row.locator('[data-signer]')).toHaveText(`kunci ${forgerPrint}`);
  watch.expectClean();
});

test('at the cap no pinned key is forgotten: a new unit’s signed package is refused until the mentor removes a unit, told its key goes too', async ({
  page,
}) => {
  const watch = watchPage(page);
  // A mentor at the cap: one pin short of it, from units sent before (fictional; their packages since removed).
  const pinnedAt = new Date().toISOString();
  const units = Array.from({ length: MAX_PINNED_UNITS - 1 }, (_, i) => ({
    unitKey: `unit contoh ${String(i).padStart(4, '0')} fiktif`,
    publicKey: `B${String(i).padStart(86, '0')}`,
    fingerprint: `${String(i).padStart(4, '0')} 0000 0000 0000`,
    pinnedAt,
  }));
  const stored = JSON.stringify({ version: 1, rev: 1, savedAt: pinnedAt, data: { units, packages: [] } });
  await page.addInitScript(
    ([value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('siaga-krisis:kunci-tersemat', value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [stored],
  );
  const [unitKey, newKey] = [await generateSigningKey(new Date()), await generateSigningKey(new Date())];
  const unitPrint = await keyFingerprint(unitKey.publicKey);
  const NEW_UNIT = 'Rutan Kelas IIB Bukit Sejuk (fiktif)';
  await page.goto('/pendampingan/rekap/');
  const overview = page.locator('mentoring-overview');
  const count = overview.locator('[data-pin-count]');
  await expect(count).toContainText('1.999 unit (batas 2.000)');
  await expect(count).not.toContainText('Batas tercapai');

  await importInto(page, [asFile('asli.json', await buildPackageFile(pkg('asli', hoursAgo(48)), unitKey))]);
  await expect(overview.locator('[data-import-status]')).toContainText('1 diterima');
  await expect(count).toContainText('2.000 unit (batas 2.000)');
  await expect(count).toContainText('Batas tercapai');

  // A new unit's signed package: refused with the reason; every pin is still there, the oldest included.
  const refusedFile = asFile('unit-baru.json', await buildPackageFile(pkg('unit-baru', hoursAgo(2), 70, NEW_UNIT), newKey));
  await importInto(page, [refusedFile]);
  await expect(overview.locator('[data-rejected-file="unit-baru.json"]')).toContainText(
    `Paket ${NEW_UNIT} tidak disimpan: peramban ini sudah menyimpan kunci tanda tangan 2.000 unit, batasnya.`,
  );
  await expect(overview.locator('[data-overview] tbody tr')).toHaveCount(1);
  const pinned = async () =>
    JSON.parse((await page.evaluate(() => localStorage.getItem('siaga-krisis:kunci-tersemat'))) ?? '{}').data.units as {
      unitKey: string;
    }[];
  expect((await pinned()).length).toBe(MAX_PINNED_UNITS);
  expect((await pinned())[0]?.unitKey).toBe('unit contoh 0000 fiktif');
  await expectAccessible(page);

  // Removing the unit says its key goes too (with the fingerprint), and makes room.
  await page.getByRole('button', { name: `Hapus ${UNIT}` }).click();
  await expect(page.locator('dialog[data-confirm] [data-confirm-text]')).toContainText(
    `Kunci tanda tangan unit ini (sidik ${unitPrint}) juga dihapus: paket bertanda tangan berikutnya atas nama unit ini diterima sebagai paket pertama`,
  );
  await page.locator('dialog[data-confirm]').getByRole('button', { name: 'Hapus unit' }).click();
  await expect(overview.locator('[data-import-status]')).toHaveText(`${UNIT} dihapus dari rekap, beserta kunci tanda tangannya.`);
  await expect(count).toContainText('1.999 unit (batas 2.000)');
  await importInto(page, [refusedFile]);
  await expect(overview.locator('[data-import-status]')).toContainText('1 diterima');
  await expect(overview.locator('[data-overview] tbody tr [data-signer]')).toHaveText(`kunci ${await keyFingerprint(newKey.publicKey)}`);
  await page.reload();
  await expect(count).toContainText('2.000 unit (batas 2.000)');
  expect((await pinned()).map((u) => u.unitKey)).not.toContain('lapas kelas iia sungai harapan fiktif');
  watch.expectClean();
});

function feedback(mentor: string): FeedbackPayload {
  return {
    unit: { name: UNIT, type: 'Lapas' },
    packageId: 'paket-1',
    packageCreatedAt: hoursAgo(30),
    writtenAt: hoursAgo(1),
    mentor,
    reviewed: { asesmen: 'Self-asesmen', rencana: 'Tidak ada rencana dalam paket', 'siaran-pers': 'Tidak ada siaran pers dalam paket' },
    reviews: {
      asesmen: { status: 'diterima', comment: `Dari ${mentor}.` },
      rencana: { status: 'belum', comment: '' },
      'siaran-pers': { status: 'belum', comment: '' },
    },
  };
}

test('the unit flags a feedback file signed by another mentor key, and keeps it only if told to', async ({ page }) => {
  const watch = watchPage(page);
  const mentorKey: SigningKeyPair = await generateSigningKey(new Date());
  const otherKey: SigningKeyPair = await generateSigningKey(new Date());
  const [mentorPrint, otherPrint] = [await keyFingerprint(mentorKey.publicKey), await keyFingerprint(otherKey.publicKey)];
  await page.goto('/data-saya/');
  await page.getByLabel('Nama unit').fill(UNIT);
  await page.goto('/pendampingan/kirim/');
  const builder = page.locator('mentoring-package');
  const pick = builder.getByLabel(/Pilih berkas umpan balik/);
  const comment = builder.locator('[data-feedback] [data-deliverable="asesmen"] [data-comment]');

  await pick.setInputFiles(asFile('umpan-balik-1.json', await buildFeedbackFile(feedback('Kanwil Contoh (fiktif)'), mentorKey)));
  await expect(builder.locator('[data-feedback-status]')).toContainText('dibaca dan disimpan');
  await expect(builder.locator('[data-feedback-signer]')).toHaveText(`Ditandatangani pendamping dengan kunci ${mentorPrint}.`);

  // Another key: a loud question; declined, nothing is kept.
  const dialogs: string[] = [];
  page.once('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await pick.setInputFiles(asFile('umpan-balik-2.json', await buildFeedbackFile(feedback('Pendamping Palsu (fiktif)'), otherKey)));
  await expect(builder.locator('[data-feedback-status]')).toContainText(
    `tidak disimpan. PERINGATAN: berkas ini ditandatangani kunci ${otherPrint}, bukan kunci ${mentorPrint}`,
  );
  expect(dialogs[0]).toContain('Simpan umpan balik ini dan percayai kunci baru pendamping?');
  await expect(comment).toHaveText('Dari Kanwil Contoh (fiktif).');

  // Unsigned after signed ones: flagged the same way.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await pick.setInputFiles(asFile('umpan-balik-3.json', await buildFeedbackFile(feedback('Tanpa Kunci (fiktif)'))));
  await expect(builder.locator('[data-feedback-status]')).toContainText('PERINGATAN: berkas ini tidak bertanda tangan');
  await expect(comment).toHaveText('Dari Kanwil Contoh (fiktif).');

  // The unit asked the mentor, who really changed device: accepted, and the new key is the one trusted from now on.
  page.once('dialog', (dialog) => void dialog.accept());
  await pick.setInputFiles(
    asFile('umpan-balik-2.json', await buildFeedbackFile(feedback('Kanwil Contoh, perangkat baru (fiktif)'), otherKey)),
  );
  await expect(builder.locator('[data-feedback-status]')).toContainText('dibaca dan disimpan');
  await expect(builder.locator('[data-feedback-signer]')).toHaveText(`Ditandatangani pendamping dengan kunci ${otherPrint}.`);
  await expect(comment).toHaveText('Dari Kanwil Contoh, perangkat baru (fiktif).');
  watch.expectClean();
});
