/** The ten numbered sections of a crisis communication plan, in the order they are filled and printed. */
export const PLAN_SECTIONS = [
  { id: 'identitas', title: 'Identitas unit dan dokumen' },
  { id: 'tim', title: 'Tim komunikasi krisis' },
  { id: 'persetujuan', title: 'Alur persetujuan pernyataan' },
  { id: 'kontak', title: 'Direktori kontak' },
  { id: 'pemangku', title: 'Peta pemangku kepentingan' },
  { id: 'skenario', title: 'Skenario risiko dan peta pesan' },
  { id: 'kanal', title: 'Saluran dan akun resmi' },
  { id: 'pemantauan', title: 'Pemantauan dan tingkat eskalasi' },
  { id: 'jam-pertama', title: 'Protokol jam pertama' },
  { id: 'evaluasi', title: 'Evaluasi pascakrisis dan jadwal tinjauan' },
] as const;

export type SectionId = (typeof PLAN_SECTIONS)[number]['id'];

/** "3. Alur persetujuan pernyataan" */
export function sectionHeading(id: SectionId): string {
  const index = PLAN_SECTIONS.findIndex((s) => s.id === id);
  return `${index + 1}. ${PLAN_SECTIONS[index]?.title ?? id}`;
}

export const APPROVAL_LEVEL_LABELS = {
  upt: 'UPT',
  kanwil: 'Kanwil Ditjenpas',
  ditjenpas: 'Direktorat Jenderal Pemasyarakatan',
} as const;

export const CONTACT_GROUP_LABELS = {
  internal: 'Internal unit',
  kanwil: 'Kanwil Ditjenpas',
  ditjenpas: 'Direktorat Jenderal Pemasyarakatan',
  polisi: 'Kepolisian',
  'rumah-sakit': 'Rumah sakit',
  damkar: 'Pemadam kebakaran',
  pemda: 'Pemerintah daerah',
  media: 'Media',
  lainnya: 'Lainnya',
} as const;

/** Directory groups a complete plan has at least one reachable contact in ("lainnya" is optional). */
export const REQUIRED_CONTACT_GROUPS = ['internal', 'kanwil', 'ditjenpas', 'polisi', 'rumah-sakit', 'damkar', 'pemda', 'media'] as const;
