/**
 * <issue-register>: the form that adds (or changes) a finding, the list with early-warning flags and their reasons,
 * status changes, "Eskalasi" into the crisis room or the triage, and the daily summary. The weekly report, the month
 * view and CSV load only when the user asks for them (register-reports.ts, register-csv.ts).
 */
import '@/components/shared/storage-notices';
import { SiteElement, defineElement, readPageData } from '@/components/shared/site-element';
import { persistentDocument } from '@/state/persistent-document';
import { issueRegisterDocument } from '@/state/documents/monitoring';
import { riskMapDocument } from '@/state/documents/risk-map';
import { profileDocument } from '@/state/documents/profile';
import { topRisks } from '@/domain/assessment/risk-map';
import { TOP_RISK_COUNT, isOpen, registerWarnings, type Warning } from '@/domain/monitoring/rules';
import { dailySummary } from '@/domain/monitoring/reports';
import { escalate, nextNumber, replaceEntry, setStatus, topicEntries } from '@/domain/monitoring/register';
import {
  ISSUE_MEDIUM_NAMES,
  ISSUE_STATUSES,
  issueEntrySchema,
  type IssueEntry,
  type IssueRegister,
  type IssueStatus,
} from '@/schemas/monitoring';
import { ESCALATION_KEY } from '@/schemas/escalation';
import { escalationTarget } from './escalation-target';
import { copyText } from '@/components/shared/clipboard';
import { formatDateTime } from '@/components/shared/download';
import { setPrintUnit } from '@/components/shared/print-stamp';
import { h } from '@/components/shared/dom';
import { setText } from '@/components/shared/set-text';

type CrisisTypeRef = { id: string; name: string };

/** "2026-12-07T08:30" for a datetime-local field, in the browser's zone. */
function localInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

