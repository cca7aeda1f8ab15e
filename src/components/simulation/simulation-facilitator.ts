/**
 * <simulation-facilitator>: a facilitated session, in two windows of one browser. The trainer's window
 * (data-view="pelatih") holds every control: schedule, release, the show-of-hands tally at each decision, reset and
 * the reveal. The projector window (data-view="proyektor") only shows what the room should see and never writes.
 * The session is a run kept under "facilitator" in the simulation document; the projector follows it through the
 * storage events every tab of the browser receives, and is told at once of each change on a BroadcastChannel.
 */
import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import type { Scenario } from '@/schemas/scenario';
import type { SimulationRun } from '@/schemas/simulation-run';
import { persistentDocument } from '@/state/persistent-document';
import { simulationDocument } from '@/state/documents/simulation';
import {
  applyAction,
  arrivedInjects,
  currentStep,
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
} from '@/domain/simulation/engine';
import { SPEEDS, interruptClock, isClockRunning, timeOfDay } from '@/domain/simulation/clock';
import { tallyLeader } from '@/domain/simulation/room-recap';
import { InjectFeed } from './feed';
import { CHANNEL_LABELS } from './channels';
import { renderRoomRecap } from './room-recap-view';
import { sitePath } from '@/components/shared/site-path';
import { SiteElement, defineElement, readPageData } from '@/components/shared/site-element';

function formatTimer(minutes: number): string {
  const seconds = Math.floor(minutes * 60);
  return [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, '0')).join(':');
}

class SimulationFacilitatorElement extends SiteElement {
  #store = persistentDocument(simulationDocument);
  #scenario!: Scenario;
  #id = '';
  #projector = false;
  #feed!: InjectFeed;
  #timer: ReturnType<typeof setInterval> | undefined;
  #savedMinute = -1;
  #session = '';
  #recapFor = '';
  #confirmReset = false;
  #channel: BroadcastChannel | undefined;

  protected start(signal: AbortSignal): void {
    this.#scenario = readPageData<Scenario>(this, 'scenario', 'title', 'unit', 'steps');
    this.#id = this.dataset.scenarioId ?? '';
    this.#projector = this.dataset.view === 'proyektor';
    this.#feed = new InjectFeed(this.find('[data-feed]'), this.#scenario);
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action]')) button.disabled = false;
    this.#on('fullscreen', () => void this.querySelector<HTMLElement>('[data-stage]')?.requestFullscreen?.());
    if ('BroadcastChannel' in window) {
      this.#channel = new BroadcastChannel(`siaga-krisis:sesi:${this.#id}`);
      // The storage event already carries every change; the message makes the projector redraw without waiting for it.
      this.#channel.onmessage = () => this.#render();
    }
    if (!this.#projector) this.#bindControls();
    this.watch(this.#store.$data, () => this.#render());
    this.#timer = setInterval(() => this.#tick(), 250);
    signal.addEventListener(
      'abort',
      () => {
        clearInterval(this.#timer);
        this.#channel?.close();
      },
      { once: true },
    );
  }

  #bindControls(): void {
    this.#on('start', () => this.startSession());
    this.#on('projector', () => this.openProjector());
    this.#on('release', () => this.releaseNextInject());
    this.#on('schedule', () => this.toggleSchedule());
    this.#on('reset', () => this.resetSession());
    this.#on('reveal', () => this.toggleReveal());
    this.#on('print', () => window.print());
    for (const form of this.querySelectorAll<HTMLFormElement>('[data-room-choice], [data-room-writing]')) {
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.continueStory(form);
      });
    }
    const stored = this.#run();
    if (stored && isClockRunning(stored.clock)) this.#save({ ...stored, clock: interruptClock(stored.clock) });
    window.addEventListener('pagehide', () => this.#saveClock());
  }

