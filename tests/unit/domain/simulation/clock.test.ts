import { describe, expect, it } from 'vitest';
import {
  advanceClockTo,
  clockMinutes,
  interruptClock,
  isClockRunning,
  pauseClock,
  rebaseClock,
  resumeClock,
  startClock,
  timeOfDay,
} from '@/domain/simulation/clock';

const MINUTE = 60_000;

describe('simulation clock', () => {
  it('runs in real time at speed 1 and ten times faster at speed 10', () => {
    expect(clockMinutes(startClock(1, 0), 3 * MINUTE)).toBe(3);
    expect(clockMinutes(startClock(10, 0), 3 * MINUTE)).toBe(30);
  });

  it('stops while paused and continues from there after resuming', () => {
    const paused = pauseClock(startClock(10, 0), MINUTE);
    expect(isClockRunning(paused)).toBe(false);
    expect(clockMinutes(paused, 50 * MINUTE)).toBe(10);
    const resumed = resumeClock(paused, 50 * MINUTE);
    expect(clockMinutes(resumed, 51 * MINUTE)).toBe(20);
    expect(pauseClock(paused, 99 * MINUTE)).toBe(paused);
    expect(resumeClock(resumed, 99 * MINUTE)).toBe(resumed);
  });

  it('never goes back when the system time does', () => {
    expect(clockMinutes(startClock(1, 10 * MINUTE), 0)).toBe(0);
  });

  it('jumps forward but never back, keeping its running state', () => {
    const running = startClock(1, 0);
    expect(clockMinutes(advanceClockTo(running, 15, MINUTE), MINUTE)).toBe(15);
    expect(clockMinutes(advanceClockTo(running, 15, MINUTE), 2 * MINUTE)).toBe(16);
    expect(clockMinutes(advanceClockTo(running, 0, 5 * MINUTE), 5 * MINUTE)).toBe(5);
    expect(isClockRunning(advanceClockTo(pauseClock(running, 0), 15, MINUTE))).toBe(false);
  });

  it('restates the time when saved, and after a reload stops where it was last saved', () => {
    const saved = rebaseClock(startClock(10, 0), 2 * MINUTE);
    expect(saved).toEqual({ minutes: 20, runningSince: 2 * MINUTE, speed: 10 });
    const reloaded = interruptClock(saved);
    expect(clockMinutes(reloaded, 90 * MINUTE)).toBe(20);
    expect(isClockRunning(reloaded)).toBe(false);
    expect(rebaseClock(reloaded, 5 * MINUTE)).toBe(reloaded);
  });

  it.each([
    ['05.30', 0, '05.30'],
    ['05.30', 47.9, '06.17'],
    ['23.50', 15, '00.05'],
    ['00.00', 1440, '00.00'],
  ])('%s plus %d minutes reads %s', (start, minutes, expected) => {
    expect(timeOfDay(start, minutes)).toBe(expected);
  });
});
