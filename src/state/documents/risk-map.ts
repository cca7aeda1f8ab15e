import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { riskMapSchema, type RiskMap } from '@/schemas/risk-map';

const rated = (map: RiskMap) => Object.values(map.entries).filter((e) => e.likelihood !== undefined && e.impact !== undefined).length;

export const riskMapDocument: DocumentDefinition<RiskMap> = {
  key: 'siaga-krisis:peta-risiko',
  label: 'Peta risiko krisis',
  page: { title: 'Peta risiko krisis', href: '/latihan/peta-risiko/' },
  version: 1,
  schema: riskMapSchema,
  migrations: {},
  initial: { entries: {} },
  summarize: (map) => `${rated(map)} jenis krisis dinilai`,
  isEmpty: (map) =>
    Object.values(map.entries).every((e) => e.likelihood === undefined && e.impact === undefined && !e.controls && !e.owner),
  // Per crisis type, the imported entry wins; types only in the current map are kept.
  merge: (current, incoming) => ({
    entries: { ...current.entries, ...incoming.entries },
    ...((incoming.updatedAt ?? current.updatedAt) ? { updatedAt: incoming.updatedAt ?? current.updatedAt! } : {}),
  }),
};
