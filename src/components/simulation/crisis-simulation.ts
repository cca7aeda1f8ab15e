/**
 * <crisis-simulation>: plays one scenario for one participant. The run lives in the "siaga-krisis:simulasi"
 * document, saved on every action and every simulated minute; a run found running after a reload is paused
 * where it was last saved, and the participant resumes it.
 */
import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import type { Scenario } from '@/schemas/scenario';
import type { SimulationRun } from '@/schemas/simulation-run';
import { persistentDocument } from '@/state/persistent-document';
import { simulationDocument } from '@/state/documents/simulation';
import { profileDocument } from '@/state/documents/profile';
import {
  applyAction,
  changeSpeed,
  currentStep,
  currentVisit,
  isHeldForWriting,
  isRunCompatible,
  isRunEnded,
  isTaskOpen,
  nextEventMinute,
  pauseRun,
  rebaseRun,
  resumeRun,
  runMinutes,
  skipToNextEvent,
  startRun,
  type PlayerAction,
} from '@/domain/simulation/engine';
import { interruptClock, isClockRunning, timeOfDay } from '@/domain/simulation/clock';
import { optionOrder } from '@/domain/simulation/option-order';
import { countWords } from '@/domain/simulation/writing';
import { downloadText, formatDateTime } from '@/components/shared/download';
import { h } from '@/components/shared/dom';
import { setPrintUnit } from '@/components/shared/print-stamp';
import { CHANNEL_LABELS } from './channels';
import { InjectFeed } from './feed';
import { loadWritingChecker, rubricOnly, type WritingChecker } from './writing-scorer';
import { SiteElement, defineElement, readPageData } from '@/components/shared/site-element';

const TICK_MS = 500;
/** The checker looks at a text after this pause in typing, like the press-release drill. */
const CHECK_DELAY_MS = 300;

class CrisisSimulationElement extends SiteElement {
  #store = persistentDocument(simulationDocument);
  #profile = persistentDocument(profileDocument);
  #scenario!: Scenario;
  #id = '';
  #feed!: InjectFeed;
  #timer: ReturnType<typeof setInterval> | undefined;
  #savedMinute = -1;
  #renderedRun = '';
  #loggedActions = -1;
  #debriefFor = '';
  #channel = 'semua';
  /** The writing task whose text the checker last looked at, and the pending look after a pause in typing. */
  #checkedTask = '';
  #checkTimer = 0;
  /** The task last shown, so a new one is announced once; and whether the next render opens a fresh run. */
  #shownTask = '';
  #announceStart = false;
  /** Arrivals not yet looked at, counted on the badge in the clock bar. */
  #unseen = 0;
  /** What the last render announced, so a submitted task's note can carry it instead of overwriting it. */
  #lastNews = '';
  #resultIds = new Map<string, string>();

