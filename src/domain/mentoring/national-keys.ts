/**
 * The national view's trust in the regions' keys, as the mentor trusts the units' (signing.ts): the first signed
 * summary from a region pins its key; a later summary signed by another key, or unsigned after signed ones, is held
 * until the person decides (trust the new key and keep it, or refuse it). A summary from before signing, from a region
 * with no key pinned, is kept with a note that it is not signed. The pins live in the national document, apart from the
 * mentor's unit pins.
 *
 * What a pinned key proves: the later summaries come from the same browser (or its Data saya backup) as the first one,
 * unchanged since they were signed. Not who sits at it, nor that the first file came from the real region's mentor
 * (compare the fingerprint once, by phone), nor that the numbers are true.
 */
import { MAX_REGION_KEYS, type NationalStore, type RegionalSummaryPayload, type RegionKey } from '@/schemas/regional-summary';
import { regionKey } from './mentor-store';
import { addSummaries, type SummaryOutcome } from './national-store';
import { pinnedRegionKey } from './national';
import { keyWarning, needsConfirmation, pinDecision, type PinDecision, type Signer } from './signing';

/** A summary file as read and checked (sealed-file.ts): `signer` is set when it carries a valid signature. */
export interface ReadSummary {
  file: string;
  summary: RegionalSummaryPayload;
  signer?: Signer;
}

/** A summary held for the person's decision, with the warning to show. */
export interface HeldSummary extends ReadSummary {
  decision: 'kunci-lain' | 'tanpa-tanda-tangan';
  warning: string;
}

/** A summary kept (or left out as older or the same), and how its signer compared with the region's key. */
export interface KeptSummary extends ReadSummary {
  outcome: SummaryOutcome;
  decision: PinDecision;
}

/** Pins the region's key on its first signed summary, or replaces it when the person chose to trust a new one. */
export function recordRegionKey(
  store: NationalStore,
  region: string,
  signer: Signer | undefined,
  now: Date,
  trustNewKey = false,
): NationalStore {
  if (!signer || (pinnedRegionKey(store, region) && !trustNewKey)) return store;
  const pin: RegionKey = { region, publicKey: signer.publicKey, fingerprint: signer.fingerprint, pinnedAt: now.toISOString() };
  const others = (store.pins ?? []).filter((p) => regionKey(p.region) !== regionKey(region));
  return { ...store, pins: [...others, pin].slice(-MAX_REGION_KEYS) };
}

function keep(store: NationalStore, read: ReadSummary, decision: PinDecision, now: Date): { store: NationalStore; kept: KeptSummary } {
  const added = addSummaries(store, [{ summary: read.summary, signedBy: read.signer?.fingerprint ?? '' }], now.toISOString());
  return {
    store: recordRegionKey(added.store, read.summary.region, read.signer, now, decision === 'kunci-lain'),
    kept: { ...read, outcome: added.outcomes[0]!, decision },
  };
}

/**
 * Judges summaries in the order read, each against the keys as the ones before it left them: kept (and the region's key
 * pinned on its first signed one), or held with a warning when signed by another key than the region's, or unsigned
 * after signed ones.
 */
export function importSummaries(
  store: NationalStore,
  read: readonly ReadSummary[],
  now: Date,
): { store: NationalStore; kept: KeptSummary[]; held: HeldSummary[] } {
  const kept: KeptSummary[] = [];
  const held: HeldSummary[] = [];
  let current = store;
  for (const item of read) {
    const pinned = pinnedRegionKey(current, item.summary.region);
    const decision = pinDecision(pinned, item.signer);
    if (pinned && needsConfirmation(decision)) {
      const judged = decision as HeldSummary['decision'];
      held.push({ ...item, decision: judged, warning: keyWarning(judged, `pendamping ${pinned.region}`, pinned, item.signer) });
      continue;
    }
    const next = keep(current, item, decision, now);
    current = next.store;
    kept.push(next.kept);
  }
  return { store: current, kept, held };
}

/** The person accepted a held summary: kept, and its key trusted from now on when it was signed by a new one. */
export function acceptHeldSummary(store: NationalStore, held: HeldSummary, now: Date): { store: NationalStore; kept: KeptSummary } {
  return keep(store, held, held.decision, now);
}

/** The question under a held summary's warning, and its accept button's words. */
export function heldChoice(held: HeldSummary): { question: string; accept: string } {
  return held.decision === 'kunci-lain'
    ? { question: `Terima ringkasan ini dan percayai kunci baru ${held.summary.region}?`, accept: 'Percayai kunci baru dan terima' }
    : { question: `Tetap terima ringkasan ${held.summary.region} tanpa tanda tangan ini?`, accept: 'Tetap terima tanpa tanda tangan' };
}

/**
 * What to tell about a kept summary's signature, when there is something to tell: its key was pinned for the first
 * time, a new key now replaces the region's, or it carries no signature. Nothing when it matches the pinned key.
 */
export function signatureNote(kept: KeptSummary): string | undefined {
  const { region } = kept.summary;
  switch (kept.decision) {
    case 'pertama':
      return `Kunci ${kept.signer!.fingerprint} dicatat sebagai kunci ${region}: ringkasan ${region} berikutnya harus ditandatangani kunci ini. Cocokkan sidiknya sekali dengan pendamping ${region} (misalnya lewat telepon).`;
    case 'kunci-lain':
      return `Kunci baru ${kept.signer!.fingerprint} kini dipercaya untuk ${region}, atas keputusan Anda.`;
    case 'belum-bertanda':
      return `Ringkasan ini tidak bertanda tangan (dibuat sebelum ada tanda tangan atau dengan versi lama situs): utuh menurut kode pemeriksa keutuhan, tetapi asalnya tidak dapat diperiksa.`;
    case 'tanpa-tanda-tangan':
      return `Ringkasan tanpa tanda tangan ini diterima atas keputusan Anda; kunci ${region} yang tersemat tetap dipakai untuk berkas berikutnya.`;
    case 'cocok':
      return undefined;
  }
}
