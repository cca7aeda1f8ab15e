import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import { persistentDocument } from '@/state/persistent-document';
import { communicationPlansDocument } from '@/state/documents/communication-plans';
import type { CommunicationPlan, CommunicationPlans, PlanTemplate } from '@/schemas/communication-plan';
import {
  activePlan,
  addRow,
  createPlan,
  duplicatePlan,
  getPlanField,
  hasPersonalData,
  isPlanList,
  listAt,
  planTitle,
  removePlan,
  removeRow,
  rowTitle,
  setPlanField,
  upsertPlan,
  withoutPersonalData,
  type PlanList,
} from '@/domain/plan/plans';
import { validatePlan } from '@/domain/plan/validation';
import type { PlanFieldPath } from '@/domain/plan/field-paths';
import { overallPercent, planCompleteness, sectionPercent } from '@/domain/plan/completeness';
import {
  countMessageMap,
  countWords,
  describeMessageMapCount,
  HOLDING_STATEMENT_MAX_WORDS,
  speakingSeconds,
} from '@/domain/plan/message-map';
import { downloadBlob, downloadText, formatDateTime } from '@/components/shared/download';
import { setText } from '@/components/shared/set-text';
import type { OfferedRisk } from '@/domain/plan/risk-scenarios';
import type { RiskScenarioOfferElement } from './risk-scenario-offer';
import { SiteElement, defineElement, requiredPart, readPageData } from '@/components/shared/site-element';
import { ask, type DialogAnswer } from '@/components/shared/confirm-dialog';
import { writeNotice, type NoticeTone } from '@/components/shared/notice';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
/** A field's path in the plan, written by #linkField from the markup's data-field (typed in Field.astro). */
const fieldPath = (field: Field) => field.dataset.path as PlanFieldPath | undefined;

