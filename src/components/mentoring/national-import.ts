/**
 * Reading regional summary files for the national view, loaded on the first file chosen: each file is checked on its
 * own (size, JSON, kind, checksum, signature, contents), so one bad or changed file is refused by name and the others
 * are used. Each region's key is pinned on its first signed summary; a summary signed by another key, or unsigned after
 * signed ones, waits in memory for the person's decision (national-keys.ts).
 */
import { readTextFiles } from '@/components/shared/read-files';
import { openSealedFile } from '@/domain/mentoring/sealed-file';
import { regionalSummaryKind } from '@/domain/mentoring/regional-summary';
import {
  acceptHeldSummary,
  heldChoice,
  importSummaries,
  signatureNote,
  type HeldSummary,
  type KeptSummary,
  type ReadSummary,
} from '@/domain/mentoring/national-keys';
import type { SummaryOutcome } from '@/domain/mentoring/national-store';
import { formatBytes, formatDateTime } from '@/components/shared/download';
import { requiredPart } from '@/components/shared/site-element';
import { h } from '@/components/shared/dom';
import { decisionButtons } from './decision-buttons';
import { setText } from '@/components/shared/set-text';
import type { NationalStore } from '@/schemas/regional-summary';
import type { PersistentDocument } from '@/state/persistent-document';

export interface ReadSummaries {
  accepted: ReadSummary[];
  rejected: { file: string; reason: string }[];
}

/** Summaries waiting for the person's decision; in memory only (reading the file again brings one back). */
export interface HeldList {
  list: HeldSummary[];
}

export async function readSummaryFiles(files: readonly File[], maxBytes: number): Promise<ReadSummaries> {
  const read: ReadSummaries = { accepted: [], rejected: [] };
  for (const file of await readTextFiles(files, maxBytes)) {
    if (file.tooLarge !== undefined) {
      read.rejected.push({
        file: file.name,
        reason: `Berkas terlalu besar (${formatBytes(file.tooLarge)}) untuk sebuah ringkasan wilayah.`,
      });
      continue;
    }
    const opened = await openSealedFile(file.text, regionalSummaryKind);
    if (!opened.ok) read.rejected.push({ file: file.name, reason: opened.reason });
    else
      read.accepted.push(
        opened.signer ? { file: file.name, summary: opened.payload, signer: opened.signer } : { file: file.name, summary: opened.payload },
      );
  }
  return read;
}

function outcomeLine(file: string, outcome: SummaryOutcome): string {
  switch (outcome.kind) {
    case 'baru':
      return `${file}: ${outcome.region} ditambahkan.`;
    case 'mengganti':
      return `${file}: ringkasan ${outcome.region} yang lebih baru menggantikan ringkasan ${formatDateTime(outcome.previous)}.`;
    case 'lebih-lama':
      return `${file}: tidak dipakai, sudah tersimpan ringkasan ${outcome.region} yang lebih baru (${formatDateTime(outcome.kept)}).`;
    case 'sama':
      return `${file}: ringkasan ${outcome.region} ini sudah tersimpan.`;
  }
}

/** One line per kept file that has something to say: a replacement, a file left out, a key pinned, no signature. */
const keptLine = (kept: KeptSummary) => [outcomeLine(kept.file, kept.outcome), signatureNote(kept)].filter(Boolean).join(' ');
const worthSaying = (kept: KeptSummary) => kept.outcome.kind !== 'baru' || signatureNote(kept) !== undefined;

/** Saves a new store; false when storage refused it (what shows is then not saved). */
function save(doc: PersistentDocument<NationalStore>, store: NationalStore): boolean {
  doc.set(store);
  return doc.$status.get().state === 'saved';
}