  protected start(signal: AbortSignal): void {
    this.#scenario = readPageData<Scenario>(this, 'scenario', 'title', 'unit', 'steps');
    this.#id = this.dataset.scenarioId ?? '';
    this.#feed = new InjectFeed(this.find('[data-feed]'), this.#scenario);
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLSelectElement>(
      '[data-start-form] input, [data-start-form] button, [data-action], [data-speed], .sk-sim__filter input, .sk-sim__export input',
    )) {
      control.disabled = false;
    }
    this.querySelector('[data-start-form]')?.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        this.startSimulation();
      },
      { signal },
    );
    this.#on('pause', () => this.pauseSimulation());
    this.#on('resume', () => this.resumeSimulation());
    this.#on('skip', () => this.skipToNextEvent());
    this.#on('export', () => void this.exportResult());
    this.#on('print', () => window.print());
    this.#on('code', () => void this.showResultCode());
    this.#on('copy-code', () => void this.copyResultCode());
    this.#on('restart', () => this.restart());
    this.querySelector('[data-speed]')?.addEventListener(
      'change',
      (event) => this.setSpeed(Number((event.target as HTMLSelectElement).value)),
      { signal },
    );
    // The badge only points the way; the reader moves when they choose to, and the count clears once they have looked.
    this.querySelector('[data-new-badge]')?.addEventListener('click', () => this.#clearUnseen(), { signal });
    const channels = this.querySelector('.sk-sim__channels');
    if (channels && 'IntersectionObserver' in window) {
      const seen = new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.#clearUnseen();
      });
      seen.observe(channels.querySelector('h3') ?? channels);
      signal.addEventListener('abort', () => seen.disconnect(), { once: true });
    }
    this.querySelector('.sk-sim__filter')?.addEventListener(
      'change',
      (event) => {
        this.#channel = (event.target as HTMLInputElement).value;
        this.#render();
      },
      { signal },
    );
    for (const form of this.querySelectorAll<HTMLFormElement>('[data-task]')) {
      form.addEventListener(
        'submit',
        (event) => {
          event.preventDefault();
          this.submitTask(form);
        },
        { signal },
      );
      form.querySelector('textarea')?.addEventListener('focus', () => this.#keepPromptInView(form), { signal });
      form.querySelector('textarea')?.addEventListener(
        'input',
        (event) => {
          this.saveDraft(form, event.target as HTMLTextAreaElement);
          this.#scheduleCheck(form);
        },
        { signal },
      );
    }

    // The page was closed or reloaded while the clock ran: stop it where it was last saved.
    const stored = this.#run();
    if (stored && isClockRunning(stored.clock) && isRunCompatible(this.#scenario, stored)) {
      this.#save({ ...stored, clock: interruptClock(stored.clock) });
      this.#announce(
        `Simulasi dilanjutkan dari pukul ${timeOfDay(this.#scenario.startTime, stored.clock.minutes)}. Tekan “Lanjutkan” untuk menjalankan jam.`,
      );
    }
    this.watch(this.#store.$data, () => this.#render());
    this.#timer = setInterval(() => this.#tick(), TICK_MS);
    window.addEventListener('pagehide', () => this.#saveClock(), { signal });
    signal.addEventListener('abort', () => clearInterval(this.#timer), { once: true });
  }

  #on(action: string, handler: () => void): void {
    this.querySelector(`[data-action="${action}"]`)?.addEventListener('click', handler, { signal: this.connection });
  }

  #run(): SimulationRun | undefined {
    const run = this.#store.$data.get().solo[this.#id];
    return run && isRunCompatible(this.#scenario, run) ? run : undefined;
  }

  #save(run: SimulationRun | undefined): void {
    this.#store.update((store) => {
      const { [this.#id]: _old, ...others } = store.solo;
      return { ...store, solo: run ? { ...others, [this.#id]: run } : others };
    });
  }

  startSimulation(): void {
    const speed = Number(this.querySelector<HTMLInputElement>('input[name="speed"]:checked')?.value ?? 10);
    const untimed = this.querySelector<HTMLInputElement>('input[name="untimed"]')?.checked ?? false;
    const field = (name: string) => this.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value.trim() ?? '';
    const participant = { name: field('start-name'), unit: field('start-unit') };
    this.#feed.reset();
    this.#announceStart = true;
    const run = startRun(this.#scenario, this.#id, speed, Date.now(), { untimed });
    this.#save(participant.name || participant.unit ? { ...run, participant } : run);
    this.querySelector<HTMLElement>('.sk-sim__clockbar')?.focus();
  }

  setSpeed(speed: number): void {
    const run = this.#run();
    if (!run || !Number.isFinite(speed)) return;
    this.#save(changeSpeed(this.#scenario, run, speed, Date.now()));
    this.#announce(speed === 1 ? 'Jam kini berjalan dalam waktu nyata.' : `Jam kini dipercepat ×${speed}.`);
  }

  pauseSimulation(): void {
    const run = this.#run();
    if (run) this.#save(pauseRun(this.#scenario, run, Date.now()));
    this.#announce('Simulasi dijeda. Anda tetap dapat membaca dan mengerjakan tugas.');
    this.querySelector<HTMLButtonElement>('[data-action="resume"]')?.focus();
  }

  resumeSimulation(): void {
    const run = this.#run();
    if (run) this.#save(resumeRun(this.#scenario, run, Date.now()));
    this.#announce('Jam berjalan lagi.');
    this.querySelector<HTMLButtonElement>('[data-action="pause"]')?.focus();
  }

  skipToNextEvent(): void {
    const run = this.#run();
    if (!run) return;
    const before = this.querySelector<HTMLElement>('[data-task]:not([hidden])');
    this.#save(skipToNextEvent(this.#scenario, run, Date.now()));
    // The wait is over and a task has opened: the reader goes to its question. Otherwise focus stays on the button
    // (new messages are announced and counted on the badge; the page does not move).
    const task = this.querySelector<HTMLElement>('[data-task]:not([hidden])');
    if (task && task !== before) this.#focusTask(task);
  }

  /** Writing on a phone: when the field gets focus, the assignment above it is brought into view with it. */
  #keepPromptInView(form: HTMLElement): void {
    const prompt = form.querySelector<HTMLElement>('.sk-task__promptbox');
    const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    if (prompt && prompt.getBoundingClientRect().top < header) requestAnimationFrame(() => prompt.scrollIntoView({ block: 'start' }));
  }

  #focusTask(form: HTMLElement): void {
    const target = form.querySelector<HTMLElement>('legend, .sk-task__prompt');
    if (!target) return;
    target.tabIndex = -1;
    target.focus();
  }

  submitTask(form: HTMLFormElement): void {
    const run = this.#run();
    if (!run) return;
    const error = this.find('[data-task-error]');
    let action: PlayerAction;
    if (form.dataset.kind === 'keputusan') {
      const chosen = form.querySelector<HTMLInputElement>('input:checked');
      if (!chosen) {
        error.textContent = 'Pilih salah satu opsi, lalu tekan “Putuskan”.';
        form.querySelector('input')?.focus();
        return;
      }
      action = { kind: 'keputusan', optionId: chosen.value };
    } else {
      const text = form.querySelector('textarea')?.value ?? '';
      if (countWords(text) === 0) {
        error.textContent = 'Tulisan masih kosong. Tulis tanggapan Anda, lalu tekan “Kirim”.';
        form.querySelector('textarea')?.focus();
        return;
      }
      action = { kind: 'tulisan', text };
    }
    const result = applyAction(this.#scenario, run, action, Date.now());
    if (!result.ok) {
      error.textContent = result.reason;
      return;
    }
    error.textContent = '';
    this.#lastNews = '';
    this.#save(result.run);
    if (isRunEnded(this.#scenario, result.run)) {
      this.querySelector<HTMLElement>('[data-view="debrief"] h2')?.focus();
      this.#announce('Simulasi selesai. Evaluasi ditampilkan.');
      return;
    }
    const last = this.querySelector<HTMLElement>('[data-log] li:first-child');
    last?.focus();
    if (last) this.#announce(`Dicatat. ${last.textContent ?? ''} ${this.#lastNews}`.trim());
  }

  saveDraft(form: HTMLFormElement, area: HTMLTextAreaElement): void {
    this.#showWordCount(form, area.value);
    const run = this.#run();
    if (run && currentStep(this.#scenario, run).id === form.dataset.task) this.#save({ ...run, draft: area.value.slice(0, 8000) });
  }

  restart(): void {
    this.#save(undefined);
    this.#feed.reset();
    this.#clearChecks();
    this.#shownTask = '';
    this.#clearUnseen();
    this.find<HTMLElement>('[data-code-box]').hidden = true;
    this.find('[data-code-message]').textContent = '';
    for (const area of this.querySelectorAll('textarea')) area.value = '';
    for (const input of this.querySelectorAll<HTMLInputElement>('[data-task] input')) input.checked = false;
    this.querySelector<HTMLElement>('[data-start-form] button')?.focus();
  }

  /** One result id per run: a file and a code of the same run are one result to the trainer, never two. */
  #resultId(run: SimulationRun): string {
    if (this.#resultIds.get(run.startedAt) === undefined) this.#resultIds.set(run.startedAt, crypto.randomUUID());
    return this.#resultIds.get(run.startedAt)!;
  }

  async showResultCode(): Promise<void> {
    const run = this.#run();
    if (!run || !isRunEnded(this.#scenario, run)) return;
    const [{ buildResultFile }, { encodeResultCode }, { scoreWriting }] = await Promise.all([
      import('@/domain/simulation/result-file'),
      import('@/domain/simulation/result-code'),
      this.#checkerFor(run),
    ]);
    const file = buildResultFile(this.#scenario, this.#id, run, this.#participant(), {
      now: new Date(),
      id: this.#resultId(run),
      scoreWriting,
    });
    const code = await encodeResultCode(JSON.stringify(file));
    const area = this.find<HTMLTextAreaElement>('[data-code]');
    area.value = code;
    this.find<HTMLElement>('[data-code-box]').hidden = false;
    this.find<HTMLButtonElement>('[data-action="copy-code"]').disabled = false;
    this.find('[data-code-message]').textContent =
      `Kode hasil dibuat (${code.length} karakter). Salin dan kirim kepada pelatih, atau tunjukkan layar ini.`;
    area.focus();
    area.select();
  }

  async copyResultCode(): Promise<void> {
    const area = this.find<HTMLTextAreaElement>('[data-code]');
    const message = this.find('[data-code-message]');
    try {
      await navigator.clipboard.writeText(area.value);
      message.textContent = 'Kode disalin. Tempel di pesan kepada pelatih.';
    } catch {
      area.focus();
      area.select();
      message.textContent = 'Peramban tidak mengizinkan penyalinan otomatis. Kode sudah dipilih: salin dengan menu atau Ctrl+C.';
    }
  }

  async exportResult(): Promise<void> {
    const run = this.#run();
    if (!run || !isRunEnded(this.#scenario, run)) return;
    const [{ buildResultFile, resultFileName }, { scoreWriting }] = await Promise.all([
      import('@/domain/simulation/result-file'),
      this.#checkerFor(run),
    ]);
    const now = new Date();
    const file = buildResultFile(this.#scenario, this.#id, run, this.#participant(), { now, id: this.#resultId(run), scoreWriting });
    const name = resultFileName(file.result);
    downloadText(name, JSON.stringify(file, null, 2));
    this.find('[data-export-message]').textContent = `Berkas ${name} dibuat. Serahkan kepada pelatih Anda.`;
  }

  /** The checker is needed only when the run holds a text: a path without writing never fetches it. */
  #checkerFor(run: SimulationRun): Promise<WritingChecker> {
    return run.actions.some((action) => action.kind === 'tulisan') ? loadWritingChecker() : Promise.resolve(rubricOnly);
  }

  /** Checks the text after a pause in typing, then when the browser is idle: typing never waits for the checker. */
  #scheduleCheck(form: HTMLFormElement): void {
    window.clearTimeout(this.#checkTimer);
    this.#checkTimer = window.setTimeout(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(() => void this.checkWriting(form), { timeout: 500 });
      else void this.checkWriting(form);
    }, CHECK_DELAY_MS);
  }

  /** Shows the press-release checker's findings for the text in a writing task's form. */
  async checkWriting(form: HTMLFormElement): Promise<void> {
    const step = this.#scenario.steps.find((s) => s.id === form.dataset.task);
    const area = form.querySelector('textarea');
    if (step?.task.kind !== 'tulisan' || !area) return;
    const checker = await loadWritingChecker();
    const findings = checker.findingsFor(step.task, area.value);
    checker.showFindings(form.querySelector('[data-findings]')!, findings);
    const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
    const summary = !checker.available
      ? 'Pemeriksa siaran pers tidak dapat dimuat. Tulisan Anda tetap dinilai dengan rubrik skenario.'
      : countWords(area.value) === 0
        ? 'Mulai menulis; temuan pemeriksa siaran pers muncul di sini setelah Anda berhenti mengetik sejenak.'
        : findings.length === 0
          ? 'Pemeriksa siaran pers tidak menemukan masalah. Periksa lagi faktanya, lalu kirim.'
          : `${findings.length} temuan pemeriksa siaran pers: ${count('error')} harus diperbaiki, ${count('warning')} perlu diperbaiki, ${count('info')} untuk dipertimbangkan.`;
    const status = form.querySelector('[data-check-summary]')!;
    if (status.textContent !== summary) status.textContent = summary;
  }

  #clearChecks(): void {
    window.clearTimeout(this.#checkTimer);
    this.#checkedTask = '';
    for (const list of this.querySelectorAll('[data-findings]')) list.replaceChildren();
    for (const summary of this.querySelectorAll('[data-check-summary]')) summary.textContent = '';
  }

  /** True when the top of the feed (where new messages appear) is on screen below the sticky bars. */
  #feedInView(): boolean {
    const heading = this.querySelector('.sk-sim__channels h3');
    if (!heading) return true;
    const box = heading.getBoundingClientRect();
    const bar = this.querySelector('.sk-sim__clockbar')?.getBoundingClientRect();
    return (
      box.bottom > (bar && getComputedStyle(this.find('.sk-sim__clockbar')).position === 'sticky' ? bar.bottom : 0) &&
      box.top < window.innerHeight
    );
  }

  #clearUnseen(): void {
    this.#unseen = 0;
    const badge = this.querySelector<HTMLElement>('[data-new-badge]');
    if (badge) badge.hidden = true;
  }

  #participant(): { name: string; unit: string } {
    const value = (name: string) => this.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value ?? '';
    return { name: value('participant-name'), unit: value('participant-unit') };
  }

  #announce(text: string): void {
    const region = this.querySelector('[data-announcer]');
    if (region) region.textContent = text;
  }

  #showWordCount(form: HTMLFormElement, text: string): void {
    const step = this.#scenario.steps.find((s) => s.id === form.dataset.task);
    const counter = form.querySelector('[data-word-count]');
    if (step?.task.kind === 'tulisan' && counter)
      counter.textContent = `${countWords(text)} kata (disarankan ${step.task.minWords}–${step.task.maxWords} kata)`;
  }

  /** Saves the clock's progress once per simulated minute, so a reload loses less than a minute. */
  #tick(): void {
    const run = this.#run();
    if (!run || isRunEnded(this.#scenario, run)) return;
    const minute = Math.floor(runMinutes(this.#scenario, run, Date.now()));
    if (isClockRunning(run.clock) && minute !== this.#savedMinute) {
      this.#savedMinute = minute;
      this.#saveClock();
    } else this.#renderPlay(run);
  }

  #saveClock(): void {
    const run = this.#run();
    if (run && isClockRunning(run.clock) && !isRunEnded(this.#scenario, run)) this.#save(rebaseRun(this.#scenario, run, Date.now()));
  }

  #render(): void {
    const stored = this.#store.$data.get().solo[this.#id];
    const run = this.#run();
    const view = !run ? 'start' : isRunEnded(this.#scenario, run) ? 'debrief' : 'play';
    for (const section of this.querySelectorAll<HTMLElement>('[data-view]')) section.hidden = section.dataset.view !== view;
    if (stored && !run)
      this.#announce('Simulasi yang tersimpan berasal dari versi skenario yang lama dan tidak dapat dilanjutkan. Mulai lagi dari awal.');
    if (!run) {
      this.#renderedRun = '';
      return;
    }
    if (this.#renderedRun !== run.startedAt) {
      // Another run (a restart, or another tab): start from an empty feed, log and feedback.
      this.#feed.reset();
      this.#clearChecks();
      this.#renderedRun = run.startedAt;
      this.#loggedActions = -1;
      this.#shownTask = '';
      this.#orderOptions(run);
    }
    this.#renderPlay(run);
    this.#renderLog(run);
    if (view === 'debrief' && this.#debriefFor !== `${run.startedAt}/${run.actions.length}`) {
      this.#debriefFor = `${run.startedAt}/${run.actions.length}`;
      this.#renderReportHead(run);
      void this.#showDebrief(run, this.#debriefFor);
    }
  }

  /** The debrief's code is needed only once a run has ended: it is fetched then, so the player stays light at load. */
  async #showDebrief(run: SimulationRun, key: string): Promise<void> {
    const [{ renderDebrief }, checker] = await Promise.all([import('./debrief-view'), this.#checkerFor(run)]);
    // Another run may have finished while the checker loaded: only the latest debrief is drawn.
    if (this.#debriefFor === key) renderDebrief(this.find('[data-view="debrief"]'), this.#scenario, run, checker);
  }

  /** Shows each decision's options in this run's order: stable for the run, different from run to run. */
  #orderOptions(run: SimulationRun): void {
    for (const step of this.#scenario.steps) {
      if (step.task.kind !== 'keputusan') continue;
      const list = this.querySelector<HTMLElement>(`[data-task="${step.id}"] [data-options]`);
      if (!list) continue;
      const labels = new Map([...list.querySelectorAll<HTMLInputElement>('input')].map((input) => [input.value, input.closest('label')!]));
      list.replaceChildren(
        ...optionOrder(step.task.options, run.startedAt, step.id)
          .map((id) => labels.get(id)!)
          .filter(Boolean),
      );
    }
  }

  #renderPlay(run: SimulationRun): void {
    const now = Date.now();
    const minute = runMinutes(this.#scenario, run, now);
    const running = isClockRunning(run.clock);
    const held = isHeldForWriting(this.#scenario, run, now);
    this.find('[data-clock-time]').textContent = timeOfDay(this.#scenario.startTime, minute);
    this.find('[data-clock-minute]').textContent = `menit ${Math.floor(minute)}`;
    const state = !running
      ? 'Dijeda'
      : held
        ? 'Berhenti selama Anda menulis'
        : run.clock.speed === 1
          ? 'Berjalan · waktu nyata'
          : `Berjalan · dipercepat ×${run.clock.speed}`;
    const stateLine = this.find('[data-clock-state]');
    if (stateLine.textContent !== state) stateLine.textContent = state;
    const speed = this.find<HTMLSelectElement>('[data-speed]');
    if (speed.value !== String(run.clock.speed) && document.activeElement !== speed) speed.value = String(run.clock.speed);
    const pause = this.find<HTMLButtonElement>('[data-action="pause"]');
    const resume = this.find<HTMLButtonElement>('[data-action="resume"]');
    pause.hidden = !running;
    resume.hidden = running;
    const next = nextEventMinute(this.#scenario, run, now);
    this.find<HTMLButtonElement>('[data-action="skip"]').disabled = next === undefined;

    // A reload draws the whole feed at once and says nothing; a run just started announces its first messages.
    const firstRender = this.#feed.count === 0 && !this.#announceStart;
    const starting = this.#announceStart;
    this.#announceStart = false;
    const fresh = this.#feed.update(run, minute);
    for (const item of this.querySelectorAll<HTMLElement>('[data-feed-item]')) {
      const arrived = item.hasAttribute('data-arrived');
      item.hidden = !arrived || (this.#channel !== 'semua' && item.dataset.channel !== this.#channel);
      if (fresh.some((f) => f.inject.id === item.dataset.feedItem) && !firstRender) item.dataset.new = '';
      else if (fresh.length > 0) item.removeAttribute('data-new');
    }
    const news: string[] = starting ? ['Simulasi dimulai. Jam berjalan.'] : [];
    if (fresh.length > 0 && !firstRender) {
      news.push(...fresh.map((f) => `Masuk di ${CHANNEL_LABELS[f.inject.channel]}: ${f.inject.from}.`));
      if (!this.#feedInView()) this.#unseen += fresh.length;
    }
    this.find<HTMLElement>('[data-feed-empty]').hidden = this.#feed.count > 0;
    for (const counter of this.querySelectorAll<HTMLElement>('[data-count]')) {
      const channel = counter.dataset.count;
      counter.textContent = String(
        this.querySelectorAll(channel === 'semua' ? '[data-arrived]' : `[data-arrived][data-channel="${channel}"]`).length,
      );
    }
    const task = this.#renderTask(run, now, next);
    if (task && task.id !== this.#shownTask && (!firstRender || starting)) news.push(`Tugas baru: ${task.prompt}`);
    if (task) this.#shownTask = task.id;
    if (news.length > 0) {
      this.#lastNews = news.join(' ');
      this.#announce(this.#lastNews);
    }
    const badge = this.find<HTMLElement>('[data-new-badge]');
    const label = this.#unseen === 0 ? '' : `${this.#unseen} pesan baru`;
    if (badge.textContent !== label) badge.textContent = label;
    badge.hidden = this.#unseen === 0;
  }

  /** Shows the current step's task (if open) and returns it, so a newly opened task can be announced. */
  #renderTask(run: SimulationRun, now: number, next: number | undefined): { id: string; prompt: string } | undefined {
    const step = currentStep(this.#scenario, run);
    const open = isTaskOpen(this.#scenario, run, now);
    // A paused clock does not stop the participant: reading, choosing and writing stay possible (WCAG 2.2.1).
    const running = isClockRunning(run.clock);
    for (const form of this.querySelectorAll<HTMLFormElement>('[data-task]')) {
      const active = open && form.dataset.task === step.id;
      if (form.hidden === active) form.hidden = !active;
      for (const control of form.querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLTextAreaElement>('input, button, textarea'))
        control.disabled = !active;
      if (!active || step.task.kind === 'akhir') continue;
      const due = currentVisit(run).enteredAt + step.task.dueWithin;
      const dueText = run.untimed
        ? 'Latihan tanpa penilaian kecepatan: kerjakan dengan tenang.'
        : `Dianjurkan selesai sebelum pukul ${timeOfDay(this.#scenario.startTime, due)} (menit ${due}).`;
      const dueLine = form.querySelector('[data-due]')!;
      if (dueLine.textContent !== dueText) dueLine.textContent = dueText;
      const area = form.querySelector('textarea');
      // Restore a saved draft, but never rewrite the field while the participant is typing in it.
      if (area && area !== document.activeElement && run.draft !== undefined && area.value !== run.draft) {
        area.value = run.draft;
        this.#showWordCount(form, area.value);
        this.#scheduleCheck(form);
      }
      // A writing task has appeared: fetch the checker now, so feedback is ready when the participant pauses.
      if (area && this.#checkedTask !== step.id) {
        this.#checkedTask = step.id;
        this.#scheduleCheck(form);
      }
    }
    const waiting = this.find<HTMLElement>('[data-waiting]');
    waiting.hidden = open && running;
    const waitText = !running
      ? 'Simulasi dijeda: jam tidak berjalan, tetapi Anda tetap dapat membaca dan mengerjakan tugas. Tekan “Lanjutkan” untuk menjalankan jam.'
      : open
        ? ''
        : next === undefined
          ? 'Belum ada tugas. Pantau saluran masuk.'
          : `Belum ada tugas. Kejadian berikutnya pukul ${timeOfDay(this.#scenario.startTime, next)}; Anda dapat melompat ke sana.`;
    if (waiting.textContent !== waitText) waiting.textContent = waitText;
    if (!open || step.task.kind === 'akhir') return undefined;
    return { id: step.id, prompt: step.task.prompt };
  }

  #renderLog(run: SimulationRun): void {
    if (this.#loggedActions === run.actions.length) return;
    this.#loggedActions = run.actions.length;
    const items = run.actions.map((action) => {
      const step = this.#scenario.steps.find((s) => s.id === action.stepId);
      const time = `Pukul ${timeOfDay(this.#scenario.startTime, action.minute)}: `;
      if (action.kind === 'keputusan' && step?.task.kind === 'keputusan') {
        const option = step.task.options.find((o) => o.id === action.optionId);
        return h('li', { tabindex: -1 }, h('strong', {}, time, option?.label ?? ''), ' ', option?.consequence ?? '');
      }
      return h(
        'li',
        { tabindex: -1 },
        h(
          'strong',
          {},
          time,
          `${step?.title ?? 'Tulisan'}: tulisan dikirim (${countWords(action.kind === 'tulisan' ? action.text : '')} kata).`,
        ),
        ' Penilaiannya ada di evaluasi.',
      );
    });
    this.find('[data-log]').replaceChildren(...items.reverse());
  }

  #renderReportHead(run: SimulationRun): void {
    const profile = this.#profile.$data.get();
    const nameInput = this.find<HTMLInputElement>('input[name="participant-name"]');
    const unitInput = this.find<HTMLInputElement>('input[name="participant-unit"]');
    // The name typed in the briefing comes first, then the profile from Data saya.
    if (!nameInput.value) nameInput.value = run.participant?.name || profile.personName;
    if (!unitInput.value) unitInput.value = run.participant?.unit || profile.unitName;
    const fill = () => {
      const { name, unit } = this.#participant();
      this.find('[data-report="participant"]').textContent = [name, unit].filter(Boolean).join(', ') || '—';
      this.querySelector('[data-report="signer"]')!.textContent = name || '....................';
      // The printed report names the participant's unit and the date in every sheet's margin (print.css).
      setPrintUnit(unit);
    };
    fill();
    nameInput.oninput = fill;
    unitInput.oninput = fill;
    this.find('[data-report="date"]').textContent = formatDateTime(run.startedAt);
    this.find('[data-report="speed"]').textContent = run.clock.speed === 1 ? 'Waktu nyata' : `Dipercepat ×${run.clock.speed}`;
  }
}

// Defined in a task of its own, after this module's evaluation: two short tasks rather than one long (README, "Start-up").
declare global {
  interface HTMLElementTagNameMap {
    'crisis-simulation': CrisisSimulationElement;
  }
}

defineElement('crisis-simulation', CrisisSimulationElement, { nextTask: true });
