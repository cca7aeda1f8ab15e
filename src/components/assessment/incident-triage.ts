/**
 * <incident-triage>: answers autosave as they are chosen (a reload resumes), the result appears as soon as every
 * question is answered, and each triage that is saved, copied or printed is kept with its time.
 */
import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import { persistentDocument } from '@/state/persistent-document';
import { triageDocument } from '@/state/documents/triage';
import { profileDocument } from '@/state/documents/profile';
import {
  TRIAGE_QUESTIONS,
  assessTriage,
  isTriageComplete,
  missingTriageAnswers,
  triageSummaryText,
  type CompleteTriageAnswers,
  type TriageQuestionId,
} from '@/domain/assessment/triage';
import type { Triage, TriageAnswers, TriageRecord } from '@/schemas/triage';
import { levelLabel, type CrisisLevelEntry } from '@/domain/crisis-model/levels';
import { formatDateTime } from '@/components/shared/download';
import { copyText } from '@/components/shared/clipboard';
import { h } from '@/components/shared/dom';
import { setText } from '@/components/shared/set-text';
import { SiteElement, defineElement, readPageData } from '@/components/shared/site-element';

const EMPTY_DRAFT: Triage['draft'] = { context: { crisisTypeId: '', description: '' }, answers: {} };

/** Radio values are text; stored answers are booleans or the option's own text. */
function parseAnswer(value: string): boolean | string {
  return value === 'true' ? true : value === 'false' ? false : value;
}

const sameDraft = (record: TriageRecord, draft: Triage['draft']) =>
  JSON.stringify([record.context, record.answers]) === JSON.stringify([draft.context, draft.answers]);

class IncidentTriageElement extends SiteElement {
  #store = persistentDocument(triageDocument);
  #profile = persistentDocument(profileDocument);
  /** The crisis-level model, handed over by IncidentTriage.astro from src/content/crisis-levels/. */
  #levels: CrisisLevelEntry[] = [];

  protected start(signal: AbortSignal): void {
    this.#levels = readPageData<CrisisLevelEntry[]>(this, 'crisis-levels', 'id', 'name');
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button'))
      control.disabled = false;
    const form = this.querySelector<HTMLFormElement>('[data-form]');
    form?.addEventListener('change', (event) => this.saveField(event.target as HTMLInputElement), { signal });
    form?.addEventListener(
      'input',
      (event) => {
        if ((event.target as HTMLInputElement).name === 'description') this.saveField(event.target as HTMLInputElement);
      },
      { signal },
    );
    form?.addEventListener('submit', (event) => event.preventDefault(), { signal });
    this.#on('new', () => this.startNewTriage());
    this.#on('copy', () => void this.copySummary());
    this.#on('print', () => this.printSummary());
    this.#on('save', () => this.saveTriage('Triase disimpan'));
    this.watch(this.#store.$data, (data) => this.#render(data));
  }

  #on(action: string, handler: () => void): void {
    this.querySelector(`[data-action="${action}"]`)?.addEventListener('click', handler);
  }

