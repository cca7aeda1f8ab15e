/**
 * The plan as a Word document (.docx), drawn from the same outline as the print view.
 * This module pulls in the `docx` library (large): the page loads it with import() only when the user asks for a file.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { OutlineBlock, PlanOutline } from './plan-outline';

/** A4 in twips (1/20 pt), with 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const FONT = 'Arial';

/** A cell's lines; `keepNext` keeps its row on the same page as the next row (Word and LibreOffice honour it). */
const cellText = (text: string, bold = false, keepNext = false) =>
  text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })], spacing: { after: 40 }, keepNext }));

/**
 * Space after a table. It is needed, not only pretty: Word and LibreOffice join two tables that touch into one
 * (a fields table followed by a data table became one table with the data table's header lost on the next page).
 */
const afterTable = () => new Paragraph({ spacing: { before: 0, after: 120 }, children: [] });

/** Narrow number columns, equal shares for the rest. */
function columnWidths(columns: readonly string[]): number[] {
  const weights = columns.map((c) => (c === 'No.' ? 0.4 : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / sum) * CONTENT_WIDTH));
}

function dataTable(columns: readonly string[], rows: readonly string[][]): Table {
  const widths = columnWidths(columns);
  const cell = (text: string, index: number, header: boolean) =>
    new TableCell({
      // The header row never stays alone at the foot of a page.
      children: cellText(text, header, header),
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 90, right: 90 },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E6EEF0' } } : {}),
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      // Repeated at the top of every page the table runs onto; no row is split across two pages.
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c, i, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

function block(b: OutlineBlock): Array<Paragraph | Table> {
  switch (b.kind) {
    case 'paragraph':
      return [
        new Paragraph({
          children: [...(b.label ? [new TextRun({ text: `${b.label}: `, bold: true })] : []), new TextRun(b.text)],
          spacing: { before: 80, after: 120 },
        }),
      ];
    case 'subheading':
      return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2, keepNext: true })];
    case 'fields': {
      const widths = [Math.floor(CONTENT_WIDTH * 0.32), Math.ceil(CONTENT_WIDTH * 0.68)];
      return [
        new Table({
          width: { size: CONTENT_WIDTH, type: WidthType.DXA },
          columnWidths: widths,
          rows: b.rows.map(
            ([label, value]) =>
              new TableRow({
                cantSplit: true,
                children: [
                  new TableCell({
                    children: cellText(label, true),
                    width: { size: widths[0]!, type: WidthType.DXA },
                    margins: { top: 60, bottom: 60, left: 90, right: 90 },
                  }),
                  new TableCell({
                    children: cellText(value),
                    width: { size: widths[1]!, type: WidthType.DXA },
                    margins: { top: 60, bottom: 60, left: 90, right: 90 },
                  }),
                ],
              }),
          ),
        }),
        afterTable(),
      ];
    }
    case 'table':
      return [dataTable(b.columns, b.rows), afterTable()];
  }
}

const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

function signatureBlock(outline: PlanOutline): Table {
  const half = Math.floor(CONTENT_WIDTH / 2);
  const lines = [
    `Ditetapkan di ...................., ${outline.signature.date}`,
    outline.signature.role,
    '',
    '',
    '',
    outline.signature.name ? `(${outline.signature.name})` : '(....................................)',
    'NIP. ....................................',
  ];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, half],
    borders: noBorders,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ children: [new Paragraph('')], width: { size: half, type: WidthType.DXA } }),
          new TableCell({
            children: lines.map((line) => new Paragraph({ text: line, keepNext: true })),
            width: { size: half, type: WidthType.DXA },
          }),
        ],
      }),
    ],
  });
}

/** The Word document of a plan outline. */
export function planDocx(outline: PlanOutline): Document {
  const cover = [
    new Paragraph({
      text: outline.title,
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { before: 2400, after: 400 },
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 600 },
      children: [new TextRun({ text: outline.unitName, bold: true, size: 32 })],
    }),
    block({ kind: 'fields', rows: outline.cover })[0]!,
    new Paragraph({ spacing: { before: 600 }, children: [new TextRun({ text: outline.note, italics: true, size: 18 })] }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const contents = [
    new Paragraph({ text: 'Daftar isi', heading: HeadingLevel.HEADING_1 }),
    ...outline.sections.map((s) => new Paragraph({ text: s.heading, spacing: { after: 80 } })),
    new Paragraph({ text: 'Pengesahan', spacing: { after: 80 } }),
  ];
  const body = outline.sections.flatMap((section, index) => [
    new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1, keepNext: true, pageBreakBefore: index === 0 }),
    ...section.blocks.flatMap(block),
  ]);
  const approval = [new Paragraph({ text: 'Pengesahan', heading: HeadingLevel.HEADING_1, keepNext: true }), signatureBlock(outline)];

  return new Document({
    creator: 'Siaga Krisis',
    title: `${outline.title} – ${outline.unitName}`,
    description: `${outline.title}, versi ${outline.version}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 } },
        title: { run: { font: FONT, size: 44, bold: true, color: '0F4C5C' } },
        heading1: {
          run: { font: FONT, size: 28, bold: true, color: '0F4C5C' },
          paragraph: { spacing: { before: 360, after: 160 }, keepNext: true },
        },
        heading2: { run: { font: FONT, size: 24, bold: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 16,
                    children: [`${outline.title} · ${outline.unitName} · versi ${outline.version} · halaman `, PageNumber.CURRENT],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [...cover, ...contents, ...body, ...approval],
      },
    ],
  });
}

/** The .docx file as a Blob, in the browser. */
export function planDocxBlob(outline: PlanOutline): Promise<Blob> {
  return Packer.toBlob(planDocx(outline));
}
