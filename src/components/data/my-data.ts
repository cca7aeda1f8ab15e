import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import { profileDocument } from '@/state/documents/profile';
import { persistentDocument } from '@/state/persistent-document';
import { storageAvailable } from '@/state/storage';
import {
  applyImport,
  collectStoredDocuments,
  deleteBackup,
  deleteDocument,
  deleteEverything,
  listBackups,
  listRecordBackups,
  listRecordItems,
  listSavedItems,
  storedData,
  type ImportMode,
} from '@/state/transfer';
import type { ImportResult, StoredDocument } from '@/domain/transfer/export-file';
import { documentDefinitions } from '@/state/documents';
import { mentorDocument } from '@/state/documents/mentor-overview';
import type { MentorStore } from '@/schemas/mentoring';
import type { Profile } from '@/schemas/profile';
import { downloadText, formatBytes, formatDateTime } from '@/components/shared/download';
import { setText } from '@/components/shared/set-text';
import { sitePath } from '@/components/shared/site-path';
import { SiteElement, defineElement } from '@/components/shared/site-element';
import { ask, confirmed } from '@/components/shared/confirm-dialog';
import { writeNotice, type NoticeTone } from '@/components/shared/notice';

// Writing and reading export files is loaded on the first export or import: the page shows the stored list without it.
const loadExportFile = () => import('@/domain/transfer/export-file');

/** <my-data>: the "Data saya" page. */
class MyDataElement extends SiteElement {
  #profile = persistentDocument(profileDocument);
  #pendingImport: Extract<ImportResult, { ok: true }> | null = null;

  protected start(signal: AbortSignal): void {
    this.#bindProfile();
    void this.#renderItems();
    void this.#renderUsage();
    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLInputElement>('[data-action], [data-import-file]')) {
      control.disabled = false;
    }
    this.#on('[data-action="export"]', 'click', () => void this.exportAll());
    this.#on('[data-action="delete-all"]', 'click', () => void this.deleteAll());
    this.#on('[data-action="persist"]', 'click', () => void this.requestPersistence());
    this.#on('[data-action="confirm-import"]', 'click', () => void this.confirmImport());
    this.#on('[data-action="cancel-import"]', 'click', () => this.cancelImport());
    this.#on('[data-import-file]', 'change', (event) => void this.readImportFile(event.target as HTMLInputElement));
    // Another tab changed something: show the current list.
    window.addEventListener('storage', () => void this.#renderItems(), { signal });
  }

