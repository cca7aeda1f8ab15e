/**
 * A horizontal bar chart as SVG, for client scripts. It carries role="img" and an aria-label with every number;
 * callers still show the same numbers in a table next to it.
 */
export interface Bar {
  /** Short label drawn above the bar. */
  label: string;
  value: number;
  /** Text drawn after the bar, e.g. "75%" or "3 peserta". */
  valueText: string;
}

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 360;
const ROW = 42;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

export function barChart(title: string, bars: readonly Bar[], max: number): SVGSVGElement {
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${bars.length * ROW + 4}`, role: 'img', class: 'sk-chart' });
  chart.setAttribute('aria-label', `${title}: ${bars.map((b) => `${b.label} ${b.valueText}`).join('; ')}`);
  const track = WIDTH - 70;
  bars.forEach((bar, index) => {
    const y = index * ROW;
    const width = max > 0 ? Math.max(0, Math.min(1, bar.value / max)) * track : 0;
    chart.append(
      svg('text', { x: 0, y: y + 14, class: 'sk-chart__label' }, bar.label),
      svg('rect', { x: 0, y: y + 20, width: track, height: 14, rx: 3, class: 'sk-chart__track' }),
      svg('rect', { x: 0, y: y + 20, width: Math.max(width, bar.value > 0 ? 2 : 0), height: 14, rx: 3, class: 'sk-chart__bar' }),
      svg('text', { x: track + 6, y: y + 32, class: 'sk-chart__value' }, bar.valueText),
    );
  });
  return chart;
}
