import { describe, expect, it } from 'vitest';
import {
  CountLimiter,
  ScanScheduler,
  type ScanPolicy,
  type Timers,
} from '../../../entrypoints/consent.content/schedule';

/** A manual clock: timers fire when the test advances time. */
function fakeTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(id) {
      pending.delete(id);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...pending]
          .filter(([, t]) => t.at <= end)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = end;
    },
  };
}

const POLICY: ScanPolicy = { debounceMs: 300, maxWaitMs: 2000, minIntervalMs: 1000, maxRuns: 3 };

function setup() {
  const timers = fakeTimers();
  const runs: number[] = [];
  const scheduler = new ScanScheduler(() => runs.push(timers.now()), timers, POLICY);
  return { timers, runs, scheduler };
}

describe('ScanScheduler', () => {
  it('runs the first requested scan at once when asked with now', () => {
    const { timers, runs, scheduler } = setup();
    scheduler.request(true);
    timers.advance(0);
    expect(runs).toEqual([0]);
  });

  it('debounces a burst of changes into one scan after the quiet time', () => {
    const { timers, runs, scheduler } = setup();
    scheduler.request(true);
    timers.advance(1500);
    for (let i = 0; i < 5; i++) {
      scheduler.request();
      timers.advance(100);
    }
    timers.advance(1000);
    expect(runs).toEqual([0, 1900 + 300]);
  });

  it('keeps at least the minimum interval between scans', () => {
    const { timers, runs, scheduler } = setup();
    scheduler.request(true);
    timers.advance(10);
    scheduler.request(true);
    timers.advance(5000);
    expect(runs).toEqual([0, 1000]);
  });

  it('still scans during an endless storm of changes (max wait)', () => {
    const { timers, runs, scheduler } = setup();
    for (let t = 0; t < 3000; t += 100) {
      scheduler.request();
      timers.advance(100);
    }
    expect(runs.length).toBeGreaterThanOrEqual(1);
    expect(runs[0]).toBeLessThanOrEqual(2000 + 300);
  });

  it('stops after the scan budget and starts again after reset (SPA navigation)', () => {
    const { timers, runs, scheduler } = setup();
    for (let i = 0; i < 5; i++) {
      scheduler.request(true);
      timers.advance(1500);
    }
    expect(runs).toHaveLength(3);
    expect(scheduler.exhausted).toBe(true);
    expect(scheduler.request()).toBe(false);
    scheduler.reset();
    scheduler.request(true);
    timers.advance(1500);
    expect(runs).toHaveLength(4);
  });

  it('cancel drops a pending scan', () => {
    const { timers, runs, scheduler } = setup();
    scheduler.request();
    scheduler.cancel();
    timers.advance(5000);
    expect(runs).toEqual([]);
    expect(scheduler.pending).toBe(false);
  });
});

describe('CountLimiter', () => {
  it('accepts up to its maximum, then nothing', () => {
    const limiter = new CountLimiter(2);
    expect([limiter.take(), limiter.take(), limiter.take()]).toEqual([true, true, false]);
    expect(limiter.spent).toBe(true);
  });
});
