import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxFileName, releaseDocxBytes } from '@/domain/press-release/release-docx';
import { CLEAN } from './fixtures';

/** word/document.xml of a .docx, read back with the system's unzip. */
function documentXml(bytes: ArrayBuffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'siaran-')), 'siaran.docx');
  writeFileSync(file, Buffer.from(bytes));
  return execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
}

describe('releaseDocxBytes', () => {
  it('writes every part, in order, into an A4 Word document', async () => {
    const bytes = await releaseDocxBytes(CLEAN, { letterhead: 'SIARAN PERS · Lapas Kelas IIA Sungai Harapan (fiktif)' });
    expect(new Uint8Array(bytes).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b])); // a zip file
    const xml = documentXml(bytes);
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    const order = [
      'SIARAN PERS',
      CLEAN.headline,
      'Sungai Harapan, 12 Maret 2026 – ',
      'Kebakaran terjadi',
      'Seluruh WBP',
      'Kami prihatin',
      'Tentang Lapas',
      'Narahubung: Dimas Pratama',
      '-selesai-',
    ];
    const positions = order.map((piece) => text.indexOf(piece.replace(/"/g, '&quot;')));
    expect(
      positions.every((p) => p >= 0),
      text,
    ).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(xml).toContain('w:w="11906"');
    expect(xml).toContain('w:h="16838"');
  });

  it('names the file after the headline and the date', () => {
    expect(docxFileName('Kebakaran Dapur Padam, Tiga Dirawat', new Date('2026-03-12T08:00:00Z'))).toBe(
      'siaran-pers-kebakaran-dapur-padam-tiga-dirawat-2026-03-12.docx',
    );
    expect(docxFileName('', new Date('2026-03-12T08:00:00Z'))).toBe('siaran-pers-draf-2026-03-12.docx');
  });
});
