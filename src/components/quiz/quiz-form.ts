/** <quiz-form>: a module's knowledge check (Quiz.astro), answerable, checked and kept in the progress document. */
import { percentage, scoreQuiz, isAnsweredRight, type QuizQuestion } from '@/domain/learning/quiz';
import type { QuizResult } from '@/schemas/progress';
import { setText } from '@/components/shared/set-text';
import { SiteElement, defineElement } from '@/components/shared/site-element';
import { progress, updateModule } from '@/components/learning/progress';

class QuizFormElement extends SiteElement {
  #id = '';
  #questions: QuizQuestion[] = [];

  protected start(signal: AbortSignal): void {
    this.#id = this.dataset.quizId ?? '';
    this.#questions = [...this.querySelectorAll<HTMLElement>('.sk-question')].map((element) => ({
      id: element.dataset.question ?? '',
      multiple: element.hasAttribute('data-multiple'),
      correct: [...element.querySelectorAll('.sk-option')].flatMap((option, index) => (option.hasAttribute('data-correct') ? [index] : [])),
    }));
    for (const input of this.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) input.disabled = false;
    this.dataset.ready = '';
    const form = this.querySelector('form');
    form?.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        this.checkAnswers();
      },
      { signal },
    );
    form?.addEventListener('change', () => this.saveDraft(), { signal });
    this.querySelector('[data-action="reset"]')?.addEventListener('click', () => this.resetAnswers(), { signal });
    this.watch(progress.$data, (data) => this.#render(data.modules[this.#id]?.quiz));
  }

  #chosen(): Record<string, number[]> {
    const answers: Record<string, number[]> = {};
    for (const question of this.#questions) {
      const inputs = [...this.querySelectorAll<HTMLInputElement>(`input[name="${question.id}"]`)];
      answers[question.id] = inputs.flatMap((input, index) => (input.checked ? [index] : []));
    }
    return answers;
  }

  saveDraft(): void {
    const answers = this.#chosen();
    updateModule(this.#id, (entry) => ({ ...entry, quiz: { answers, score: 0, total: this.#questions.length } }));
  }

  checkAnswers(): void {
    const answers = this.#chosen();
    const { score, total, unanswered } = scoreQuiz(this.#questions, answers);
    if (unanswered > 0) {
      this.#announce(`Masih ada ${unanswered} pertanyaan yang belum dijawab. Jawab semua pertanyaan, lalu periksa lagi.`);
      const firstEmpty = this.#questions.find((q) => (answers[q.id] ?? []).length === 0);
      this.querySelector<HTMLInputElement>(`input[name="${firstEmpty?.id}"]`)?.focus();
      return;
    }
    updateModule(this.#id, (entry) => ({ ...entry, quiz: { answers, score, total, checkedAt: new Date().toISOString() } }));
    // The explanations that open above push the score out of sight: bring it (and the button above it) into view.
    this.querySelector('[data-score]')?.scrollIntoView({ block: 'nearest' });
  }

  resetAnswers(): void {
    updateModule(this.#id, ({ quiz: _dropped, ...rest }) => rest);
    this.#announce('Jawaban dikosongkan. Silakan mencoba lagi.');
  }

  #announce(text: string): void {
    setText(this.querySelector('[data-score]'), text);
  }

  #render(result: QuizResult | undefined): void {
    const checked = Boolean(result?.checkedAt);
    const wrong: number[] = [];
    for (const [number, question] of this.#questions.entries()) {
      const element = this.querySelector<HTMLElement>(`[data-question="${question.id}"]`);
      if (!element) continue;
      const chosen = result?.answers[question.id] ?? [];
      const options = [...element.querySelectorAll<HTMLElement>('.sk-option')];
      options.forEach((option, index) => {
        const input = option.querySelector('input');
        if (input) input.checked = chosen.includes(index);
        option.toggleAttribute('data-chosen', checked && chosen.includes(index));
      });
      element.toggleAttribute('data-checked', checked);
      const right = isAnsweredRight(question, chosen);
      if (checked && !right) wrong.push(number + 1);
      // Not a live region: the one summary below speaks for all the questions at once.
      setText(
        element.querySelector('[data-result]'),
        checked ? (right ? '✓ Benar.' : '✗ Belum tepat. Baca pembahasan di bawah setiap opsi.') : '',
      );
    }
    const review = wrong.length === 0 ? 'Semua jawaban benar.' : `Belum tepat: nomor ${wrong.join(', ')}.`;
    this.#announce(
      checked && result
        ? `Skor Anda: ${result.score} dari ${result.total} (${percentage(result.score, result.total)}%). ${review} Hasil ini tersimpan di peramban ini dan tampil di halaman Kemajuan belajar.`
        : '',
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'quiz-form': QuizFormElement;
  }
}

defineElement('quiz-form', QuizFormElement);
