/**
 * <press-release-drill>: makes a drill live. The user types; the draft is saved and the release is analysed after
 * a pause (never on the keystroke itself), and the feedback list is updated in place, item by item, so neither the
 * cursor nor the page moves. Submitting scores the release against the drill's rubric and keeps the attempt.
 */
import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import { persistentDocument } from '@/state/persistent-document';
import { MAX_ATTEMPTS, pressReleaseDocument } from '@/state/documents/press-release';
import { profileDocument } from '@/state/documents/profile';
import { emptyParts, headlineOf, joinRelease, splitRelease, PART_KEYS, PART_LABELS, type ReleaseParts } from '@/domain/press-release/parts';
import type { Finding } from '@/domain/press-release/rules';
import type { RubricScore } from '@/domain/press-release/rubric';
import { formatDuration, renderAttemptRows } from './attempt-rows';
import type { ReleaseKind, RubricCriterion } from '@/schemas/press-release-drill';
import type { ReleaseAttempt, ReleaseDraft } from '@/schemas/press-release-work';
import { downloadBlob } from '@/components/shared/download';
import { setText } from '@/components/shared/set-text';
import { sitePath } from '@/components/shared/site-path';
import { SiteElement, defineElement } from '@/components/shared/site-element';
import { updateKeyedList } from '@/components/shared/keyed-list';

const ANALYSIS_DELAY_MS = 300;
const SAVE_DELAY_MS = 500;

const work = persistentDocument(pressReleaseDocument);
const profile = persistentDocument(profileDocument);

type Checker = typeof import('./checker');
let checker: Promise<Checker> | undefined;
/** The checker is fetched once, when there is something to check (see checker.ts). */
const loadChecker = (): Promise<Checker> => (checker ??= import('./checker'));

class PressReleaseDrillElement extends SiteElement {
  #id = '';
  #title = '';
  #minutes = 0;
  #drillKind: ReleaseKind | undefined;
  #rubric: RubricCriterion[] = [];
  #moduleTitles: Record<string, string> = {};
  #form!: HTMLFormElement;
  #analysisTimer = 0;
  #saveTimer = 0;
  #tick = 0;
  #timeUpAnnounced = false;

  protected start(signal: AbortSignal): void {
    const data = this.dataset;
    this.#id = data.drillId ?? 'bebas';
    this.#title = data.drillTitle ?? '';
    this.#minutes = Number(data.minutes) || 0;
    this.#drillKind = (data.kind || undefined) as ReleaseKind | undefined;
    this.#rubric = JSON.parse(data.rubric ?? '[]') as RubricCriterion[];
    this.#moduleTitles = JSON.parse(data.moduleTitles ?? '{}') as Record<string, string>;
    this.#form = this.find('[data-editor]');

    for (const control of this.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement | HTMLSelectElement>(
      'input, textarea, button, select',
    )) {
      control.disabled = false;
    }
    this.#restoreDraft(this.#draft());
    this.#form.addEventListener('input', (event) => this.#edited(event), { signal });
    this.querySelector('[data-free-kind]')?.addEventListener('change', () => this.#edited(), { signal });
    this.#form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        void this.submitAttempt();
      },
      { signal },
    );
    this.#on('split', () => this.splitIntoParts());
    this.#on('copy', () => void this.copyRelease());
    this.#on('print', () => this.printRelease());
    this.#on('docx', () => void this.downloadDocx());
    this.#on('reset', () => this.clearDraft());
    this.#on('countdown', () => this.toggleCountdown());
    this.watch(work.$data, () => {
      this.#restoreDraft(this.#draft());
      this.#renderHistory();
    });
    // A draft waiting for its save pause is written at once when the page is left or hidden (reload, tab switch, phone lock).
    window.addEventListener('pagehide', () => this.#flushPendingSave(), { signal });
    document.addEventListener(
      'visibilitychange',
      () => {
        if (document.visibilityState === 'hidden') this.#flushPendingSave();
      },
      { signal },
    );
    this.#form.addEventListener('focusin', () => void loadChecker(), { once: true, signal });
    if (this.#draft()) void this.#analyse();
    else this.#showSummary(false, []);
    this.#renderCountdown();
    signal.addEventListener('abort', () => window.clearInterval(this.#tick), { once: true });
  }

  #on(action: string, handler: () => void): void {
    this.querySelector(`[data-action="${action}"]`)?.addEventListener('click', handler, { signal: this.connection });
  }

  #draft(): ReleaseDraft | undefined {
    return work.$data.get().drafts[this.#id];
  }

  #field(name: string): HTMLInputElement | HTMLTextAreaElement | null {
    return this.#form.querySelector(`[name="${name}"]:not([type="radio"])`);
  }

  #mode(): 'parts' | 'text' {
    return this.#form.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value === 'text' ? 'text' : 'parts';
  }