  saveField(field: HTMLInputElement | HTMLSelectElement): void {
    const { name, value } = field;
    this.#store.update((data) => {
      const draft = data.draft;
      if (name === 'crisisTypeId' || name === 'description')
        return { ...data, draft: { ...draft, context: { ...draft.context, [name]: value } } };
      if (TRIAGE_QUESTIONS.some((q) => q.id === name))
        return { ...data, draft: { ...draft, answers: { ...draft.answers, [name]: parseAnswer(value) } } };
      return data;
    });
  }

  startNewTriage(): void {
    this.#store.update((data) => ({ ...data, draft: EMPTY_DRAFT }));
    this.#message('Isian dikosongkan untuk triase baru. Triase yang tersimpan tetap ada di bawah.');
    this.querySelector<HTMLElement>('select[name="crisisTypeId"]')?.focus();
  }

  /** Keeps the current triage with its time, once; returns the saved record. */
  saveTriage(announce?: string): TriageRecord | undefined {
    const data = this.#store.$data.get();
    const { answers } = data.draft;
    if (!isTriageComplete(answers)) return undefined;
    const last = data.records.at(-1);
    if (last && sameDraft(last, data.draft)) {
      if (announce) this.#message(`Triase ini sudah tersimpan pada ${formatDateTime(last.savedAt)}.`);
      return last;
    }
    const now = new Date();
    const record: TriageRecord = {
      id: String(now.getTime()),
      savedAt: now.toISOString(),
      context: data.draft.context,
      answers,
      level: assessTriage(answers, this.#levels).level,
    };
    this.#store.update((current) => ({ ...current, records: [...current.records, record] }));
    if (announce) this.#message(`${announce} pada ${formatDateTime(record.savedAt)}.`);
    return record;
  }

  #summary(): string | undefined {
    const data = this.#store.$data.get();
    const { answers, context } = data.draft;
    if (!isTriageComplete(answers)) return undefined;
    const record = this.saveTriage();
    const typeName =
      this.querySelector<HTMLOptionElement>(`select[name="crisisTypeId"] option[value="${CSS.escape(context.crisisTypeId)}"]`)
        ?.textContent ?? '';
    return triageSummaryText(answers, assessTriage(answers, this.#levels), {
      time: formatDateTime(record?.savedAt),
      crisisTypeName: context.crisisTypeId ? typeName : '',
      description: context.description,
      unitName: this.#profile.$data.get().unitName,
      templateUrl: new URL(this.dataset.template ?? '/', window.location.href).href,
    });
  }

  async copySummary(): Promise<void> {
    const text = this.#summary();
    if (!text) return;
    if (await copyText(text)) {
      this.#message('Ringkasan disalin. Tempelkan ke pesan untuk Kepala UPT atau grup koordinasi. Triase ini juga tersimpan.');
      return;
    }
    // The browser refused: show the text so the user can copy it by hand.
    const fallback = this.querySelector<HTMLElement>('[data-fallback]');
    const area = fallback?.querySelector('textarea');
    if (!fallback || !area) return;
    fallback.hidden = false;
    area.value = text;
    area.focus();
    area.select();
    this.#message(
      'Peramban tidak mengizinkan penyalinan otomatis. Teks ringkasan sudah dipilih di bawah: tekan Ctrl+C (atau tahan lalu pilih Salin di ponsel).',
    );
  }

  printSummary(): void {
    if (this.saveTriage()) window.print();
  }

  #message(text: string): void {
    setText(this.querySelector('[data-action-message]'), text);
  }

  #render(data: Triage): void {
    const { answers, context } = data.draft;
    for (const field of this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select[name], input[name="description"]')) {
      const value = context[field.name as keyof typeof context] ?? '';
      // Never rewrite the field the user is typing in: that would move the cursor.
      if (field !== document.activeElement && field.value !== value) field.value = value;
    }
    for (const radio of this.querySelectorAll<HTMLInputElement>('.tr-questions input[type="radio"]')) {
      radio.checked = String(answers[radio.name as TriageQuestionId]) === radio.value;
    }
    const missing = missingTriageAnswers(answers);
    setText(
      this.querySelector('[data-progress]'),
      missing.length === 0
        ? 'Semua pertanyaan terjawab. Hasil triase ada di bawah.'
        : `${TRIAGE_QUESTIONS.length - missing.length} dari ${TRIAGE_QUESTIONS.length} pertanyaan dijawab. Hasil muncul setelah semua terjawab; isian tersimpan otomatis.`,
    );
    this.#renderResult(answers, data);
    this.#renderRecords(data.records);
  }

  #renderResult(answers: TriageAnswers, data: Triage): void {
    const section = this.querySelector<HTMLElement>('[data-result]');
    if (!section) return;
    const complete = isTriageComplete(answers);
    const wasHidden = section.hidden;
    section.hidden = !complete;
    this.toggleAttribute('data-showing-result', complete);
    if (!complete) return;
    const result = assessTriage(answers as CompleteTriageAnswers, this.#levels);
    const info = result.model;
    const saved = data.records.at(-1);
    section.querySelector('[data-meta]')!.textContent =
      saved && sameDraft(saved, data.draft)
        ? `Triase disimpan ${formatDateTime(saved.savedAt)}.`
        : 'Belum disimpan: simpan, salin, atau cetak untuk mencatatnya dengan waktunya.';
    section.querySelector('[data-level-box]')!.setAttribute('data-level', String(result.level));
    section.querySelector('[data-level-name]')!.textContent = levelLabel(info);
    section.querySelector('[data-lead]')!.textContent = `Memimpin komunikasi: ${info.lead}`;
    section.querySelector('[data-speaks]')!.textContent = `Berbicara kepada media: ${info.speaks}`;
    section.querySelector('[data-reasons]')!.replaceChildren(...result.reasons.map((reason) => h('li', {}, reason)));
    section
      .querySelector('[data-notify]')!
      .replaceChildren(...result.notify.map((n) => h('tr', {}, h('th', { scope: 'row' }, n.who), h('td', {}, n.when))));
    section.querySelector('[data-actions]')!.replaceChildren(...result.actions.map((action) => h('li', {}, action)));
    // Announce a new result once, when it first appears.
    if (wasHidden) this.#message(`Hasil: tingkat ${result.level}, ${info.name}.`);
  }

  #renderRecords(records: readonly TriageRecord[]): void {
    const section = this.querySelector<HTMLElement>('[data-records]');
    const rows = this.querySelector('[data-record-rows]');
    if (!section || !rows) return;
    section.hidden = records.length === 0;
    const typeName = (id: string) =>
      id ? (this.querySelector(`select[name="crisisTypeId"] option[value="${CSS.escape(id)}"]`)?.textContent ?? id) : '';
    rows.replaceChildren(
      ...[...records]
        .reverse()
        .map((record) =>
          h(
            'tr',
            {},
            h('td', {}, formatDateTime(record.savedAt)),
            h('td', {}, `${record.level} · ${this.#levels.find((level) => level.level === record.level)?.name ?? ''}`),
            h('td', {}, [typeName(record.context.crisisTypeId), record.context.description].filter(Boolean).join(': ') || '—'),
          ),
        ),
    );
  }
}

// Defined in a task of its own, after this module's evaluation: two short tasks rather than one long (README, "Start-up").
declare global {
  interface HTMLElementTagNameMap {
    'incident-triage': IncidentTriageElement;
  }
}

defineElement('incident-triage', IncidentTriageElement, { nextTask: true });
