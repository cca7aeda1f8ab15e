import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { addPackage, EMPTY_MENTOR_STORE, unitKey } from '@/domain/mentoring/mentor-store';
import { updateReview } from '@/domain/mentoring/mentor-edits';
import {
  addReceivedFeedback,
  buildFeedbackFile,
  buildFeedbackPayload,
  feedbackFileName,
  feedbackKind,
  reviewedLines,
} from '@/domain/mentoring/feedback';
import { openSealedFile } from '@/domain/mentoring/sealed-file';
import { receivedFeedbackDocument } from '@/state/documents/mentoring';
import { payload, UNIT } from './fixtures';

const NOW = new Date('2026-11-20T09:00:00.000Z');

function reviewedUnit() {
  let store = addPackage(EMPTY_MENTOR_STORE, payload('p1', '2026-11-10T00:00:00.000Z'), '2026-11-11T00:00:00.000Z').store;
  store = updateReview(
    store,
    unitKey(UNIT),
    'rencana',
    { status: 'perlu-perbaikan', comment: 'Lengkapi nomor cadangan juru bicara.' },
    NOW,
  );
  store = updateReview(store, unitKey(UNIT), 'asesmen', { status: 'diterima', comment: 'Jelas.' }, NOW);
  return store.units[0]!;
}

describe('feedback file', () => {
  it('carries the unit, the package read, what was looked at and the reviews', () => {
    const feedback = buildFeedbackPayload(reviewedUnit(), ' Kanwil Contoh ', NOW);
    expect(feedback).toMatchObject({
      unit: { name: UNIT, type: 'Lapas' },
      packageId: 'p1',
      mentor: 'Kanwil Contoh',
      writtenAt: NOW.toISOString(),
      reviews: {
        rencana: { status: 'perlu-perbaikan', comment: 'Lengkapi nomor cadangan juru bicara.' },
        asesmen: { status: 'diterima' },
        'siaran-pers': { status: 'belum' },
      },
    });
    expect(feedback.reviewed.rencana).toBe('Rencana “Rencana 2026” versi 1.2, kelengkapan 100%');
    expect(feedback.reviewed.asesmen).toBe('Self-asesmen 1 November 2026, skor 55; peta risiko 3 jenis krisis');
    expect(feedback.reviewed['siaran-pers']).toBe('2 siaran pers, skor terbaik 90%');
    expect(feedbackFileName(feedback)).toBe('umpan-balik-lapas-kelas-iia-telaga-bening-2026-11-20.json');
  });

  it('says when a deliverable was not in the package', () => {
    const unit = reviewedUnit();
    const empty = { ...unit, current: { ...unit.current, contents: { releases: [] } } };
    expect(reviewedLines(empty)).toEqual({
      asesmen: 'Tidak ada self-asesmen dalam paket',
      rencana: 'Tidak ada rencana dalam paket',
      'siaran-pers': 'Tidak ada siaran pers dalam paket',
    });
  });

  it('is sealed, opens on the unit’s side, and is refused when changed', async () => {
    const text = JSON.stringify(await buildFeedbackFile(buildFeedbackPayload(reviewedUnit(), '', NOW)));
    const opened = await openSealedFile(text, feedbackKind);
    expect(opened.ok && opened.payload.reviews.rencana.comment).toBe('Lengkapi nomor cadangan juru bicara.');
    const changed = await openSealedFile(text.replace('Lengkapi', 'Lengkapkan'), feedbackKind);
    expect(!changed.ok && changed.reason).toMatch(/Checksum tidak cocok/);
  });

  it('is kept by the unit newest first, once per file', () => {
    const first = buildFeedbackPayload(reviewedUnit(), '', NOW);
    const second = { ...first, writtenAt: '2026-11-25T00:00:00.000Z' };
    let received = addReceivedFeedback({ items: [] }, first, '2026-11-26T00:00:00.000Z');
    received = addReceivedFeedback(received, second, '2026-11-27T00:00:00.000Z');
    received = addReceivedFeedback(received, first, '2026-11-28T00:00:00.000Z');
    expect(received.items.map((i) => [i.payload.writtenAt, i.importedAt])).toEqual([
      ['2026-11-25T00:00:00.000Z', '2026-11-27T00:00:00.000Z'],
      [NOW.toISOString(), '2026-11-28T00:00:00.000Z'],
    ]);
    expect(z.safeParse(receivedFeedbackDocument.schema, received).success).toBe(true);
    expect(receivedFeedbackDocument.summarize(received)).toBe('2 umpan balik diterima');
  });
});
