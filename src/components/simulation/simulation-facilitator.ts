/**
 * <simulation-facilitator>: the trainer's projector view. The session is a run like a participant's (kept under
 * "facilitator" in the simulation document), played at real-time speed: running the schedule releases injects at
 * their minute; "Rilis inject berikutnya" jumps to the next one; the room's choice at a decision steers the story.
 */
import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import type { Scenario } from '@/schemas/scenario';
import type { SimulationRun } from '@/schemas/simulation-run';
import { persistentDocument } from '@/state/persistent-document';
import { simulationDocument } from '@/state/documents/simulation';
import { applyAction, currentStep, isRunCompatible, isRunEnded, isTaskOpen, nextEventMinute, pauseRun, resumeRun, skipToNextEvent, startRun } from '@/domain/simulation/engine';
import { SPEEDS, clockMinutes, interruptClock, isClockRunning, rebaseClock, timeOfDay } from '@/domain/simulation/clock';
import { InjectFeed } from './feed';
import { CHANNEL_LABELS } from './channels';

function formatTimer(minutes: number): string {
  const seconds = Math.floor(minutes * 60);
  return [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, '0')).join(':');
}

class SimulationFacilitatorElement extends HTMLElement {
  #store = persistentDocument(simulationDocument);
  #scenario!: Scenario;
  #id = '';
  #feed!: InjectFeed;
  #timer: ReturnType<typeof setInterval> | undefined;
  #savedMinute = -1;
  #session = '';
  #confirmReset = false;

