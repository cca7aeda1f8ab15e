/**
 * "Unduh ringkasan wilayah" on the overview: loaded on the click (the overview's own code is at its budget). The file is
 * signed with this browser's key, the one that signs the mentor's feedback, so the national view can pin it.
 */
import type { MentorStore } from '@/schemas/mentoring';
import type { OwnSigningKey } from '@/schemas/signing';
import type { PersistentDocument } from '@/state/persistent-document';
import { downloadText } from '@/components/shared/download';
import {
  buildRegionalSummary,
  buildRegionalSummaryFile,
  regionalSummaryFileName,
  summaryRegion,
} from '@/domain/mentoring/regional-summary';

export async function exportRegionalSummary(
  root: HTMLElement,
  store: MentorStore,
  parts: typeof import('./signing-parts'),
  ownKey: PersistentDocument<OwnSigningKey>,
): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-summary-status]')!;
  const region = summaryRegion(store);
  if (!region) {
    status.textContent =
      'Ringkasan belum dapat dibuat: isi “Wilayah yang Anda dampingi” di bagian Pendamping dan unit wilayah, agar rekap nasional tahu wilayah mana ini.';
    root.querySelector<HTMLInputElement>('[data-region] [name="region"]')?.focus();
    return;
  }
  const now = new Date();
  const payload = buildRegionalSummary(store, { id: `ringkasan-${now.getTime()}-${Math.random().toString(36).slice(2, 8)}`, now, region });
  const name = regionalSummaryFileName(payload);
  const key = await parts.signingKey(ownKey);
  downloadText(name, JSON.stringify(await buildRegionalSummaryFile(payload, key)));
  const reported = payload.units.filter((u) => u.packageCreatedAt).length;
  status.textContent = `Ringkasan ${region} diunduh sebagai “${name}”, ${parts.signedPhrase(key)}: ${payload.units.length} unit, ${reported} sudah mengirim paket. Kirimkan berkas itu kepada pengelola rekap nasional.`;
}