  #on(selector: string, type: string, handler: (event: Event) => void): void {
    this.querySelector(selector)?.addEventListener(type, handler, { signal: this.connection });
  }

  #bindProfile(): void {
    const form = this.querySelector<HTMLFormElement>('[data-profile]');
    if (!form) return;
    const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')];
    this.watch(this.#profile.$data, (profile) => {
      for (const field of fields) {
        const value = profile[field.name as keyof Profile] ?? ''; // region: absent on older profiles
        // Never rewrite the field the user is typing in: that would move the cursor.
        if (field !== document.activeElement && field.value !== value) field.value = value;
      }
    });
    for (const field of fields) field.disabled = false;
    form.addEventListener(
      'input',
      () => {
        const next = Object.fromEntries(fields.map((f) => [f.name, f.value])) as Profile;
        this.#profile.set(next);
        void this.#renderItems();
      },
      { signal: this.connection },
    );
    form.addEventListener('submit', (event) => event.preventDefault(), { signal: this.connection });
  }

  /** Drawn in order: a later call (another tab, a deletion) supersedes one still waiting for IndexedDB. */
  #drawing = 0;

  async #renderItems(): Promise<void> {
    const body = this.querySelector<HTMLTableSectionElement>('[data-items] tbody');
    if (!body) return;
    const turn = ++this.#drawing;
    const local = listSavedItems();
    // A large document listed from localStorage is shown from its records once it has moved there.
    const records = await listRecordItems();
    if (turn !== this.#drawing) return;
    const items = [...local.filter((item) => !records.some((r) => r.definition.key === item.definition.key)), ...records];
    body.replaceChildren();
    if (items.length === 0) {
      const row = body.insertRow();
      const cell = row.insertCell();
      cell.colSpan = 5;
      cell.textContent = storageAvailable ? 'Belum ada data tersimpan.' : 'Penyimpanan peramban tidak tersedia: tidak ada yang tersimpan.';
    }
    for (const item of items) {
      const row = body.insertRow();
      row.dataset.key = item.definition.key;
      const name = row.insertCell();
      const link = document.createElement('a');
      link.href = sitePath(item.definition.page.href);
      link.textContent = item.definition.label;
      name.append(link);
      row.insertCell().textContent = item.summary;
      row.insertCell().textContent = formatDateTime(item.savedAt);
      row.insertCell().textContent = formatBytes(item.bytes);
      const actions = row.insertCell();
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'sk-button';
      remove.dataset.variant = 'danger';
      remove.textContent = 'Hapus';
      remove.setAttribute('aria-label', `Hapus ${item.definition.label}`);
      remove.addEventListener('click', async () => {
        const ok = await this.#confirm(
          'Hapus data ini?',
          `“${item.definition.label}” (${item.summary}) akan dihapus dari peramban ini. Tindakan ini tidak dapat dibatalkan.`,
        );
        if (!ok) return;
        const index = [...body.rows].indexOf(row);
        await deleteDocument(item.definition);
        await this.#renderItems();
        void this.#renderUsage();
        // The button pressed is gone: the focus goes to the next row's (or the last one's), else to the heading.
        setText(this.querySelector('[data-delete-message]'), `“${item.definition.label}” dihapus dari peramban ini.`);
        const buttons = [...body.querySelectorAll<HTMLButtonElement>('button')];
        (buttons[Math.min(index, buttons.length - 1)] ?? this.querySelector<HTMLElement>('#tersimpan-judul'))?.focus();
      });
      actions.append(remove);
    }
    await this.#renderBackups();
  }

  async #renderBackups(): Promise<void> {
    const box = this.querySelector<HTMLElement>('[data-backups]');
    const list = this.querySelector('[data-backup-list]');
    if (!box || !list) return;
    const backups = [...listBackups(), ...(await listRecordBackups())];
    box.hidden = backups.length === 0;
    list.replaceChildren();
    for (const backup of backups) {
      const item = document.createElement('li');
      const label = backup.key
        .replace('siaga-krisis:cadangan:', '')
        .replace(/^siaga-krisis:(.*)#cadangan$/, '$1 (catatan yang tidak terbaca)');
      item.append(`${label} (${formatBytes(backup.bytes)}) `);
      const download = document.createElement('button');
      download.type = 'button';
      download.className = 'sk-button';
      download.textContent = 'Unduh';
      download.addEventListener('click', () =>
        downloadText(`siaga-krisis-cadangan-${label.replace(/[^a-z0-9-]+/gi, '-')}.txt`, backup.raw, 'text/plain'),
      );
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'sk-button';
      remove.dataset.variant = 'danger';
      remove.textContent = 'Hapus cadangan';
      remove.addEventListener('click', async () => {
        if (!(await this.#confirm('Hapus cadangan?', 'Salinan data yang tidak terbaca ini akan dihapus permanen.'))) return;
        deleteBackup(backup.key);
        await this.#renderBackups();
        setText(this.querySelector('[data-delete-message]'), 'Salinan cadangan dihapus.');
        this.querySelector<HTMLElement>('#tersimpan-judul')?.focus();
      });
      item.append(download, ' ', remove);
      list.append(item);
    }
  }

  async #renderUsage(): Promise<void> {
    const usage = this.querySelector('[data-usage]');
    const persistState = this.querySelector('[data-persist-state]');
    const persistButton = this.querySelector<HTMLButtonElement>('[data-action="persist"]');
    const items = [...listSavedItems(), ...(await listRecordItems())];
    const ours =
      items.reduce((sum, item) => sum + item.bytes, 0) +
      [...listBackups(), ...(await listRecordBackups())].reduce((s, b) => s + b.bytes, 0);
    if (usage) {
      usage.textContent = storageAvailable
        ? `Data Siaga Krisis memakai ${formatBytes(ours)} penyimpanan peramban ini.`
        : 'Peramban ini tidak mengizinkan penyimpanan (misalnya mode penyamaran). Tidak ada data yang tersimpan setelah halaman ditutup.';
    }
    if (!navigator.storage?.persisted || !persistState || !persistButton) return;
    try {
      const persisted = await navigator.storage.persisted();
      persistState.textContent = persisted
        ? 'Peramban telah menyetujui penyimpanan permanen: data tidak akan dihapus otomatis saat ruang penyimpanan menipis.'
        : 'Penyimpanan belum permanen: bila ruang perangkat menipis, peramban dapat menghapus data situs. Ekspor data secara berkala.';
      persistButton.hidden = persisted || !storageAvailable;
    } catch {
      persistState.textContent = '';
    }
  }

  async requestPersistence(): Promise<void> {
    try {
      await navigator.storage.persist();
    } finally {
      await this.#renderUsage();
    }
  }

  async exportAll(): Promise<void> {
    const documents = await this.#documentsForFile();
    if (!documents) return;
    const { buildExportFile, exportFileName } = await loadExportFile();
    const now = new Date();
    const file = buildExportFile(documents.stored, now);
    // Compact: a mentor's overview of hundreds of units is tens of megabytes; indentation would add a fifth to it.
    downloadText(exportFileName(now), JSON.stringify(file));
    this.#message(
      'ok',
      `Berkas ${exportFileName(now)} dibuat berisi ${Object.keys(file.documents).length} data${documents.withoutPersonalData ? `, tanpa ${documents.withoutPersonalData}` : ''}.`,
    );
  }

  /**
   * Everything stored, after asking whether personal data (names of people, mobile numbers, e-mail addresses, in any
   * document) may be written into the file; null when the user cancels.
   */
  async #documentsForFile(): Promise<{ stored: StoredDocument[]; withoutPersonalData?: string } | null> {
    const stored = await collectStoredDocuments();
    // Loaded on export: the rules for every document and the text search are not needed to show the page.
    const {
      documentsWithPersonalData,
      withoutPersonalDataInDocuments,
      PERSONAL_DATA_DESCRIPTION: description,
    } = await import('@/domain/transfer/personal-data');
    const personal = documentsWithPersonalData(stored, documentDefinitions);
    if (personal.length === 0) return { stored };
    const dialog = this.querySelector<HTMLDialogElement>('[data-personal-dialog]')!;
    dialog.querySelector('[data-personal-text]')!.textContent =
      `${personal.map((d) => `“${d.label}”`).join(', ')} berisi ${description}. Data pribadi itu akan ikut tertulis di berkas ekspor dan berpindah bersama berkasnya. Bagikan berkas hanya kepada yang berhak.`;
    const answer = await ask(dialog);
    if (answer === 'ok') return { stored };
    if (answer === 'alt') return { stored: withoutPersonalDataInDocuments(stored, documentDefinitions), withoutPersonalData: description };
    this.#message('', 'Ekspor dibatalkan. Tidak ada berkas yang dibuat.');
    return null;
  }

  async readImportFile(input: HTMLInputElement): Promise<void> {
    this.cancelImport(false);
    const file = input.files?.[0];
    if (!file) return;
    // Size first: a huge file is refused before it is read into memory.
    const { checkImportSize, parseExportFile } = await loadExportFile();
    const tooBig = checkImportSize(file.size);
    const result = tooBig ?? parseExportFile(await file.text(), documentDefinitions);
    input.value = '';
    if (!result.ok) {
      this.#message('bad', result.message);
      return;
    }
    this.#pendingImport = result;
    this.#message('', '');
    const preview = this.querySelector<HTMLElement>('[data-import-preview]');
    const meta = this.querySelector('[data-import-meta]');
    const list = this.querySelector('[data-import-list]');
    if (!preview || !meta || !list) return;
    meta.textContent = `Berkas “${file.name}”, diekspor ${formatDateTime(result.exportedAt)}, berisi ${result.documents.length} data. Belum ada yang berubah sampai Anda menekan “Impor sekarang”.`;
    list.replaceChildren(
      ...result.documents.map((doc) => {
        const item = document.createElement('li');
        item.textContent = `${doc.label}: ${doc.summary} (disimpan ${formatDateTime(doc.savedAt)})`;
        return item;
      }),
    );
    if (result.skipped.length > 0) {
      const item = document.createElement('li');
      item.textContent = `${result.skipped.length} data tidak dikenal oleh versi ini dan akan dilewati.`;
      list.append(item);
    }
    preview.hidden = false;
    preview.querySelector<HTMLButtonElement>('[data-action="confirm-import"]')?.focus();
    await this.#previewMentorMerge(result);
  }

  /** What "Gabungkan" would change in the mentor's overview, one line per package and verdict (loaded only then). */
  async #previewMentorMerge(result: Extract<ImportResult, { ok: true }>): Promise<void> {
    const box = this.querySelector<HTMLElement>('[data-merge-preview]');
    const incoming = result.documents.find((doc) => doc.key === mentorDocument.key)?.data as MentorStore | undefined;
    if (!box) return;
    box.hidden = true;
    const current = incoming ? ((await storedData(mentorDocument)) as MentorStore | undefined) : undefined;
    if (!incoming || !current || mentorDocument.isEmpty(current) || this.#pendingImport !== result) return;
    const { describeMentorMerge, mergeSummary } = await import('@/domain/mentoring/merge-preview');
    const { counts, lines } = describeMentorMerge(current, incoming);
    box.querySelector('[data-merge-summary]')!.textContent = mergeSummary(counts);
    box.querySelector('[data-merge-list]')!.replaceChildren(
      ...(lines.length === 0 ? ['Tidak ada paket atau status tinjauan yang berubah.'] : lines).map((line) => {
        const item = document.createElement('li');
        item.textContent = line;
        return item;
      }),
    );
    box.hidden = false;
  }

  async confirmImport(): Promise<void> {
    if (!this.#pendingImport) return;
    const mode = (this.querySelector<HTMLInputElement>('input[name="import-mode"]:checked')?.value ?? 'merge') as ImportMode;
    const documents = this.#pendingImport.documents;
    this.cancelImport(false);
    this.#message('', 'Mengimpor…');
    const error = await applyImport(documents, mode);
    const count = documents.length;
    if (error) this.#message('bad', error);
    else this.#message('ok', `Impor selesai: ${count} data ${mode === 'replace' ? 'menggantikan data sebelumnya' : 'digabungkan'}.`);
    await this.#renderItems();
    void this.#renderUsage();
  }

  cancelImport(announce = true): void {
    this.#pendingImport = null;
    const preview = this.querySelector<HTMLElement>('[data-import-preview]');
    if (preview) preview.hidden = true;
    if (announce) this.#message('', 'Impor dibatalkan. Tidak ada yang berubah.');
  }

  async deleteAll(): Promise<void> {
    const ok = await this.#confirm(
      'Hapus semua data?',
      'Semua isian Siaga Krisis di peramban ini akan dihapus, termasuk salinan cadangan. Tindakan ini tidak dapat dibatalkan.',
    );
    if (!ok) return;
    await deleteEverything();
    await this.#renderItems();
    void this.#renderUsage();
    this.#message('ok', 'Semua data Siaga Krisis telah dihapus dari peramban ini.');
  }

  #message(tone: NoticeTone, text: string): void {
    const error = this.querySelector('[data-import-error]');
    const news = this.querySelector('[data-import-message]');
    if (!error || !news) return;
    writeNotice(tone === 'bad' ? news : error, '', '');
    writeNotice(tone === 'bad' ? error : news, tone, text);
  }

  #confirm(title: string, text: string): Promise<boolean> {
    const dialog = this.querySelector<HTMLDialogElement>('[data-confirm]');
    return dialog ? confirmed(dialog, { title, text }) : Promise.resolve(false);
  }
}

// Defined in a task of its own, after this module's evaluation: two short tasks rather than one long (README, "Start-up").
defineElement('my-data', MyDataElement, { nextTask: true });

declare global {
  interface HTMLElementTagNameMap {
    'my-data': MyDataElement;
  }
}
