/**
 * The release as a Word document (.docx), laid out as a release looks on paper. This module pulls in the `docx`
 * library, so the page loads it with import() only when the user asks for the file.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { ReleaseParts } from './parts';

export interface DocxMeta {
  /** Shown small above the headline, e.g. "SIARAN PERS · Lapas Kelas IIA Telaga Bening (fiktif)". */
  letterhead: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const plain = (line: string) => line.replace(/^\*\*(.*)\*\*$/, '$1').replace(/\*\*/g, '');

function paragraph(
  text: string,
  options: { bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number } = {},
): Paragraph {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: options.after ?? 160, line: 300 },
    children: [new TextRun({ text, bold: options.bold ?? false, size: options.size ?? 24, font: 'Arial' })],
  });
}

/** Builds the document's paragraphs: letterhead, headline, dateline with the lead, body, quote, profile, contact. */
export function releaseDocument(parts: ReleaseParts, meta: DocxMeta): Document {
  const children: Paragraph[] = [paragraph(meta.letterhead, { size: 18, align: AlignmentType.LEFT, after: 240 })];
  if (parts.headline.trim())
    children.push(paragraph(plain(parts.headline.trim()), { bold: true, size: 30, align: AlignmentType.CENTER, after: 320 }));
  const dateline = parts.dateline.trim().replace(/\s*[–—-]+\s*$/, '');
  const [firstLead = '', ...moreLead] = lines(parts.lead);
  if (dateline || firstLead) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { after: 160, line: 300 },
        children: [
          ...(dateline ? [new TextRun({ text: `${dateline} – `, bold: true, size: 24, font: 'Arial' })] : []),
          new TextRun({ text: firstLead, size: 24, font: 'Arial' }),
        ],
      }),
    );
  }
  for (const line of [...moreLead, ...lines(parts.body), ...lines(parts.quote)]) children.push(paragraph(plain(line)));
  for (const [index, line] of lines(parts.boilerplate).entries()) {
    const heading = index === 0 && /^\**\s*tentang\s/i.test(line);
    children.push(paragraph(plain(line), { bold: heading, size: heading ? 24 : 22 }));
  }
  for (const line of lines(parts.contact)) {
    const endMark = /^(?:#{3}|-+\s*selesai\s*-+|\*{3})$/i.test(line);
    children.push(paragraph(plain(line), { size: 22, align: endMark ? AlignmentType.CENTER : AlignmentType.LEFT }));
  }
  return new Document({
    creator: 'Siaga Krisis',
    title: plain(parts.headline.trim()) || 'Siaran pers',
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } },
        children,
      },
    ],
  });
}

/** The .docx file's bytes (an ArrayBuffer works in the browser and in Node alike). */
export function releaseDocxBytes(parts: ReleaseParts, meta: DocxMeta): Promise<ArrayBuffer> {
  return Packer.toArrayBuffer(releaseDocument(parts, meta));
}

export function docxFileName(headline: string, now: Date): string {
  const slug = plain(headline)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
  return `siaran-pers-${slug || 'draf'}-${now.toISOString().slice(0, 10)}.docx`;
}
