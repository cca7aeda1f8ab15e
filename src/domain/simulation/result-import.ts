/**
 * The trainer's side of result files: reading many at once, each accepted or rejected on its own with a reason,
 * and summing up the room per dimension and per decision.
 */
import { z } from '@/schemas/zod';
import { DIMENSIONS, type Dimension } from '@/schemas/dimension';
import { simulationResultFileSchema, type SimulationResult } from '@/schemas/simulation-result';
import { describeIssues } from '@/domain/storage/describe-issues';
import { RESULT_FORMAT_VERSION, RESULT_KIND } from './result-file';
import { percentOf } from './scoring';

/** A result is a few kilobytes; anything far larger is not one. */
export const MAX_RESULT_BYTES = 512 * 1024;

export type ParsedResult = { ok: true; result: SimulationResult } | { ok: false; reason: string };

/** Reads one result file. Never throws; the reason says what is wrong and what to do. */
export function parseResultFile(text: string): ParsedResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes === 0 || text.trim() === '') return { ok: false, reason: 'Berkas kosong. Minta peserta mengekspor hasilnya lagi.' };
  if (bytes > MAX_RESULT_BYTES)
    return {
      ok: false,
      reason: `Berkas terlalu besar (${Math.round(bytes / 1024)} KB) untuk sebuah hasil simulasi. Pilih berkas “hasil-simulasi-….json”.`,
    };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      reason: 'Berkas ini bukan JSON yang utuh (mungkin terpotong atau bukan hasil ekspor). Minta peserta mengekspor ulang.',
    };
  }
  const head = (typeof json === 'object' && json !== null && !Array.isArray(json) ? json : {}) as {
    app?: unknown;
    kind?: unknown;
    formatVersion?: unknown;
  };
  if (head.app !== 'siaga-krisis') return { ok: false, reason: 'Berkas ini bukan berkas Siaga Krisis.' };
  if (head.kind !== RESULT_KIND)
    return {
      ok: false,
      reason:
        'Berkas ini berasal dari Siaga Krisis tetapi bukan hasil simulasi (misalnya ekspor data lengkap). Minta peserta memakai tombol “Ekspor hasil” di akhir simulasi.',
    };
  if (typeof head.formatVersion === 'number' && head.formatVersion > RESULT_FORMAT_VERSION) {
    return {
      ok: false,
      reason: `Berkas ini dibuat oleh versi Siaga Krisis yang lebih baru (format ${head.formatVersion}). Muat ulang halaman ini untuk mendapatkan versi terbaru.`,
    };
  }
  try {
    const parsed = z.safeParse(simulationResultFileSchema, json);
    if (!parsed.success)
      return { ok: false, reason: `Isi berkas tidak sesuai format hasil simulasi: ${describeIssues(parsed.error.issues)}` };
    return { ok: true, result: parsed.data.result };
  } catch {
    return { ok: false, reason: 'Berkas tidak dapat dibaca (strukturnya rusak atau terlalu dalam).' };
  }
}

export interface ImportedFile {
  name: string;
  text: string;
  /** Size in bytes of a file too large to be read (its text is then empty). */
  tooLarge?: number;
}
export interface ImportOutcome {
  accepted: { name: string; result: SimulationResult }[];
  rejected: { name: string; reason: string }[];
}

/** Reads many files; each is judged on its own, so one bad file never loses the good ones. */
export function importResultFiles(files: readonly ImportedFile[], alreadyImportedIds: ReadonlySet<string> = new Set()): ImportOutcome {
  const seen = new Set(alreadyImportedIds);
  const outcome: ImportOutcome = { accepted: [], rejected: [] };
  for (const file of files) {
    const parsed: ParsedResult =
      file.tooLarge === undefined
        ? parseResultFile(file.text)
        : {
            ok: false,
            reason: `Berkas terlalu besar (${Math.round(file.tooLarge / 1024)} KB) untuk sebuah hasil simulasi; berkas tidak dibaca.`,
          };
    if (!parsed.ok) outcome.rejected.push({ name: file.name, reason: parsed.reason });
    else if (seen.has(parsed.result.id))
      outcome.rejected.push({ name: file.name, reason: 'Hasil ini sudah diimpor (berkas yang sama atau salinannya).' });
    else {
      seen.add(parsed.result.id);
      outcome.accepted.push({ name: file.name, result: parsed.result });
    }
  }
  return outcome;
}

/** What the room did in one scenario. */
export interface ScenarioSummary {
  scenarioId: string;
  title: string;
  participants: number;
  /** Average percentage per dimension over participants assessed on it (null when nobody was). */
  dimensions: Record<Dimension, number | null>;
  decisions: {
    stepId: string;
    prompt: string;
    /** Every option the room chose (and, from the catalogue, those nobody chose), with counts. */
    options: { id: string; label: string; count: number; recommended: boolean }[];
  }[];
}

/** Options of each decision, known from the built scenarios, so options nobody chose still show as 0. */
export type DecisionCatalogue = Record<
  string,
  { title: string; decisions: { stepId: string; prompt: string; options: { id: string; label: string; recommended: boolean }[] }[] }
>;

export function summarizeResults(results: readonly SimulationResult[], catalogue: DecisionCatalogue = {}): ScenarioSummary[] {
  const byScenario = new Map<string, SimulationResult[]>();
  for (const result of results) byScenario.set(result.scenario.id, [...(byScenario.get(result.scenario.id) ?? []), result]);
  return [...byScenario.entries()].map(([scenarioId, group]) => {
    const dimensions = Object.fromEntries(
      DIMENSIONS.map((dimension) => {
        const percents = group
          .map((r) => (r.dimensions[dimension] ? percentOf(r.dimensions[dimension]) : null))
          .filter((p): p is number => p !== null);
        return [dimension, percents.length === 0 ? null : Math.round(percents.reduce((a, b) => a + b, 0) / percents.length)];
      }),
    ) as Record<Dimension, number | null>;
    const known = catalogue[scenarioId];
    const decisions = new Map<string, ScenarioSummary['decisions'][number]>();
    for (const decision of known?.decisions ?? []) {
      decisions.set(decision.stepId, {
        stepId: decision.stepId,
        prompt: decision.prompt,
        options: decision.options.map((o) => ({ ...o, count: 0 })),
      });
    }
    for (const result of group) {
      for (const d of result.decisions) {
        const entry = decisions.get(d.stepId) ?? { stepId: d.stepId, prompt: d.prompt, options: [] };
        const option = entry.options.find((o) => o.id === d.optionId);
        if (option) option.count += 1;
        else entry.options.push({ id: d.optionId, label: d.optionLabel, count: 1, recommended: d.recommended });
        decisions.set(d.stepId, entry);
      }
    }
    return {
      scenarioId,
      title: known?.title ?? group[0]!.scenario.title,
      participants: group.length,
      dimensions,
      // Decisions nobody in the room reached are left out: they would be empty charts.
      decisions: [...decisions.values()].filter((d) => d.options.some((o) => o.count > 0)),
    };
  });
}
