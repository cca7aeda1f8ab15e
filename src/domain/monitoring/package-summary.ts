/**
 * The numbers a unit may send its mentor about its issue register and narrative record: counts only, never the
 * entries (they name sources, owners and incidents). Counted over the 30 days before the package is made.
 */
import { AIMS, type IssueRegister, type NarrativeRecord } from '@/schemas/monitoring';
import type { PackageMonitoring } from '@/schemas/mentoring';
import { isOpen } from './rules';

export const SUMMARY_DAYS = 30;

export function monitoringSummary(register: IssueRegister, narrative: NarrativeRecord, now: Date): PackageMonitoring {
  const until = now.getTime();
  const since = until - SUMMARY_DAYS * 24 * 60 * 60 * 1000;
  const within = (iso: string | undefined) => iso !== undefined && Date.parse(iso) > since && Date.parse(iso) <= until;
  const outputs = narrative.entries.filter((e) => within(e.publishedAt));
  return {
    days: SUMMARY_DAYS,
    openIssues: register.entries.filter(isOpen).length,
    newIssues: register.entries.filter((e) => within(e.seenAt)).length,
    escalations: register.entries.filter((e) => within(e.escalatedAt)).length,
    aims: Object.fromEntries(AIMS.map((aim) => [aim, outputs.filter((e) => e.aim === aim).length])) as PackageMonitoring['aims'],
  };
}

/** The line a package preview and the mentor read. */
export function describeMonitoring(summary: PackageMonitoring): string {
  const { pemahaman, keterlibatan } = summary.aims;
  return (
    `Pemantauan ${summary.days} hari terakhir: ${summary.newIssues} isu baru, ${summary.escalations} dieskalasi, ${summary.openIssues} masih terbuka; ` +
    `publikasi per tujuan: pemahaman ${pemahaman}, keterlibatan ${keterlibatan}, dukungan kebijakan ${summary.aims['dukungan-kebijakan']}.`
  );
}