  #kind(): ReleaseKind | undefined {
    if (this.#drillKind) return this.#drillKind;
    return (this.querySelector<HTMLSelectElement>('[data-free-kind]')?.value || undefined) as ReleaseKind | undefined;
  }

  #typedParts(): ReleaseParts {
    const parts = emptyParts();
    for (const key of PART_KEYS) parts[key] = this.#field(key)?.value ?? '';
    return parts;
  }

  /** The release as the checker reads it: the parts, or the pasted text split into parts. */
  currentParts(): ReleaseParts {
    return this.#mode() === 'text' ? splitRelease(this.#field('text')?.value ?? '') : this.#typedParts();
  }

  /** Puts stored values on screen, except in the field the user is typing in (that would move the cursor). */
  #restoreDraft(draft: ReleaseDraft | undefined): void {
    const set = (field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null, value: string) => {
      if (field && field !== document.activeElement && field.value !== value) field.value = value;
    };
    for (const key of PART_KEYS) set(this.#field(key), draft?.parts[key] ?? '');
    set(this.#field('text'), draft?.text ?? '');
    set(this.querySelector<HTMLSelectElement>('[data-free-kind]'), draft?.kind ?? '');
    const mode = draft?.mode ?? 'parts';
    const radio = this.#form.querySelector<HTMLInputElement>(`input[name="mode"][value="${mode}"]`);
    if (radio && !radio.checked && document.activeElement?.getAttribute('name') !== 'mode') radio.checked = true;
    this.#showMode();
  }

  #showMode(): void {
    const mode = this.#mode();
    for (const panel of this.querySelectorAll<HTMLElement>('[data-mode-panel]')) panel.hidden = panel.dataset.modePanel !== mode;
  }

  #edited(event?: Event): void {
    if ((event?.target as HTMLInputElement | undefined)?.name === 'mode') {
      this.#showMode();
      this.#saveNow();
    } else {
      window.clearTimeout(this.#saveTimer);
      this.#saveTimer = window.setTimeout(() => this.#saveNow(), SAVE_DELAY_MS);
    }
    this.#scheduleAnalysis();
  }

  /** Analysis waits for a pause in typing, then for the browser to be idle: typing never waits for it. */
  #scheduleAnalysis(): void {
    window.clearTimeout(this.#analysisTimer);
    this.#analysisTimer = window.setTimeout(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(() => void this.#analyse(), { timeout: 500 });
      else void this.#analyse();
    }, ANALYSIS_DELAY_MS);
  }

  #flushPendingSave(): void {
    if (this.#saveTimer) this.#saveNow();
  }

  #saveNow(): void {
    window.clearTimeout(this.#saveTimer);
    this.#saveTimer = 0;
    const now = new Date().toISOString();
    const previous = this.#draft();
    const kind = this.querySelector<HTMLSelectElement>('[data-free-kind]')?.value as ReleaseDraft['kind'];
    const draft: ReleaseDraft = {
      mode: this.#mode(),
      parts: this.#typedParts(),
      text: this.#field('text')?.value ?? '',
      ...(kind !== undefined ? { kind } : {}),
      startedAt: previous?.startedAt ?? now,
      ...(previous?.countdownStartedAt ? { countdownStartedAt: previous.countdownStartedAt } : {}),
      updatedAt: now,
    };
    work.update((current) => ({ ...current, drafts: { ...current.drafts, [this.#id]: draft } }));
    this.#status(
      '[data-save-state]',
      `Draf tersimpan ${new Date(now).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' })}.`,
    );
  }

  async #analyse(): Promise<void> {
    const parts = this.currentParts();
    const written = PART_KEYS.some((key) => parts[key].trim());
    if (this.#mode() === 'text') this.#renderSplitSummary(parts);
    this.#renderPaper(parts);
    const check = await loadChecker();
    const findings = written ? check.analyzePressRelease({ parts }, this.#kindOption()) : [];
    this.#renderFindings(check, this.find('[data-findings]'), findings, true);
    this.#showSummary(written, findings);
  }

  #showSummary(written: boolean, findings: readonly Finding[]): void {
    let text: string;
    if (!written) text = 'Mulai menulis; umpan balik muncul di sini setelah Anda berhenti mengetik sejenak.';
    else if (findings.length === 0)
      text =
        'Pemeriksa tidak menemukan apa pun, tetapi itu belum berarti aman diterbitkan. Periksa sekali lagi faktanya dengan lembar tugas, lalu serahkan.';
    else {
      const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
      text = `${findings.length} temuan: ${count('error')} harus diperbaiki, ${count('warning')} perlu diperbaiki, ${count('info')} untuk dipertimbangkan.`;
    }
    this.#status('[data-feedback-summary]', text);
    this.#showChip('findings', written ? `${findings.length} temuan` : '');
  }

  /** The phone's sticky chip: the findings' count and the time left, each shown once there is one. */
  #showChip(part: 'findings' | 'timer', text: string): void {
    this.#status(`[data-chip-${part}]`, text);
    const chip = this.querySelector<HTMLElement>('[data-chip]');
    if (chip) chip.hidden = !chip.textContent?.trim();
  }

  #kindOption(): { kind?: ReleaseKind; factSheet?: string } {
    const kind = this.#kind();
    const factSheet = this.dataset.factSheet;
    return { ...(kind ? { kind } : {}), ...(factSheet ? { factSheet } : {}) };
  }

  /** Keeps the items that did not change (by key) and only adds or removes the others. */
  #renderFindings(check: Checker, list: Element, findings: readonly Finding[], live: boolean): void {
    updateKeyedList(
      list,
      findings,
      (f) => check.findingKey(f),
      (f, key) => this.#findingItem(check, f, key, live),
    );
  }

  #findingItem(check: Checker, f: Finding, key: string, live: boolean): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'sk-finding';
    item.dataset.key = key;
    item.dataset.severity = f.severity;
    item.dataset.rule = f.ruleId;
    const tag = document.createElement('span');
    tag.className = 'sk-finding__tag';
    tag.textContent = [check.SEVERITY_LABELS[f.severity], check.FAMILY_LABELS[f.family], f.span ? PART_LABELS[f.span.part] : '']
      .filter(Boolean)
      .join(' · ');
    const message = document.createElement('p');
    message.textContent = f.message;
    const reason = document.createElement('p');
    reason.className = 'sk-finding__reason';
    reason.textContent = f.reason;
    const links = document.createElement('p');
    links.className = 'sk-finding__links';
    if (live && f.span) {
      const show = document.createElement('button');
      show.type = 'button';
      show.className = 'sk-link-button';
      show.textContent = 'Tunjukkan di naskah';
      // Several findings each have this button: the name says which one it shows (and starts with what is seen).
      show.setAttribute('aria-label', `Tunjukkan di naskah: ${f.message}`);
      const span = f.span;
      show.addEventListener('click', () => this.showSpan(span));
      links.append(show);
    }
    const learn = document.createElement('a');
    learn.href = sitePath(f.moduleHref);
    learn.textContent = `Pelajari: ${this.#moduleTitles[f.moduleHref.replace(/#.*$/, '')] ?? 'modul terkait'}`;
    links.append(learn);
    item.append(tag, message, reason, links);
    return item;
  }

  /** Selects the words a finding points at, in the field (or the pasted text) they are in. */
  showSpan(span: NonNullable<Finding['span']>): void {
    const parts = this.currentParts();
    let field = this.#field(span.part);
    let offset = 0;
    if (this.#mode() === 'text') {
      field = this.#field('text');
      offset = (field?.value ?? '').indexOf(parts[span.part].slice(span.start, span.end));
      if (offset < 0) return;
      offset -= span.start;
    }
    if (!field) return;
    field.focus();
    field.setSelectionRange(offset + span.start, offset + span.end);
  }

  #renderSplitSummary(parts: ReleaseParts): void {
    const found = PART_KEYS.filter((key) => parts[key].trim()).map((key) => PART_LABELS[key].toLowerCase());
    const missing = PART_KEYS.filter((key) => !parts[key].trim()).map((key) => PART_LABELS[key].toLowerCase());
    this.#status(
      '[data-split-summary]',
      found.length === 0 ? '' : `Dikenali: ${found.join(', ')}.${missing.length ? ` Belum ditemukan: ${missing.join(', ')}.` : ''}`,
    );
  }

  /** The release as it looks on paper (shown only when printing). */
  /** A drill's release is headed with its fictional unit; a free-mode release with the user's own unit from "Data saya". */
  #letterhead(): string {
    if (this.dataset.unit) return `SIARAN PERS · ${this.dataset.unit} (fiktif, bahan latihan)`;
    const ownUnit = profile.$data.get().unitName.trim();
    return ownUnit ? `SIARAN PERS · ${ownUnit}` : 'SIARAN PERS';
  }

  #renderPaper(parts: ReleaseParts): void {
    const paper = this.querySelector('[data-paper]');
    if (!paper) return;
    const line = (text: string, className = '') => {
      const p = document.createElement('p');
      if (className) p.className = className;
      p.textContent = text.replace(/\*\*/g, '');
      return p;
    };
    const children: HTMLElement[] = [line(this.#letterhead(), 'sk-release-paper__letterhead')];
    if (parts.headline.trim()) children.push(line(parts.headline.trim(), 'sk-release-paper__headline'));
    // Everything after the headline, the dateline joined to the lead's first line, one paragraph per line.
    const rest = joinRelease({ ...parts, headline: '' })
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    for (const text of rest) children.push(line(text, /^(?:#{3}|-+\s*selesai\s*-+)$/iu.test(text) ? 'sk-release-paper__end' : ''));
    paper.replaceChildren(...children);
  }

  splitIntoParts(): void {
    const parts = splitRelease(this.#field('text')?.value ?? '');
    // The headline is one line: header lines above it ("SIARAN PERS", "Untuk Disiarkan Segera") stay in the whole text.
    const { headline, header } = headlineOf(parts.headline);
    parts.headline = headline;
    for (const key of PART_KEYS) {
      const field = this.#field(key);
      if (field) field.value = parts[key];
    }
    const radio = this.#form.querySelector<HTMLInputElement>('input[name="mode"][value="parts"]');
    if (radio) radio.checked = true;
    this.#showMode();
    this.#saveNow();
    void this.#analyse();
    this.#field('headline')?.focus();
    const headerNote =
      header.length > 0 ? ` Baris kepala (${header.map((line) => `“${line}”`).join(', ')}) tidak dimasukkan ke judul.` : '';
    this.#status('[data-action-status]', `Naskah dipisahkan ke bagian-bagiannya. Periksa setiap bagian.${headerNote}`);
  }

  async submitAttempt(): Promise<void> {
    const check = await loadChecker();
    const parts = this.currentParts();
    if (!PART_KEYS.some((key) => parts[key].trim())) {
      this.#status('[data-action-status]', 'Naskah masih kosong. Tulis siaran pers Anda dulu, lalu serahkan.');
      return;
    }
    this.#saveNow();
    const findings = check.analyzePressRelease({ parts }, this.#kindOption());
    const score = check.scoreAgainstRubric(this.#rubric, parts, findings);
    const draft = this.#draft();
    const started = Date.parse(draft?.countdownStartedAt ?? draft?.startedAt ?? '') || Date.now();
    const now = new Date();
    const attempt: ReleaseAttempt = {
      id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      drillId: this.#id,
      drillTitle: this.#title,
      parts,
      submittedAt: now.toISOString(),
      secondsTaken: Math.max(0, Math.round((now.getTime() - started) / 1000)),
      ...(this.#minutes ? { minutesAllowed: this.#minutes } : {}),
      timed: Boolean(draft?.countdownStartedAt),
      points: score.points,
      max: score.max,
      findings: findings.length,
    };
    work.update((current) => ({ ...current, attempts: [...current.attempts, attempt].slice(-MAX_ATTEMPTS) }));
    if (draft?.countdownStartedAt) this.toggleCountdown();
    this.#renderResult(check, attempt, score, findings);
  }

  #renderResult(check: Checker, attempt: ReleaseAttempt, score: RubricScore, findings: readonly Finding[]): void {
    const result = this.find<HTMLElement>('[data-result]');
    const limit = attempt.minutesAllowed ? ` (batas ${attempt.minutesAllowed} menit${attempt.timed ? '' : ', tanpa hitung mundur'})` : '';
    const verdict =
      score.identityExposed.length > 0
        ? ' Belum lulus: naskah mengungkap identitas narapidana, tahanan, klien, atau anak, jadi skornya dibatasi.'
        : score.passed
          ? ' Lulus.'
          : ' Belum lulus.';
    this.#status(
      '[data-score]',
      `Skor ${score.points} dari ${score.max} (${score.percent}%).${verdict} Waktu ${formatDuration(attempt.secondsTaken)}${limit}.`,
    );
    const rows = this.find('[data-criteria]');
    rows.replaceChildren(
      ...score.criteria.map((criterion) => {
        const row = document.createElement('tr');
        for (const text of [criterion.label, `${criterion.points}/${criterion.max}`, criterion.notes.join(' ') || '✓ Terpenuhi']) {
          row.insertCell().textContent = text;
        }
        return row;
      }),
    );
    const submitted = this.find('[data-submitted]');
    submitted.replaceChildren(
      ...joinRelease(attempt.parts)
        .split('\n')
        .filter((l) => l.trim())
        .map((text) => {
          const p = document.createElement('p');
          p.textContent = text;
          return p;
        }),
    );
    const remaining = this.find('[data-remaining]');
    remaining.replaceChildren();
    this.#renderFindings(check, remaining, findings, false);
    if (findings.length === 0)
      remaining.append(Object.assign(document.createElement('li'), { textContent: 'Tidak ada temuan yang tersisa.' }));
    result.hidden = false;
    // The score first: the page lands on the result's heading, not where focusing happened to scroll.
    result.focus({ preventScroll: true });
    result.scrollIntoView({ block: 'start' });
  }

  #renderHistory(): void {
    const attempts = work.$data.get().attempts.filter((a) => a.drillId === this.#id);
    renderAttemptRows(this.find('[data-history] tbody'), attempts, false);
  }

  async copyRelease(): Promise<void> {
    try {
      await navigator.clipboard.writeText(joinRelease(this.currentParts()));
      this.#status('[data-action-status]', 'Naskah disalin ke papan klip.');
    } catch {
      this.#status('[data-action-status]', 'Peramban tidak mengizinkan menyalin otomatis. Pilih teks naskah, lalu salin dengan Ctrl+C.');
    }
  }

  printRelease(): void {
    this.#renderPaper(this.currentParts());
    const root = document.documentElement;
    root.dataset.printRelease = '';
    window.addEventListener('afterprint', () => delete root.dataset.printRelease, { once: true });
    window.print();
  }

  async downloadDocx(): Promise<void> {
    this.#status('[data-action-status]', 'Menyiapkan berkas .docx…');
    try {
      // The docx library is large: it is fetched from this site only now, when the user asks for the file.
      const { releaseDocxBytes, docxFileName } = await import('@/domain/press-release/release-docx');
      const parts = this.currentParts();
      const bytes = await releaseDocxBytes(parts, { letterhead: this.#letterhead() });
      const name = docxFileName(parts.headline, new Date());
      downloadBlob(name, new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
      this.#status('[data-action-status]', `Berkas ${name} dibuat.`);
    } catch {
      this.#status('[data-action-status]', 'Berkas .docx gagal dibuat. Muat ulang halaman lalu coba lagi, atau salin naskahnya.');
    }
  }

  clearDraft(): void {
    if (!window.confirm('Kosongkan draf ini? Percobaan yang sudah dinilai tetap tersimpan.')) return;
    work.update(({ drafts: { [this.#id]: _removed, ...drafts }, attempts }) => ({ drafts, attempts }));
    for (const field of this.#form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type="radio"]), textarea'))
      field.value = '';
    this.#renderCountdown();
    void this.#analyse();
    this.#status('[data-action-status]', 'Draf dikosongkan.');
  }

  toggleCountdown(): void {
    const draft = this.#draft();
    const running = Boolean(draft?.countdownStartedAt);
    const now = new Date().toISOString();
    work.update((current) => {
      const base: ReleaseDraft = current.drafts[this.#id] ?? {
        mode: this.#mode(),
        parts: this.#typedParts(),
        text: this.#field('text')?.value ?? '',
        updatedAt: now,
      };
      const { countdownStartedAt: _old, ...rest } = base;
      const next: ReleaseDraft = running ? rest : { ...rest, startedAt: base.startedAt ?? now, countdownStartedAt: now };
      return { ...current, drafts: { ...current.drafts, [this.#id]: next } };
    });
    this.#timeUpAnnounced = false;
    this.#status('[data-timer-status]', running ? 'Hitung mundur dihentikan.' : `Hitung mundur ${this.#minutes} menit dimulai.`);
    this.#renderCountdown();
  }

  #renderCountdown(): void {
    window.clearInterval(this.#tick);
    const button = this.querySelector<HTMLButtonElement>('[data-action="countdown"]');
    const timer = this.querySelector<HTMLElement>('[data-timer]');
    const startedAt = this.#draft()?.countdownStartedAt;
    if (!button || !timer) return;
    button.textContent = startedAt ? 'Hentikan hitung mundur' : `Mulai hitung mundur (${this.#minutes} menit)`;
    timer.hidden = !startedAt;
    if (!startedAt) return this.#showChip('timer', '');
    const update = () => {
      const left = this.#minutes * 60 - Math.round((Date.now() - Date.parse(startedAt)) / 1000);
      timer.textContent = left > 0 ? `Sisa waktu ${formatClock(left)}` : `Waktu habis (lewat ${formatClock(-left)})`;
      this.#showChip('timer', left > 0 ? formatClock(left) : 'Waktu habis');
      if (left <= 0 && !this.#timeUpAnnounced) {
        this.#timeUpAnnounced = true;
        this.#status('[data-timer-status]', 'Waktu habis. Anda tetap boleh menyelesaikan naskah; waktu yang dipakai ikut tercatat.');
      }
    };
    update();
    this.#tick = window.setInterval(update, 1000);
  }

  #status(selector: string, text: string): void {
    setText(this.querySelector(selector), text);
  }
}

function formatClock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

// Defined in a task of its own, after this module's evaluation: two short tasks rather than one long (README, "Start-up").
declare global {
  interface HTMLElementTagNameMap {
    'press-release-drill': PressReleaseDrillElement;
  }
}

defineElement('press-release-drill', PressReleaseDrillElement, { nextTask: true });
