/** Rows of the attempts table, shared by a drill's own history and the list of all attempts. */
import { joinRelease } from '@/domain/press-release/parts';
import type { ReleaseAttempt } from '@/schemas/press-release-work';
import { formatDateTime } from '@/components/shared/download';
import { sitePath } from '@/components/shared/site-path';

export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} menit ${seconds % 60} detik` : `${seconds} detik`;
}

/** Newest first. withDrill adds a first column naming the drill, linked to its page. */
export function renderAttemptRows(body: HTMLTableSectionElement, attempts: readonly ReleaseAttempt[], withDrill: boolean): void {
  body.replaceChildren();
  if (attempts.length === 0) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = withDrill ? 6 : 5;
    cell.textContent = 'Belum ada percobaan.';
    return;
  }
  for (const attempt of [...attempts].reverse()) {
    const row = body.insertRow();
    row.dataset.attempt = attempt.id;
    if (withDrill) {
      const link = document.createElement('a');
      link.href = sitePath(`/latihan/siaran-pers/${attempt.drillId}/`);
      link.textContent = attempt.drillTitle;
      row.insertCell().append(link);
    }
    row.insertCell().textContent = formatDateTime(attempt.submittedAt);
    const percent = attempt.max === 0 ? 0 : Math.round((attempt.points / attempt.max) * 100);
    row.insertCell().textContent = `${attempt.points}/${attempt.max} (${percent}%)`;
    const limit = attempt.minutesAllowed ? ` dari ${attempt.minutesAllowed} menit` : '';
    row.insertCell().textContent = `${formatDuration(attempt.secondsTaken)}${limit}${attempt.timed ? ', dengan hitung mundur' : ''}`;
    row.insertCell().textContent = String(attempt.findings);
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = 'Lihat naskah';
    details.append(summary);
    for (const line of joinRelease(attempt.parts)
      .split('\n')
      .filter((l) => l.trim())) {
      details.append(Object.assign(document.createElement('p'), { textContent: line }));
    }
    row.insertCell().append(details);
  }
}
