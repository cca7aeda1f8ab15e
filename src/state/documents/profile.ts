import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { profileSchema, type Profile } from '@/schemas/profile';

export const profileDocument: DocumentDefinition<Profile> = {
  key: 'siaga-krisis:profil',
  label: 'Profil unit dan pengisi',
  page: { title: 'Data saya', href: '/data-saya/' },
  version: 1,
  schema: profileSchema,
  migrations: {},
  initial: { unitName: '', unitType: '', personName: '', position: '' },
  summarize: (p) => [p.unitName, p.personName].filter(Boolean).join(' · ') || 'Profil belum diisi',
  isEmpty: (p) => !p.unitName && !p.unitType && !p.personName && !p.position,
};
