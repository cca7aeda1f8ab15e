/**
 * Stored shape ('siaga-krisis:ruang-krisis', version 1): { incidents: Incident[], openId } (src/schemas/incident.ts).
 * Each incident's log is append-only and hash-chained; the page verifies it on load and after an import.
 * Holds names and phone numbers of the people to tell (personal data): they stay in this browser unless the user exports.
 * Goes stale when another tab writes (persistentDocument shows the newer value) or when an import replaces it.
 */
import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { incidentsSchema, type Incidents } from '@/schemas/incident';

export const incidentsDocument: DocumentDefinition<Incidents> = {
  key: 'siaga-krisis:ruang-krisis',
  label: 'Ruang krisis (kejadian)',
  page: { title: 'Ruang krisis', href: '/ruang-krisis/' },
  version: 1,
  schema: incidentsSchema,
  migrations: {},
  initial: { incidents: [], openId: '' },
  summarize: ({ incidents }) => {
    if (incidents.length === 0) return 'Belum ada kejadian';
    const drills = incidents.filter((i) => i.drill).length;
    return `${incidents.length} kejadian${drills ? ` (${drills} latihan)` : ''}`;
  },
  isEmpty: ({ incidents }) => incidents.length === 0,
  // Incidents are matched by id; the one with the longer log wins (logs only grow), so nothing written is lost.
  merge: (current, incoming) => {
    const incidents = [...current.incidents];
    for (const theirs of incoming.incidents) {
      const index = incidents.findIndex((i) => i.id === theirs.id);
      if (index < 0) incidents.push(theirs);
      else if (theirs.log.length > incidents[index]!.log.length) incidents[index] = theirs;
    }
    return { incidents: incidents.slice(-50), openId: current.openId || incoming.openId };
  },
};