  #on(action: string, handler: () => void): void {
    this.querySelector(`[data-action="${action}"]`)?.addEventListener('click', handler, { signal: this.connection });
  }

  #run(): SimulationRun | undefined {
    const run = this.#store.$data.get().facilitator[this.#id];
    return run && isRunCompatible(this.#scenario, run) ? run : undefined;
  }

  /** Only the trainer's window writes; the projector is told straight away. */
  #save(run: SimulationRun | undefined): void {
    if (this.#projector) return;
    this.#store.update((store) => {
      const { [this.#id]: _old, ...others } = store.facilitator;
      return { ...store, facilitator: run ? { ...others, [this.#id]: run } : others };
    });
    this.#channel?.postMessage('changed');
  }

  startSession(): void {
    this.#save(startRun(this.#scenario, this.#id, SPEEDS.realtime, Date.now()));
    this.querySelector<HTMLElement>('[data-stage]')?.focus();
  }

  /** Opens the projector window: the same session, without the trainer's controls. */
  openProjector(): void {
    window.open(sitePath(`/latihan/simulasi/${this.#id}/layar/`), `siaga-krisis-layar-${this.#id}`, 'popup');
  }

  releaseNextInject(): void {
    const run = this.#run();
    if (run) this.#save(skipToNextEvent(this.#scenario, run, Date.now()));
  }

  toggleSchedule(): void {
    const run = this.#run();
    if (!run) return;
    this.#save(isClockRunning(run.clock) ? pauseRun(this.#scenario, run, Date.now()) : resumeRun(this.#scenario, run, Date.now()));
  }

  toggleReveal(): void {
    const run = this.#run();
    if (!run) return;
    const { revealed: _was, ...rest } = run;
    this.#save(run.revealed ? rest : { ...rest, revealed: true });
  }

  resetSession(): void {
    const button = this.find<HTMLButtonElement>('[data-action="reset"]');
    if (!this.#confirmReset) {
      this.#confirmReset = true;
      button.textContent = 'Yakin? Klik lagi untuk mengulang';
      return;
    }
    this.#confirmReset = false;
    button.textContent = 'Ulang sesi';
    this.#save(undefined);
    this.#feed.reset();
    for (const input of this.querySelectorAll<HTMLInputElement>('[data-room-choice] input')) {
      if (input.type === 'radio') input.checked = false;
      else input.value = '';
    }
    this.querySelector<HTMLButtonElement>('[data-action="start"]')?.focus();
  }

  /** The room has voted (or handed in its text): record the tally and the room's choice, and move the story on. */
  continueStory(form: HTMLFormElement): void {
    const run = this.#run();
    if (!run) return;
    const error = this.find('[data-error]');
    if (form.hasAttribute('data-room-choice')) {
      const tally: Record<string, number> = {};
      for (const input of form.querySelectorAll<HTMLInputElement>('[data-tally]')) {
        if (input.value.trim() === '') continue;
        const count = Number(input.value);
        if (!Number.isInteger(count) || count < 0) {
          error.textContent = 'Jumlah suara harus bilangan bulat 0 atau lebih.';
          input.focus();
          return;
        }
        tally[input.dataset.tally!] = count;
      }
      const chosen = form.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? tallyLeader(tally);
      if (!chosen) {
        error.textContent = 'Tandai pilihan ruangan, atau isi jumlah suara sehingga satu opsi unggul.';
        form.querySelector<HTMLInputElement>('input')?.focus();
        return;
      }
      const result = applyAction(this.#scenario, run, { kind: 'keputusan', optionId: chosen, tally }, Date.now());
      error.textContent = result.ok ? '' : result.reason;
      if (result.ok) this.#save(result.run);
      return;
    }
    const result = applyAction(this.#scenario, run, { kind: 'tulisan', text: '' }, Date.now());
    error.textContent = result.ok ? '' : result.reason;
    if (result.ok) this.#save(result.run);
  }

  #tick(): void {
    const run = this.#run();
    if (!run) return;
    const minute = Math.floor(runMinutes(this.#scenario, run, Date.now()));
    if (!this.#projector && isClockRunning(run.clock) && minute !== this.#savedMinute) {
      this.#savedMinute = minute;
      this.#saveClock();
    } else this.#renderStage(run);
  }

  #saveClock(): void {
    const run = this.#run();
    if (run && isClockRunning(run.clock) && !isRunEnded(this.#scenario, run)) this.#save(rebaseRun(this.#scenario, run, Date.now()));
  }

  #render(): void {
    const run = this.#run();
    this.find<HTMLElement>('[data-stage]').hidden = !run;
    const start = this.querySelector<HTMLButtonElement>('[data-action="start"]');
    if (start) start.hidden = Boolean(run);
    const waiting = this.querySelector<HTMLElement>('[data-waiting-session]');
    if (waiting) waiting.hidden = Boolean(run);
    if (!run) {
      this.#session = '';
      this.#feed.reset();
      return;
    }
    if (this.#session !== run.startedAt) {
      this.#feed.reset();
      this.#session = run.startedAt;
    }
    this.#renderStage(run);
  }

  #renderStage(run: SimulationRun): void {
    const now = Date.now();
    const minute = runMinutes(this.#scenario, run, now);
    const running = isClockRunning(run.clock);
    const ended = isRunEnded(this.#scenario, run);
    this.find('[data-timer]').textContent = formatTimer(minute);
    this.find('[data-clock-time]').textContent = timeOfDay(this.#scenario.startTime, minute);
    this.find('[data-clock-state]').textContent = ended ? 'selesai' : running ? 'jadwal berjalan' : 'jadwal dijeda';
    const next = nextEventMinute(this.#scenario, run, now);
    const schedule = this.querySelector<HTMLButtonElement>('[data-action="schedule"]');
    if (schedule) {
      schedule.textContent = running ? 'Jeda jadwal' : 'Jalankan jadwal';
      schedule.setAttribute('aria-pressed', String(running));
      schedule.disabled = ended;
    }
    const release = this.querySelector<HTMLButtonElement>('[data-action="release"]');
    if (release) release.disabled = next === undefined;

    const fresh = this.#feed.update(run, minute);
    for (const item of this.querySelectorAll<HTMLElement>('[data-feed-item]')) item.hidden = !item.hasAttribute('data-arrived');
    const announcer = this.find('[data-announcer]');
    if (fresh.length > 0)
      announcer.textContent = fresh.map((f) => `Kabar masuk: ${CHANNEL_LABELS[f.inject.channel]}, ${f.inject.from}.`).join(' ');

    const step = currentStep(this.#scenario, run);
    const open = ended || isTaskOpen(this.#scenario, run, now);
    // Questions for the room wait until every message of the step is out: none may speak of one not yet released.
    const arrived = new Set(arrivedInjects(this.#scenario, run, minute).map((a) => a.inject.id));
    const allReleased = step.injects.every((inject) => arrived.has(inject.id));
    for (const section of this.querySelectorAll<HTMLElement>('[data-stage-step]')) {
      const active = open && section.dataset.stageStep === step.id;
      section.hidden = !active;
      for (const control of section.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) control.disabled = !active;
      const discussion = section.querySelector<HTMLElement>('[data-discussion]');
      if (discussion) discussion.hidden = !(active && allReleased);
    }
    const nextLine = this.querySelector('[data-next]');
    if (nextLine) {
      nextLine.textContent = ended
        ? 'Simulasi selesai. Lanjutkan dengan rapat evaluasi; tampilkan opsi yang dianjurkan di layar proyektor bila ruangan sudah siap.'
        : next === undefined
          ? 'Semua kabar langkah ini sudah dikeluarkan. Tunggu keputusan ruangan.'
          : `Kabar berikutnya pukul ${timeOfDay(this.#scenario.startTime, next)} (dalam ${Math.ceil(next - minute)} menit).`;
    }
    const reveal = this.querySelector<HTMLButtonElement>('[data-action="reveal"]');
    if (reveal) {
      reveal.setAttribute('aria-pressed', String(Boolean(run.revealed)));
      reveal.textContent = run.revealed
        ? 'Sembunyikan opsi yang dianjurkan dari layar proyektor'
        : 'Tampilkan opsi yang dianjurkan di layar proyektor';
    }
    const key = `${run.startedAt}/${run.actions.length}/${run.revealed ? 1 : 0}`;
    if (ended && this.#recapFor !== key) {
      this.#recapFor = key;
      const container = this.querySelector<HTMLElement>(`[data-stage-step="${step.id}"] [data-recap]`);
      // The trainer's window always shows what is recommended; the projector only after the reveal.
      if (container) renderRoomRecap(container, this.#scenario, run, this.#id, !this.#projector || Boolean(run.revealed));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'simulation-facilitator': SimulationFacilitatorElement;
  }
}

defineElement('simulation-facilitator', SimulationFacilitatorElement);
