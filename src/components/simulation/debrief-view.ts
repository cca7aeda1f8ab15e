/** Builds the debrief of a finished run: ending, scores per dimension, both timelines, decisions and texts. */
import type { Scenario } from '@/schemas/scenario';
import { DIMENSIONS } from '@/schemas/dimension';
import type { SimulationRun } from '@/schemas/simulation-run';
import { h } from '@/components/shared/dom';
import { currentStep, findStep } from '@/domain/simulation/engine';
import { compareTimelines, reviewDecisions } from '@/domain/simulation/debrief';
import { DIMENSION_LABELS, percentOf, scoreRun, type Timing } from '@/domain/simulation/scoring';
import { timeOfDay } from '@/domain/simulation/clock';
import type { Finding } from '@/domain/press-release/rules';
import type { WritingChecker } from './writing-scorer';

const TIMING_LABELS: Record<Timing, string> = {
  'tepat-waktu': 'Tepat waktu',
  terlambat: 'Terlambat',
  'sangat-terlambat': 'Sangat terlambat',
};
const TONES = { baik: 'ok', sedang: 'warn', buruk: 'bad' } as const;

function table(caption: string, head: string[], rows: (Node | string)[][]): HTMLTableElement {
  return h(
    'table',
    {},
    h('caption', { class: 'sr-only' }, caption),
    h('thead', {}, h('tr', {}, ...head.map((cell) => h('th', { scope: 'col' }, cell)))),
    h(
      'tbody',
      {},
      ...rows.map((row) => h('tr', {}, ...row.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell))))),
    ),
  );
}

/** What the press-release checker found in a submitted text, as printed in the after-action report. */
function checkerFindings(checker: WritingChecker, findings: readonly Finding[]): Node[] {
  if (!checker.available) return [h('p', {}, 'Pemeriksa siaran pers tidak dapat dimuat; tulisan ini dinilai dengan rubrik skenario saja.')];
  if (findings.length === 0)
    return [h('p', { 'data-checker-summary': '' }, h('strong', {}, 'Pemeriksa siaran pers: '), 'tidak ada temuan.')];
  const list = h('ul', { class: 'sk-findings', 'data-findings': '' });
  checker.showFindings(list, findings);
  return [h('p', { 'data-checker-summary': '' }, h('strong', {}, `Pemeriksa siaran pers: ${findings.length} temuan.`)), list];
}

