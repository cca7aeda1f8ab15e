/**
 * The unit's side of mentoring: choosing what goes into a package for the mentor, leaving officers' personal data out
 * when asked, describing the package before it is written, and sealing it (sealed-file.ts).
 */
import type { CommunicationPlan } from '@/schemas/communication-plan';
import type { IssueRegister, NarrativeRecord } from '@/schemas/monitoring';
import { describeMonitoring, monitoringSummary } from '@/domain/monitoring/package-summary';
import type { ReleaseAttempt } from '@/schemas/press-release-work';
import type { RiskMap } from '@/schemas/risk-map';
import type { SelfAssessment } from '@/schemas/self-assessment';
import { packagePayloadSchema, type PackageContents, type PackagePayload, type PackageUnit } from '@/schemas/mentoring';
import { topRisks } from '@/domain/assessment/risk-map';
import { planCompleteness } from '@/domain/plan/completeness';
import { overallPercent } from '@/domain/plan/percent';
import { releasePercent } from './overview';
import { formatIsoDate } from '@/domain/plan/plan-outline';
import { sealFile, type SealedKind } from './sealed-file';
import { signFile } from './signing';
import type { SigningKeyPair } from '@/schemas/signing';
import { latestAssessment } from './latest-assessment';
import { namesInText, REMOVED, textRedactor } from '@/domain/transfer/redact';
import { packageWithoutPeople, planNames, planWithoutPeople } from '@/domain/transfer/personal-fields';

export const PACKAGE_KIND = 'paket-pendampingan';
export const PACKAGE_FORMAT_VERSION = 1;
/** A package carries at most this many press releases: enough to show progress, small enough to read. */
export const MAX_PACKAGE_RELEASES = 20;
/** Put in place of a name or phone number the unit left out, so the mentor sees the field was filled. */
export { REMOVED };

export const packageKind: SealedKind<PackagePayload> = {
  kind: PACKAGE_KIND,
  formatVersion: PACKAGE_FORMAT_VERSION,
  schema: packagePayloadSchema,
  name: 'paket pendampingan',
  wrongKindHint: 'Minta unit membuat paket di halaman “Kirim ke pendamping”.',
};

export interface PackageSources {
  selfAssessment: SelfAssessment;
  riskMap: RiskMap;
  /** Crisis types (id, name) of the site, to name the rated risks. */
  crisisTypes: readonly { id: string; name: string }[];
  plans: readonly CommunicationPlan[];
  attempts: readonly ReleaseAttempt[];
  /** The issue register and the narrative record, for their summary numbers (optional: older callers send none). */
  issueRegister?: IssueRegister;
  narrativeRecord?: NarrativeRecord;
  /** Names of people this browser knows (the profile's, the self-assessment's respondents), searched for when personal data is left out. */
  personNames?: readonly string[];
}

export interface PackageChoice {
  unit: PackageUnit;
  assessment: boolean;
  risks: boolean;
  /** Id of the plan to send; empty for none. */
  planId: string;
  /** Leave people's names, mobile numbers and e-mail addresses out of the plan and the releases. */
  removePersonalData: boolean;
  /** Ids of the press-release attempts to send. */
  releaseIds: readonly string[];
  /** Send the issue register's and narrative record's numbers (not their entries). */
  monitoring?: boolean;
}

/**
 * The plan without people's names and numbers (see domain/transfer/personal-fields.ts): team holders and deputies,
 * the document owner, contact persons with their numbers, a mobile number even with no name; e-mail addresses and
 * known names in its other text.
 */
export function withoutPersonalData(plan: CommunicationPlan, names: readonly string[] = []): CommunicationPlan {
  return planWithoutPeople(plan, textRedactor([...planNames(plan), ...names]));
}

/** How many personal values (names, phone numbers) the plan holds: shown in the warning, so the unit knows what is at stake. */
export function countPersonalData(plan: CommunicationPlan): number {
  const filled = (value: string) => (value.trim() === '' ? 0 : 1);
  return (
    filled(plan.identity.owner) +
    plan.team.reduce((sum, m) => sum + filled(m.name) + filled(m.phone) + filled(m.deputyName) + filled(m.deputyPhone), 0) +
    plan.contacts.reduce((sum, c) => sum + (c.person.trim() === '' ? 0 : 1 + filled(c.phone)), 0)
  );
}

