/**
 * The overview's import, loaded on the first file chosen: each package is saved as soon as it is judged, with progress;
 * the packages that wait for the mentor's decision are listed and kept or dropped here.
 */
import type { RecordDocument } from '@/state/record-document';
import type { PersistentDocument } from '@/state/persistent-document';
import type { PinnedKeys } from '@/schemas/signing';
import type { MentorStore } from '@/schemas/mentoring';
import type { PendingPackage } from '@/domain/mentoring/package-import';
import { importReport, type ImportTally } from '@/domain/mentoring/import-report';
import { MAX_SEALED_BYTES } from '@/domain/mentoring/file-limits';
import { readTextFiles } from '@/components/shared/read-files';
import { downloadText } from '@/components/shared/download';
import { h } from '@/components/shared/dom';
import { decisionButtons } from './decision-buttons';

/**
 * Reads the files one by one and saves each package as soon as it is judged: what the status reports as kept is in
 * storage. When storage refuses one, the import stops there and says exactly which files were kept and which not.
 */
export async function importFiles(
  host: HTMLElement,
  store: RecordDocument<MentorStore>,
  waiting: { list: PendingPackage[] },
  files: File[],
  pins: PersistentDocument<PinnedKeys>,
): Promise<void> {
  await store.ready;
  const status = host.querySelector('[data-import-status]')!;
  const progress = host.querySelector<HTMLProgressElement>('[data-import-progress]')!;
  const count = host.querySelector('[data-import-count]')!;
  status.textContent = `Mengimpor ${files.length} berkas…`;
  progress.max = files.length;
  progress.value = 0;
  count.textContent = `0/${files.length}`;
  host.querySelector<HTMLElement>('[data-import-running]')!.hidden = false;
  const { judgePackage } = await import('./overview-tools');
  const tally: ImportTally = { total: files.length, kept: [], rejected: [], pending: [], notKept: [] };
  const known = store.$data.get().units.map((u) => u.current.unit.name);
  let refused = false;
  for (const [index, file] of files.entries()) {
    if (refused) {
      tally.notKept.push(file.name);
      continue;
    }
    const [read] = await readTextFiles([file], MAX_SEALED_BYTES);
    const verdict = await judgePackage(read!, store.$data.get(), new Date(), known, pins.$data.get());
    if (verdict.kind === 'rejected') tally.rejected.push({ name: file.name, reason: verdict.reason });
    else if (verdict.kind === 'pending') tally.pending.push(verdict.pending);
    else if (await store.save(verdict.store)) {
      pins.set(verdict.pins);
      tally.kept.push(file.name);
      if (verdict.outcome === 'baru') known.push(verdict.unit);
    } else {
      refused = true;
      tally.notKept.push(file.name);
    }
    progress.value = index + 1;
    count.textContent = `${index + 1}/${files.length}`;
  }
  host.querySelector<HTMLElement>('[data-import-running]')!.hidden = true;
  status.textContent = importReport(tally);
  host
    .querySelector('[data-rejected-list]')!
    .replaceChildren(
      ...tally.rejected.map((r) =>
        h('li', { class: 'mo-rejected', 'data-rejected-file': r.name }, h('strong', {}, r.name), `: ${r.reason}`),
      ),
    );
  host.querySelector<HTMLElement>('[data-rejected]')!.hidden = tally.rejected.length === 0;
  renderNotKept(host, tally);
  waiting.list = [...waiting.list.filter((p) => !tally.pending.some((n) => n.payload.id === p.payload.id)), ...tally.pending];
  renderPending(host, waiting);
}

