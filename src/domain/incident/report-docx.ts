/**
 * The laporan kejadian as a Word file (.docx), from the same outline as the printout. A drill says LATIHAN in the
 * title and in the header of every page. Pulls in `docx` (large): loaded with import() only on "Ekspor .docx".
 */
import { Document, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, HeadingLevel, AlignmentType } from 'docx';
import type { ReportOutline } from './report';

const PAGE = { width: 11906, height: 16838, margin: 1134 };

export function reportDocx(outline: ReportOutline): Document {
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: outline.title, bold: true })] }),
  ];
  for (const [label, value] of outline.meta)
    children.push(new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }));
  children.push(new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: outline.integrity, italics: true })] }));
  for (const section of outline.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.heading)] }));
    if (section.table) {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: section.table.map(
            (row, index) =>
              new TableRow({
                tableHeader: index === 0,
                children: row.map(
                  (cell) =>
                    new TableCell({
                      children: cell
                        .split('\n')
                        .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: index === 0 })] })),
                    }),
                ),
              }),
          ),
        }),
      );
    } else if (section.items?.length) {
      for (const item of section.items)
        children.push(
          ...item
            .split('\n')
            .map(
              (line, i) =>
                new Paragraph({ ...(i === 0 ? { bullet: { level: 0 } } : { indent: { left: 360 } }), children: [new TextRun(line)] }),
            ),
        );
    } else children.push(new Paragraph({ children: [new TextRun(section.empty)] }));
  }
  const header = outline.drill
    ? new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: 'LATIHAN — bukan kejadian nyata', bold: true })],
          }),
        ],
      })
    : undefined;
  return new Document({
    title: outline.title,
    styles: { default: { document: { run: { font: 'Arial', size: 21 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin },
          },
        },
        ...(header ? { headers: { default: header } } : {}),
        children,
      },
    ],
  });
}

export async function reportToDocx(outline: ReportOutline): Promise<Blob> {
  return Packer.toBlob(reportDocx(outline));
}