/** `checker` scores the texts (the rubric alone when the run has none, or when the checker could not be loaded). */
export function renderDebrief(root: HTMLElement, scenario: Scenario, run: SimulationRun, checker: WritingChecker): void {
  const at = (minute: number | undefined) =>
    minute === undefined ? '—' : `pukul ${timeOfDay(scenario.startTime, minute)} (menit ${Math.floor(minute)})`;
  const score = scoreRun(scenario, run, checker.scoreWriting);
  const slot = (name: string) => root.querySelector<HTMLElement>(`[data-${name}]`)!;

  const end = currentStep(scenario, run);
  if (end.task.kind === 'akhir') {
    slot('ending').replaceChildren(
      h(
        'div',
        { class: 'sk-notice sk-ending', 'data-tone': TONES[end.task.tone] },
        h('p', {}, h('strong', {}, `Akhir cerita: ${end.task.title}`)),
        h('p', {}, end.task.outcome),
      ),
    );
  }

  slot('scores').replaceChildren(
    table(
      'Nilai per dimensi',
      ['Dimensi', 'Poin', 'Persentase'],
      DIMENSIONS.map((dimension) => {
        const tally = score.dimensions[dimension];
        const percent = percentOf(tally);
        return [
          DIMENSION_LABELS[dimension],
          tally.possible === 0 ? 'tidak dinilai' : `${tally.points} dari ${tally.possible}`,
          percent === null
            ? '—'
            : h(
                'span',
                { class: 'sk-score' },
                `${percent}%`,
                h('span', { class: 'sk-bar', style: `width:${percent}%`, 'aria-hidden': 'true' }),
              ),
        ];
      }),
    ),
  );

  const timings = new Map(score.tasks.map((t) => [t.stepId, t.timing]));
  slot('timeline').replaceChildren(
    table(
      'Garis waktu Anda dan yang dianjurkan',
      ['Langkah', 'Dianjurkan', 'Anda', 'Catatan'],
      compareTimelines(scenario, run).map((row) => {
        const rec = row.recommended;
        const you = row.participant;
        const timing = timings.get(row.stepId);
        const isEnd = findStep(scenario, row.stepId)?.task.kind === 'akhir';
        return [
          row.title,
          rec
            ? `${isEnd ? 'Berakhir' : 'Mulai'} ${at(rec.enteredAt)}${rec.actBy !== undefined ? `; selesai sebelum ${at(rec.actBy)}` : ''}${rec.choice ? `. Pilihan: ${rec.choice}` : ''}`
            : 'Tidak ada di jalur yang dianjurkan',
          you
            ? `${isEnd ? 'Berakhir' : 'Mulai'} ${at(you.enteredAt)}${you.actedAt !== undefined ? `; bertindak ${at(you.actedAt)}` : ''}${you.choice ? `. Pilihan: ${you.choice}` : ''}`
            : 'Tidak Anda lalui',
          timing ? TIMING_LABELS[timing] : '',
        ];
      }),
    ),
  );

  const decisions = reviewDecisions(scenario, run);
  slot('decisions').replaceChildren(
    ...decisions.map((d) =>
      h(
        'article',
        { class: 'sk-debrief__card' },
        h('h4', {}, d.prompt),
        h('p', {}, h('strong', {}, 'Pilihan Anda: '), d.chosen.label),
        h('p', {}, h('strong', {}, 'Akibatnya: '), d.chosen.consequence, d.ledTo ? ` Cerita berlanjut ke “${d.ledTo}”.` : ''),
        h('p', {}, h('strong', {}, d.chosen.recommended ? 'Mengapa ini dianjurkan: ' : 'Catatan: '), d.chosen.feedback),
        d.chosen.recommended ? null : h('p', {}, h('strong', {}, 'Yang dianjurkan: '), `${d.recommended.label} ${d.recommended.feedback}`),
      ),
    ),
  );
  if (decisions.length === 0) slot('decisions').replaceChildren(h('p', {}, 'Tidak ada keputusan yang diambil.'));

  const writings = score.tasks.filter((t) => t.writing);
  slot('writings').replaceChildren(
    ...writings.map((task) => {
      const step = findStep(scenario, task.stepId);
      const action = run.actions.find((a) => a.stepId === task.stepId);
      if (step?.task.kind !== 'tulisan' || action?.kind !== 'tulisan' || !task.writing) return '';
      const earned = task.writing.criteria.reduce((sum, c) => sum + c.earned, 0);
      const possible = task.writing.criteria.reduce((sum, c) => sum + c.points, 0);
      return h(
        'article',
        { class: 'sk-debrief__card' },
        h('h4', {}, step.title),
        h('p', {}, step.task.prompt),
        h('p', { class: 'sk-debrief__text' }, action.text.trim() || '(kosong)'),
        h('p', {}, h('strong', {}, `Rubrik: ${earned} dari ${possible} poin, ${task.writing.words} kata.`)),
        h(
          'ul',
          {},
          ...task.writing.criteria.map((c) =>
            h('li', {}, `${c.met ? '✓' : '✗'} ${c.label} (${c.earned}/${c.points}, ${DIMENSION_LABELS[c.dimension].toLowerCase()})`),
          ),
        ),
        ...task.writing.notes.map((note) => h('p', {}, note)),
        ...checkerFindings(checker, task.writing.findings ?? []),
        h('p', { 'data-model-label': '' }, h('strong', {}, 'Contoh jawaban: ')),
        h('p', { class: 'sk-debrief__text' }, step.task.model),
      );
    }),
  );
  if (writings.length === 0) slot('writings').replaceChildren(h('p', {}, 'Jalur yang Anda lalui tidak memuat tugas menulis.'));
}
