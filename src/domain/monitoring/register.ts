/** Changes to the issue register, as pure functions the page and the tests share. */
import type { Escalation } from '@/schemas/escalation';
import { ISSUE_MEDIUM_NAMES, type IssueEntry, type IssueRegister, type IssueStatus } from '@/schemas/monitoring';

export function nextNumber(register: IssueRegister): number {
  return register.entries.reduce((max, e) => Math.max(max, e.number), 0) + 1;
}

/** The entries of one topic, oldest first. */
export function topicEntries(register: IssueRegister, topicId: string): IssueEntry[] {
  return register.entries.filter((e) => e.topicId === topicId).sort((a, b) => a.seenAt.localeCompare(b.seenAt));
}

export function replaceEntry(register: IssueRegister, id: string, change: (entry: IssueEntry) => IssueEntry): IssueRegister {
  return { entries: register.entries.map((e) => (e.id === id ? change(e) : e)) };
}

export function setStatus(register: IssueRegister, id: string, status: IssueStatus, now: string): IssueRegister {
  return replaceEntry(register, id, (e) => ({ ...e, status, updatedAt: now }));
}

/** Imported entries are added after the current ones; nothing current is changed. */
export function appendEntries(register: IssueRegister, entries: readonly IssueEntry[]): IssueRegister {
  return { entries: [...register.entries, ...entries] };
}

/**
 * The hand-over record for the crisis room or the triage (src/schemas/escalation.ts) and the register with the
 * escalation recorded: status "dieskalasi" and the time, on the entry escalated.
 */
export function escalate(register: IssueRegister, id: string, now: string): { register: IssueRegister; handOver: Escalation } | null {
  const entry = register.entries.find((e) => e.id === id);
  if (!entry) return null;
  const where = [ISSUE_MEDIUM_NAMES[entry.medium], entry.sourceName.trim(), entry.sourceAddress.trim()].filter(Boolean).join(', ');
  const handOver: Escalation = {
    version: 1,
    source: 'pemantauan',
    issueId: entry.id,
    seenAt: entry.seenAt,
    summary: entry.summary.slice(0, 1000),
    where: where.slice(0, 300),
    crisisTypeId: entry.crisisTypeId,
    facts: entry.facts
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .slice(0, 30)
      .map((line) => line.slice(0, 500)),
  };
  return { register: replaceEntry(register, id, (e) => ({ ...e, status: 'dieskalasi', escalatedAt: now, updatedAt: now })), handOver };
}
