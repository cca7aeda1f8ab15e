/**
 * The page each section of the printed plan starts on, for the contents on its cover. Chromium has no
 * target-counter(), and a script cannot see the print layout, so just before printing the paper is laid out once more
 * off-screen as a column box with the size of an A4 sheet's content area: Chromium breaks columns with the same
 * fragmentation engine as pages (headings kept with what follows, table rows whole, table headers repeated), so the
 * column a heading lands in is the sheet it is printed on. tests/e2e/print.spec.ts prints the plan and compares.
 */

// The A4 sheet and the margins of src/styles/print.css's @page, in millimetres. The margin boxes (page number, unit
// and date) sit inside these margins and take nothing from the content area.
const SHEET = { width: 210, height: 297 };
const MARGIN = { top: 14, right: 15, bottom: 16, left: 15 };
/** The root font size print.css gives the page on paper (html { font-size: 11pt }), on which rem lengths depend. */
const PRINT_ROOT_FONT_SIZE = '11pt';
const PX_PER_MM = 96 / 25.4;

/**
 * The sheet (1-based) on which each element of `targets` starts, measured on a clone of `paper`. The clone shares
 * the paper's classes and attributes, so its own (scoped) styles apply; `forcedBreaks` are the elements after which
 * the paper breaks to a new sheet (break-after: page), since a forced page break does not break a column.
 * Returns an empty list where nothing is laid out (no layout engine, or the document is hidden).
 */
export function sheetsOf(paper: HTMLElement, targets: readonly HTMLElement[], forcedBreaks: readonly HTMLElement[]): number[] {
  const width = (SHEET.width - MARGIN.left - MARGIN.right) * PX_PER_MM;
  const height = (SHEET.height - MARGIN.top - MARGIN.bottom) * PX_PER_MM;
  const probe = paper.cloneNode(true) as HTMLElement;
  probe.classList.remove('sk-print-only');
  probe.removeAttribute('aria-label');
  probe.removeAttribute('data-paper');
  probe.setAttribute('aria-hidden', 'true');
  probe.inert = true;
  Object.assign(probe.style, {
    display: 'block',
    position: 'absolute',
    insetBlockStart: '0',
    insetInlineStart: '0',
    visibility: 'hidden',
    boxSizing: 'content-box',
    margin: '0',
    padding: '0',
    width: `${width}px`,
    height: `${height}px`,
    columnWidth: `${width}px`,
    columnGap: '0',
    columnFill: 'auto',
    fontSize: PRINT_ROOT_FONT_SIZE,
  } satisfies Partial<CSSStyleDeclaration>);
  // The clone's elements at the same places in its tree as the originals.
  const pathOf = (node: HTMLElement) => {
    const path: number[] = [];
    for (let n: HTMLElement = node; n !== paper; n = n.parentElement!) path.unshift([...n.parentElement!.children].indexOf(n));
    return path;
  };
  const inProbe = (node: HTMLElement) => pathOf(node).reduce<Element>((at, i) => at.children[i]!, probe) as HTMLElement;
  for (const node of forcedBreaks) inProbe(node).style.breakAfter = 'column';
  const probed = targets.map(inProbe);

  const root = document.documentElement;
  const rootFontSize = root.style.fontSize;
  root.style.fontSize = PRINT_ROOT_FONT_SIZE;
  paper.after(probe);
  try {
    if (!probe.getClientRects().length) return [];
    const left = probe.getBoundingClientRect().left;
    // Measured and removed in the same task: the probe is never painted.
    return probed.map((node) => Math.floor((node.getBoundingClientRect().left - left + 1) / width) + 1);
  } finally {
    probe.remove();
    root.style.fontSize = rootFontSize;
  }
}
