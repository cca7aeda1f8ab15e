// The sidebar lists only pages that exist: a folder's group appears once the folder has pages.
// A capability that adds pages puts them in one of these folders (or adds its group here).
import { existsSync, readdirSync } from 'node:fs';

const docs = new URL('./content/docs/', import.meta.url);

function folderGroup(label: string, directory: string) {
  const folder = new URL(`${directory}/`, docs);
  const hasPages = existsSync(folder) && readdirSync(folder).some((name) => /\.mdx?$/.test(name));
  return hasPages ? [{ label, items: [{ autogenerate: { directory } }] }] : [];
}

export const sidebar = [
  {
    label: 'Mulai',
    items: [
      { label: 'Beranda', link: '/' },
      { label: 'Kemajuan belajar', slug: 'kemajuan' },
      { label: 'Privasi & data', slug: 'privasi-data' },
      { label: 'Data saya', slug: 'data-saya' },
    ],
  },
  {
    label: 'Alat kerja',
    items: [
      { label: 'Ruang krisis', slug: 'ruang-krisis' },
      { label: 'Templat dokumen', link: '/templat/' },
      { label: 'Pemantauan isu', slug: 'pemantauan' },
      { label: 'Catatan narasi', slug: 'pemantauan/narasi' },
    ],
  },
  ...folderGroup('Baru di humas? Mulai di sini', 'mulai'),
  ...folderGroup('Modul pelatihan', 'modul'),
  ...folderGroup('Latihan', 'latihan'),
  ...folderGroup('Daftar periksa', 'daftar-periksa'),
  ...folderGroup('Pendampingan', 'pendampingan'),
  ...folderGroup('Rujukan', 'rujukan'),
];