  connectedCallback(): void {
    this.#scenario = JSON.parse(this.querySelector('[data-scenario]')?.textContent ?? '{}') as Scenario;
    this.#id = this.dataset.scenarioId ?? '';
    this.#feed = new InjectFeed(this.querySelector('[data-feed]')!, this.#scenario);
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action]')) button.disabled = false;
    this.#on('start', () => this.startSession());
    this.#on('release', () => this.releaseNextInject());
    this.#on('schedule', () => this.toggleSchedule());
    this.#on('reset', () => this.resetSession());
    this.#on('fullscreen', () => void this.querySelector<HTMLElement>('[data-stage]')?.requestFullscreen?.());
    this.#on('print', () => window.print());
    for (const form of this.querySelectorAll<HTMLFormElement>('[data-room-choice], [data-room-writing]')) {
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.continueStory(form);
      });
    }
    const stored = this.#run();
    if (stored && isClockRunning(stored.clock)) this.#save({ ...stored, clock: interruptClock(stored.clock) });
    this.#store.$data.subscribe(() => this.#render());
    this.#timer = setInterval(() => this.#tick(), 250);
    window.addEventListener('pagehide', () => this.#saveClock());
  }

  disconnectedCallback(): void {
    clearInterval(this.#timer);
  }

  #on(action: string, handler: () => void): void {
    this.querySelector(`[data-action="${action}"]`)?.addEventListener('click', handler);
  }

  #run(): SimulationRun | undefined {
    const run = this.#store.$data.get().facilitator[this.#id];
    return run && isRunCompatible(this.#scenario, run) ? run : undefined;
  }

  #save(run: SimulationRun | undefined): void {
    this.#store.update((store) => {
      const { [this.#id]: _old, ...others } = store.facilitator;
      return { ...store, facilitator: run ? { ...others, [this.#id]: run } : others };
    });
  }

  startSession(): void {
    this.#save(startRun(this.#scenario, this.#id, SPEEDS.realtime, Date.now()));
    this.querySelector<HTMLElement>('[data-stage]')?.focus();
  }

  releaseNextInject(): void {
    const run = this.#run();
    if (run) this.#save(skipToNextEvent(this.#scenario, run, Date.now()));
  }

  toggleSchedule(): void {
    const run = this.#run();
    if (!run) return;
    this.#save(isClockRunning(run.clock) ? pauseRun(run, Date.now()) : resumeRun(this.#scenario, run, Date.now()));
  }

  resetSession(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-action="reset"]')!;
    if (!this.#confirmReset) {
      this.#confirmReset = true;
      button.textContent = 'Yakin? Klik lagi untuk mengulang';
      return;
    }
    this.#confirmReset = false;
    button.textContent = 'Ulang sesi';
    this.#save(undefined);
    this.#feed.reset();
    this.querySelector<HTMLButtonElement>('[data-action="start"]')?.focus();
  }

  /** The room has chosen (or handed in its text): record it and move the story on. */
  continueStory(form: HTMLFormElement): void {
    const run = this.#run();
    if (!run) return;
    const error = this.querySelector('[data-error]')!;
    const chosen = form.querySelector<HTMLInputElement>('input:checked');
    if (form.hasAttribute('data-room-choice') && !chosen) {
      error.textContent = 'Tandai pilihan ruangan terlebih dahulu.';
      return;
    }
    const result = applyAction(this.#scenario, run, chosen ? { kind: 'keputusan', optionId: chosen.value } : { kind: 'tulisan', text: '' }, Date.now());
    error.textContent = result.ok ? '' : result.reason;
    if (result.ok) this.#save(result.run);
  }

  #tick(): void {
    const run = this.#run();
    if (!run) return;
    const minute = Math.floor(clockMinutes(run.clock, Date.now()));
    if (isClockRunning(run.clock) && minute !== this.#savedMinute) {
      this.#savedMinute = minute;
      this.#saveClock();
    } else this.#renderStage(run);
  }

  #saveClock(): void {
    const run = this.#run();
    if (run && isClockRunning(run.clock) && !isRunEnded(this.#scenario, run)) this.#save({ ...run, clock: rebaseClock(run.clock, Date.now()) });
  }

  #render(): void {
    const run = this.#run();
    this.querySelector<HTMLElement>('[data-stage]')!.hidden = !run;
    this.querySelector<HTMLButtonElement>('[data-action="start"]')!.hidden = Boolean(run);
    if (!run) {
      this.#session = '';
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
    const minute = clockMinutes(run.clock, now);
    const running = isClockRunning(run.clock);
    const ended = isRunEnded(this.#scenario, run);
    this.querySelector('[data-timer]')!.textContent = formatTimer(minute);
    this.querySelector('[data-clock-time]')!.textContent = timeOfDay(this.#scenario.startTime, minute);
    this.querySelector('[data-clock-state]')!.textContent = ended ? 'selesai' : running ? 'jadwal berjalan' : 'jadwal dijeda';
    const schedule = this.querySelector<HTMLButtonElement>('[data-action="schedule"]')!;
    schedule.textContent = running ? 'Jeda jadwal' : 'Jalankan jadwal';
    schedule.setAttribute('aria-pressed', String(running));
    schedule.disabled = ended;
    const next = nextEventMinute(this.#scenario, run, now);
    this.querySelector<HTMLButtonElement>('[data-action="release"]')!.disabled = next === undefined;

    const fresh = this.#feed.update(run, minute);
    for (const item of this.querySelectorAll<HTMLElement>('[data-feed-item]')) item.hidden = !item.hasAttribute('data-arrived');
    if (fresh.length > 0) {
      this.querySelector('[data-announcer]')!.textContent = fresh.map((f) => `Kabar masuk: ${CHANNEL_LABELS[f.inject.channel]}, ${f.inject.from}.`).join(' ');
    }

    const step = currentStep(this.#scenario, run);
    const open = ended || isTaskOpen(this.#scenario, run, now);
    for (const section of this.querySelectorAll<HTMLElement>('[data-stage-step]')) {
      const active = open && section.dataset.stageStep === step.id;
      section.hidden = !active;
      for (const control of section.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) control.disabled = !active;
    }
    this.querySelector('[data-next]')!.textContent = ended
      ? 'Simulasi selesai. Lanjutkan dengan rapat evaluasi.'
      : next === undefined
        ? 'Semua kabar langkah ini sudah dikeluarkan. Tunggu keputusan ruangan.'
        : `Kabar berikutnya pukul ${timeOfDay(this.#scenario.startTime, next)} (dalam ${Math.ceil(next - minute)} menit).`;
  }
}

if (!customElements.get('simulation-facilitator')) customElements.define('simulation-facilitator', SimulationFacilitatorElement);
