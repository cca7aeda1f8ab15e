/**
 * The statement draft's helpers: drafting from the level's template and the live press-release check. Loaded on the
 * first keystroke in the draft or on "Susun dari templat", so the room's start-up does not carry the checker.
 */
import { analyzePressRelease } from '@/domain/press-release/analyze';
import { confirmedFacts, type IncidentView } from '@/domain/incident/state';
import type { TemplateForBrowser } from '@/domain/templates/filled-documents';
import { h } from '@/components/shared/dom';
import { setText } from '@/components/shared/set-text';

/** The holding statement (or, once one was issued, the update) drafted from the template with the confirmed facts. */
export async function templateDraft(
  templates: readonly TemplateForBrowser[],
  view: IncidentView,
  now: Date,
): Promise<{ text: string; message: string } | undefined> {
  const { blocksToText, renderTemplate } = await import('@/domain/templates/template-language');
  const hasIssued = view.statements.some((s) => s.issued);
  const template = templates.find((t) => t.id === (hasIssued ? 'siaran-pers-pemutakhiran' : `pernyataan-awal-tingkat-${view.level ?? 2}`));
  if (!template) return undefined;
  // Facts follow "menyampaikan bahwa": a capital that starts a sentence goes small, an acronym ("CCTV") stays.
  const facts = confirmedFacts(view).map((f) => f.replace(/[.\s]+$/, '').replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase()));
  const labels = Object.fromEntries(template.fields.map((f) => [f.id, f.label]));
  const values: Record<string, string> = {
    nama_unit: view.unit,
    tanggal: new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' }).format(now),
    jam: new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit' }).format(now).replace(':', '.'),
    kejadian: facts.join('; '),
  };
  const text = blocksToText(
    renderTemplate(template.body, values, {
      ...labels,
      nama_unit: 'nama unit',
      kota_unit: 'kota',
      nama_juru_bicara: 'nama juru bicara',
      jabatan_juru_bicara: 'jabatan juru bicara',
      nama_humas: 'nama humas',
      telepon_humas: 'telepon humas',
      zona_waktu: 'WIB, WITA, atau WIT',
    }),
  );
  return {
    text,
    message: `Draf disusun dari templat “${template.title}” dengan ${facts.length} fakta yang sudah pasti. Ganti setiap tanda [ … ] sebelum menyimpan versi.`,
  };
}

/** Runs the press-release checker over the draft and shows its summary and first findings. */
export function showCheck(text: string, view: IncidentView, summary: HTMLElement, list: HTMLElement): void {
  const findings = text.trim()
    ? analyzePressRelease({ text }, { kind: 'pernyataan-awal', factSheet: confirmedFacts(view).join('\n') })
    : [];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const marks = (text.match(/\[[^\]]+\]/g) ?? []).length;
  setText(
    summary,
    !text.trim()
      ? 'Pemeriksa siaran pers berjalan saat Anda mulai mengetik.'
      : errors || marks
        ? `Perlu diperbaiki: ${errors} temuan penting${marks ? `, ${marks} isian [ … ] belum diganti` : ''}.`
        : `Pemeriksa tidak menemukan masalah penting (${findings.length} saran). Pemeriksa membantu, tetapi bisa keliru.`,
  );
  list.replaceChildren(...findings.slice(0, 8).map((f) => h('li', { 'data-severity': f.severity }, f.message)));
}
