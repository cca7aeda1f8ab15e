/**
 * <self-assessment>: makes the questionnaire live. Answers autosave to the "siaga-krisis:self-asesmen" document
 * as they are chosen, so a reload resumes where the user stopped; "Selesai" adds a dated entry to the history
 * and shows the report (scores, level, chart, table, weakest areas, comparison with the previous assessment).
 */
import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import { persistentDocument } from '@/state/persistent-document';
import { selfAssessmentDocument } from '@/state/documents/self-assessment';
import { profileDocument } from '@/state/documents/profile';
import {
  assessmentProgress,
  compareAssessments,
  readinessLevel,
  scoreAssessment,
  weakestAreas,
  type Comparison,
} from '@/domain/assessment/readiness';
import type { Questionnaire } from '@/schemas/questionnaire';
import type { Profile } from '@/schemas/profile';
import type { AssessmentDraft, CompletedAssessment, RespondentDraft, SelfAssessment } from '@/schemas/self-assessment';
import { formatDateTime } from '@/components/shared/download';
import { h, svg } from '@/components/shared/dom';
import { setPrintUnit } from '@/components/shared/print-stamp';
import { setText } from '@/components/shared/set-text';
import { sitePath } from '@/components/shared/site-path';
import { SiteElement, defineElement, readPageData } from '@/components/shared/site-element';

interface Model {
  id: string;
  questionnaire: Questionnaire;
  moduleTitles: Record<string, string>;
}

type RespondentField = keyof RespondentDraft;
const RESPONDENT_FIELDS: readonly RespondentField[] = ['unitName', 'personName', 'position'];
const EMPTY_DRAFT: AssessmentDraft = { answers: {}, respondent: {} };
const dateFormat = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' });

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

class SelfAssessmentElement extends SiteElement {
  #model!: Model;
  #store = persistentDocument(selfAssessmentDocument);
  #profile = persistentDocument(profileDocument);
  /** Id of the history entry shown in the report; the latest one when undefined. */
  #shownId: string | undefined;

  protected start(signal: AbortSignal): void {
    this.#model = readPageData<Model>(this, 'model', 'id', 'questionnaire', 'moduleTitles');
    const form = this.find<HTMLFormElement>('[data-form]');
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) control.disabled = false;
    const progressBar = this.find<HTMLElement>('[data-progress]');
    progressBar.hidden = false;
    // The page's scroll padding grows by the sticky bar's height, so the browser scrolls whatever gets the focus
    // clear of it (WCAG 2.4.11); the height changes when its text wraps.
    const resized = new ResizeObserver(() =>
      document.documentElement.style.setProperty('--sk-sticky-height', `${progressBar.offsetHeight}px`),
    );
    resized.observe(progressBar);
    signal.addEventListener('abort', () => resized.disconnect(), { once: true });

