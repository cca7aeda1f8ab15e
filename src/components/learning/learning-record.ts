import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import { persistentDocument } from '@/state/persistent-document';
import { progressDocument } from '@/state/documents/progress';
import { profileDocument } from '@/state/documents/profile';
import { percentage } from '@/domain/learning/quiz';
import type { Profile } from '@/schemas/profile';
import { SiteElement, defineElement } from '@/components/shared/site-element';

const dateFormat = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium' });

/** <learning-record>: fills the module table of "Kemajuan belajar" from the stored progress. */
class LearningRecordElement extends SiteElement {
  protected start(signal: AbortSignal): void {
    const progress = persistentDocument(progressDocument);
    const profile = persistentDocument(profileDocument);
    const today = this.querySelector('[data-today]');
    if (today) today.textContent = dateFormat.format(new Date());
    this.watch(profile.$data, (data) => {
      for (const field of this.querySelectorAll<HTMLElement>('[data-profile]')) {
        field.textContent = data[field.dataset.profile as keyof Profile] || '—';
      }
    });
    this.watch(progress.$data, ({ modules }) => {
      let read = 0;
      let checked = 0;
      let score = 0;
      let total = 0;
      const rows = this.querySelectorAll<HTMLElement>('tr[data-module]');
      for (const row of rows) {
        const entry = modules[row.dataset.module ?? ''];
        const questions = Number(row.dataset.questions ?? 0);
        const readCell = row.querySelector('[data-read]');
        const quizCell = row.querySelector('[data-quiz]');
        if (readCell) readCell.textContent = entry?.readAt ? `✓ ${dateFormat.format(new Date(entry.readAt))}` : '—';
        if (entry?.readAt) read += 1;
        const quiz = entry?.quiz;
        if (quizCell) {
          quizCell.textContent = quiz?.checkedAt
            ? `${quiz.score}/${quiz.total} (${percentage(quiz.score, quiz.total)}%), ${dateFormat.format(new Date(quiz.checkedAt))}`
            : `Belum dikerjakan (${questions} soal)`;
        }
        if (quiz?.checkedAt) {
          checked += 1;
          score += quiz.score;
          total += quiz.total;
        }
      }
      const summary = this.querySelector('[data-summary]');
      if (summary) {
        summary.textContent =
          `${read} dari ${rows.length} modul ditandai selesai dibaca; ${checked} uji pemahaman diperiksa` +
          (total > 0 ? `, dengan skor gabungan ${score}/${total} (${percentage(score, total)}%).` : '.');
      }
    });
    const print = this.querySelector<HTMLButtonElement>('[data-action="print"]');
    if (print) {
      print.disabled = false;
      print.addEventListener('click', () => window.print(), { signal });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'learning-record': LearningRecordElement;
  }
}

defineElement('learning-record', LearningRecordElement);
