import type { Channel } from '@/schemas/scenario';

/** Names of the simulated channels as shown to participants (no real product names). */
export const CHANNEL_LABELS: Record<Channel, string> = {
  pesan: 'Pesan grup',
  'media-sosial': 'Media sosial',
  telepon: 'Telepon',
  kanwil: 'Surat Kanwil',
  keluarga: 'Pengaduan keluarga',
  berita: 'Berita daring',
};

const number = new Intl.NumberFormat('id-ID');

/** Shares of a social post `minutesSince` its arrival: the count rises as the clock runs. */
export function sharesAfter(shares: { start: number; perMinute: number }, minutesSince: number): string {
  return number.format(Math.floor(shares.start + shares.perMinute * Math.max(0, minutesSince)));
}
