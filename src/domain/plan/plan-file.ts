import { z } from '@/schemas/zod';
import type { CommunicationPlan, CommunicationPlans } from '@/schemas/communication-plan';
import type { DocumentDefinition } from '../storage/document-definition';
import { upgradeData } from '../storage/envelope';
import { APP_ID, checkImportSize } from '../transfer/export-file';

/** One plan is a few dozen kilobytes: a plan file keeps the 5 MB limit (Data saya's exports may be far larger). */
const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;

/**
 * A file holding one crisis communication plan, to hand to a mentor or move to another browser.
 * Its own small format (kind "rencana-komunikasi"); the plan inside has the shape of the stored plans document
 * at `dataVersion`, so it is upgraded and validated exactly like stored data.
 */
export const PLAN_FILE_KIND = 'rencana-komunikasi';
export const PLAN_FILE_FORMAT_VERSION = 1;

export const planFileSchema = z.object({
  /** Always "siaga-krisis". */
  app: z.literal(APP_ID),
  /** Always "rencana-komunikasi": one plan, not a full export. */
  kind: z.literal(PLAN_FILE_KIND),
  /** Version of this file format. */
  formatVersion: z.int().check(z.minimum(1)),
  /** Version of the stored plans document the plan was written with. */
  dataVersion: z.int().check(z.minimum(1)),
  /** When the file was written (ISO 8601). */
  exportedAt: z.string(),
  /** The plan; validated separately against the plans document's schema. */
  plan: z.unknown(),
});

export type PlanFile = z.output<typeof planFileSchema>;

export function buildPlanFile(plan: CommunicationPlan, dataVersion: number, now: Date): PlanFile {
  return { app: APP_ID, kind: PLAN_FILE_KIND, formatVersion: PLAN_FILE_FORMAT_VERSION, dataVersion, exportedAt: now.toISOString(), plan };
}

/** "rencana-komunikasi-lapas-kelas-iia-telaga-bening-v1-0-2026-11-29.json" */
export function planFileName(plan: CommunicationPlan, now: Date, extension: 'json' | 'docx'): string {
  const slug = (plan.identity.unitName || plan.name || 'rencana')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const version = plan.identity.version.trim() ? `-v${plan.identity.version.trim().replace(/[^0-9a-z]+/gi, '-')}` : '';
  return `rencana-komunikasi-${slug || 'rencana'}${version}-${now.toISOString().slice(0, 10)}.${extension}`;
}

export type PlanFileResult = { ok: true; plan: CommunicationPlan; exportedAt: string } | { ok: false; message: string };

const fail = (message: string): PlanFileResult => ({ ok: false, message });

/**
 * Reads a plan file. Never throws and changes nothing: the caller shows a preview and adds the plan only
 * when the user confirms. `definition` is the stored plans document, whose migrations and schema apply.
 */
export function parsePlanFile(text: string, definition: DocumentDefinition<CommunicationPlans>): PlanFileResult {
  const size = checkImportSize(new TextEncoder().encode(text).length, MAX_PLAN_FILE_BYTES);
  if (size && !size.ok) return fail(size.message);
  if (text.trim() === '') return fail('Berkas kosong: tidak ada rencana untuk diimpor.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('Berkas ini bukan JSON yang utuh. Pilih berkas hasil tombol “Unduh JSON” di halaman ini.');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { app?: unknown }).app !== APP_ID) {
    return fail('Berkas ini bukan berkas Siaga Krisis (mungkin dari aplikasi lain).');
  }
  const head = json as { kind?: unknown; formatVersion?: unknown; dataVersion?: unknown };
  if (head.kind !== PLAN_FILE_KIND) {
    return fail(
      'Berkas ini berasal dari Siaga Krisis, tetapi bukan berkas rencana komunikasi. Ekspor data lengkap diimpor di halaman Data saya.',
    );
  }
  if (
    (typeof head.formatVersion === 'number' && head.formatVersion > PLAN_FILE_FORMAT_VERSION) ||
    (typeof head.dataVersion === 'number' && head.dataVersion > definition.version)
  ) {
    return fail(
      'Berkas ini dibuat oleh versi Siaga Krisis yang lebih baru. Muat ulang halaman untuk mendapatkan versi terbaru, lalu coba lagi.',
    );
  }
  const file = z.safeParse(planFileSchema, json);
  if (!file.success) {
    const path = file.error.issues[0]?.path.map(String).join('.') || '(seluruh isi)';
    return fail(`Berkas tidak valid: kolom “${path}” tidak sesuai format berkas rencana.`);
  }
  // The plan is checked as the one plan of a plans document, so stored data and files follow the same rules.
  const plan = file.data.plan as { id?: unknown } | null;
  const wrapped = { plans: [plan], activeId: typeof plan?.id === 'string' ? plan.id : '' };
  const upgraded = upgradeData(definition, file.data.dataVersion, wrapped);
  if (!upgraded.ok)
    return fail(`Rencana dalam berkas tidak valid: ${upgraded.reason.replace(/“plans\[0\]”/g, '“rencana”').replace(/plans\[0\]\./g, '')}`);
  const [only] = upgraded.data.plans;
  if (!only) return fail('Berkas ini tidak berisi rencana.');
  return { ok: true, plan: only, exportedAt: file.data.exportedAt };
}
