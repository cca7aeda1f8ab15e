// Plan files, loaded on use (not with the page): .docx and JSON export, and reading a JSON file into the import preview.
import type { CommunicationPlan } from '@/schemas/communication-plan';
import { hasPersonalData, planTitle, withoutPersonalData } from '@/domain/plan/plans';
import { overallPercent, planCompleteness } from '@/domain/plan/completeness';
import { buildPlanFile, parsePlanFile, planFileName } from '@/domain/plan/plan-file';
import { planOutline } from '@/domain/plan/plan-outline';
import { checkImportSize } from '@/domain/transfer/export-file';
import { communicationPlansDocument } from '@/state/documents/communication-plans';
import { downloadBlob, downloadText, formatDateTime } from '@/components/shared/download';
import { requiredPart } from '@/components/shared/site-element';
import type { DialogAnswer } from '@/components/shared/confirm-dialog';
import type { NoticeTone } from '@/components/shared/notice';

/** What the builder lends these functions: its element, the plans, and its message box and confirm dialog. */
export interface PlanFilesHost {
  root: HTMLElement;
  /** The plan on screen. */
  plan: CommunicationPlan;
  /** The plans stored in this browser. */
  stored: readonly CommunicationPlan[];
  message(tone: NoticeTone, text: string): void;
  confirm(title: string, text: string, ok: string, alt?: string): Promise<DialogAnswer>;
}

/** Asks whether a file may carry officers' names and phone numbers; null when the user cancels. */
async function planForFile(host: PlanFilesHost): Promise<CommunicationPlan | null> {
  const { plan } = host;
  if (!hasPersonalData(plan)) return plan;
  const answer = await host.confirm(
    'Sertakan data pribadi?',
    'Rencana ini berisi nama dan nomor telepon petugas. Data pribadi itu akan ikut tertulis di berkas dan berpindah bersama berkasnya. Bagikan berkas hanya kepada yang berhak.',
    'Sertakan nama dan nomor',
    'Tanpa nama dan nomor',
  );
  if (answer === 'ok') return plan;
  if (answer === 'alt') return withoutPersonalData(plan);
  return null;
}

const written = (name: string, plan: CommunicationPlan) =>
  `Berkas ${name} dibuat${hasPersonalData(plan) ? '' : ' tanpa nama dan nomor telepon'}.`;

export async function exportDocx(host: PlanFilesHost): Promise<void> {
  const plan = await planForFile(host);
  if (!plan) return;
  host.message('', 'Menyiapkan berkas Word…');
  try {
    // The docx library is large: it is fetched from this site only now, when a file is asked for.
    const { planDocxBlob } = await import('@/domain/plan/plan-docx');
    const name = planFileName(plan, new Date(), 'docx');
    downloadBlob(name, await planDocxBlob(planOutline(plan)));
    host.message('ok', written(name, plan));
  } catch {
    host.message('bad', 'Berkas Word tidak dapat dibuat. Periksa sambungan ke situs ini lalu coba lagi, atau gunakan tombol Cetak.');
  }
}

export async function exportJson(host: PlanFilesHost): Promise<void> {
  const plan = await planForFile(host);
  if (!plan) return;
  const now = new Date();
  const name = planFileName(plan, now, 'json');
  downloadText(name, JSON.stringify(buildPlanFile(plan, communicationPlansDocument.version, now), null, 2));
  host.message('ok', written(name, plan));
}

/**
 * Reads the chosen file and, when it holds a plan, shows what it holds in the import preview (nothing changes until
 * the user picks a button there). The plan, or null when the file was refused (the message says why).
 */
export async function previewPlanFile(host: PlanFilesHost, file: File): Promise<CommunicationPlan | null> {
  const tooBig = checkImportSize(file.size);
  const result = tooBig && !tooBig.ok ? tooBig : parsePlanFile(await file.text(), communicationPlansDocument);
  if (!result.ok) {
    host.message('bad', result.message);
    return null;
  }
  const plan = result.plan;
  host.message('', '');
  const existing = host.stored.find((p) => p.id === plan.id);
  const summary: Array<[string, string]> = [
    ['Berkas', file.name],
    ['Nama rencana', planTitle(plan)],
    ['Unit', plan.identity.unitName || '—'],
    ['Versi', plan.identity.version || '—'],
    ['Terakhir diubah', formatDateTime(plan.updatedAt)],
    ['Kelengkapan', `${overallPercent(planCompleteness(plan))}%`],
    ['Isi', `${plan.team.length} peran, ${plan.contacts.length} kontak, ${plan.scenarios.length} skenario`],
    ['Data pribadi', hasPersonalData(plan) ? 'Ada nama atau nomor telepon petugas' : 'Tidak ada'],
  ];
  requiredPart(host.root, '[data-import-summary]').replaceChildren(
    ...summary.flatMap(([label, value]) => {
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      dd.textContent = value;
      return [dt, dd];
    }),
  );
  const replace = requiredPart<HTMLButtonElement>(host.root, '[data-action="import-replace"]');
  replace.hidden = !existing;
  if (existing) replace.textContent = `Ganti “${planTitle(existing)}” yang sudah ada`;
  const preview = requiredPart(host.root, '[data-import-preview]');
  preview.hidden = false;
  preview.querySelector<HTMLButtonElement>('[data-action="import-add"]')?.focus();
  return plan;
}
