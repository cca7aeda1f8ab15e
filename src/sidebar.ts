// The sidebar lists only pages that exist: each group points at a folder of src/content/docs or at real pages.
// A capability that adds pages adds its entries here.
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
  { label: 'Modul pelatihan', items: [{ autogenerate: { directory: 'modul' } }] },
  { label: 'Rujukan', items: [{ autogenerate: { directory: 'rujukan' } }] },
];
