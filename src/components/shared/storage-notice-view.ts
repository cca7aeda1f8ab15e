/** How a storage problem is told to the user: the message, and what they can do about it. Loaded by storage-notices.ts. */
import type { DocumentStatus, PersistentDocument } from '@/state/persistent-document';
import { downloadText } from './download';
import { sitePath } from '@/components/shared/site-path';

type ProblemState = Exclude<DocumentStatus['state'], 'saved'>;

const MESSAGES: Record<ProblemState, string> = {
  recovered:
    'Data tersimpan “{label}” tidak dapat dibaca ({reason}). Data itu tidak dihapus: salinannya disimpan terpisah dan dapat Anda unduh. Untuk sementara Anda mulai dari isian kosong.',
  'memory-only':
    'Peramban ini tidak mengizinkan penyimpanan (misalnya mode penyamaran atau penyimpanan diblokir). Anda tetap bisa bekerja, tetapi isian “{label}” hilang saat halaman ditutup. Gunakan ekspor atau cetak untuk menyimpan hasil.',
  'not-saved':
    '{reason} Isian “{label}” belum tersimpan. Ekspor data Anda di halaman Data saya, lalu hapus data lama yang tidak diperlukan.',
  invalid:
    'Perubahan terakhir pada “{label}” tidak disimpan karena ada isian yang tidak sah: {reason}. Perubahan itu masih ada di layar; perbaiki isian tersebut agar tersimpan lagi.',
  'newer-version':
    '{reason} Agar tidak rusak, data “{label}” tidak diubah dan halaman ini bekerja tanpa menyimpan. Muat ulang halaman untuk mendapatkan versi terbaru.',
  'updated-elsewhere': 'Isian “{label}” baru saja diubah di tab lain. Halaman ini sekarang menampilkan versi terbaru.',
};

/** Fills `notice` (inside `host`, a <storage-notices>) with what the user must know about `doc`'s storage. */
export function renderNotice(
  host: HTMLElement,
  notice: HTMLElement,
  doc: PersistentDocument<unknown>,
  status: DocumentStatus & { state: ProblemState },
): void {
  notice.replaceChildren();
  // Good news is polite; problems interrupt.
  const region = host.querySelector(status.state === 'updated-elsewhere' ? '[data-updates]' : '[data-notices]');
  if (region && notice.parentElement !== region) region.append(notice);
  notice.hidden = false;
  notice.className = 'sk-notice';
  notice.dataset.tone = status.state === 'updated-elsewhere' ? 'ok' : status.state === 'memory-only' ? 'warn' : 'bad';
  notice.dataset.state = status.state;
  const text = document.createElement('p');
  text.textContent = MESSAGES[status.state].replace('{label}', doc.definition.label).replace('{reason}', status.reason ?? '');
  notice.append(text);
  if (status.unreadableRaw !== undefined) {
    const raw = status.unreadableRaw;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sk-button';
    button.textContent = 'Unduh data yang tidak terbaca';
    button.addEventListener('click', () =>
      downloadText(`siaga-krisis-cadangan-${doc.definition.key.replace(/[^a-z0-9-]+/gi, '-')}.txt`, raw, 'text/plain'),
    );
    notice.append(button);
  }
  if (status.state === 'not-saved' || status.state === 'recovered') {
    const link = document.createElement('a');
    link.href = sitePath('/data-saya/');
    link.textContent = 'Buka Data saya';
    link.className = 'sk-button';
    notice.append(' ', link);
  }
}
