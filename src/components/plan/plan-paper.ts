// Loaded after the builder has started, not with the page (plan-builder.ts): printing is rare, the page is near its budget.
import type { CommunicationPlan } from '@/schemas/communication-plan';
import { BLANK, planOutline, type OutlineBlock, type PlanOutline } from '@/domain/plan/plan-outline';
import { setPrintUnit } from '@/components/shared/print-stamp';
import { sheetsOf } from './paper-pages';

/** The approval section's id among the numbered sections' ids (which come from the plan outline). */
const APPROVAL = 'pengesahan';

/** Draws the plan's paper version and names its unit in every sheet's margin. */
export function renderPlanPaper(container: HTMLElement, plan: CommunicationPlan): void {
  const outline = planOutline(plan);
  setPrintUnit(outline.unitName === BLANK ? '' : outline.unitName);
  renderPaper(container, outline);
  numberContents(container);
}

/** Writes beside each entry of the contents the sheet its section starts on (paper-pages.ts measures them). */
function numberContents(container: HTMLElement): void {
  const entries = [...container.querySelectorAll<HTMLElement>('[data-contents-for]')];
  const headings = entries.map((entry) =>
    container.querySelector<HTMLElement>(`[data-paper-section="${entry.dataset.contentsFor}"] > h2`)!,
  );
  const cover = container.querySelector<HTMLElement>('.paper-cover');
  const sheets = cover ? sheetsOf(container, headings, [cover]) : [];
  entries.forEach((entry, i) => {
    entry.querySelector('.paper-contents-page')!.textContent = sheets[i] ? String(sheets[i]) : '';
  });
}

/** Builds the printed plan (cover, contents, numbered sections, signature block) from its outline. */
export function renderPaper(container: HTMLElement, outline: PlanOutline): void {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const table = (columns: readonly string[] | null, rows: readonly (readonly string[])[], className?: string, headerColumn = false) => {
    const t = el('table', undefined, className);
    if (columns) {
      const head = t.createTHead().insertRow();
      for (const c of columns) {
        const th = el('th', c);
        th.scope = 'col';
        head.append(th);
      }
    }
    const body = t.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      row.forEach((cell, i) => {
        if (headerColumn && i === 0) {
          const th = el('th', cell);
          th.scope = 'row';
          tr.append(th);
        } else tr.insertCell().textContent = cell;
      });
    }
    return t;
  };
  const block = (b: OutlineBlock): HTMLElement => {
    switch (b.kind) {
      case 'paragraph': {
        const p = el('p');
        if (b.label) p.append(el('strong', `${b.label}: `));
        p.append(b.text);
        return p;
      }
      case 'subheading':
        return el('h3', b.text);
      case 'fields':
        return table(null, b.rows, 'paper-fields', true);
      case 'table':
        return table(b.columns, b.rows);
    }
  };

  // The contents share the cover's sheet. The page numbers are written in by renderPlanPaper just before printing,
  // once the sections' sheets are measured; elsewhere (the mentor's view) the entries stand without them.
  const contents = el('div', undefined, 'paper-contents');
  const list = el('ol');
  const entries = [...outline.sections.map((s) => ({ id: s.id, heading: s.heading })), { id: APPROVAL, heading: 'Pengesahan' }];
  for (const { id, heading } of entries) {
    const item = el('li');
    item.dataset.contentsFor = id;
    item.append(el('span', heading, 'paper-contents-title'), el('span', '', 'paper-contents-page'));
    list.append(item);
  }
  contents.append(el('h3', 'Isi dokumen'), list);

  const cover = el('section', undefined, 'paper-cover');
  cover.append(
    el('h1', outline.title),
    el('p', outline.unitName, 'paper-unit'),
    table(null, outline.cover, 'paper-fields', true),
    contents,
    el('p', outline.note, 'paper-note'),
  );

  const sections = outline.sections.map((s) => {
    const section = el('section');
    section.dataset.paperSection = s.id;
    section.append(el('h2', s.heading), ...s.blocks.map(block));
    return section;
  });

  const signature = el('section', undefined, 'paper-signature');
  signature.append(
    el('p', `Ditetapkan di ...................., ${outline.signature.date}`),
    el('p', outline.signature.role),
    el('p', undefined, 'paper-space'),
    el('p', outline.signature.name ? `(${outline.signature.name})` : '(....................................)'),
    el('p', 'NIP. ....................................'),
  );
  const approval = el('section');
  approval.dataset.paperSection = APPROVAL;
  approval.append(el('h2', 'Pengesahan'), signature);

  container.replaceChildren(cover, ...sections, approval);
}
