/**
 * Stored shape ('siaga-krisis:rencana-komunikasi', version 1): { plans: CommunicationPlan[], activeId }.
 * Holds officers' names and phone numbers (personal data): they stay in this browser unless the user exports.
 * Goes stale when another tab edits a plan (persistentDocument shows the newer one) or when an import replaces it.
 */
import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { communicationPlansSchema, type CommunicationPlans } from '@/schemas/communication-plan';
import { planTitle } from '@/domain/plan/plans';

export const communicationPlansDocument: DocumentDefinition<CommunicationPlans> = {
  key: 'siaga-krisis:rencana-komunikasi',
  label: 'Rencana komunikasi krisis',
  page: { title: 'Rencana Komunikasi Krisis', href: '/latihan/rencana-komunikasi/' },
  version: 1,
  schema: communicationPlansSchema,
  migrations: {},
  initial: { plans: [], activeId: '' },
  summarize: ({ plans }) => (plans.length === 0 ? 'Belum ada rencana' : `${plans.length} rencana: ${plans.map(planTitle).join(', ')}`),
  isEmpty: ({ plans }) => plans.length === 0,
  // Plans are matched by id: the more recently changed one wins; plans on only one side are kept.
  merge: (current, incoming) => {
    const plans = [...current.plans];
    for (const theirs of incoming.plans) {
      const index = plans.findIndex((p) => p.id === theirs.id);
      if (index < 0) plans.push(theirs);
      else if (theirs.updatedAt > plans[index]!.updatedAt) plans[index] = theirs;
    }
    return { plans: plans.slice(0, 30), activeId: current.activeId || incoming.activeId };
  },
};
