/**
 * The read-only view of one unit's current package, as the unit wrote it, with the mentor's feedback form beside each
 * deliverable. Loaded on demand by mentoring-overview.ts; printable on portrait A4.
 */
import type { PersistentDocument } from '@/state/persistent-document';
import { DELIVERABLES, REVIEW_STATUSES, type Deliverable, type MentoredUnit, type MentorStore } from '@/schemas/mentoring';
import { updateReview } from '@/domain/mentoring/mentor-edits';
import { DELIVERABLE_LABELS, STATUS_LABELS } from '@/domain/mentoring/feedback';
import { deliverableSent, isStale } from '@/domain/mentoring/review-state';
import { planOutline } from '@/domain/plan/plan-outline';
import { overallPercent } from '@/domain/plan/percent';
import { releasePercent } from '@/domain/mentoring/overview';
import { renderPaper } from '@/components/plan/plan-paper';
import { h } from '@/components/shared/dom';
import { formatDateTime } from '@/components/shared/download';

/** The parts of a release in reading order. */
const RELEASE_PART_ORDER = ['headline', 'dateline', 'lead', 'body', 'quote', 'boilerplate', 'contact'] as const;

/** Parts longer than this are shown folded: a real release's body is a few thousand characters. */
const LONG_PART = 6000;

/** One part of a release as one pre-wrapped block; a very long part folded, so opening the view stays quick. */
function releaseText(part: string, text: string): HTMLElement {
  const block = h('p', { class: 'mo-release-text', 'data-release-part': part }, text);
  if (text.length <= LONG_PART) return block;
  return h(
    'details',
    { class: 'mo-release-long' },
    h('summary', {}, `Bagian ini panjang (${text.length.toLocaleString('id-ID')} karakter): tampilkan`),
    block,
  );
}

interface Actions {
  close: () => void;
  exportFeedback: () => void;
  /** "Rapikan riwayat unit ini": the form says how many packages to keep and whether reviewed ones go too. */
  prune: (form: HTMLFormElement) => void;
}

/** The unit's older packages, and the form that keeps only its newest ones (shown when it has older packages). */
function historyPart(unit: MentoredUnit, prune: Actions['prune']): HTMLElement[] {
  if (unit.history.length === 0) return [];
  const form = h(
    'form',
    { class: 'mo-prune sk-no-print', 'data-prune-unit': '', autocomplete: 'off' },
    h(
      'label',
      {},
      'Simpan berapa paket terakhir unit ini',
      h('input', {
        type: 'number',
        name: 'simpan',
        min: 1,
        max: unit.history.length + 1,
        value: Math.min(3, unit.history.length + 1),
        required: true,
      }),
    ),
    h(
      'label',
      { class: 'mo-check' },
      h('input', { type: 'checkbox', name: 'termasuk-ditinjau' }),
      'Hapus juga paket lama yang sudah Anda beri status tinjauan',
    ),
    h('p', {}, h('button', { type: 'submit', class: 'sk-button', 'data-variant': 'danger' }, 'Rapikan riwayat unit ini')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    prune(form);
  });
  return [
    h('h3', {}, 'Riwayat paket unit ini'),
    h(
      'p',
      { 'data-unit-history': '' },
      `Paket lama tersimpan (${unit.history.length}): ${unit.history.map((old) => formatDateTime(old.payload.createdAt)).join(', ')}.`,
    ),
    form,
  ];
}

const table = (caption: string, columns: string[], rows: (string | number)[][]) =>
  h(
    'table',
    {},
    h('caption', { class: 'sr-only' }, caption),
    h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...rows.map(([first, ...rest]) =>
        h('tr', {}, h('th', { scope: 'row' }, String(first)), ...rest.map((cell) => h('td', {}, String(cell)))),
      ),
    ),
  );

function assessmentPart(unit: MentoredUnit): HTMLElement[] {
  const { assessment, risks } = unit.current.contents;
  const parts: HTMLElement[] = [];
  if (!assessment) parts.push(h('p', {}, 'Paket ini tidak berisi self-asesmen.'));
  else {
    parts.push(
      h('p', {}, `Selesai ${formatDateTime(assessment.completedAt)}. Skor keseluruhan: ${assessment.overall} dari 100.`),
      table(
        'Skor per dimensi',
        ['Dimensi', 'Skor'],
        assessment.dimensions.map((d) => [d.name, d.score]),
      ),
    );
  }
  if (risks)
    parts.push(
      h('h4', {}, 'Peta risiko'),
      table(
        'Jenis krisis yang dinilai, tertinggi lebih dulu',
        ['Jenis krisis', 'Kemungkinan', 'Dampak', 'Skor'],
        risks.map((r) => [r.name, r.likelihood, r.impact, r.score]),
      ),
    );
  return parts;
}

