/**
 * <risk-map-editor>: binds the rating form to the "siaga-krisis:peta-risiko" document and redraws the heat map,
 * the top risks and the register on every change.
 */
import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import { persistentDocument } from '@/state/persistent-document';
import { riskMapDocument } from '@/state/documents/risk-map';
import { profileDocument } from '@/state/documents/profile';
import { issueRegisterDocument } from '@/state/documents/monitoring';
import { recentCountsByType } from '@/domain/monitoring/reports';
import type { IssueRegister } from '@/schemas/monitoring';
import { setPrintUnit } from '@/components/shared/print-stamp';
import { heatMap, riskBand, riskScore, topRisks } from '@/domain/assessment/risk-map';
import type { CrisisType } from '@/schemas/crisis-type';
import type { RiskEntry, RiskMap } from '@/schemas/risk-map';
import { formatDateTime } from '@/components/shared/download';
import { h } from '@/components/shared/dom';
import { setText } from '@/components/shared/set-text';

import type { PracticeLink } from '@/domain/crisis-model/practice';
import { sitePath } from '@/components/shared/site-path';
import { SiteElement, defineElement, readPageData } from '@/components/shared/site-element';

/** A crisis type as RiskMap.astro hands it over: with the scenarios and drills that train for it. */
type TypeRef = Pick<CrisisType, 'id' | 'name'> & { practice?: PracticeLink[] };
const PRACTICE_KIND: Record<PracticeLink['kind'], string> = { simulasi: 'simulasi', 'siaran-pers': 'latihan siaran pers' };
const EMPTY_ENTRY: RiskEntry = { controls: '', owner: '' };

class RiskMapEditorElement extends SiteElement {
  #store = persistentDocument(riskMapDocument);
  #profile = persistentDocument(profileDocument);
  #issues = persistentDocument(issueRegisterDocument);
  #types: TypeRef[] = [];

