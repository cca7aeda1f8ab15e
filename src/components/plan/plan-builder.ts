// <plan-builder>: start-up, the actions of its buttons, and saving; drawing is in plan-view.ts, derived values in plan-stores.ts.
import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import { persistentDocument } from '@/state/persistent-document';
import { communicationPlansDocument } from '@/state/documents/communication-plans';
import type { CommunicationPlan, CommunicationPlans, PlanTemplate } from '@/schemas/communication-plan';
import {
  addRow,
  createPlan,
  duplicatePlan,
  getPlanField,
  isPlanList,
  listAt,
  planTitle,
  removePlan,
  removeRow,
  setPlanField,
  upsertPlan,
  type PlanList,
} from '@/domain/plan/plans';
import type { PlanFieldPath } from '@/domain/plan/field-paths';
import type { OfferedRisk } from '@/domain/plan/risk-scenarios';
import type { RiskScenarioOfferElement } from './risk-scenario-offer';
import { SiteElement, defineElement, requiredPart, readPageData } from '@/components/shared/site-element';
import { ask, type DialogAnswer } from '@/components/shared/confirm-dialog';
import { writeNotice, type NoticeTone } from '@/components/shared/notice';
import { setText } from '@/components/shared/set-text';
import { planStores } from './plan-stores';
import type { PlanFilesHost } from './plan-files';
import {
  linkFieldsOutsideRows,
  renderCompleteness,
  renderCounts,
  renderIssues,
  renderPlanList,
  renderRows,
  renderRowTitles,
  renderSectionStatus,
  type Field,
} from './plan-view';

