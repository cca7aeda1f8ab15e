// Opens the .docx files the site builds (plan and press release) in LibreOffice, as a user without Word would,
// converts them to PDF headless and reads the text back. Needs LibreOffice Writer (soffice) and poppler-utils
// (pdftotext); CI does not install LibreOffice, so there the test is skipped and says why.
// The PDFs are kept in reports/libreoffice/ to look at: pdftoppm -png -r 60 reports/libreoffice/rencana.pdf /tmp/rencana
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { planDocx } from '@/domain/plan/plan-docx';
import { planOutline } from '@/domain/plan/plan-outline';
import { PLAN_SECTIONS } from '@/domain/plan/sections';
import { releaseDocxBytes } from '@/domain/press-release/release-docx';
import { completePlan } from './domain/plan/fixtures';
import { CLEAN } from './domain/press-release/fixtures';

const installed = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const missing = ['soffice', 'pdftotext'].filter((command) => !installed(command));
if (missing.length > 0) {
  console.warn(
    `LEWATI pemeriksaan .docx dengan LibreOffice: ${missing.join(' dan ')} tidak terpasang. ` +
      'Pasang dengan "apt-get install --no-install-recommends libreoffice-writer poppler-utils" untuk menjalankannya.',
  );
}

const reports = new URL('../../reports/libreoffice/', import.meta.url).pathname;

/** Converts a .docx with headless LibreOffice; returns the PDF's text with whitespace collapsed, and its page count. */
function openInLibreOffice(name: string, bytes: Uint8Array): { text: string; pages: number } {
  const work = mkdtempSync(join(tmpdir(), 'siaga-lo-'));
  try {
    const docx = join(work, `${name}.docx`);
    writeFileSync(docx, bytes);
    mkdirSync(reports, { recursive: true });
    // A profile of its own, so a LibreOffice already open on this machine (or another test run) does not interfere.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(work, 'profil')}`, '--headless', '--convert-to', 'pdf', '--outdir', reports, docx],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    const pdf = join(reports, `${name}.pdf`);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    return { text: text.replace(/\s+/g, ' '), pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe.skipIf(missing.length > 0)('.docx files opened in LibreOffice (skipped when soffice is not installed)', () => {
  it(
    'the plan shows its cover, contents, every section heading, a value from every section and the signature block',
    { timeout: 180_000 },
    async () => {
      const plan = completePlan();
      const { text, pages } = openInLibreOffice('rencana', await Packer.toBuffer(planDocx(planOutline(plan))));
      expect(text).toContain('Rencana Manajemen Komunikasi Krisis');
      expect(text).toContain('Daftar isi');
      // Each heading twice: in the contents and above its section.
      for (const [i, s] of PLAN_SECTIONS.entries()) expect(text.split(`${i + 1}. ${s.title}`).length - 1, s.title).toBe(2);
      const valueOfEachSection = {
        identitas: plan.identity.ownerPosition,
        tim: plan.team[1]!.name,
        persetujuan: '90 menit',
        kontak: plan.contacts[3]!.phone,
        pemangku: plan.stakeholders[0]!.audience,
        skenario: plan.scenarios[0]!.messages[0].text,
        kanal: plan.channels[1]!.account,
        pemantauan: 'Kepala UPT dalam 15 menit',
        'jam-pertama': plan.firstHour[0]!.time,
        evaluasi: plan.evaluation.exerciseSchedule,
      };
      for (const [section, value] of Object.entries(valueOfEachSection)) expect(text, `${section}: ${value}`).toContain(value);
      expect(text).toContain('Pengesahan');
      expect(text).toContain('Ditetapkan di ...................., 1 November 2026');
      expect(text).toContain('NIP.');
      // Cover, contents, then the sections: a filled plan runs to several A4 pages, and the footer numbers them.
      expect(pages).toBeGreaterThanOrEqual(4);
      expect(text).toContain(`halaman ${pages}`);
    },
  );

  it('the press release shows its letterhead, headline, dateline, body, quote, profile and contact', { timeout: 180_000 }, async () => {
    const bytes = await releaseDocxBytes(CLEAN, { letterhead: 'SIARAN PERS · Lapas Kelas IIA Telaga Bening (fiktif)' });
    const { text, pages } = openInLibreOffice('siaran-pers', new Uint8Array(bytes));
    for (const piece of [
      'SIARAN PERS · Lapas Kelas IIA Telaga Bening (fiktif)',
      CLEAN.headline,
      'Telaga Bening, 12 Maret 2026 –',
      'Kebakaran terjadi',
      'Seluruh WBP',
      'Kami prihatin',
      'Tentang Lapas',
      'Narahubung: Dimas Pratama',
      '-selesai-',
    ]) {
      expect(text, piece).toContain(piece.replace(/\s+/g, ' '));
    }
    expect(pages).toBeGreaterThanOrEqual(1);
  });
});