/** After storage refused: the files kept and the files not kept, by name, and the list of the latter to download. */
function renderNotKept(host: HTMLElement, tally: ImportTally): void {
  const box = host.querySelector<HTMLElement>('[data-not-kept]')!;
  box.hidden = tally.notKept.length === 0;
  if (box.hidden) return;
  host
    .querySelector('[data-not-kept-list]')!
    .replaceChildren(...tally.notKept.map((name) => h('li', { 'data-not-kept-file': name }, name)));
  host.querySelector('[data-kept-list]')!.replaceChildren(...tally.kept.map((name) => h('li', { 'data-kept-file': name }, name)));
  host.querySelector('[data-kept-count]')!.textContent = `Berkas yang tersimpan (${tally.kept.length})`;
  host.querySelector<HTMLButtonElement>('[data-download-not-kept]')!.onclick = () =>
    downloadText('berkas-paket-belum-tersimpan.txt', `${tally.notKept.join('\n')}\n`, 'text/plain');
}

/** Packages held back until the mentor decides: a replacement, a look-alike name, or a key that does not match. */
function renderPending(host: HTMLElement, waiting: { list: PendingPackage[] }): void {
  const list = host.querySelector<HTMLElement>('[data-pending-list]')!;
  host.querySelector<HTMLElement>('[data-pending]')!.hidden = waiting.list.length === 0;
  list.replaceChildren(
    ...waiting.list.map((pending) => {
      const replace = pending.reason === 'ganti';
      const key = pending.reason === 'kunci';
      const intro = key
        ? `: paket atas nama ${pending.against} dengan tanda tangan yang tidak cocok. Jangan diterima sebelum Anda memastikannya langsung kepada unit itu.`
        : replace
          ? `: paket baru untuk ${pending.against}. Bila diterima, paket ini menjadi paket terbaru unit itu dan status tinjauan Anda ditandai untuk paket lama. Yang berubah:`
          : `: unit baru “${pending.payload.unit.name}”.`;
      const accept = key
        ? pending.keyDecision === 'kunci-lain'
          ? 'Percayai kunci baru dan terima'
          : 'Tetap terima tanpa tanda tangan'
        : replace
          ? 'Jadikan paket terbaru'
          : 'Terima sebagai unit baru';
      return h(
        'li',
        { class: 'mo-pending', 'data-pending-file': pending.name, 'data-reason': pending.reason },
        h('p', {}, h('strong', {}, pending.name), intro),
        h('ul', {}, ...pending.details.map((line, index) => h('li', {}, key && index === 0 ? h('strong', {}, line) : line))),
        decisionButtons(
          'mo-actions',
          pending.name,
          { label: accept, variant: key ? 'danger' : 'primary', data: { 'data-confirm-pending': pending.payload.id } },
          { 'data-drop-pending': pending.payload.id },
        ),
      );
    }),
  );
}

export async function onPendingClick(
  host: HTMLElement,
  store: RecordDocument<MentorStore>,
  waiting: { list: PendingPackage[] },
  event: Event,
  pins: PersistentDocument<PinnedKeys>,
): Promise<void> {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
  const id = button?.dataset.confirmPending ?? button?.dataset.dropPending;
  const pending = waiting.list.find((p) => p.payload.id === id);
  if (!button || !pending) return;
  const status = host.querySelector('[data-import-status]')!;
  const place = waiting.list.indexOf(pending);
  waiting.list = waiting.list.filter((p) => p !== pending);
  if (button.dataset.confirmPending) {
    const { confirmPending } = await import('./overview-tools');
    const previous = store.$data.get();
    const added = confirmPending(previous, pending, new Date(), pins.$data.get());
    if (!added.ok) {
      // Not kept (no room to pin a new unit's key): it stays in the list, with why.
      waiting.list.splice(place, 0, pending);
      status.textContent = `“${pending.name}”: ${added.reason}`;
    } else if (await store.save(added.store)) {
      pins.set(added.pins);
      status.textContent = `“${pending.name}” diterima: ${pending.payload.unit.name}.`;
    } else {
      store.set(previous);
      status.textContent = `“${pending.name}” tidak disimpan: penyimpanan peramban penuh atau menolak menulis.`;
    }
  } else status.textContent = `“${pending.name}” ditolak; rekap tidak berubah.`;
  renderPending(host, waiting);
  host.querySelector<HTMLElement>('[data-pending-list] button, [data-files]')?.focus();
}
