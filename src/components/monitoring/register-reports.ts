/**
 * The weekly report (one A4 page for the unit head) and the month view, drawn from the register's numbers
 * (src/domain/monitoring/reports.ts). Loaded when the user first asks for a report.
 */
import { monthReport, weekReport, type PeriodReport } from '@/domain/monitoring/reports';
import { addDays, dayKey, longDay, monthName } from '@/domain/monitoring/calendar';
import { SENTIMENTS, type IssueEntry, type IssueRegister } from '@/schemas/monitoring';
import { formatDateTime } from '@/components/shared/download';
import { h, svg } from '@/components/shared/dom';

export type ReportChoice = { kind: 'week'; offset: number } | { kind: 'month' };

const MAX_ROWS = 10;

/** Vertical bars with the count above each: the trend. The same numbers stand in the table beside it. */
function trendChart(title: string, buckets: PeriodReport['trend']): SVGSVGElement {
  const width = 320;
  const height = 120;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const slot = width / buckets.length;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'ir-chart' });
  chart.setAttribute('aria-label', `${title}: ${buckets.map((b) => `${b.label} ${b.count}`).join('; ')}`);
  buckets.forEach((bucket, i) => {
    const barHeight = (bucket.count / max) * 70;
    const x = i * slot + slot * 0.2;
    chart.append(
      svg('rect', { x, y: 92 - barHeight, width: slot * 0.6, height: Math.max(barHeight, bucket.count ? 2 : 0), class: 'ir-bar' }),
      svg('text', { x: x + slot * 0.3, y: 86 - barHeight, 'text-anchor': 'middle' }, String(bucket.count)),
      svg('text', { x: x + slot * 0.3, y: 108, 'text-anchor': 'middle' }, bucket.label),
    );
  });
  chart.append(svg('line', { x1: 0, y1: 92.5, x2: width, y2: 92.5, stroke: 'currentColor' }));
  return chart;
}

/**
 * A table; a wide one scrolls sideways inside its box on a phone, and that box takes focus so a keyboard can scroll it.
 * Two-column tables fit a phone as they are.
 */
function table(caption: string, headers: string[], rows: (string | number)[][]): HTMLDivElement {
  const wide = headers.length > 2;
  return h(
    'div',
    wide ? { class: 'sk-table-scroll', tabindex: 0, role: 'region', 'aria-label': caption } : { class: 'ir-table' },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...headers.map((text) => h('th', { scope: 'col' }, text)))),
      h('tbody', {}, ...rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, String(cell)))))),
    ),
  );
}

const short = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function issueRows(entries: readonly IssueEntry[]): (string | number)[][] {
  return entries.slice(0, MAX_ROWS).map((e) => [e.number, formatDateTime(e.seenAt), short(e.summary), e.sentiment, e.status]);
}

function more(count: number): HTMLParagraphElement | null {
  return count > MAX_ROWS ? h('p', {}, `Dan ${count - MAX_ROWS} isu lain; lihat register lengkap atau ekspor CSV.`) : null;
}

export function drawReport(
  target: HTMLElement,
  register: IssueRegister,
  choice: ReportChoice,
  typeNames: ReadonlyMap<string, string>,
): void {
  const today = dayKey(new Date());
  const week = choice.kind === 'week';
  const report = week ? weekReport(register.entries, addDays(today, choice.offset * 7)) : monthReport(register.entries, today.slice(0, 7));
  const title = week ? 'Laporan pemantauan isu pekanan' : 'Pemantauan isu bulanan';
  const period = week ? `${longDay(report.from, false)} – ${longDay(report.to)}` : monthName(today.slice(0, 7));
  const open = register.entries.filter((e) => ['baru', 'dipantau', 'ditangani'].includes(e.status)).length;
  const trendTitle = week ? 'Isu baru per hari' : 'Isu baru per pekan (tanggal)';
  target.replaceChildren(
    h(
      'article',
      { class: 'ir-report', 'aria-label': `${title}, ${period}` },
      h('h3', {}, `${title}: ${period}`),
      h('p', {}, `Isu baru: ${report.newEntries.length}. Dieskalasi: ${report.escalations.length}. Masih terbuka saat ini: ${open}.`),
      h(
        'div',
        { class: 'ir-report-grid' },
        h('div', {}, trendChart(trendTitle, report.trend)),
        table(
          trendTitle,
          [week ? 'Hari' : 'Tanggal', 'Isu baru'],
          report.trend.map((b) => [b.label, b.count]),
        ),
        table(
          'Menurut nada',
          ['Nada', 'Jumlah'],
          SENTIMENTS.map((s) => [s, report.bySentiment[s]]),
        ),
        table(
          'Menurut jenis krisis',
          ['Jenis krisis', 'Jumlah'],
          report.byCrisisType.length
            ? report.byCrisisType.map((t) => [typeNames.get(t.crisisTypeId) ?? 'Belum ditentukan', t.count])
            : [['—', 0]],
        ),
      ),
      h('h4', {}, 'Isu baru'),
      report.newEntries.length
        ? table('Isu baru pada periode ini', ['No.', 'Ditemukan', 'Isu', 'Nada', 'Status'], issueRows(report.newEntries))
        : h('p', {}, 'Tidak ada isu baru pada periode ini.'),
      more(report.newEntries.length),
      h('h4', {}, 'Eskalasi'),
      report.escalations.length
        ? h(
            'ul',
            {},
            ...report.escalations.map((e) => h('li', {}, `No. ${e.number}, ${formatDateTime(e.escalatedAt)}: ${short(e.summary)}`)),
          )
        : h('p', {}, 'Tidak ada isu yang dieskalasi pada periode ini.'),
      h('h4', {}, 'Tindakan yang masih berjalan'),
      report.openActions.length
        ? table(
            'Tindakan terbuka dan pemiliknya',
            ['No.', 'Isu', 'Pemilik', 'Tindakan dan tenggat'],
            report.openActions.slice(0, MAX_ROWS).map((e) => [e.number, short(e.summary, 60), e.owner || '—', short(e.action || '—', 80)]),
          )
        : h('p', {}, 'Tidak ada tindakan terbuka.'),
      more(report.openActions.length),
      h(
        'p',
        { class: 'sk-no-print' },
        h(
          'button',
          { type: 'button', class: 'sk-button', 'data-variant': 'primary', 'data-action': 'print-report' },
          week ? 'Cetak laporan pekanan (A4)' : 'Cetak tampilan bulan (A4)',
        ),
      ),
    ),
  );
}