    form.addEventListener(
      'change',
      (event) => {
        const input = event.target as HTMLInputElement;
        if (input.type === 'radio') this.saveAnswer(input.name, Number(input.value));
      },
      { signal },
    );
    form.addEventListener(
      'input',
      (event) => {
        const input = event.target as HTMLInputElement;
        if (RESPONDENT_FIELDS.includes(input.name as RespondentField)) this.saveRespondent(input.name as RespondentField, input.value);
      },
      { signal },
    );
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        this.completeAssessment();
      },
      { signal },
    );
    this.querySelector('[data-action="clear"]')?.addEventListener('click', () => this.clearAnswers(), { signal });
    // A link in the list of unanswered items takes the focus to that item's first answer.
    this.querySelector('[data-missing-summary]')?.addEventListener(
      'click',
      (event) => {
        const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-missing-link]');
        if (!link) return;
        event.preventDefault();
        this.querySelector<HTMLInputElement>(`[data-item="${CSS.escape(link.dataset.missingLink ?? '')}"] input`)?.focus();
      },
      { signal },
    );
    this.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print(), { signal });

    const draft = this.#draft(this.#store.$data.get());
    const answered = assessmentProgress(this.#model.questionnaire, draft.answers).answered;
    if (answered > 0 && !draft.completedAt) {
      this.#message(
        `Melanjutkan isian yang tersimpan (${answered} butir sudah dijawab, terakhir diubah ${formatDateTime(draft.updatedAt)}).`,
      );
    }
    this.watch(this.#store.$data, (value) => this.#render(value));
    this.watch(this.#profile.$data, () => this.#render(this.#store.$data.get()));
  }

  #draft(data: SelfAssessment): AssessmentDraft {
    return data.drafts[this.#model.id] ?? EMPTY_DRAFT;
  }

  #history(data: SelfAssessment): CompletedAssessment[] {
    return data.history[this.#model.id] ?? [];
  }

  #updateDraft(change: (draft: AssessmentDraft) => AssessmentDraft): void {
    this.#store.update((data) => {
      const { completedAt: _changed, ...draft } = change(this.#draft(data));
      return { ...data, drafts: { ...data.drafts, [this.#model.id]: { ...draft, updatedAt: new Date().toISOString() } } };
    });
  }

  saveAnswer(itemId: string, value: number): void {
    this.#updateDraft((draft) => ({ ...draft, answers: { ...draft.answers, [itemId]: value } }));
    this.#markMissing(itemId, false);
    const summary = this.querySelector<HTMLElement>('[data-missing-summary]');
    summary?.querySelector(`li:has(> [data-missing-link="${CSS.escape(itemId)}"])`)?.remove();
    if (summary && !summary.querySelector('li')) summary.hidden = true;
  }

  /** An unanswered item says so in words and to assistive technology, not only by its orange frame (WCAG 3.3.1, 1.4.1). */
  #markMissing(itemId: string, missing: boolean): void {
    const fieldset = this.querySelector<HTMLElement>(`[data-item="${CSS.escape(itemId)}"]`);
    if (!fieldset) return;
    fieldset.toggleAttribute('data-missing', missing);
    for (const radio of fieldset.querySelectorAll('input')) {
      if (missing) radio.setAttribute('aria-invalid', 'true');
      else radio.removeAttribute('aria-invalid');
    }
    const note = fieldset.querySelector('.sa-missing-note');
    if (missing && !note) fieldset.querySelector('legend')?.append(h('span', { class: 'sa-missing-note' }, 'Belum dijawab'));
    if (!missing) note?.remove();
  }

  /** The list of unanswered items, each a link to the item, shown above the buttons and given the focus. */
  #showMissing(ids: string[]): void {
    const summary = this.querySelector<HTMLElement>('[data-missing-summary]');
    if (!summary) return;
    const items = new Map(this.#model.questionnaire.dimensions.flatMap((d) => d.items.map((item) => [item.id, item.text] as const)));
    summary.replaceChildren(
      h('p', {}, `Masih ada ${ids.length} butir yang belum dijawab. Jawab butir berikut, lalu tekan “Selesai dan lihat hasil” lagi:`),
      h('ul', {}, ...ids.map((id) => h('li', {}, h('a', { href: `#sa-item-${id}`, 'data-missing-link': id }, items.get(id) ?? id)))),
    );
    summary.hidden = ids.length === 0;
    if (ids.length > 0) summary.focus();
  }

  saveRespondent(field: RespondentField, value: string): void {
    this.#updateDraft((draft) => ({ ...draft, respondent: { ...draft.respondent, [field]: value } }));
  }

  /** What goes on the report: typed on the form, else the profile on "Data saya". */
  #respondent(draft: AssessmentDraft): Record<RespondentField, string> {
    const profile: Profile = this.#profile.$data.get();
    return {
      unitName: draft.respondent.unitName ?? profile.unitName,
      personName: draft.respondent.personName ?? profile.personName,
      position: draft.respondent.position ?? profile.position,
    };
  }

  completeAssessment(): void {
    const { questionnaire } = this.#model;
    const data = this.#store.$data.get();
    const draft = this.#draft(data);
    const progress = assessmentProgress(questionnaire, draft.answers);
    const missing = questionnaire.dimensions
      .flatMap((d) => d.items.map((item) => item.id))
      .filter((itemId) => draft.answers[itemId] === undefined);
    for (const item of questionnaire.dimensions.flatMap((d) => d.items)) this.#markMissing(item.id, missing.includes(item.id));
    this.#message('');
    this.#showMissing(missing);
    if (progress.answered < progress.total) return;
    if (draft.completedAt) {
      this.#message('Jawaban belum berubah sejak asesmen terakhir, jadi tidak dicatat dua kali. Hasilnya ada di bawah.');
      this.#showResult(undefined);
      return;
    }
    const now = new Date();
    const score = scoreAssessment(questionnaire, draft.answers);
    const entry: CompletedAssessment = {
      id: String(now.getTime()),
      completedAt: now.toISOString(),
      answers: draft.answers,
      respondent: this.#respondent(draft),
      dimensions: score.dimensions,
      overall: score.overall,
    };
    this.#store.update((current) => ({
      drafts: { ...current.drafts, [this.#model.id]: { ...this.#draft(current), completedAt: entry.completedAt } },
      history: { ...current.history, [this.#model.id]: [...this.#history(current), entry] },
    }));
    this.#message(`Asesmen selesai dan dicatat dalam riwayat: skor ${score.overall}, ${score.level.name.toLowerCase()}.`);
    this.#showResult(undefined);
  }

  clearAnswers(): void {
    if (!window.confirm('Kosongkan semua jawaban? Riwayat asesmen yang sudah selesai tetap tersimpan.')) return;
    this.#updateDraft((draft) => ({ respondent: draft.respondent, answers: {} }));
    for (const fieldset of this.querySelectorAll<HTMLElement>('[data-missing]')) this.#markMissing(fieldset.dataset.item ?? '', false);
    this.#showMissing([]);
    this.#message('Jawaban dikosongkan. Riwayat asesmen tetap tersimpan.');
  }

  #showResult(id: string | undefined): void {
    this.#shownId = id;
    this.#render(this.#store.$data.get());
    const result = this.querySelector<HTMLElement>('[data-result]');
    result?.scrollIntoView({ block: 'start' });
    result?.focus({ preventScroll: true });
  }

  #message(text: string): void {
    setText(this.querySelector('[data-form-message]'), text);
  }

  #render(data: SelfAssessment): void {
    const { questionnaire } = this.#model;
    const draft = this.#draft(data);
    const respondent = this.#respondent(draft);
    for (const field of RESPONDENT_FIELDS) {
      const input = this.querySelector<HTMLInputElement>(`input[name="${field}"]`);
      // Never rewrite the field the user is typing in: that would move the cursor.
      if (input && input !== document.activeElement && input.value !== respondent[field]) input.value = respondent[field];
    }
    for (const radio of this.querySelectorAll<HTMLInputElement>('.sa-item input[type="radio"]')) {
      radio.checked = draft.answers[radio.name] === Number(radio.value);
    }
    const progress = assessmentProgress(questionnaire, draft.answers);
    const bar = this.querySelector<HTMLProgressElement>('[data-progress] progress');
    if (bar) bar.value = progress.answered;
    setText(
      this.querySelector('[data-progress-text]'),
      `${progress.answered} dari ${progress.total} butir dijawab.` +
        (progress.answered === progress.total
          ? ' Semua butir sudah dijawab: tekan “Selesai dan lihat hasil”.'
          : ' Jawaban tersimpan otomatis di peramban ini.'),
    );
    for (const counter of this.querySelectorAll<HTMLElement>('[data-dimension-count]')) {
      const id = counter.closest<HTMLElement>('[data-dimension]')?.dataset.dimension ?? '';
      const count = progress.dimensions[id];
      setText(counter, count ? `${count.answered}/${count.total} dijawab` : '');
    }
    this.#renderHistory(data);
    this.#renderResult(data);
  }

  #renderHistory(data: SelfAssessment): void {
    const history = this.#history(data);
    const section = this.querySelector<HTMLElement>('[data-history]');
    const rows = this.querySelector('[data-history-rows]');
    if (!section || !rows) return;
    section.hidden = history.length === 0;
    rows.replaceChildren(
      ...history
        .map((entry) => {
          const show = h(
            'button',
            { type: 'button', class: 'sk-button', 'aria-label': `Tampilkan laporan ${formatDateTime(entry.completedAt)}` },
            'Tampilkan',
          );
          show.addEventListener('click', () => this.#showResult(entry.id));
          return h(
            'tr',
            {},
            h('td', {}, formatDateTime(entry.completedAt)),
            h('td', {}, String(entry.overall)),
            h('td', {}, readinessLevel(entry.overall).name),
            h('td', {}, show),
          );
        })
        .reverse(),
    );
  }

  #renderResult(data: SelfAssessment): void {
    const history = this.#history(data);
    const section = this.querySelector<HTMLElement>('[data-result]');
    if (!section) return;
    const index = this.#shownId === undefined ? history.length - 1 : history.findIndex((entry) => entry.id === this.#shownId);
    const entry = history[index];
    section.hidden = !entry;
    this.toggleAttribute('data-showing-result', Boolean(entry));
    if (!entry) return;
    const previous = index > 0 ? history[index - 1] : undefined;
    const comparison = previous ? compareAssessments(entry, previous) : undefined;
    const level = readinessLevel(entry.overall);

    const report: Record<string, string> = {
      unitName: entry.respondent.unitName || '—',
      personName: entry.respondent.personName || '..............................',
      position: entry.respondent.position || '—',
      date: dateFormat.format(new Date(entry.completedAt)),
    };
    for (const field of section.querySelectorAll<HTMLElement>('[data-report]'))
      field.textContent = report[field.dataset.report ?? ''] ?? '';
    section.querySelector('[data-overall]')!.textContent = String(entry.overall);
    section.querySelector('[data-level]')!.setAttribute('data-level', level.id);
    section.querySelector('[data-level-name]')!.textContent = `Tingkat kesiapan: ${level.name}`;
    section.querySelector('[data-level-explanation]')!.textContent = level.explanation;
    section.querySelector('[data-comparison-summary]')!.textContent = comparison
      ? `Dibandingkan asesmen ${formatDateTime(previous!.completedAt)} (skor ${comparison.overallBefore}): ${signed(comparison.overallChange)} poin.`
      : 'Ini asesmen pertama: belum ada pembanding. Ulangi asesmen setelah menjalankan rekomendasi untuk melihat kemajuan.';

    setPrintUnit(entry.respondent.unitName);
    section.querySelector<HTMLElement>('[data-previous-legend]')!.hidden = !comparison;
    section.toggleAttribute('data-first', !comparison);
    this.#renderChart(section, entry, comparison);
    this.#renderScoreTable(section, entry, comparison);
    this.#renderAnswers(section, entry);
    this.#renderChanges(section, comparison);
    this.#renderWeakAreas(section, entry);
  }

  #renderChart(section: HTMLElement, entry: CompletedAssessment, comparison: Comparison | undefined): void {
    const rowHeight = 46;
    const left = 8;
    const width = 420;
    const height = entry.dimensions.length * rowHeight + 30;
    const x = (score: number) => left + (score / 100) * (width - left - 48);
    const label = entry.dimensions.map((d) => `${d.name} ${d.score}`).join(', ');
    const chart = svg('svg', {
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-label': `Skor per dimensi dari 100: ${label}. Skor keseluruhan ${entry.overall}.`,
      class: 'sa-bars',
    });
    const boundaries = [40, 60, 80];
    for (const boundary of boundaries) {
      chart.append(svg('text', { x: x(boundary), y: height - 6, 'text-anchor': 'middle', class: 'sa-bars__axis' }, String(boundary)));
    }
    entry.dimensions.forEach((dimension, row) => {
      const top = row * rowHeight + 4;
      const before = comparison?.dimensions.find((d) => d.id === dimension.id)?.before;
      chart.append(
        svg('text', { x: left, y: top + 14, class: 'sa-bars__label' }, dimension.name),
        svg('rect', { x: left, y: top + 20, width: x(100) - left, height: 16, rx: 3, class: 'sa-bars__track' }),
        svg('rect', {
          x: left,
          y: top + 20,
          width: Math.max(x(dimension.score) - left, 1),
          height: 16,
          rx: 3,
          class: `sa-bars__bar sa-bars__bar--${readinessLevel(dimension.score).id}`,
        }),
        svg('text', { x: x(100) + 8, y: top + 33, class: 'sa-bars__value' }, String(dimension.score)),
        // Guide lines only across the bar, so they never cross the dimension's name above it.
        ...boundaries.map((boundary) =>
          svg('line', { x1: x(boundary), x2: x(boundary), y1: top + 17, y2: top + 39, class: 'sa-bars__boundary' }),
        ),
      );
      if (before !== undefined)
        chart.append(svg('line', { x1: x(before), x2: x(before), y1: top + 16, y2: top + 40, class: 'sa-bars__previous' }));
    });
    section.querySelector('[data-chart]')!.replaceChildren(chart);
  }

  #renderScoreTable(section: HTMLElement, entry: CompletedAssessment, comparison: Comparison | undefined): void {
    const rows = entry.dimensions.map((dimension) => {
      const change = comparison?.dimensions.find((d) => d.id === dimension.id);
      return h(
        'tr',
        {},
        h('th', { scope: 'row' }, dimension.name),
        h('td', {}, String(dimension.score)),
        h('td', {}, change?.before === undefined ? '—' : String(change.before)),
        h('td', {}, change?.before === undefined ? '—' : signed(change.change)),
      );
    });
    rows.push(
      h(
        'tr',
        { class: 'sa-total' },
        h('th', { scope: 'row' }, 'Keseluruhan'),
        h('td', {}, String(entry.overall)),
        h('td', {}, comparison ? String(comparison.overallBefore) : '—'),
        h('td', {}, comparison ? signed(comparison.overallChange) : '—'),
      ),
    );
    section.querySelector('[data-score-table] tbody')!.replaceChildren(...rows);
  }

  /** Every answer as chosen, so the printed report is the filled-in form, not only its scores. */
  #renderAnswers(section: HTMLElement, entry: CompletedAssessment): void {
    const { questionnaire } = this.#model;
    const scale = new Map(questionnaire.scale.map((option) => [option.value, option.label]));
    let number = 0;
    const groups = questionnaire.dimensions.map((dimension) => [
      h('tr', { class: 'sa-answers__group' }, h('th', { scope: 'colgroup', colspan: 3 }, dimension.name)),
      ...dimension.items.map((item) => {
        number += 1;
        const answer = entry.answers[item.id];
        return h(
          'tr',
          {},
          h('td', {}, `${number}.`),
          h('td', {}, item.text),
          h('td', {}, answer === undefined ? '—' : `${scale.get(answer) ?? ''} (${answer})`),
        );
      }),
    ]);
    // The last dimension goes with the signatures (see .sa-closing).
    section.querySelector('[data-answer-rows]')!.replaceChildren(...groups.slice(0, -1).flat());
    section.querySelector('[data-answer-rows-last]')!.replaceChildren(...(groups.at(-1) ?? []));
  }

  #renderChanges(section: HTMLElement, comparison: Comparison | undefined): void {
    const box = section.querySelector('[data-changes]')!;
    box.replaceChildren();
    if (!comparison) return;
    const list = (title: string, items: Comparison['improved'], empty: string) =>
      h(
        'div',
        {},
        h('h4', {}, title),
        items.length === 0
          ? h('p', {}, empty)
          : h('ul', {}, ...items.map((d) => h('li', {}, `${d.name}: ${d.before} → ${d.after} (${signed(d.change)})`))),
      );
    box.append(
      h(
        'div',
        { class: 'sa-changes' },
        list('Yang membaik', comparison.improved, 'Tidak ada dimensi yang naik.'),
        list('Yang menurun', comparison.fell, 'Tidak ada dimensi yang turun.'),
      ),
    );
  }

  #renderWeakAreas(section: HTMLElement, entry: CompletedAssessment): void {
    const { questionnaire, moduleTitles } = this.#model;
    const areas = weakestAreas(questionnaire, entry.answers, entry.dimensions, 3);
    const scale = new Map(questionnaire.scale.map((option) => [option.value, option.label]));
    section
      .querySelector('[data-weak-areas]')!
      .replaceChildren(
        ...areas.map((area) =>
          h(
            'li',
            {},
            h('h4', {}, `${area.name} (skor ${area.score})`),
            area.recommendations.length === 0
              ? h('p', {}, 'Semua butir di area ini sudah terpenuhi dan teruji. Pertahankan dengan latihan berkala.')
              : h(
                  'ul',
                  {},
                  ...area.recommendations.map((recommendation) =>
                    h(
                      'li',
                      {},
                      h('strong', {}, recommendation.text),
                      ' ',
                      h(
                        'span',
                        { class: 'sa-rec-meta' },
                        `Keadaan sekarang: ${scale.get(recommendation.answer) ?? ''}`,
                        h('span', { class: 'sa-rec-item' }, ` (“${recommendation.item}”)`),
                        '. ',
                      ),
                      h(
                        'a',
                        { href: sitePath(`/modul/${recommendation.module}/`) },
                        `Pelajari: ${moduleTitles[recommendation.module] ?? recommendation.module}`,
                      ),
                    ),
                  ),
                ),
          ),
        ),
      );
  }
}

// Defined in a task of its own, after this module's evaluation: two short tasks rather than one long (README, "Start-up").
declare global {
  interface HTMLElementTagNameMap {
    'self-assessment': SelfAssessmentElement;
  }
}

defineElement('self-assessment', SelfAssessmentElement, { nextTask: true });