const newId = () => `rk-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const pad = (n: number) => String(n).padStart(2, '0');
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
// Made on first use (building a date format is slow on a phone): a new plan's page does not show a time.
let timeFormat: Intl.DateTimeFormat | undefined;
const timeNow = () => (timeFormat ??= new Intl.DateTimeFormat('id-ID', { timeStyle: 'short' })).format(new Date());
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
// Reading and writing plan files is needed only when the user asks for it: kept out of the page's first load.
const loadPlanFile = () => import('./plan-file-io');
// The paper version's code (outline, layout) is fetched once the builder has started, so that Ctrl+P finds it ready.
let paper: typeof import('./plan-paper') | undefined;
const loadPaper = async () => (paper ??= await import('./plan-paper'));

/**
 * <plan-builder>: the crisis communication plan builder. Keeps every plan in one persistent document,
 * autosaves on every keystroke, and shows completeness, validation and message-map counts as the user types.
 */
class PlanBuilderElement extends SiteElement {
  // Reading and checking the stored plans takes a while on a phone: done in the second step of start-up (#start).
  get #doc() {
    return persistentDocument(communicationPlansDocument);
  }
  #template!: PlanTemplate;
  /** A new plan shown before anything is saved: it is stored on the first change. */
  #draft: CommunicationPlan | null = null;
  /** The value this page last wrote: its echo needs no full re-render. */
  #lastWritten: CommunicationPlans | null = null;
  #pendingImport: CommunicationPlan | null = null;
  /** Closed sections not drawn yet for the plan on screen (see #renderAll). */
  #stale = new Set<HTMLElement>();
  /** True once start-up has enabled the controls: content put in place later is enabled at once. */
  #ready = false;
  #completeness: { plan: CommunicationPlan; sections: ReturnType<typeof planCompleteness> } | undefined;

  protected start(signal: AbortSignal): void {
    this.#template = readPageData<PlanTemplate>(this, 'template', 'roles', 'scenarios', 'levels');
    const form = this.find<HTMLFormElement>('[data-plan-form]');
    form.addEventListener('input', (event) => this.updateField(event.target as Field), { signal });
    form.addEventListener('submit', (event) => event.preventDefault(), { signal });
    this.addEventListener(
      'click',
      (event) => {
        const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
        if (button) void this.#runAction(button);
      },
      { signal },
    );
    this.#select.addEventListener('change', () => this.openPlan(this.#select.value), { signal });
    // Sent by <risk-scenario-offer> ("Ambil dari peta risiko") in the scenarios section.
    this.addEventListener('take-risks', (event) => void this.addScenariosFromRiskMap((event as CustomEvent<OfferedRisk[]>).detail), {
      signal,
    });
    this.find<HTMLInputElement>('[data-import-file]').addEventListener(
      'change',
      (event) => void this.readImportFile(event.target as HTMLInputElement),
      { signal },
    );
    // The paper version (several hundred elements) is built only when it is about to be printed: by the button,
    // by Ctrl+P (beforeprint), or when the page is shown as print (the "print" media query starts to match).
    window.addEventListener('beforeprint', () => this.#renderPaperNow(), { signal });
    matchMedia('print').addEventListener(
      'change',
      (event) => {
        if (event.matches) this.#renderPaperNow();
      },
      { signal },
    );

    this.find('[data-completeness]').addEventListener(
      'click',
      (event) => {
        const link = (event.target as HTMLElement).closest('a');
        const target = link && this.querySelector<HTMLElement>(link.hash);
        if (target) this.toggleSection(target, true);
      },
      { signal },
    );
    void this.#start(form, signal);
  }

  /**
   * The rest of start-up, in three steps that each run as a task of their own (not in the task that evaluated this
   * module): done at once, it kept a phone busy for long enough to feel frozen just after the page appeared. The
   * controls are enabled in the last step.
   */
  async #start(form: HTMLFormElement, signal: AbortSignal): Promise<void> {
    await nextTask();
    if (signal.aborted) return; // left the page meanwhile; a reconnection starts again
    // A long form reads better one section at a time: the page arrives with only the first open. A link to
    // another section (#bagian-kontak) opens that one instead.
    const linked = /^#bagian-[a-z-]+$/.test(location.hash) ? this.querySelector<HTMLElement>(`[data-section]${location.hash}`) : null;
    if (linked) for (const section of this.#sections) this.toggleSection(section, section === linked);
    this.#linkFieldsOutsideRows(form);
    await nextTask();
    this.watch(this.#doc.$data, (data) => {
      if (data === this.#lastWritten) this.#renderDerived();
      else this.#renderAll();
    });
    await nextTask();
    if (signal.aborted) return;
    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>(
      '[data-action], [data-import-file], [data-plan-select], [data-field]',
    )) {
      control.disabled = false;
    }
    this.#ready = true;
    void loadPaper();
  }

  get #select(): HTMLSelectElement {
    return this.find<HTMLSelectElement>('[data-plan-select]');
  }

  /** The plan on screen: the open stored plan, or the unsaved draft when there is none. */
  get #plan(): CommunicationPlan {
    const stored = activePlan(this.#doc.$data.get());
    if (stored) return stored;
    this.#draft ??= createPlan(this.#template, newId(), new Date());
    return this.#draft;
  }

  #write(data: CommunicationPlans): void {
    this.#lastWritten = data;
    this.#doc.set(data);
  }

  /** Saves a changed version of the plan on screen (the draft becomes a stored plan here). */
  #savePlan(plan: CommunicationPlan): void {
    this.#draft = null;
    this.#write(upsertPlan(this.#doc.$data.get(), { ...plan, updatedAt: new Date().toISOString() }));
  }

  updateField(field: Field): void {
    const path = fieldPath(field);
    if (!path) return;
    const next = setPlanField(this.#plan, path, field.value);
    if (next !== this.#plan) this.#savePlan(next);
  }

  openPlan(id: string): void {
    const data = this.#doc.$data.get();
    if (data.plans.some((p) => p.id === id)) this.#doc.set({ ...data, activeId: id });
  }

  async #runAction(button: HTMLButtonElement): Promise<void> {
    const action = button.dataset.action;
    const list = button.dataset.list ?? '';
    switch (action) {
      case 'toggle-section': {
        const section = button.closest<HTMLElement>('[data-section]')!;
        this.toggleSection(section, button.getAttribute('aria-expanded') !== 'true');
        return;
      }
      case 'add-row':
        if (isPlanList(list)) this.addListRow(list);
        return;
      case 'remove-row':
        return this.removeListRow(button.closest<HTMLElement>('[data-row]')!);
      case 'new-plan':
        return this.createNewPlan();
      case 'duplicate-plan':
        return this.duplicateCurrentPlan();
      case 'rename-plan':
        return this.renameCurrentPlan();
      case 'delete-plan':
        return this.deleteCurrentPlan();
      case 'print':
        await loadPaper();
        this.#renderPaperNow();
        window.print();
        return;
      case 'export-docx':
        return this.exportDocx();
      case 'export-json':
        return this.exportJson();
      case 'import-add':
        return this.confirmImport(false);
      case 'import-replace':
        return this.confirmImport(true);
      case 'import-cancel':
        this.cancelImport();
        this.#message('', 'Impor dibatalkan. Tidak ada yang berubah.');
    }
  }

  toggleSection(section: HTMLElement, open: boolean): void {
    section.querySelector('[data-action="toggle-section"]')?.setAttribute('aria-expanded', String(open));
    const body = section.querySelector<HTMLElement>('.plan-section__body');
    if (body) body.hidden = !open;
    if (open) this.#putContentInPlace(section);
    if (open) this.#drawIfStale(section);
    if (open && section.querySelector('risk-scenario-offer')) void this.#loadRiskOffer();
  }

  /** Reading the risk map is needed only where its risks are offered: loaded when that section is first opened. */
  async #loadRiskOffer(): Promise<void> {
    await import('./risk-scenario-offer');
    this.#riskOffer?.showPlan(this.#plan);
  }

  addListRow(list: PlanList): void {
    this.#savePlan(addRow(this.#plan, list, newId()));
    this.#renderAll();
    const rows = this.querySelectorAll(`[data-rows="${list}"] > [data-row]`);
    rows[rows.length - 1]?.querySelector<Field>('[data-field]')?.focus();
  }

  async removeListRow(row: HTMLElement): Promise<void> {
    const [list, index] = [row.dataset.row!.replace(/\.\d+$/, ''), Number(row.dataset.row!.split('.').pop())];
    if (!isPlanList(list)) return;
    const title = row.querySelector('[data-row-title]')?.textContent ?? 'baris ini';
    const hasText = [...row.querySelectorAll<Field>('input, textarea')].some((f) => f.value.trim() !== '');
    if (hasText && (await this.#confirm('Hapus baris?', `“${title}” dan isinya akan dihapus dari rencana ini.`, 'Ya, hapus')) !== 'ok')
      return;
    this.#savePlan(removeRow(this.#plan, list, index));
    this.#renderAll();
    this.querySelector<HTMLButtonElement>(`[data-action="add-row"][data-list="${list}"]`)?.focus();
    this.#message('ok', `“${title}” dihapus.`);
  }

  /** Adds the risks chosen from the crisis-risk map as scenarios, leaving out crisis types the plan already has. */
  async addScenariosFromRiskMap(risks: readonly OfferedRisk[]): Promise<void> {
    // Already fetched with the offer that sends the risks (risk-scenario-offer.ts imports it too).
    const { addRiskScenarios } = await import('@/domain/plan/risk-scenarios');
    const { plan, added, duplicates, overLimit } = addRiskScenarios(this.#plan, risks, () => newId());
    if (added.length > 0) {
      this.#savePlan(plan);
      this.#renderAll();
    }
    const names = (list: readonly OfferedRisk[]) => list.map((r) => `“${r.name}”`).join(', ');
    this.#riskOffer?.announce(
      [
        added.length > 0 ? `${added.length} skenario ditambahkan: ${names(added)}.` : 'Tidak ada skenario yang ditambahkan.',
        duplicates.length > 0 ? `Sudah ada di rencana: ${names(duplicates)}.` : '',
        overLimit.length > 0 ? `Tidak muat karena rencana sudah berisi skenario sebanyak batasnya: ${names(overLimit)}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  }

  /** The offer of the risk map's top risks, once its script is loaded (it is loaded when the scenarios section opens). */
  get #riskOffer(): RiskScenarioOfferElement | null {
    const offer = this.querySelector<RiskScenarioOfferElement>('risk-scenario-offer');
    return offer && 'showPlan' in offer ? offer : null;
  }

  async createNewPlan(): Promise<void> {
    const name = await this.#askName('Buat rencana baru', '');
    if (name === null) return;
    this.#draft = null;
    this.#write(upsertPlan(this.#doc.$data.get(), createPlan(this.#template, newId(), new Date(), name)));
    this.#renderAll();
    this.#message('ok', `Rencana “${name}” dibuat.`);
  }

  async duplicateCurrentPlan(): Promise<void> {
    const source = this.#plan;
    const name = await this.#askName('Duplikat rencana', `${planTitle(source)} (salinan)`);
    if (name === null) return;
    this.#write(upsertPlan(this.#doc.$data.get(), duplicatePlan(source, newId(), new Date(), name)));
    this.#renderAll();
    this.#message('ok', `Salinan “${name}” dibuat dan sekarang dibuka. Rencana asli tidak berubah.`);
  }

  async renameCurrentPlan(): Promise<void> {
    const name = await this.#askName('Ganti nama rencana', planTitle(this.#plan));
    if (name === null) return;
    this.#savePlan({ ...this.#plan, name });
    this.#renderAll();
    this.#message('ok', `Nama rencana diganti menjadi “${name}”.`);
  }

  async deleteCurrentPlan(): Promise<void> {
    const plan = this.#plan;
    const answer = await this.#confirm(
      'Hapus rencana?',
      `“${planTitle(plan)}” akan dihapus dari peramban ini. Tindakan ini tidak dapat dibatalkan; unduh JSON terlebih dahulu bila masih diperlukan.`,
      'Ya, hapus',
    );
    if (answer !== 'ok') return;
    this.#draft = null;
    this.#write(removePlan(this.#doc.$data.get(), plan.id));
    this.#renderAll();
    this.#message('ok', `Rencana “${planTitle(plan)}” dihapus.`);
  }

  /** Asks whether a file may carry officers' names and phone numbers; null when the user cancels. */
  async #planForFile(): Promise<CommunicationPlan | null> {
    const plan = this.#plan;
    if (!hasPersonalData(plan)) return plan;
    const answer = await this.#confirm(
      'Sertakan data pribadi?',
      'Rencana ini berisi nama dan nomor telepon petugas. Data pribadi itu akan ikut tertulis di berkas dan berpindah bersama berkasnya. Bagikan berkas hanya kepada yang berhak.',
      'Sertakan nama dan nomor',
      'Tanpa nama dan nomor',
    );
    if (answer === 'ok') return plan;
    if (answer === 'alt') return withoutPersonalData(plan);
    return null;
  }

  async exportDocx(): Promise<void> {
    const plan = await this.#planForFile();
    if (!plan) return;
    this.#message('', 'Menyiapkan berkas Word…');
    try {
      // The docx library is large: it is fetched from this site only now, when a file is asked for.
      const [{ planDocxBlob }, { planFileName }] = await Promise.all([import('@/domain/plan/plan-docx'), loadPlanFile()]);
      const name = planFileName(plan, new Date(), 'docx');
      downloadBlob(name, await planDocxBlob((await loadPaper()).planOutline(plan)));
      this.#message('ok', `Berkas ${name} dibuat${hasPersonalData(plan) ? '' : ' tanpa nama dan nomor telepon'}.`);
    } catch {
      this.#message('bad', 'Berkas Word tidak dapat dibuat. Periksa sambungan ke situs ini lalu coba lagi, atau gunakan tombol Cetak.');
    }
  }

  async exportJson(): Promise<void> {
    const plan = await this.#planForFile();
    if (!plan) return;
    const { buildPlanFile, planFileName } = await loadPlanFile();
    const now = new Date();
    const name = planFileName(plan, now, 'json');
    downloadText(name, JSON.stringify(buildPlanFile(plan, communicationPlansDocument.version, now), null, 2));
    this.#message('ok', `Berkas ${name} dibuat${hasPersonalData(plan) ? '' : ' tanpa nama dan nomor telepon'}.`);
  }

  async readImportFile(input: HTMLInputElement): Promise<void> {
    this.cancelImport();
    const file = input.files?.[0];
    if (!file) return;
    const { checkImportSize, parsePlanFile } = await loadPlanFile();
    const tooBig = checkImportSize(file.size);
    const result = tooBig && !tooBig.ok ? tooBig : parsePlanFile(await file.text(), communicationPlansDocument);
    input.value = '';
    if (!result.ok) {
      this.#message('bad', result.message);
      return;
    }
    const plan = result.plan;
    this.#pendingImport = plan;
    this.#message('', '');
    const sections = planCompleteness(plan);
    const existing = this.#doc.$data.get().plans.find((p) => p.id === plan.id);
    const summary: Array<[string, string]> = [
      ['Berkas', file.name],
      ['Nama rencana', planTitle(plan)],
      ['Unit', plan.identity.unitName || '—'],
      ['Versi', plan.identity.version || '—'],
      ['Terakhir diubah', formatDateTime(plan.updatedAt)],
      ['Kelengkapan', `${overallPercent(sections)}%`],
      ['Isi', `${plan.team.length} peran, ${plan.contacts.length} kontak, ${plan.scenarios.length} skenario`],
      ['Data pribadi', hasPersonalData(plan) ? 'Ada nama atau nomor telepon petugas' : 'Tidak ada'],
    ];
    const list = this.find('[data-import-summary]');
    list.replaceChildren(
      ...summary.flatMap(([label, value]) => {
        const dt = document.createElement('dt');
        dt.textContent = label;
        const dd = document.createElement('dd');
        dd.textContent = value;
        return [dt, dd];
      }),
    );
    const replace = this.find<HTMLButtonElement>('[data-action="import-replace"]');
    replace.hidden = !existing;
    if (existing) replace.textContent = `Ganti “${planTitle(existing)}” yang sudah ada`;
    const preview = this.find<HTMLElement>('[data-import-preview]');
    preview.hidden = false;
    preview.querySelector<HTMLButtonElement>('[data-action="import-add"]')?.focus();
  }

  confirmImport(replace: boolean): void {
    const incoming = this.#pendingImport;
    if (!incoming) return;
    const data = this.#doc.$data.get();
    const taken = data.plans.some((p) => p.id === incoming.id);
    const plan = replace || !taken ? incoming : duplicatePlan(incoming, newId(), new Date(), `${planTitle(incoming)} (impor)`);
    this.#draft = null;
    this.#write(upsertPlan(this.#doc.$data.get(), plan));
    this.cancelImport();
    this.#renderAll();
    this.#message('ok', `Rencana “${planTitle(plan)}” ${replace ? 'menggantikan rencana yang sama' : 'ditambahkan'} dan sekarang dibuka.`);
  }

  cancelImport(): void {
    this.#pendingImport = null;
    this.find<HTMLElement>('[data-import-preview]').hidden = true;
  }

  // ——— rendering ———

  /**
   * Everything: the plan list, what derives from the plan, and every section's rows and values. Open sections are
   * drawn at once; closed ones (most of the form) when they are opened.
   */
  #renderAll(): void {
    const plan = this.#plan;
    // The plan's name sits above the sections, in the form, and changes with the plan on screen.
    const name = this.find<HTMLInputElement>('[data-path="name"]');
    if (name !== document.activeElement && name.value !== plan.name) name.value = plan.name;
    for (const section of this.#sections) {
      if (this.#isOpen(section)) this.#drawSection(section, plan);
      else this.#stale.add(section);
    }
    this.#renderDerived();
  }

  get #sections(): NodeListOf<HTMLElement> {
    return this.querySelectorAll<HTMLElement>('[data-section]');
  }

  #isOpen(section: HTMLElement): boolean {
    return section.querySelector('[data-action="toggle-section"]')?.getAttribute('aria-expanded') === 'true';
  }

  /** A section's rows and its fields' values, for the plan on screen. */
  #drawSection(section: HTMLElement, plan: CommunicationPlan): void {
    this.#stale.delete(section);
    for (const container of section.querySelectorAll<HTMLElement>('[data-rows]')) {
      const list = container.dataset.rows!;
      if (isPlanList(list)) this.#renderRows(container, list, listAt(plan, list).length);
    }
    for (const field of section.querySelectorAll<Field>('[data-field]')) {
      const path = fieldPath(field);
      const value = (path && getPlanField(plan, path)) ?? '';
      // Never rewrite the field the user is typing in: that would move the cursor.
      if (field !== document.activeElement && field.value !== value) field.value = value;
    }
  }

  /** Draws a section not drawn yet for the plan on screen, with its messages, counts and row titles. */
  #drawIfStale(section: HTMLElement): void {
    if (!this.#stale.has(section)) return;
    const plan = this.#plan;
    this.#drawSection(section, plan);
    this.#renderSectionDerived(section, plan, this.#issues(plan));
  }

  /**
   * A section that starts closed arrives with its content in a <template> (SectionContent.astro), so that loading the
   * page does not lay out or scan two hundred fields. Put in place, linked and enabled when the section is first opened.
   */
  #putContentInPlace(section: HTMLElement): void {
    const template = section.querySelector<HTMLTemplateElement>('template[data-section-content]');
    if (!template) return;
    template.replaceWith(template.content);
    this.#linkFieldsOutsideRows(section);
    if (this.#ready)
      for (const control of section.querySelectorAll<HTMLButtonElement | Field>('[data-action], [data-field]')) control.disabled = false;
  }

  /** Makes a list show `count` rows (cloned from its template) and gives every field its path and ids. */
  #renderRows(container: HTMLElement, list: PlanList, count: number): void {
    const template = this.find<HTMLTemplateElement>(`template[data-row-template="${list}"]`);
    const rows = [...container.querySelectorAll<HTMLElement>(':scope > [data-row]')];
    for (const extra of rows.slice(count)) extra.remove();
    for (let i = rows.length; i < count; i++) {
      const clone = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
      for (const control of clone.querySelectorAll<HTMLButtonElement | Field>('button, input, textarea, select')) control.disabled = false;
      container.append(clone);
    }
    container.querySelectorAll<HTMLElement>(':scope > [data-row]').forEach((row, index) => {
      // A row whose fields already have their paths (the same row as before) needs no new ids.
      if (row.dataset.row === `${list}.${index}`) return;
      row.dataset.row = `${list}.${index}`;
      for (const field of row.querySelectorAll<Field>('[data-field]')) this.#linkField(field, `${list}.${index}.${field.dataset.field}`);
      for (const error of row.querySelectorAll<HTMLElement>('[data-error-field]'))
        error.dataset.path = `${list}.${index}.${error.dataset.errorField}`;
    });
  }

  /** Fields outside rows have their path in data-field; rows are linked when they are rendered. */
  #linkFieldsOutsideRows(root: ParentNode): void {
    for (const field of root.querySelectorAll<Field>('[data-field]')) {
      if (!field.closest('[data-row]')) this.#linkField(field, field.dataset.field!);
    }
  }

  #linkField(field: Field, path: string): void {
    field.dataset.path = path;
    field.id = `rk-${path.replace(/\./g, '-')}`;
    const box = field.closest('.plan-field');
    const hint = box?.querySelector<HTMLElement>('[data-hint]');
    const error = box?.querySelector<HTMLElement>('[data-error]');
    if (hint) hint.id = `${field.id}-petunjuk`;
    if (error) error.id = `${field.id}-galat`;
    const described = [hint?.id, error && !error.hidden ? error.id : undefined].filter(Boolean).join(' ');
    if (described) field.setAttribute('aria-describedby', described);
    else field.removeAttribute('aria-describedby');
  }

  #issues(plan: CommunicationPlan): Map<string, string> {
    return new Map(validatePlan(plan, today()).map((issue) => [issue.path, issue.message]));
  }

  /** What follows from the plan's values: the plan list, completeness, and each drawn section's messages, counts and titles. */
  #renderDerived(): void {
    const plan = this.#plan;
    this.#renderPlanList(plan);
    this.#renderCompleteness(plan);
    const issues = this.#issues(plan);
    for (const section of this.#sections) if (!this.#stale.has(section)) this.#renderSectionDerived(section, plan, issues);
    this.#riskOffer?.showPlan(plan);
    const state = this.#doc.$status.get().state;
    // A live region: written only when its words change, not on every keystroke (setText).
    setText(
      this.querySelector('[data-save-status]'),
      this.#draft
        ? 'Rencana ini tersimpan begitu Anda mulai mengisi. Mulailah dengan namanya.'
        : state === 'saved' || state === 'updated-elsewhere'
          ? `Tersimpan otomatis di peramban ini, pukul ${timeNow()}.`
          : 'Perubahan belum tersimpan: lihat pemberitahuan di atas.',
    );
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action="duplicate-plan"], [data-action="delete-plan"]'))
      button.disabled = this.#draft !== null;
  }

  #renderSectionDerived(section: HTMLElement, plan: CommunicationPlan, issues: Map<string, string>): void {
    this.#renderSectionStatus(section, plan);
    this.#renderIssues(section, issues);
    this.#renderCounts(section, plan);
    for (const row of section.querySelectorAll<HTMLElement>('[data-row]')) {
      const path = row.dataset.row ?? '';
      const list = path.replace(/\.\d+$/, '');
      if (!isPlanList(list)) continue;
      const index = Number(path.split('.').pop());
      const data = listAt(plan, list)[index];
      if (data === undefined) continue; // a row about to be removed by #renderAll
      const title = rowTitle(list, data, index);
      const legend = row.querySelector('[data-row-title]');
      if (legend && legend.textContent !== title) legend.textContent = title;
      row.querySelector('[data-action="remove-row"]')?.setAttribute('aria-label', `Hapus ${title}`);
    }
  }

  #renderPlanList(open: CommunicationPlan): void {
    const { plans } = this.#doc.$data.get();
    const listed = plans.length > 0 ? plans : [open];
    const labels = listed.map((p) => (plans.length > 0 ? planTitle(p) : `${planTitle(p)} (belum disimpan)`));
    const current = [...this.#select.options];
    if (current.length !== listed.length || current.some((o, i) => o.value !== listed[i]!.id || o.text !== labels[i])) {
      this.#select.replaceChildren(...listed.map((p, i) => new Option(labels[i], p.id)));
    }
    this.#select.value = open.id;
  }

  #renderIssues(section: HTMLElement, issues: Map<string, string>): void {
    for (const target of section.querySelectorAll<HTMLElement>('[data-path]')) {
      const path = target.dataset.path!;
      const message = issues.get(path) ?? '';
      const isField = target.matches('input, textarea, select');
      const box = target.closest('.plan-field');
      let error = isField ? box?.querySelector<HTMLElement>('[data-error]') : target;
      if ((error?.textContent ?? '') === message) continue;
      // A field's message element is made the first time it has something to say (most fields never do).
      if (!error && box) error = box.appendChild(Object.assign(document.createElement('p'), { className: 'plan-field__error' }));
      if (!error) continue;
      error.dataset.error = '';
      error.textContent = message;
      error.hidden = !message;
      if (isField) {
        if (message) target.setAttribute('aria-invalid', 'true');
        else target.removeAttribute('aria-invalid');
        this.#linkField(target as Field, path); // the message becomes, or stops being, part of its description
      }
    }
  }

  /** The plan's completeness, worked out once per version of the plan (the meters and each drawn section use it). */
  #completenessOf(plan: CommunicationPlan): ReturnType<typeof planCompleteness> {
    if (this.#completeness?.plan !== plan) this.#completeness = { plan, sections: planCompleteness(plan) };
    return this.#completeness.sections;
  }

  /** The meters in the completeness panel and each section's badge; a section's own list is drawn with the section. */
  #renderCompleteness(plan: CommunicationPlan): void {
    const sections = this.#completenessOf(plan);
    setText(
      this.querySelector('[data-overall]'),
      `Rencana “${planTitle(plan)}” lengkap ${overallPercent(sections)}%. Buka bagian yang belum lengkap untuk melihat yang masih kurang.`,
    );
    for (const section of sections) {
      const percent = sectionPercent(section);
      const meter = this.querySelector(`[data-meter="${section.id}"]`);
      const bar = meter?.querySelector('progress');
      if (bar) bar.value = percent;
      setText(meter?.querySelector('[data-meter-text]'), `${section.done}/${section.total} (${percent}%)`);
      setText(this.querySelector(`[data-section="${section.id}"] [data-section-badge]`), `${section.done}/${section.total}`);
    }
  }

  /** What a section still lacks, in its "Kelengkapan bagian ini" box. */
  #renderSectionStatus(sectionElement: HTMLElement, plan: CommunicationPlan): void {
    const section = this.#completenessOf(plan).find((s) => s.id === sectionElement.dataset.section);
    const box = sectionElement.querySelector<HTMLElement>('[data-section-status]');
    if (!section || !box) return;
    const complete = section.missing.length === 0;
    box.toggleAttribute('data-complete', complete);
    setText(
      box.querySelector('[data-section-summary]'),
      complete
        ? `Bagian ini lengkap (${section.done} dari ${section.total}).`
        : `Kelengkapan ${section.done} dari ${section.total}: ${section.total - section.done} hal belum diisi.`,
    );
    box.querySelector('[data-section-missing]')!.replaceChildren(
      ...section.missing.map((text) => {
        const item = document.createElement('li');
        item.textContent = text;
        return item;
      }),
    );
  }

  #renderCounts(section: HTMLElement, plan: CommunicationPlan): void {
    plan.scenarios.forEach((scenario, i) => {
      const row = section.querySelector(`[data-row="scenarios.${i}"]`);
      if (!row) return;
      const words = countWords(scenario.holdingStatement);
      const holding = row.querySelector<HTMLElement>('[data-holding-count]');
      if (holding) {
        setText(holding, `Pernyataan awal: ${words} dari ${HOLDING_STATEMENT_MAX_WORDS} kata · ±${speakingSeconds(words)} detik`);
        holding.dataset.tone = words > HOLDING_STATEMENT_MAX_WORDS ? 'bad' : '';
      }
      const count = countMessageMap(scenario.messages);
      const map = row.querySelector<HTMLElement>('[data-map-count]');
      if (map) {
        setText(map, `Peta pesan: ${describeMessageMapCount(count)}`);
        map.dataset.tone = !count.withinWords ? 'bad' : count.allMessages ? 'ok' : '';
      }
    });
  }

  #renderPaperNow(): void {
    const container = this.querySelector<HTMLElement>('[data-paper]');
    if (!container) return;
    // Drawn at once when its code is here (Ctrl+P prints right after beforeprint); asked for before the code arrived
    // (a slow phone, just after start-up), drawn when it arrives instead of never.
    if (paper) paper.renderPlanPaper(container, this.#plan);
    else void loadPaper().then(() => this.#renderPaperNow());
  }

  #message(tone: NoticeTone, text: string): void {
    writeNotice(this.find('[data-message]'), tone, text);
  }

  async #askName(title: string, initial: string): Promise<string | null> {
    const dialog = this.find<HTMLDialogElement>('[data-name-dialog]');
    const input = requiredPart<HTMLInputElement>(dialog, '[data-name-input]');
    input.value = initial;
    const answer = ask(dialog, { title });
    input.select();
    return (await answer) === 'ok' && input.value.trim() ? input.value.trim().slice(0, input.maxLength) : null;
  }

  /** Resolves to 'ok', 'alt' (when an alternative is offered) or 'cancel'. */
  #confirm(title: string, text: string, ok: string, alt = ''): Promise<DialogAnswer> {
    return ask(this.find<HTMLDialogElement>('dialog[data-confirm]'), { title, text, ok, alt });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-builder': PlanBuilderElement;
  }
}

defineElement('plan-builder', PlanBuilderElement);
