// The plan form's DOM kept in step with the plan: rows, field ids, messages, counts, meters (plan-builder.ts calls these).
import type { CommunicationPlan } from '@/schemas/communication-plan';
import { isPlanList, listAt, planTitle, rowTitle, type PlanList } from '@/domain/plan/plans';
import { overallPercent, sectionPercent, type SectionCompleteness } from '@/domain/plan/completeness';
import {
  countMessageMap,
  countWords,
  describeMessageMapCount,
  HOLDING_STATEMENT_MAX_WORDS,
  speakingSeconds,
} from '@/domain/plan/message-map';
import { requiredPart } from '@/components/shared/site-element';
import { setText } from '@/components/shared/set-text';

export type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Makes a list show `count` rows (cloned from its template) and gives every field its path and ids. */
export function renderRows(root: HTMLElement, container: HTMLElement, list: PlanList, count: number): void {
  const template = requiredPart<HTMLTemplateElement>(root, `template[data-row-template="${list}"]`);
  const rows = [...container.querySelectorAll<HTMLElement>(':scope > [data-row]')];
  for (const extra of rows.slice(count)) extra.remove();
  for (let i = rows.length; i < count; i++) {
    const clone = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    for (const control of clone.querySelectorAll<HTMLButtonElement | Field>('button, input, textarea, select')) control.disabled = false;
    container.append(clone);
  }
  container.querySelectorAll<HTMLElement>(':scope > [data-row]').forEach((row, index) => {
    // A row whose fields already have their paths (the same row as before) needs no new ids.
    if (row.dataset.row === `${list}.${index}`) return;
    row.dataset.row = `${list}.${index}`;
    for (const field of row.querySelectorAll<Field>('[data-field]')) linkField(field, `${list}.${index}.${field.dataset.field}`);
    for (const error of row.querySelectorAll<HTMLElement>('[data-error-field]'))
      error.dataset.path = `${list}.${index}.${error.dataset.errorField}`;
  });
}

/** Fields outside rows have their path in data-field; rows are linked when they are rendered. */
export function linkFieldsOutsideRows(root: ParentNode): void {
  for (const field of root.querySelectorAll<Field>('[data-field]')) {
    if (!field.closest('[data-row]')) linkField(field, field.dataset.field!);
  }
}

/** Gives a field its path in the plan, its id, and the ids of its hint and message. */
function linkField(field: Field, path: string): void {
  field.dataset.path = path;
  field.id = `rk-${path.replace(/\./g, '-')}`;
  const box = field.closest('.plan-field');
  const hint = box?.querySelector<HTMLElement>('[data-hint]');
  const error = box?.querySelector<HTMLElement>('[data-error]');
  if (hint) hint.id = `${field.id}-petunjuk`;
  if (error) error.id = `${field.id}-galat`;
  const described = [hint?.id, error && !error.hidden ? error.id : undefined].filter(Boolean).join(' ');
  if (described) field.setAttribute('aria-describedby', described);
  else field.removeAttribute('aria-describedby');
}

/** Each field's message (or none) from the plan's issues, by path. */
export function renderIssues(section: HTMLElement, issues: ReadonlyMap<string, string>): void {
  for (const target of section.querySelectorAll<HTMLElement>('[data-path]')) {
    const path = target.dataset.path!;
    const message = issues.get(path) ?? '';
    const isField = target.matches('input, textarea, select');
    const box = target.closest('.plan-field');
    let error = isField ? box?.querySelector<HTMLElement>('[data-error]') : target;
    if ((error?.textContent ?? '') === message) continue;
    // A field's message element is made the first time it has something to say (most fields never do).
    if (!error && box) error = box.appendChild(Object.assign(document.createElement('p'), { className: 'plan-field__error' }));
    if (!error) continue;
    error.dataset.error = '';
    error.textContent = message;
    error.hidden = !message;
    if (isField) {
      if (message) target.setAttribute('aria-invalid', 'true');
      else target.removeAttribute('aria-invalid');
      linkField(target as Field, path); // the message becomes, or stops being, part of its description
    }
  }
}

