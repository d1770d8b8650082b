// When scans run: debounced, at most one per interval, a bounded number per
// page, and only when the main thread is idle. Timers are injected so the
// policy is unit-tested without a browser (the content script passes ctx's).

export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface ScanPolicy {
  /** Quiet time after the last change before a scan. */
  debounceMs: number;
  /** A change storm still gets a scan after this long. */
  maxWaitMs: number;
  /** At most one scan per this interval. */
  minIntervalMs: number;
  /** Scans per page (reset on SPA navigation); then observing stops. */
  maxRuns: number;
}

export const DEFAULT_POLICY: ScanPolicy = {
  debounceMs: 300,
  maxWaitMs: 2000,
  minIntervalMs: 1000,
  maxRuns: 20,
};

export class ScanScheduler {
  private timer: number | undefined;
  private firstRequestAt = 0;
  private lastRunAt = Number.NEGATIVE_INFINITY;
  private runs = 0;

  constructor(
    private readonly run: () => void,
    private readonly timers: Timers,
    private readonly policy: ScanPolicy = DEFAULT_POLICY,
  ) {}

  get exhausted(): boolean {
    return this.runs >= this.policy.maxRuns;
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Ask for a scan; `now` skips the debounce (first scan, or the user asked). False when exhausted. */
  request(now = false): boolean {
    if (this.exhausted) return false;
    const t = this.timers.now();
    if (this.timer !== undefined) {
      // Keep the pending scan if changes have been arriving for too long.
      if (!now && t - this.firstRequestAt >= this.policy.maxWaitMs) return true;
      this.timers.clearTimeout(this.timer);
    } else this.firstRequestAt = t;
    const wait = Math.max(
      now ? 0 : this.policy.debounceMs,
      this.lastRunAt + this.policy.minIntervalMs - t,
    );
    this.timer = this.timers.setTimeout(() => this.fire(), wait);
    return true;
  }

  cancel(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** A new page (SPA navigation): the scan budget starts again. */
  reset(): void {
    this.cancel();
    this.runs = 0;
  }

  private fire(): void {
    this.timer = undefined;
    if (this.exhausted) return;
    this.lastRunAt = this.timers.now();
    this.runs++;
    this.run();
  }
}

/** Run `fn` when the main thread is idle (or after `timeoutMs` at the latest). */
export function whenIdle(
  fn: () => void,
  timeoutMs: number,
  schedule: {
    requestIdleCallback?: (cb: () => void, options: { timeout: number }) => number;
    setTimeout: (cb: () => void, ms: number) => number;
  },
): void {
  if (schedule.requestIdleCallback) schedule.requestIdleCallback(fn, { timeout: timeoutMs });
  else schedule.setTimeout(fn, 0);
}

/** Accepts at most `max` items per page load; forged floods stop at the cap. */
export class CountLimiter {
  private used = 0;
  constructor(private readonly max: number) {}
  take(): boolean {
    if (this.used >= this.max) return false;
    this.used++;
    return true;
  }
  get spent(): boolean {
    return this.used >= this.max;
  }
}
