/**
 * A filled-in document as a Word file (.docx): letterhead, text and signature, the same content as the preview and
 * the printout. Pulls in the `docx` library (large): the page loads this module with import() only on "Unduh .docx".
 */
import { AlignmentType, BorderStyle, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import type { ComposedDocument } from './filled-documents';

/** A4 in twips (1/20 pt), 2 cm margins, as the plan's file. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const FONT = 'Arial';

export function documentDocx(document: ComposedDocument): Document {
  const children: Paragraph[] = [];
  if (document.letterhead.length) {
    const [name, ...rest] = document.letterhead;
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: name ?? '', bold: true, size: 28 })] }));
    rest.forEach((line, i) =>
      children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: line, size: 20 })],
          // A double rule under the last line, as a letterhead has.
          ...(i === rest.length - 1 ? { border: { bottom: { style: BorderStyle.DOUBLE, size: 6, color: '000000', space: 4 } } } : {}),
        }),
      ),
    );
    children.push(new Paragraph({ text: '' }));
  }
  for (const block of document.blocks) {
    if (block.kind === 'list') {
      for (const item of block.items)
        children.push(new Paragraph({ numbering: { reference: 'butir', level: 0 }, children: [new TextRun(item)] }));
    } else {
      children.push(
        new Paragraph({
          spacing: { after: 160 },
          children: block.lines.map((line, i) => new TextRun({ text: line, ...(i ? { break: 1 } : {}) })),
        }),
      );
    }
  }
  if (document.signature) {
    const indent = { left: Math.floor((PAGE.width - 2 * PAGE.margin) / 2) };
    children.push(new Paragraph({ text: '', spacing: { before: 240 } }));
    children.push(new Paragraph({ indent, keepNext: true, keepLines: true, children: [new TextRun(document.signature.role)] }));
    for (let i = 0; i < 3; i++) children.push(new Paragraph({ indent, keepNext: true, text: '' }));
    children.push(new Paragraph({ indent, children: [new TextRun({ text: document.signature.name || '(nama)', underline: {} })] }));
  }
  return new Document({
    title: document.title,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    numbering: {
      config: [
        {
          reference: 'butir',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 260 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin },
          },
        },
        children,
      },
    ],
  });
}

export async function documentToDocx(document: ComposedDocument): Promise<Blob> {
  return Packer.toBlob(documentDocx(document));
}