/** Row headings and the remove buttons' names, from each row's values. */
export function renderRowTitles(section: HTMLElement, plan: CommunicationPlan): void {
  for (const row of section.querySelectorAll<HTMLElement>('[data-row]')) {
    const path = row.dataset.row ?? '';
    const list = path.replace(/\.\d+$/, '');
    if (!isPlanList(list)) continue;
    const index = Number(path.split('.').pop());
    const data = listAt(plan, list)[index];
    if (data === undefined) continue; // a row about to be removed by the next full render
    const title = rowTitle(list, data, index);
    const legend = row.querySelector('[data-row-title]');
    if (legend && legend.textContent !== title) legend.textContent = title;
    row.querySelector('[data-action="remove-row"]')?.setAttribute('aria-label', `Hapus ${title}`);
  }
}

/** The plans to choose from, the one on screen selected. */
export function renderPlanList(select: HTMLSelectElement, plans: readonly CommunicationPlan[], open: CommunicationPlan): void {
  const listed = plans.length > 0 ? plans : [open];
  const labels = listed.map((p) => (plans.length > 0 ? planTitle(p) : `${planTitle(p)} (belum disimpan)`));
  const current = [...select.options];
  if (current.length !== listed.length || current.some((o, i) => o.value !== listed[i]!.id || o.text !== labels[i])) {
    select.replaceChildren(...listed.map((p, i) => new Option(labels[i], p.id)));
  }
  select.value = open.id;
}

/** The meters in the completeness panel and each section's badge; a section's own list is drawn with the section. */
export function renderCompleteness(root: HTMLElement, plan: CommunicationPlan, sections: readonly SectionCompleteness[]): void {
  setText(
    root.querySelector('[data-overall]'),
    `Rencana “${planTitle(plan)}” lengkap ${overallPercent(sections)}%. Buka bagian yang belum lengkap untuk melihat yang masih kurang.`,
  );
  for (const section of sections) {
    const percent = sectionPercent(section);
    const meter = root.querySelector(`[data-meter="${section.id}"]`);
    const bar = meter?.querySelector('progress');
    if (bar) bar.value = percent;
    setText(meter?.querySelector('[data-meter-text]'), `${section.done}/${section.total} (${percent}%)`);
    setText(root.querySelector(`[data-section="${section.id}"] [data-section-badge]`), `${section.done}/${section.total}`);
  }
}

/** What a section still lacks, in its "Kelengkapan bagian ini" box. */
export function renderSectionStatus(sectionElement: HTMLElement, sections: readonly SectionCompleteness[]): void {
  const section = sections.find((s) => s.id === sectionElement.dataset.section);
  const box = sectionElement.querySelector<HTMLElement>('[data-section-status]');
  if (!section || !box) return;
  const complete = section.missing.length === 0;
  box.toggleAttribute('data-complete', complete);
  setText(
    box.querySelector('[data-section-summary]'),
    complete
      ? `Bagian ini lengkap (${section.done} dari ${section.total}).`
      : `Kelengkapan ${section.done} dari ${section.total}: ${section.total - section.done} hal belum diisi.`,
  );
  box.querySelector('[data-section-missing]')!.replaceChildren(
    ...section.missing.map((text) => {
      const item = document.createElement('li');
      item.textContent = text;
      return item;
    }),
  );
}

/** The live word counts of each scenario's holding statement and message map. */
export function renderCounts(section: HTMLElement, plan: CommunicationPlan): void {
  plan.scenarios.forEach((scenario, i) => {
    const row = section.querySelector(`[data-row="scenarios.${i}"]`);
    if (!row) return;
    const words = countWords(scenario.holdingStatement);
    const holding = row.querySelector<HTMLElement>('[data-holding-count]');
    if (holding) {
      setText(holding, `Pernyataan awal: ${words} dari ${HOLDING_STATEMENT_MAX_WORDS} kata · ±${speakingSeconds(words)} detik`);
      holding.dataset.tone = words > HOLDING_STATEMENT_MAX_WORDS ? 'bad' : '';
    }
    const count = countMessageMap(scenario.messages);
    const map = row.querySelector<HTMLElement>('[data-map-count]');
    if (map) {
      setText(map, `Peta pesan: ${describeMessageMapCount(count)}`);
      map.dataset.tone = !count.withinWords ? 'bad' : count.allMessages ? 'ok' : '';
    }
  });
}