  protected start(signal: AbortSignal): void {
    this.#types = readPageData<TypeRef[]>(this, 'crisis-types', 'id', 'name');
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement>(
      'select, input, textarea, button',
    )) {
      control.disabled = false;
    }
    this.dataset.ready = '';
    const form = this.querySelector<HTMLFormElement>('[data-form]');
    form?.addEventListener('input', (event) => this.saveField(event.target as HTMLInputElement), { signal });
    form?.addEventListener('submit', (event) => event.preventDefault(), { signal });
    this.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print(), { signal });
    this.watch(this.#store.$data, (map) => this.#render(map));
    // Beside each type, how often the issue register (/pemantauan/) met it lately: a check on the ratings.
    this.#issues.$data.subscribe((register) => this.#renderIssueCounts(register));
    // The printout names its unit and who drew it up, from the profile on "Data saya".
    this.watch(this.#profile.$data, (profile) => {
      setPrintUnit(profile.unitName);
      this.#printField('unit', profile.unitName);
      this.#printField('person', profile.personName);
    });
  }

  #renderIssueCounts(register: IssueRegister): void {
    const counts = recentCountsByType(register.entries, new Date().toISOString());
    for (const line of this.querySelectorAll<HTMLElement>('[data-type] [data-issue-count]')) {
      const typeId = line.closest<HTMLElement>('[data-type]')?.dataset.type ?? '';
      // Shown once the unit keeps a register; before that, "0 isu" beside every type would only be noise.
      line.hidden = register.entries.length === 0;
      setText(line, `Register pemantauan: ${counts.get(typeId) ?? 0} isu jenis ini dalam 90 hari terakhir.`);
    }
  }

  #printField(name: string, value: string): void {
    const field = this.querySelector(`[data-print="${name}"]`);
    if (field) field.textContent = value.trim() || '..............................';
  }

  saveField(field: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): void {
    const typeId = field.closest<HTMLElement>('[data-type]')?.dataset.type;
    if (!typeId) return;
    const name = field.name;
    this.#store.update((map) => {
      const entry: RiskEntry = { ...(map.entries[typeId] ?? EMPTY_ENTRY) };
      if (name === 'likelihood' || name === 'impact') {
        // An unrated value is left out, not stored as empty.
        if (field.value) entry[name] = Number(field.value);
        else delete entry[name];
      } else if (name === 'controls' || name === 'owner') {
        entry[name] = field.value;
      }
      return { entries: { ...map.entries, [typeId]: entry }, updatedAt: new Date().toISOString() };
    });
  }

  #render(map: RiskMap): void {
    for (const fieldset of this.querySelectorAll<HTMLElement>('[data-type]')) {
      const entry = map.entries[fieldset.dataset.type ?? ''] ?? EMPTY_ENTRY;
      for (const field of fieldset.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('[name]')) {
        const value = String(entry[field.name as keyof RiskEntry] ?? '');
        // Never rewrite the field the user is typing in: that would move the cursor.
        if (field !== document.activeElement && field.value !== value) field.value = value;
      }
      setText(
        fieldset.querySelector('[data-score]'),
        entry.likelihood !== undefined && entry.impact !== undefined
          ? `Skor ${riskScore(entry.likelihood, entry.impact)}: ${riskBand(riskScore(entry.likelihood, entry.impact)).name.toLowerCase()}`
          : '',
      );
    }
    this.#renderHeatMap(map);
    this.#renderTop(map);
    this.#renderRegister(map);
    const updated = this.querySelector('[data-print="updated"]');
    if (updated) updated.textContent = formatDateTime(map.updatedAt);
    const rated = topRisks(map, this.#types, this.#types.length).length;
    setText(
      this.querySelector('[data-status]'),
      `${rated} dari ${this.#types.length} jenis krisis sudah dinilai. ${map.updatedAt ? `Tersimpan otomatis, terakhir ${formatDateTime(map.updatedAt)}.` : 'Isian tersimpan otomatis di peramban ini.'}`,
    );
  }

  #number(typeId: string): number {
    return this.#types.findIndex((type) => type.id === typeId) + 1;
  }

  #renderHeatMap(map: RiskMap): void {
    for (const cell of heatMap(map, this.#types).flat()) {
      const chips = this.querySelector(`[data-cell="${cell.likelihood}-${cell.impact}"] [data-chips]`);
      chips?.replaceChildren(
        ...cell.risks.map((risk) =>
          h(
            'span',
            {},
            h('span', { class: 'rm-chip', title: risk.name, 'aria-hidden': 'true' }, String(this.#number(risk.typeId))),
            h('span', { class: 'sr-only' }, `${risk.name}; `),
          ),
        ),
      );
    }
  }

  #renderTop(map: RiskMap): void {
    const list = this.querySelector('[data-top]');
    if (!list) return;
    const top = topRisks(map, this.#types, 5);
    if (top.length === 0) {
      list.replaceChildren(h('li', {}, 'Belum ada jenis krisis yang dinilai kemungkinan dan dampaknya.'));
      return;
    }
    list.replaceChildren(
      ...top.map((risk) => {
        const entry = map.entries[risk.typeId] ?? EMPTY_ENTRY;
        const band = riskBand(risk.score);
        return h(
          'li',
          { 'data-top-risk': risk.typeId },
          h('strong', {}, `${risk.name}: skor ${risk.score} (${band.name.toLowerCase()})`),
          h(
            'span',
            { class: 'rm-top-meta' },
            `Kemungkinan ${risk.likelihood} × dampak ${risk.impact}. ${band.action} Pemilik: ${entry.owner || 'belum ditetapkan'}. Pengendalian: ${entry.controls || 'belum dicatat'}.`,
          ),
          this.#practice(risk.typeId),
        );
      }),
    );
  }

  /** "Latih: <simulation>, <drill>" for a top risk, or nothing when no material trains for its type yet. */
  #practice(typeId: string): HTMLElement | null {
    const links = this.#types.find((type) => type.id === typeId)?.practice ?? [];
    if (links.length === 0) return null;
    const items = links.map((link) => h('li', {}, h('a', { href: sitePath(link.href) }, link.title), ` (${PRACTICE_KIND[link.kind]})`));
    return h('span', { class: 'rm-practice sk-no-print' }, h('span', {}, 'Latih risiko ini:'), h('ul', {}, ...items));
  }

  #renderRegister(map: RiskMap): void {
    for (const row of this.querySelectorAll<HTMLElement>('[data-register]')) {
      const entry = map.entries[row.dataset.register ?? ''] ?? EMPTY_ENTRY;
      const score = entry.likelihood !== undefined && entry.impact !== undefined ? riskScore(entry.likelihood, entry.impact) : undefined;
      const cells: Record<string, string> = {
        likelihood: entry.likelihood?.toString() ?? '—',
        impact: entry.impact?.toString() ?? '—',
        score: score === undefined ? '—' : `${score} ${riskBand(score).name.toLowerCase()}`,
        controls: entry.controls,
        owner: entry.owner,
      };
      for (const cell of row.querySelectorAll<HTMLElement>('[data-col]')) cell.textContent = cells[cell.dataset.col ?? ''] ?? '';
    }
  }
}

// Defined in a task of its own, after this module's evaluation: two short tasks rather than one long (README, "Start-up").
declare global {
  interface HTMLElementTagNameMap {
    'risk-map-editor': RiskMapEditorElement;
  }
}

defineElement('risk-map-editor', RiskMapEditorElement, { nextTask: true });