/** A field's path in the plan, written by plan-view.ts from the markup's data-field (typed in Field.astro). */
const fieldPath = (field: Field) => field.dataset.path as PlanFieldPath | undefined;
const newId = () => `rk-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
// Made on first use (building a date format is slow on a phone): a new plan's page does not show a time.
let timeFormat: Intl.DateTimeFormat | undefined;
const timeNow = () => (timeFormat ??= new Intl.DateTimeFormat('id-ID', { timeStyle: 'short' })).format(new Date());
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
// Files (export, import) are needed only when the user asks for them: kept out of the page's first load.
const loadFiles = () => import('./plan-files');
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
  #madeStores: ReturnType<typeof planStores> | undefined;
  /** The value this page last wrote: its echo needs no full re-render. */
  #lastWritten: CommunicationPlans | null = null;
  #pendingImport: CommunicationPlan | null = null;
  /** Closed sections not drawn yet for the plan on screen (see #renderAll). */
  #stale = new Set<HTMLElement>();
  /** True once start-up has enabled the controls: content put in place later is enabled at once. */
  #ready = false;

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
    linkFieldsOutsideRows(form);
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

  #newDraft(): CommunicationPlan {
    return createPlan(this.#template, newId(), new Date());
  }

  /** The plan on screen and what derives from it; made on first use (reading the stored plans is the slow part). */
  get #stores(): ReturnType<typeof planStores> {
    return (this.#madeStores ??= planStores(this.#doc, this.#newDraft()));
  }

  get #select(): HTMLSelectElement {
    return this.find<HTMLSelectElement>('[data-plan-select]');
  }

  /** The plan on screen: the open stored plan, or the unsaved draft when there is none. */
  get #plan(): CommunicationPlan {
    return this.#stores.$plan.get();
  }

  #write(data: CommunicationPlans): void {
    this.#lastWritten = data;
    this.#doc.set(data);
  }

  /** Saves a changed version of the plan on screen (the draft becomes a stored plan here). */
  #savePlan(plan: CommunicationPlan): void {
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
    const list = button.dataset.list ?? '';
    switch (button.dataset.action) {
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
        return (await loadFiles()).exportDocx(this.#filesHost());
      case 'export-json':
        return (await loadFiles()).exportJson(this.#filesHost());
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
    if (!open) return;
    this.#putContentInPlace(section);
    this.#drawIfStale(section);
    if (section.querySelector('risk-scenario-offer')) void this.#loadRiskOffer();
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
    // With the last plan gone, a new draft is shown (not the first one, which became the plan just deleted).
    this.#stores.$draft.set(this.#newDraft());
    this.#write(removePlan(this.#doc.$data.get(), plan.id));
    this.#renderAll();
    this.#message('ok', `Rencana “${planTitle(plan)}” dihapus.`);
  }

  async readImportFile(input: HTMLInputElement): Promise<void> {
    this.cancelImport();
    const file = input.files?.[0];
    if (!file) return;
    const { previewPlanFile } = await loadFiles();
    this.#pendingImport = await previewPlanFile(this.#filesHost(), file);
    input.value = '';
  }

  confirmImport(replace: boolean): void {
    const incoming = this.#pendingImport;
    if (!incoming) return;
    const data = this.#doc.$data.get();
    const taken = data.plans.some((p) => p.id === incoming.id);
    const plan = replace || !taken ? incoming : duplicatePlan(incoming, newId(), new Date(), `${planTitle(incoming)} (impor)`);
    this.#write(upsertPlan(data, plan));
    this.cancelImport();
    this.#renderAll();
    this.#message('ok', `Rencana “${planTitle(plan)}” ${replace ? 'menggantikan rencana yang sama' : 'ditambahkan'} dan sekarang dibuka.`);
  }

  /** What plan-files.ts works with. */
  #filesHost(): PlanFilesHost {
    return {
      root: this,
      plan: this.#plan,
      stored: this.#doc.$data.get().plans,
      message: (tone, text) => this.#message(tone, text),
      confirm: (title, text, ok, alt) => this.#confirm(title, text, ok, alt),
    };
  }

  cancelImport(): void {
    this.#pendingImport = null;
    this.find<HTMLElement>('[data-import-preview]').hidden = true;
  }

  // ——— drawing (the DOM work itself is in plan-view.ts) ———

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
      if (isPlanList(list)) renderRows(this, container, list, listAt(plan, list).length);
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
    this.#drawSection(section, this.#plan);
    this.#renderSectionDerived(section);
  }

  /**
   * A section that starts closed arrives with its content in a <template> (SectionContent.astro), so that loading the
   * page does not lay out or scan two hundred fields. Put in place, linked and enabled when the section is first opened.
   */
  #putContentInPlace(section: HTMLElement): void {
    const template = section.querySelector<HTMLTemplateElement>('template[data-section-content]');
    if (!template) return;
    template.replaceWith(template.content);
    linkFieldsOutsideRows(section);
    if (this.#ready)
      for (const control of section.querySelectorAll<HTMLButtonElement | Field>('[data-action], [data-field]')) control.disabled = false;
  }

  /** What follows from the plan's values: the plan list, completeness, and each drawn section's messages, counts and titles. */
  #renderDerived(): void {
    const plan = this.#plan;
    const isDraft = this.#stores.$isDraft.get();
    renderPlanList(this.#select, this.#doc.$data.get().plans, plan);
    renderCompleteness(this, plan, this.#stores.$completeness.get());
    for (const section of this.#sections) if (!this.#stale.has(section)) this.#renderSectionDerived(section);
    this.#riskOffer?.showPlan(plan);
    const state = this.#doc.$status.get().state;
    // A live region: written only when its words change, not on every keystroke (setText).
    setText(
      this.querySelector('[data-save-status]'),
      isDraft
        ? 'Rencana ini tersimpan begitu Anda mulai mengisi. Mulailah dengan namanya.'
        : state === 'saved' || state === 'updated-elsewhere'
          ? `Tersimpan otomatis di peramban ini, pukul ${timeNow()}.`
          : 'Perubahan belum tersimpan: lihat pemberitahuan di atas.',
    );
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action="duplicate-plan"], [data-action="delete-plan"]'))
      button.disabled = isDraft;
  }

  #renderSectionDerived(section: HTMLElement): void {
    const plan = this.#plan;
    renderSectionStatus(section, this.#stores.$completeness.get());
    renderIssues(section, this.#stores.$issues.get());
    renderCounts(section, plan);
    renderRowTitles(section, plan);
  }

  #renderPaperNow(): void {
    const container = this.querySelector<HTMLElement>('[data-paper]');
    if (!container) return;
    // Drawn at once when its code is here (Ctrl+P prints right after beforeprint); asked for before the code arrived
    // (a slow phone, just after start-up), drawn when it arrives instead of never.
    if (paper) paper.renderPlanPaper(container, this.#plan);
    else void loadPaper().then(() => this.#renderPaperNow());
  }

  // ——— dialogs and messages ———

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