/** Reads the files, keeps what may be kept, holds what waits for the person, and says what happened to each. */
export async function importSummaryFiles(host: HTMLElement, doc: PersistentDocument<NationalStore>, held: HeldList, files: File[]) {
  const status = requiredPart(host, '[data-import-status]');
  setText(status, `Membaca ${files.length} berkas…`);
  const read = await readSummaryFiles(files, Number(host.dataset.maxBytes));
  const judged = importSummaries(doc.$data.get(), read.accepted, new Date());
  // A new region, a newer summary or a first key pinned: something to save.
  const changed = judged.kept.some((k) => k.outcome.kind === 'baru' || k.outcome.kind === 'mengganti' || k.decision === 'pertama');
  const saved = !changed || save(doc, judged.store);
  const count = (kind: SummaryOutcome['kind']) => judged.kept.filter((k) => k.outcome.kind === kind).length;
  const parts = [
    count('baru') && `${count('baru')} wilayah baru`,
    count('mengganti') && `${count('mengganti')} menggantikan ringkasan lama`,
    count('lebih-lama') && `${count('lebih-lama')} lebih lama dari yang tersimpan (tidak dipakai)`,
    count('sama') && `${count('sama')} sudah tersimpan`,
    judged.held.length && `${judged.held.length} menunggu keputusan Anda (tanda tangan tidak cocok atau tidak ada)`,
    read.rejected.length && `${read.rejected.length} ditolak`,
  ].filter(Boolean);
  setText(
    status,
    saved
      ? `${files.length} berkas dibaca: ${parts.join(', ')}.`
      : `${files.length} berkas dibaca, tetapi ringkasan tidak dapat disimpan di peramban ini (lihat pemberitahuan penyimpanan). Yang tampil belum tersimpan.`,
  );
  const lines = judged.kept.filter(worthSaying);
  requiredPart(host, '[data-outcomes]').hidden = lines.length === 0;
  requiredPart(host, '[data-outcome-list]').replaceChildren(...lines.map((k) => h('li', { 'data-outcome-file': k.file }, keptLine(k))));
  requiredPart(host, '[data-rejected]').hidden = read.rejected.length === 0;
  requiredPart(host, '[data-rejected-list]').replaceChildren(
    ...read.rejected.map((r) => h('li', { 'data-rejected-file': r.file }, h('strong', {}, r.file), `: ${r.reason}`)),
  );
  const again = (item: HeldSummary) => judged.held.some((n) => n.summary.id === item.summary.id);
  held.list = [...held.list.filter((item) => !again(item)), ...judged.held];
  renderHeld(host, held);
}

/** The summaries held back, each with its warning, the question and two buttons: accept (trusting the new key) or refuse. */
function renderHeld(host: HTMLElement, held: HeldList): void {
  requiredPart(host, '[data-held]').hidden = held.list.length === 0;
  requiredPart(host, '[data-held-list]').replaceChildren(
    ...held.list.map((item) => {
      const { question, accept } = heldChoice(item);
      return h(
        'li',
        { 'data-held-file': item.file, 'data-decision': item.decision },
        h(
          'p',
          {},
          h('strong', {}, item.file),
          `: ringkasan ${item.summary.region} yang ditulis ${formatDateTime(item.summary.writtenAt)}.`,
        ),
        h('p', {}, h('strong', {}, item.warning)),
        h('p', {}, question),
        decisionButtons(
          'nr-actions',
          item.file,
          { label: accept, variant: 'danger', data: { 'data-accept-held': item.summary.id } },
          { 'data-refuse-held': item.summary.id },
        ),
      );
    }),
  );
}

/** A click in the held list: keeps the summary (trusting its new key when it has one) or drops it, and says so. */
export function onHeldClick(host: HTMLElement, doc: PersistentDocument<NationalStore>, held: HeldList, event: Event): void {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
  const id = button?.dataset.acceptHeld ?? button?.dataset.refuseHeld;
  const item = held.list.find((waiting) => waiting.summary.id === id);
  if (!button || !item) return;
  held.list = held.list.filter((waiting) => waiting !== item);
  const status = requiredPart(host, '[data-import-status]');
  if (button.dataset.acceptHeld) {
    const before = doc.$data.get();
    const { store, kept } = acceptHeldSummary(before, item, new Date());
    if (save(doc, store)) setText(status, `“${item.file}” diterima. ${keptLine(kept)}`);
    else {
      doc.set(before);
      setText(status, `“${item.file}” tidak disimpan: penyimpanan peramban penuh atau menolak menulis.`);
    }
  } else setText(status, `“${item.file}” ditolak; rekap nasional tidak berubah.`);
  renderHeld(host, held);
  host.querySelector<HTMLElement>('[data-held-list] button, [data-files]')?.focus();
}
