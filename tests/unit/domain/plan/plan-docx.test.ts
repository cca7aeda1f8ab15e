import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { planDocx } from '@/domain/plan/plan-docx';
import { formatIsoDate, planOutline } from '@/domain/plan/plan-outline';
import { PLAN_SECTIONS } from '@/domain/plan/sections';
import { setPlanField, withList, withoutPersonalData } from '@/domain/plan/plans';
import type { CommunicationPlan } from '@/schemas/communication-plan';
import { completePlan, newPlan } from './fixtures';

/** Packs the plan's .docx in Node and reads the parts back with unzip, as a word processor would open them. */
async function readDocx(plan: CommunicationPlan): Promise<{ entries: string; xml: string; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'siaga-docx-'));
  const file = join(dir, 'rencana.docx');
  try {
    const buffer = await Packer.toBuffer(planDocx(planOutline(plan)));
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    writeFileSync(file, buffer);
    execFileSync('unzip', ['-tq', file]); // throws unless every part of the zip is intact
    const entries = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' });
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 20 * 1024 * 1024 });
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    return {
      entries,
      xml,
      text: text
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('planOutline', () => {
  it('has the ten numbered sections, an empty one saying so', () => {
    const outline = planOutline(withList(newPlan(), 'channels', []));
    expect(outline.sections.map((s) => s.heading)).toEqual(PLAN_SECTIONS.map((s, i) => `${i + 1}. ${s.title}`));
    expect(outline.sections.find((s) => s.id === 'kanal')?.blocks).toEqual([{ kind: 'paragraph', text: 'Bagian ini belum diisi.' }]);
  });

  it('puts the unit head from the team in the signature block, and the dates in Indonesian', () => {
    const outline = planOutline(completePlan());
    expect(outline.signature).toEqual({ date: '1 November 2026', role: 'Kepala Lapas Kelas IIA Telaga Bening', name: 'Petugas 1' });
    expect(outline.cover).toContainEqual(['Versi', '1.2']);
    expect(formatIsoDate('2027-05-01')).toBe('1 Mei 2027');
    expect(formatIsoDate('bukan tanggal')).toBe('bukan tanggal');
  });

  it('sums the approval chain when every step has minutes', () => {
    const approval = planOutline(completePlan()).sections.find((s) => s.id === 'persetujuan')!;
    expect(approval.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'Waktu paling lama dari draf sampai persetujuan terakhir: 90 menit.',
    });
  });
});

describe('the .docx file', () => {
  it('is a valid Word document with every filled section, the cover, the contents and the signature block', async () => {
    const plan = completePlan();
    const { entries, xml, text } = await readDocx(plan);
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml'])
      expect(entries).toContain(part);
    expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<w:document/);
    // Cover and contents
    expect(text).toContain('Rencana Manajemen Komunikasi Krisis');
    expect(text).toContain('Daftar isi');
    for (const [i, s] of PLAN_SECTIONS.entries()) expect(text.split(`${i + 1}. ${s.title}`).length - 1, s.title).toBe(2); // contents + heading
    // A value from every section
    const values = [
      plan.identity.unitName,
      plan.identity.address,
      plan.team[1]!.name,
      plan.team[1]!.phone,
      plan.approval[3]!.who,
      '25 menit',
      plan.contacts[3]!.organisation,
      plan.contacts[3]!.phone,
      plan.stakeholders[0]!.concern,
      plan.scenarios[0]!.holdingStatement,
      plan.scenarios[0]!.messages[2].text,
      `• ${plan.scenarios[0]!.messages[0].facts[1]}`,
      '18 dari 27 kata · ±6 dari 9 detik · 3 dari 3 pesan',
      plan.channels[1]!.account,
      plan.monitoring.routine,
      plan.monitoring.levels[2]!.reportTo,
      plan.firstHour[0]!.action,
      plan.evaluation.method,
      plan.evaluation.reviewSchedule,
    ];
    for (const value of values) expect(text, value).toContain(value);
    // Signature block, and tables whose rows never split, with a header row repeated on each page
    expect(text).toContain('Pengesahan');
    expect(text).toContain('Ditetapkan di ...................., 1 November 2026');
    expect(text).toContain('Kepala Lapas Kelas IIA Telaga Bening');
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('<w:tblHeader/>');
    // Two tables that touch are joined into one by Word and LibreOffice: a paragraph always separates them.
    expect(xml).not.toMatch(/<\/w:tbl>\s*<w:tbl>/);
    // A header row keeps with the first row under it, so it never stands alone at the foot of a page.
    const headerRow = /<w:tr>(?:(?!<\/w:tr>)[\s\S])*?<w:tblHeader\/>(?:(?!<\/w:tr>)[\s\S])*<\/w:tr>/.exec(xml)?.[0] ?? '';
    expect(headerRow).toContain('<w:keepNext/>');
    // A4
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('leaves names and phone numbers out when the user exports without personal data', async () => {
    const plan = completePlan();
    const { text } = await readDocx(withoutPersonalData(plan));
    expect(text).not.toContain(plan.team[1]!.name);
    expect(text).not.toContain(plan.team[1]!.phone);
    expect(text).not.toContain(plan.contacts[3]!.phone);
    expect(text).toContain(plan.contacts[3]!.organisation);
  });

  it('writes text with characters that XML must escape, as they were typed', async () => {
    const plan = setPlanField(completePlan(), 'monitoring.tools', 'Media <daring> & "grup" warga');
    const { text } = await readDocx(plan);
    expect(text).toContain('Media <daring> & "grup" warga');
  });

  it('can be made for a brand-new plan', async () => {
    const { text } = await readDocx(newPlan());
    expect(text).toContain('Bagian ini belum diisi.');
    expect(text).toContain('Juru bicara');
  });
});
