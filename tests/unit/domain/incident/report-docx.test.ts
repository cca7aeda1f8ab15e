import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { appendEntries, verifyChain } from '@/domain/incident/chain';
import { readIncident } from '@/domain/incident/state';
import { reportOutline } from '@/domain/incident/report';
import { reportDocx } from '@/domain/incident/report-docx';
import { loadCrisisLevels } from '../../../content/fixtures/crisis-model';

/** word/document.xml and word/header1.xml of a .docx, read back with the system's unzip. */
function part(bytes: Buffer, name: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'laporan-')), 'laporan.docx');
  writeFileSync(file, bytes);
  return execFileSync('unzip', ['-p', file, name], { encoding: 'utf8' });
}
const words = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');

describe('the incident report as .docx', () => {
  it('writes the outline in order, and a drill says LATIHAN in the title and on every page header', async () => {
    const at = (m: number) => new Date(Date.parse('2026-03-12T01:40:00Z') + m * 60_000).toISOString();
    const log = await appendEntries(
      [],
      [
        {
          at: at(0),
          kind: 'mulai',
          text: 'Latihan dimulai',
          fields: { what: 'Kebakaran dapur (fiktif)', reportedAt: at(0), unit: 'Lapas Kelas IIA Telaga Bening (fiktif)' },
        },
        { at: at(1), kind: 'tingkat', text: 'Tingkat ditetapkan: 3', fields: { level: '3', reason: 'Triase' } },
        { at: at(2), kind: 'catatan', text: 'Posko dibuka' },
      ],
    );
    const incident = { drill: true, people: [], log };
    const outline = reportOutline(incident, readIncident(incident), loadCrisisLevels(), await verifyChain(log), new Date(at(5)), (iso) =>
      iso.slice(11, 16),
    );
    const bytes = await Packer.toBuffer(reportDocx(outline));
    const text = words(part(bytes, 'word/document.xml'));
    const order = [
      'LATIHAN — Laporan kejadian',
      'Kronologi utuh',
      '|Perubahan tingkat|',
      '|Fakta|',
      '|Kronologi|',
      'Latihan dimulai',
      'Posko dibuka',
    ];
    const positions = order.map((piece) => text.indexOf(piece));
    expect(
      positions.every((p) => p >= 0),
      text,
    ).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(words(part(bytes, 'word/header1.xml'))).toContain('LATIHAN — bukan kejadian nyata');
  });
});
