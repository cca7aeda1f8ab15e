/**
 * The simulation clock, as plain data so it can be stored and survive a reload. Time is passed in (`now`, in
 * milliseconds) rather than read, so every function is deterministic.
 */
import type { SimulationClock } from '@/schemas/simulation-run';

/** Simulated minutes per real minute offered at the start. */
export const SPEEDS = { realtime: 1, accelerated: 10 } as const;

export function startClock(speed: number, now: number): SimulationClock {
  return { minutes: 0, runningSince: now, speed };
}

/** Simulated minutes shown at `now`. A clock read "before" it started (a changed system time) never goes back. */
export function clockMinutes(clock: SimulationClock, now: number): number {
  if (clock.runningSince === null) return clock.minutes;
  return clock.minutes + (Math.max(0, now - clock.runningSince) / 60_000) * clock.speed;
}

export function isClockRunning(clock: SimulationClock): boolean {
  return clock.runningSince !== null;
}

export function pauseClock(clock: SimulationClock, now: number): SimulationClock {
  return clock.runningSince === null ? clock : { ...clock, minutes: clockMinutes(clock, now), runningSince: null };
}

export function resumeClock(clock: SimulationClock, now: number): SimulationClock {
  return clock.runningSince === null ? { ...clock, runningSince: now } : clock;
}

/** The same time, restated from `now`: saved regularly, so a reload knows how far the clock had come. */
export function rebaseClock(clock: SimulationClock, now: number): SimulationClock {
  return clock.runningSince === null ? clock : { ...clock, minutes: clockMinutes(clock, now), runningSince: now };
}

/**
 * A clock read back after the page was closed: it stops where it was last saved (by rebaseClock), because the
 * time the page was closed is not the participant's time.
 */
export function interruptClock(clock: SimulationClock): SimulationClock {
  return { ...clock, runningSince: null };
}

/** Moves the clock forward to `minutes` (never back), keeping it running or paused. */
export function advanceClockTo(clock: SimulationClock, minutes: number, now: number): SimulationClock {
  const current = clockMinutes(clock, now);
  const target = Math.max(current, minutes);
  return { ...clock, minutes: target, runningSince: clock.runningSince === null ? null : now };
}

/** "05.30" plus 47 minutes is "06.17"; wraps past midnight. */
export function timeOfDay(startTime: string, minutes: number): string {
  const [h = 0, m = 0] = startTime.split('.').map(Number);
  const total = (((h * 60 + m + Math.floor(minutes)) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}.${String(total % 60).padStart(2, '0')}`;
}