function planPart(unit: MentoredUnit): HTMLElement[] {
  const sent = unit.current.contents.plan;
  if (!sent) return [h('p', {}, 'Paket ini tidak berisi rencana.')];
  const paper = h('div', { class: 'mo-paper' });
  renderPaper(paper, planOutline(sent.plan));
  // The contents list serves a bound document; here the sections follow at once.
  paper.querySelector('.paper-contents')?.remove();
  // The paper's own headings start at h2; inside this view they sit one level lower.
  for (const heading of paper.querySelectorAll('h2, h3')) {
    const lower = h(heading.tagName === 'H2' ? 'h4' : 'h5', {}, heading.textContent ?? '');
    heading.replaceWith(lower);
  }
  return [
    h(
      'p',
      {},
      `Kelengkapan ${overallPercent(sent.sections)}% (dihitung oleh unit). ${sent.personalDataRemoved ? 'Unit menghapus nama dan nomor telepon petugas dari paket.' : 'Paket memuat nama dan nomor telepon petugas: data pribadi, jangan disebarkan.'}`,
    ),
    table(
      'Kelengkapan per bagian',
      ['Bagian', 'Terpenuhi', 'Persen'],
      sent.sections.map((s, i) => [
        `${i + 1}. ${s.title}`,
        `${s.done} dari ${s.total}`,
        `${s.total === 0 ? 0 : Math.floor((s.done / s.total) * 100)}%`,
      ]),
    ),
    paper,
  ];
}

function releasePart(unit: MentoredUnit): HTMLElement[] {
  const { releases } = unit.current.contents;
  if (releases.length === 0) return [h('p', {}, 'Paket ini tidak berisi siaran pers.')];
  return releases.map((release) =>
    h(
      'article',
      { class: 'mo-release' },
      h('h4', {}, release.drillTitle),
      h(
        'p',
        { class: 'mo-hint' },
        `Diserahkan ${formatDateTime(release.submittedAt)}; skor ${release.points}/${release.max} (${releasePercent(release)}%); ${release.findings} temuan tersisa.`,
      ),
      // One pre-wrapped block per part, however many lines it holds: a part of 60,000 short lines is one element, not 60,000.
      ...RELEASE_PART_ORDER.filter((part) => release.parts[part].trim()).map((part) => releaseText(part, release.parts[part].trim())),
    ),
  );
}

function reviewForm(store: PersistentDocument<MentorStore>, unit: MentoredUnit, deliverable: Deliverable): HTMLElement {
  const review = unit.reviews[deliverable];
  // A verdict given on an older package is shown as such, with no choice ticked, until the mentor chooses again.
  const stale = isStale(review, unit.current.id);
  const name = `ulasan-${deliverable}`;
  const comment = h('textarea', { name: `${name}-komentar`, maxlength: 4000, rows: 4 });
  comment.value = review.comment;
  const fieldset = h(
    'fieldset',
    { class: 'mo-review sk-no-print', 'data-review': deliverable },
    h('legend', {}, `Umpan balik: ${DELIVERABLE_LABELS[deliverable]}`),
    stale
      ? h(
          'p',
          { class: 'mo-stale', 'data-stale': '' },
          `Status “${STATUS_LABELS[review.status]}” Anda berikan untuk paket lama. Paket ini berbeda: pilih statusnya lagi setelah membacanya.`,
        )
      : deliverableSent(unit.current, deliverable)
        ? ''
        : h('p', { class: 'mo-hint' }, 'Unit tidak mengirim bagian ini dalam paket.'),
    h(
      'div',
      { class: 'mo-choices', role: 'radiogroup', 'aria-label': `Status ${DELIVERABLE_LABELS[deliverable]}` },
      ...REVIEW_STATUSES.map((status) =>
        h(
          'label',
          {},
          h('input', { type: 'radio', name, value: status, checked: !stale && review.status === status }),
          STATUS_LABELS[status],
        ),
      ),
    ),
    h('label', { class: 'mo-comment-label' }, 'Komentar untuk unit', comment),
  );
  fieldset.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const change = target === comment ? { comment: comment.value } : { status: target.value as (typeof REVIEW_STATUSES)[number] };
    store.update((current) => updateReview(current, unit.key, deliverable, change, new Date()));
  });
  return fieldset;
}

export function renderUnitView(view: HTMLElement, store: PersistentDocument<MentorStore>, key: string, actions: Actions): void {
  const unit = store.$data.get().units.find((u) => u.key === key);
  if (!unit) return;
  const { current } = unit;
  const parts: Record<Deliverable, HTMLElement[]> = {
    asesmen: assessmentPart(unit),
    rencana: planPart(unit),
    'siaran-pers': releasePart(unit),
  };
  const button = (label: string, onClick: () => void, variant?: string) => {
    const b = h('button', { type: 'button', class: 'sk-button', 'data-variant': variant }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  view.replaceChildren(
    h(
      'p',
      { class: 'mo-unit-head sk-no-print' },
      button('← Kembali ke rekap', actions.close),
      button('Ekspor umpan balik unit ini', actions.exportFeedback, 'primary'),
      button('Cetak', () => window.print()),
    ),
    h('p', { class: 'sk-no-print', role: 'status', 'aria-live': 'polite', 'data-view-status': '' }),
    h('h2', { tabindex: -1 }, `${current.unit.name}${current.unit.type ? ` (${current.unit.type})` : ''}`),
    h(
      'p',
      {},
      `Paket dibuat ${formatDateTime(current.createdAt)}, diterima ${formatDateTime(unit.receivedAt)}. Ditampilkan apa adanya seperti ditulis unit (hanya baca).`,
    ),
    ...historyPart(unit, actions.prune),
    ...DELIVERABLES.flatMap((d) => [
      h('section', { 'data-part': d }, h('h3', {}, DELIVERABLE_LABELS[d]), ...parts[d]),
      reviewForm(store, unit, d),
    ]),
    // At the end too, where the mentor finishes writing.
    h(
      'p',
      { class: 'mo-unit-head sk-no-print' },
      button('Ekspor umpan balik unit ini', actions.exportFeedback, 'primary'),
      button('← Kembali ke rekap', actions.close),
    ),
  );
}
