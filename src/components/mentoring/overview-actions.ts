/**
 * What the overview does only when the mentor asks: remove a unit, export a unit's feedback, prune the history of older
 * packages. Loaded on first use by mentoring-overview.ts; every question goes through the page's one ConfirmDialog.
 */
import type { RecordDocument } from '@/state/record-document';
import type { PersistentDocument } from '@/state/persistent-document';
import type { MentorStore } from '@/schemas/mentoring';
import type { OwnSigningKey, PinnedKeys } from '@/schemas/signing';
import { removeUnit as withoutUnit } from '@/domain/mentoring/mentor-edits';
import { forgetUnitKey, pinnedUnitKey } from '@/domain/mentoring/signing';
import { DELIVERABLE_SHORT_LABELS, staleDeliverables } from '@/domain/mentoring/review-state';
import { applyPrune, planPrune, pruneQuestion, pruneReport } from '@/domain/mentoring/history-prune';
import { buildFeedbackFile, buildFeedbackPayload, feedbackFileName } from '@/domain/mentoring/feedback';
import { confirmed } from '@/components/shared/confirm-dialog';
import { requiredPart } from '@/components/shared/site-element';
import { downloadText, formatDateTime } from '@/components/shared/download';
import { h } from '@/components/shared/dom';

const dialogOf = (host: HTMLElement) => requiredPart<HTMLDialogElement>(host, '[data-confirm]');

/**
 * Removes a unit with its packages and feedback, and forgets its pinned key: the dialog says so, with the key's
 * fingerprint, because the unit's next signed package is then taken as a first one.
 */
export async function removeUnit(
  host: HTMLElement,
  store: RecordDocument<MentorStore>,
  key: string,
  pins: PersistentDocument<PinnedKeys>,
): Promise<void> {
  const unit = store.$data.get().units.find((u) => u.key === key);
  if (!unit) return;
  const name = unit.current.unit.name;
  const pinned = pinnedUnitKey(pins.$data.get(), key);
  const agreed = await confirmed(dialogOf(host), {
    title: `Hapus ${name}?`,
    text: `${name} beserta semua paket dan umpan baliknya akan dihapus dari peramban ini. Berkas paket asli di perangkat Anda tidak berubah.${
      pinned
        ? ` Kunci tanda tangan unit ini (sidik ${pinned.fingerprint}) juga dihapus: paket bertanda tangan berikutnya atas nama unit ini diterima sebagai paket pertama, jadi cocokkan lagi sidik kuncinya langsung dengan unit, misalnya lewat telepon.`
        : ''
    }`,
    ok: 'Hapus unit',
  });
  if (!agreed) return;
  const removeButtons = () => [...host.querySelectorAll<HTMLButtonElement>('button[data-remove]')];
  const index = removeButtons().findIndex((button) => button.dataset.remove === key);
  store.update((data) => withoutUnit(data, key));
  pins.update((kept) => forgetUnitKey(kept, key));
  requiredPart(host, '[data-import-status]').textContent = `${name} dihapus dari rekap${pinned ? ', beserta kunci tanda tangannya' : ''}.`;
  // The pressed button is gone with its row: the focus goes to the row that took its place, else to the heading.
  const left = removeButtons().filter((button) => button.dataset.remove !== key && button.checkVisibility()); // an emptied table stays, hidden
  (left[Math.min(index, left.length - 1)] ?? host.querySelector<HTMLElement>('#mo-rekap'))?.focus();
}

export async function exportFeedback(
  host: HTMLElement,
  store: MentorStore,
  key: string,
  parts: typeof import('./signing-parts'),
  ownKey: PersistentDocument<OwnSigningKey>,
): Promise<void> {
  const unit = store.units.find((u) => u.key === key);
  if (!unit) return;
  const status = host.querySelector(host.dataset.view === 'unit' ? '[data-view-status]' : '[data-import-status]');
  const stale = staleDeliverables(unit);
  if (stale.length > 0) {
    if (status)
      status.textContent = `Umpan balik belum dapat diekspor: status ${stale.map((d) => DELIVERABLE_SHORT_LABELS[d]).join(', ')} diberikan untuk paket lama ${unit.current.unit.name}. Baca paket terbaru dan pilih statusnya lagi.`;
    return;
  }
  const payload = buildFeedbackPayload(unit, store.mentor, new Date());
  const signingPair = await parts.signingKey(ownKey);
  downloadText(feedbackFileName(payload), JSON.stringify(await buildFeedbackFile(payload, signingPair), null, 2));
  if (status)
    status.textContent = `Umpan balik untuk ${unit.current.unit.name} diunduh sebagai “${feedbackFileName(payload)}”, ${parts.signedPhrase(signingPair)}. Kirimkan berkas itu kepada unit.`;
}

/**
 * "Rapikan riwayat": reads the form (how many packages to keep, whether reviewed ones go too), asks with the counts,
 * removes the older packages through the record document (their records are deleted in one transaction) and reports
 * what was deleted. Answers the report when something was removed, null otherwise.
 */
export async function pruneHistory(
  host: HTMLElement,
  store: RecordDocument<MentorStore>,
  form: HTMLFormElement,
  unitKey?: string,
): Promise<string | null> {
  const data = new FormData(form);
  const keep = Number(data.get('simpan'));
  const includeReviewed = data.get('termasuk-ditinjau') === 'on';
  const status = requiredPart(host, unitKey ? '[data-view-status]' : '[data-prune-status]');
  if (!Number.isInteger(keep) || keep < 1) {
    status.textContent = 'Isi jumlah paket yang disimpan per unit dengan angka 1 atau lebih.';
    return null;
  }
  const plan = planPrune(store.$data.get(), { keep, includeReviewed, units: unitKey ? [unitKey] : undefined });
  if (plan.removed === 0) {
    status.textContent = pruneReport(plan, keep);
    return null;
  }
  const agreed = await confirmed(dialogOf(host), {
    title: unitKey ? 'Rapikan riwayat unit ini?' : 'Rapikan riwayat semua unit?',
    text: pruneQuestion(plan, keep, Boolean(unitKey)),
    ok: 'Hapus paket lama',
  });
  if (!agreed) {
    status.textContent = 'Riwayat tidak diubah.';
    return null;
  }
  const before = store.$data.get();
  // Only the planned packages go, from the store as it is now (an import may have added packages meanwhile).
  if (!(await store.save(applyPrune(before, plan)))) {
    store.set(before);
    status.textContent = 'Paket lama tidak dihapus: peramban menolak menyimpan perubahan. Riwayat tetap seperti semula.';
    return null;
  }
  const report = pruneReport(plan, keep);
  status.textContent = report;
  const done = host.querySelector<HTMLElement>('[data-prune-done]');
  if (done && !unitKey) {
    done.hidden = false;
    requiredPart(done, '[data-prune-list]').replaceChildren(
      ...plan.units.map((unit) =>
        h(
          'li',
          { 'data-pruned-unit': unit.key },
          `${unit.name}: ${unit.removed.length} paket (dibuat ${unit.removed.map((p) => formatDateTime(p.createdAt)).join('; ')})`,
        ),
      ),
    );
  }
  return unitKey
    ? `${report} Paket yang dihapus: dibuat ${plan.units[0]!.removed.map((p) => formatDateTime(p.createdAt)).join('; ')}.`
    : report;
}
