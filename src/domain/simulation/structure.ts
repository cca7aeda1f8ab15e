/**
 * Structural checks of a scenario's story, run by the collection schema at build time (so a broken scenario
 * stops the build, naming the file and the step) and by the content tests.
 * The story must be a graph without cycles in which every step is reachable from the first one and every
 * step leads to an end: that is what guarantees every play-through finishes.
 */
import type { Scenario, ScenarioStep } from '@/schemas/scenario';

export interface ScenarioProblem {
  /** Where in the YAML file, e.g. ["steps", 2, "task", "options", 1, "next"]. */
  path: (string | number)[];
  /** What is wrong and what to do, in Indonesian. */
  message: string;
}

/** The steps a step can lead to, with the YAML path of each reference. */
export function stepLinks(step: ScenarioStep): { target: string; path: (string | number)[] }[] {
  const task = step.task;
  if (task.kind === 'tulisan') return [{ target: task.next, path: ['task', 'next'] }];
  if (task.kind === 'keputusan') {
    return task.options.flatMap((option, index) => {
      const target = option.next ?? task.next;
      return target === undefined ? [] : [{ target, path: option.next ? ['task', 'options', index, 'next'] : ['task', 'next'] }];
    });
  }
  return [];
}

export function findScenarioProblems(scenario: Pick<Scenario, 'steps'>): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const steps = scenario.steps;
  const byId = new Map<string, ScenarioStep>();
  const injectIds = new Set<string>();
  steps.forEach((step, index) => {
    if (byId.has(step.id))
      problems.push({
        path: ['steps', index, 'id'],
        message: `Langkah “${step.id}” muncul lebih dari sekali. Beri setiap langkah id yang berbeda.`,
      });
    else byId.set(step.id, step);
  });

  steps.forEach((step, index) => {
    const at = (...rest: (string | number)[]) => ['steps', index, ...rest];
    const name = `Langkah “${step.id}”`;

    step.injects.forEach((inject, i) => {
      if (injectIds.has(inject.id))
        problems.push({
          path: at('injects', i, 'id'),
          message: `${name}: id inject “${inject.id}” sudah dipakai. Id inject harus unik dalam satu skenario.`,
        });
      injectIds.add(inject.id);
      if (inject.shares && inject.channel !== 'media-sosial') {
        problems.push({
          path: at('injects', i, 'shares'),
          message: `${name}: inject “${inject.id}” memiliki “shares”, padahal hanya unggahan media sosial yang dibagikan. Hapus “shares” atau ganti salurannya.`,
        });
      }
      if (inject.channel === 'berita' && !inject.title) {
        problems.push({ path: at('injects', i, 'title'), message: `${name}: berita “${inject.id}” memerlukan judul (“title”).` });
      }
    });

    const task = step.task;
    if (task.kind === 'keputusan') {
      const recommended = task.options.filter((o) => o.recommended).length;
      if (recommended !== 1) {
        problems.push({
          path: at('task', 'options'),
          message: `${name}: keputusan harus memiliki tepat satu opsi “recommended: true” (sekarang ${recommended}).`,
        });
      }
      const optionIds = new Set<string>();
      task.options.forEach((option, i) => {
        if (optionIds.has(option.id))
          problems.push({ path: at('task', 'options', i, 'id'), message: `${name}: id opsi “${option.id}” dipakai dua kali.` });
        optionIds.add(option.id);
        if (option.next === undefined && task.next === undefined) {
          problems.push({
            path: at('task', 'options', i),
            message: `${name}: opsi “${option.id}” tidak menuju langkah mana pun. Isi “next” pada opsi atau pada keputusan.`,
          });
        }
      });
    }
    if (task.kind === 'tulisan') {
      if (task.minWords > task.maxWords)
        problems.push({
          path: at('task', 'minWords'),
          message: `${name}: “minWords” (${task.minWords}) lebih besar daripada “maxWords” (${task.maxWords}).`,
        });
      const criterionIds = new Set<string>();
      task.rubric.forEach((criterion, i) => {
        if (criterionIds.has(criterion.id))
          problems.push({ path: at('task', 'rubric', i, 'id'), message: `${name}: id kriteria “${criterion.id}” dipakai dua kali.` });
        criterionIds.add(criterion.id);
      });
    }
    for (const link of stepLinks(step)) {
      if (!byId.has(link.target)) {
        problems.push({
          path: at(...link.path),
          message: `${name} merujuk ke langkah “${link.target}” yang tidak ada. Periksa ejaan id atau tambahkan langkah itu.`,
        });
      }
      if (link.target === step.id)
        problems.push({ path: at(...link.path), message: `${name} merujuk ke dirinya sendiri. Arahkan ke langkah berikutnya.` });
    }
  });

  const first = steps[0];
  if (!first) return problems;
  if (first.task.kind === 'akhir')
    problems.push({ path: ['steps', 0, 'task'], message: `Langkah pertama “${first.id}” tidak boleh langsung berupa akhir cerita.` });
  if (!steps.some((s) => s.task.kind === 'akhir'))
    problems.push({ path: ['steps'], message: 'Skenario tidak memiliki akhir. Tambahkan minimal satu langkah dengan “task.kind: akhir”.' });

  // Reachable from the start.
  const reachable = walk([first.id], (id) => targets(byId.get(id)));
  steps.forEach((step, index) => {
    if (reachable.has(step.id)) return;
    const message =
      step.task.kind === 'akhir'
        ? `Akhir “${step.id}” tidak dapat dicapai: tidak ada keputusan atau langkah yang menuju ke sana. Arahkan “next” salah satu langkah ke “${step.id}” atau hapus akhir ini.`
        : `Langkah “${step.id}” tidak dapat dicapai dari langkah pertama. Arahkan “next” salah satu langkah ke “${step.id}” atau hapus langkah ini.`;
    problems.push({ path: ['steps', index, 'id'], message });
  });

  // No path may loop, and every step must lead to an end (walking backwards from the ends).
  for (const id of findCycles(first.id, (s) => targets(byId.get(s)))) {
    const index = steps.findIndex((s) => s.id === id);
    problems.push({
      path: ['steps', index, 'id'],
      message: `Langkah “${id}” berada dalam putaran: cerita dapat kembali ke langkah ini tanpa henti. Cerita harus selalu bergerak maju.`,
    });
  }
  const leadsToEnd = walk(
    steps.filter((s) => s.task.kind === 'akhir').map((s) => s.id),
    (id) => steps.filter((s) => targets(s).includes(id)).map((s) => s.id),
  );
  steps.forEach((step, index) => {
    if (reachable.has(step.id) && !leadsToEnd.has(step.id)) {
      problems.push({
        path: ['steps', index, 'task'],
        message: `Dari langkah “${step.id}” tidak ada jalan menuju akhir cerita. Pastikan setiap pilihan akhirnya sampai ke langkah “akhir”.`,
      });
    }
  });
  return problems;
}

function targets(step: ScenarioStep | undefined): string[] {
  return step ? [...new Set(stepLinks(step).map((l) => l.target))] : [];
}

/** Every id reachable from the starting ids by following `next`. */
function walk(start: readonly string[], next: (id: string) => string[]): Set<string> {
  const seen = new Set<string>(start);
  const queue = [...start];
  while (queue.length > 0) {
    for (const target of next(queue.shift()!)) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

/** Steps that are the target of a back edge in a depth-first walk: each one closes a loop. */
function findCycles(start: string, next: (id: string) => string[]): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const found = new Set<string>();
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const target of next(id)) {
      const s = state.get(target);
      if (s === 'open') found.add(target);
      else if (s === undefined) visit(target);
    }
    state.set(id, 'done');
  };
  visit(start);
  return [...found];
}