export function buildPackagePayload(sources: PackageSources, choice: PackageChoice, options: { id: string; now: Date }): PackagePayload {
  const contents: PackageContents = { releases: [] };
  const assessment = choice.assessment ? latestAssessment(sources.selfAssessment) : undefined;
  if (assessment) {
    const { entry } = assessment;
    contents.assessment = {
      questionnaireId: assessment.questionnaireId,
      completedAt: entry.completedAt,
      dimensions: entry.dimensions,
      overall: entry.overall,
    };
  }
  if (choice.risks) {
    const rated = topRisks(sources.riskMap, sources.crisisTypes, sources.crisisTypes.length);
    if (rated.length > 0) contents.risks = rated;
  }
  const plan = sources.plans.find((p) => p.id === choice.planId);
  if (plan) {
    // Completeness is measured on the plan as written: leaving names out must not make it look less complete.
    const sections = planCompleteness(plan).map(({ id, title, done, total }) => ({ id, title, done, total }));
    contents.plan = { plan, sections, personalDataRemoved: choice.removePersonalData };
  }
  if (choice.monitoring && (sources.issueRegister?.entries.length || sources.narrativeRecord?.entries.length)) {
    contents.monitoring = monitoringSummary(
      sources.issueRegister ?? { entries: [] },
      sources.narrativeRecord ?? { entries: [] },
      options.now,
    );
  }
  const chosen = new Set(choice.releaseIds);
  contents.releases = sources.attempts.filter((a) => chosen.has(a.id)).slice(-MAX_PACKAGE_RELEASES);
  const region = choice.unit.region?.trim();
  const payload: PackagePayload = {
    id: options.id,
    createdAt: options.now.toISOString(),
    unit: { name: choice.unit.name.trim(), type: choice.unit.type, ...(region && { region }) },
    contents,
  };
  if (!choice.removePersonalData) return payload;
  // Every name this browser knows is searched for in every part: an officer of the plan quoted in a release.
  const names = [
    ...(sources.personNames ?? []),
    ...sources.plans.flatMap(planNames),
    ...contents.releases.flatMap((r) => Object.values(r.parts).flatMap(namesInText)),
  ];
  return packageWithoutPeople(payload, textRedactor(names));
}

/** The package file, signed with this browser's key when one is given (signing.ts). */
export async function buildPackageFile(payload: PackagePayload, key?: SigningKeyPair) {
  const file = await sealFile(PACKAGE_KIND, PACKAGE_FORMAT_VERSION, payload);
  return key ? signFile(file, key) : file;
}

/** One line per part of the package, for the preview before writing and the printed summary. */
export function describePackage(payload: PackagePayload): string[] {
  const { assessment, risks, plan, releases } = payload.contents;
  const lines: string[] = [];
  if (assessment)
    lines.push(
      `Self-asesmen selesai ${formatIsoDate(assessment.completedAt.slice(0, 10))}: skor keseluruhan ${assessment.overall} dari 100 (${assessment.dimensions.length} dimensi).`,
    );
  if (risks)
    lines.push(
      `Peta risiko: ${risks.length} jenis krisis dinilai; teratas: ${risks
        .slice(0, 3)
        .map((r) => `${r.name} (${r.score})`)
        .join(', ')}.`,
    );
  if (plan) {
    lines.push(
      `Rencana “${plan.plan.name.trim() || 'tanpa nama'}”: kelengkapan ${overallPercent(plan.sections)}%; ` +
        (plan.personalDataRemoved ? 'nama dan nomor telepon petugas dihapus.' : 'termasuk nama dan nomor telepon petugas.'),
    );
  }
  if (payload.contents.monitoring) lines.push(describeMonitoring(payload.contents.monitoring));
  for (const release of releases)
    lines.push(
      `Siaran pers “${release.drillTitle}” (${formatIsoDate(release.submittedAt.slice(0, 10))}): skor ${release.points}/${release.max} (${releasePercent(release)}%).`,
    );
  return lines;
}

export function isPackageEmpty(payload: PackagePayload): boolean {
  const { assessment, risks, plan, releases } = payload.contents;
  return !assessment && !risks && !plan && !payload.contents.monitoring && releases.length === 0;
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** "paket-pendampingan-lapas-kelas-iia-telaga-bening-2026-11-29.json" */
export function packageFileName(payload: PackagePayload): string {
  return `${PACKAGE_KIND}-${slug(payload.unit.name) || 'unit'}-${payload.createdAt.slice(0, 10)}.json`;
}