const newId = () => `i-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

class IssueRegisterElement extends SiteElement {
  #store = persistentDocument(issueRegisterDocument);
  #riskMap = persistentDocument(riskMapDocument);
  #types: CrisisTypeRef[] = [];
  #typeNames = new Map<string, string>();
  #statusNames = {} as Record<IssueStatus, string>;
  #warnings = new Map<string, Warning[]>();
  #form!: HTMLFormElement;
  #report: { kind: 'week'; offset: number } | { kind: 'month' } | null = null;

  protected start(): void {
    const data = readPageData<{ statusNames: Record<IssueStatus, string>; crisisTypes: CrisisTypeRef[] }>(
      this,
      'register',
      'statusNames',
      'crisisTypes',
    );
    this.#statusNames = data.statusNames;
    this.#types = data.crisisTypes;
    this.#typeNames = new Map(this.#types.map((t) => [t.id, t.name]));
    this.#form = this.find<HTMLFormElement>('form[data-add]');
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement>(
      'input, select, textarea, button',
    )) {
      control.disabled = false;
    }
    const share = this.find<HTMLButtonElement>('[data-action="share-daily"]');
    share.hidden = typeof navigator.share !== 'function';
    this.#resetForm();
    this.on(this.#form, 'submit', (event) => {
      event.preventDefault();
      this.saveEntry();
    });
    this.on(this, 'click', (event) => this.#click(event));
    this.on(this, 'change', (event) => {
      const target = event.target as HTMLElement;
      if (target.matches('[data-filter]')) this.#render(this.#store.$data.get());
      if (target instanceof HTMLSelectElement && target.dataset.statusOf)
        this.changeStatus(target.dataset.statusOf, target.value as IssueStatus);
      if (target.matches('[data-import]'))
        void this.#csv().then((csv) => csv.previewImport(this, target as HTMLInputElement, this.#store, this.#types));
    });
    this.watch(this.#store.$data, (register) => this.#render(register));
    this.watch(this.#riskMap.$data, () => this.#render(this.#store.$data.get()));
    this.watch(persistentDocument(profileDocument).$data, (profile) => setPrintUnit(profile.unitName));
    // The check-again rule depends on the clock: look again every minute.
    const timer = setInterval(() => this.#render(this.#store.$data.get()), 60_000);
    this.connection.addEventListener('abort', () => clearInterval(timer));
    this.dataset.ready = '';
  }

  #click(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const id = button.closest<HTMLElement>('[data-entry]')?.dataset.entry ?? '';
    switch (button.dataset.action) {
      case 'escalate':
        this.escalateEntry(id);
        break;
      case 'edit':
        this.editEntry(id);
        break;
      case 'follow-up':
        this.followUp(id);
        break;
      case 'cancel-edit':
        this.#resetForm();
        break;
      case 'copy-daily':
        void this.copyDaily();
        break;
      case 'share-daily':
        void navigator.share({ text: this.find<HTMLTextAreaElement>('[data-daily]').value }).catch(() => undefined);
        break;
      case 'week':
        this.#report = { kind: 'week', offset: Number(button.dataset.offset ?? 0) };
        void this.#drawReport(true);
        break;
      case 'month':
        this.#report = { kind: 'month' };
        void this.#drawReport(true);
        break;
      case 'print-report':
        this.dataset.printing = '';
        window.addEventListener('afterprint', () => delete this.dataset.printing, { once: true });
        window.print();
        break;
      case 'export-csv':
        void this.#csv().then((csv) => csv.exportCsv(this.#store.$data.get(), this.#typeNames, this));
        break;
    }
  }

  #csv() {
    return import('./register-csv');
  }

  #field<T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement = HTMLInputElement>(name: string): T {
    return this.#form.elements.namedItem(name) as T;
  }

  #radio(name: string): string {
    return (this.#form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '').trim();
  }

  #resetForm(): void {
    this.#form.reset();
    this.#field('id').value = '';
    this.#field('seenAt').value = localInput(new Date().toISOString());
    setText(this.find('[data-form-title]'), 'Catat temuan');
    setText(this.find('[data-submit]'), 'Simpan temuan');
    this.find('[data-action="cancel-edit"]').hidden = true;
    this.find('[data-error]').hidden = true;
  }

  /** Adds a new entry or saves the one being changed. Only the summary is required; the rest has defaults. */
  saveEntry(): void {
    const error = this.find('[data-error]');
    const summary = this.#field<HTMLTextAreaElement>('summary');
    if (!summary.value.trim()) {
      error.textContent = 'Tuliskan isunya dalam satu kalimat.';
      error.hidden = false;
      summary.setAttribute('aria-invalid', 'true');
      summary.setAttribute('aria-describedby', 'ir-summary-error');
      error.id = 'ir-summary-error';
      summary.focus();
      return;
    }
    summary.removeAttribute('aria-invalid');
    error.hidden = true;
    const now = new Date().toISOString();
    const register = this.#store.$data.get();
    const editing = this.#field('id').value;
    const current = register.entries.find((e) => e.id === editing);
    const id = current?.id ?? newId();
    const topic = this.#field<HTMLSelectElement>('topicId').value;
    const number = (name: string) =>
      this.#field<HTMLSelectElement>(name).value ? Number(this.#field<HTMLSelectElement>(name).value) : undefined;
    const checkAgainAt = fromLocalInput(this.#field('checkAgainAt').value);
    const level = number('level');
    const likelihood = number('likelihood');
    const impact = number('impact');
    const candidate: IssueEntry = {
      id,
      number: current?.number ?? nextNumber(register),
      seenAt: fromLocalInput(this.#field('seenAt').value) ?? now,
      medium: this.#field<HTMLSelectElement>('medium').value as IssueEntry['medium'],
      sourceName: this.#field('sourceName').value.trim(),
      sourceAddress: this.#field('sourceAddress').value.trim(),
      summary: summary.value.trim(),
      sentiment: (this.#radio('sentiment') || 'netral') as IssueEntry['sentiment'],
      reach: (this.#radio('reach') || 'rendah') as IssueEntry['reach'],
      crisisTypeId: this.#field<HTMLSelectElement>('crisisTypeId').value,
      ...(level ? { level } : {}),
      ...(likelihood ? { likelihood } : {}),
      ...(impact ? { impact } : {}),
      facts: this.#field<HTMLTextAreaElement>('facts').value.trim(),
      owner: this.#field('owner').value.trim(),
      action: this.#field<HTMLTextAreaElement>('action').value.trim(),
      status: this.#field<HTMLSelectElement>('status').value as IssueStatus,
      ...(checkAgainAt ? { checkAgainAt } : {}),
      topicId: topic || id,
      ...(current?.escalatedAt ? { escalatedAt: current.escalatedAt } : {}),
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    };
    const checked = issueEntrySchema.safeParse(candidate);
    if (!checked.success) {
      error.textContent = `Temuan belum dapat disimpan: kolom ${String(checked.error.issues[0]?.path[0] ?? '')} tidak sah.`;
      error.hidden = false;
      return;
    }
    this.#store.update((data) => (current ? replaceEntry(data, id, () => checked.data) : { entries: [...data.entries, checked.data] }));
    setText(
      this.find('[data-saved]'),
      current ? `Isu No. ${candidate.number} diperbarui.` : `Temuan disimpan sebagai No. ${candidate.number}.`,
    );
    this.#resetForm();
  }

  changeStatus(id: string, status: IssueStatus): void {
    if (!ISSUE_STATUSES.includes(status)) return;
    this.#store.update((data) => setStatus(data, id, status, new Date().toISOString()));
  }

  /** Loads an entry into the form to change it. */
  editEntry(id: string): void {
    const entry = this.#store.$data.get().entries.find((e) => e.id === id);
    if (!entry) return;
    this.#resetForm();
    const set = (name: string, value: string) => (this.#field(name).value = value);
    set('id', entry.id);
    set('summary', entry.summary);
    set('medium', entry.medium);
    set('sourceName', entry.sourceName);
    set('sourceAddress', entry.sourceAddress);
    set('seenAt', localInput(entry.seenAt));
    set('topicId', entry.topicId === entry.id ? '' : entry.topicId);
    set('crisisTypeId', entry.crisisTypeId);
    set('level', String(entry.level ?? ''));
    set('likelihood', String(entry.likelihood ?? ''));
    set('impact', String(entry.impact ?? ''));
    set('facts', entry.facts);
    set('owner', entry.owner);
    set('action', entry.action);
    set('status', entry.status);
    set('checkAgainAt', localInput(entry.checkAgainAt));
    for (const name of ['sentiment', 'reach']) {
      const value = entry[name as 'sentiment' | 'reach'];
      const radio = this.#form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
      if (radio) radio.checked = true;
    }
    this.find<HTMLDetailsElement>('[data-more]').open = true;
    setText(this.find('[data-form-title]'), `Ubah isu No. ${entry.number}`);
    setText(this.find('[data-submit]'), 'Simpan perubahan');
    this.find('[data-action="cancel-edit"]').hidden = false;
    this.#field<HTMLTextAreaElement>('summary').focus();
  }

  /** Starts a new entry on the same topic. */
  followUp(id: string): void {
    const entry = this.#store.$data.get().entries.find((e) => e.id === id);
    if (!entry) return;
    this.#resetForm();
    this.#field<HTMLSelectElement>('topicId').value = entry.topicId;
    this.#field<HTMLSelectElement>('crisisTypeId').value = entry.crisisTypeId;
    this.find<HTMLDetailsElement>('[data-more]').open = true;
    setText(
      this.find('[data-form-title]'),
      `Catat lanjutan topik No. ${this.#store.$data.get().entries.find((e) => e.id === entry.topicId)?.number ?? entry.number}`,
    );
    this.#field<HTMLTextAreaElement>('summary').focus();
  }

  /** Hands the issue over (sessionStorage, never the address), records the escalation, and opens the next page. */
  escalateEntry(id: string): void {
    const result = escalate(this.#store.$data.get(), id, new Date().toISOString());
    if (!result) return;
    try {
      sessionStorage.setItem(ESCALATION_KEY, JSON.stringify(result.handOver));
    } catch {
      // Without sessionStorage the next page opens empty; the register still records the escalation.
    }
    this.#store.update(() => result.register);
    location.assign(escalationTarget());
  }

  async copyDaily(): Promise<void> {
    const text = this.find<HTMLTextAreaElement>('[data-daily]').value;
    const copied = await copyText(text);
    setText(
      this.find('[data-daily-status]'),
      copied
        ? 'Ringkasan disalin. Tempel di WhatsApp untuk Kepala UPT.'
        : 'Peramban menolak menyalin. Pilih teks ringkasan lalu salin secara manual.',
    );
  }

  #topRisks(): Map<string, string> {
    return new Map(topRisks(this.#riskMap.$data.get(), this.#types, TOP_RISK_COUNT).map((r) => [r.typeId, r.name]));
  }

  #render(register: IssueRegister): void {
    const now = new Date().toISOString();
    this.#warnings = registerWarnings({ now, entries: register.entries, topRisks: this.#topRisks() });
    const filter = this.find<HTMLSelectElement>('[data-filter]').value;
    const shown = register.entries
      .filter((e) => filter === 'semua' || (filter === 'perhatian' ? this.#warnings.has(e.id) : isOpen(e)))
      .sort((a, b) => Number(this.#warnings.has(b.id)) - Number(this.#warnings.has(a.id)) || b.seenAt.localeCompare(a.seenAt));
    this.find('[data-list]').replaceChildren(...shown.map((entry) => this.#entryView(register, entry)));
    setText(
      this.find('[data-empty]'),
      register.entries.length === 0 ? 'Belum ada isu yang dicatat.' : shown.length === 0 ? 'Tidak ada isu untuk pilihan ini.' : '',
    );
    const flagged = this.#warnings.size;
    setText(
      this.find('[data-warn-count]'),
      flagged
        ? `${flagged} isu perlu perhatian sekarang. Isu itu tampil paling atas di register, dengan alasannya.`
        : 'Tidak ada isu yang perlu perhatian sekarang.',
    );
    this.#renderTopics(register);
    const daily = this.find<HTMLTextAreaElement>('[data-daily]');
    const text = dailySummary({ entries: register.entries, now, warnings: this.#warnings, crisisTypeNames: this.#typeNames });
    if (daily.value !== text) daily.value = text;
    if (this.#report) void this.#drawReport(false);
  }

  #renderTopics(register: IssueRegister): void {
    const select = this.#field<HTMLSelectElement>('topicId');
    const chosen = select.value;
    const starts = register.entries
      .filter((e) => e.topicId === e.id)
      .sort((a, b) => b.seenAt.localeCompare(a.seenAt))
      .slice(0, 50);
    select.replaceChildren(
      h('option', { value: '' }, '— topik baru —'),
      ...starts.map((e) =>
        h('option', { value: e.id }, `No. ${e.number}: ${e.summary.length > 60 ? `${e.summary.slice(0, 60)}…` : e.summary}`),
      ),
    );
    select.value = starts.some((e) => e.id === chosen) ? chosen : '';
  }

  #entryView(register: IssueRegister, entry: IssueEntry): HTMLLIElement {
    const warnings = this.#warnings.get(entry.id) ?? [];
    const topic = topicEntries(register, entry.topicId);
    const first = register.entries.find((e) => e.id === entry.topicId);
    const source = [ISSUE_MEDIUM_NAMES[entry.medium], entry.sourceName].filter(Boolean).join(': ');
    const type = this.#typeNames.get(entry.crisisTypeId);
    const statusId = `ir-status-${entry.id}`;
    return h(
      'li',
      { class: 'ir-entry', 'data-entry': entry.id, 'data-flagged': warnings.length > 0 },
      h('h3', {}, `No. ${entry.number} · ${entry.summary}`),
      h(
        'p',
        { class: 'ir-meta' },
        `${formatDateTime(entry.seenAt)} · ${source} · nada ${entry.sentiment}, jangkauan ${entry.reach}${type ? ` · ${type}` : ''}${entry.level ? ` · tingkat ${entry.level}` : ''}`,
      ),
      entry.sourceAddress ? h('p', { class: 'ir-meta' }, `Alamat sumber: ${entry.sourceAddress}`) : null,
      topic.length > 1
        ? h(
            'p',
            { class: 'ir-meta' },
            `Topik sama dengan No. ${first?.number ?? entry.number}: ${topic.length} catatan (${topic.map((e) => `No. ${e.number}`).join(', ')})`,
          )
        : null,
      entry.owner || entry.action
        ? h('p', { class: 'ir-meta' }, `Pemilik: ${entry.owner || '—'} · Tindakan: ${entry.action || '—'}`)
        : null,
      entry.checkAgainAt ? h('p', { class: 'ir-meta' }, `Cek ulang: ${formatDateTime(entry.checkAgainAt)}`) : null,
      entry.escalatedAt ? h('p', { class: 'ir-meta' }, `Dieskalasi: ${formatDateTime(entry.escalatedAt)}`) : null,
      warnings.length
        ? h('ul', { class: 'ir-flags', 'aria-label': 'Alasan perlu perhatian' }, ...warnings.map((w) => h('li', {}, w.reason)))
        : null,
      h(
        'div',
        { class: 'ir-entry-actions' },
        h(
          'label',
          { for: statusId },
          'Status',
          h(
            'select',
            { id: statusId, 'data-status-of': entry.id },
            ...ISSUE_STATUSES.map((s) => h('option', { value: s, selected: s === entry.status }, this.#statusNames[s])),
          ),
        ),
        warnings.length
          ? h(
              'button',
              { type: 'button', class: 'sk-button', 'data-variant': 'primary', 'data-action': 'escalate' },
              `Eskalasi No. ${entry.number}`,
            )
          : null,
        h('button', { type: 'button', class: 'sk-button', 'data-action': 'follow-up' }, 'Catat lanjutan topik'),
        h('button', { type: 'button', class: 'sk-button', 'data-action': 'edit' }, `Ubah No. ${entry.number}`),
      ),
    );
  }

  async #drawReport(focus: boolean): Promise<void> {
    const { drawReport } = await import('./register-reports');
    const target = this.find('[data-report]');
    if (!this.#report) return;
    drawReport(target, this.#store.$data.get(), this.#report, this.#typeNames);
    if (focus) target.focus();
  }
}

defineElement('issue-register', IssueRegisterElement, { nextTask: true });

declare global {
  interface HTMLElementTagNameMap {
    'issue-register': IssueRegisterElement;
  }
}
