/**
 * Shows a run's arrived injects in a feed of build-time inject cards (newest first), with their time of day and
 * rising share counts. Shared by the participant's player and the facilitator's projector view.
 */
import type { Scenario } from '@/schemas/scenario';
import type { SimulationRun } from '@/schemas/simulation-run';
import { arrivedInjects, type ArrivedInject } from '@/domain/simulation/engine';
import { timeOfDay } from '@/domain/simulation/clock';
import { sharesAfter } from './channels';

export class InjectFeed {
  #shown = new Map<string, number>();
  constructor(
    private readonly feed: HTMLElement,
    private readonly scenario: Scenario,
  ) {}

  /** Hides every card: a new run starts with an empty feed. */
  reset(): void {
    this.#shown.clear();
    for (const item of this.feed.querySelectorAll<HTMLElement>('[data-feed-item]')) {
      item.hidden = true;
      item.removeAttribute('data-arrived');
      item.removeAttribute('data-new');
    }
  }

  /** Reveals what has arrived by `minute` and returns the injects that are new since the last call. */
  update(run: SimulationRun, minute: number): ArrivedInject[] {
    const arrived = arrivedInjects(this.scenario, run, minute);
    const fresh = arrived.filter((a) => !this.#shown.has(a.inject.id));
    for (const { inject, minute: at } of fresh) {
      const item = this.feed.querySelector<HTMLElement>(`[data-feed-item="${inject.id}"]`);
      if (!item) continue;
      this.#shown.set(inject.id, at);
      item.dataset.arrived = '';
      const time = item.querySelector('[data-inject-time]');
      if (time) time.textContent = timeOfDay(this.scenario.startTime, at);
      this.feed.prepend(item);
    }
    for (const counter of this.feed.querySelectorAll<HTMLElement>('[data-arrived] [data-shares]')) {
      const id = counter.closest<HTMLElement>('[data-feed-item]')?.dataset.feedItem ?? '';
      const since = minute - (this.#shown.get(id) ?? minute);
      counter.textContent = sharesAfter({ start: Number(counter.dataset.start), perMinute: Number(counter.dataset.perMinute) }, since);
    }
    return fresh;
  }

  get count(): number {
    return this.#shown.size;
  }
}
