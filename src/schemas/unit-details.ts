// The unit details a fill-in document can use (kop surat, signatures, contacts): filled once, remembered, and read by
// the browser and by the template schema. Kept apart from the schemas so the browser builds no content schema.

export const UNIT_DETAIL_KEYS = [
  'nama_unit',
  'alamat_unit',
  'telepon_unit',
  'surel_unit',
  'kota_unit',
  'nama_kepala',
  'nama_juru_bicara',
  'jabatan_juru_bicara',
  'nama_humas',
  'telepon_humas',
  'zona_waktu',
] as const;
export type UnitDetailKey = (typeof UNIT_DETAIL_KEYS)[number];

export const UNIT_DETAIL_LABELS: Record<UnitDetailKey, string> = {
  nama_unit: 'Nama unit',
  alamat_unit: 'Alamat unit',
  telepon_unit: 'Telepon kantor',
  surel_unit: 'Surel (e-mail) unit',
  kota_unit: 'Kota (untuk tempat dan tanggal)',
  nama_kepala: 'Nama Kepala UPT',
  nama_juru_bicara: 'Nama juru bicara',
  jabatan_juru_bicara: 'Jabatan juru bicara',
  nama_humas: 'Nama petugas humas (narahubung)',
  telepon_humas: 'Telepon humas (narahubung)',
  zona_waktu: 'Zona waktu unit',
};

/** Indonesia's three time zones; a statement says "pukul 10.15 WITA" in Makassar, not WIB. Chosen, never typed. */
export const TIME_ZONES = ['WIB', 'WITA', 'WIT'] as const;

/** Details that name or reach a person: left out when the user exports without personal data. */
export const PERSONAL_UNIT_DETAILS: readonly UnitDetailKey[] = ['nama_kepala', 'nama_juru_bicara', 'nama_humas', 'telepon_humas'];
