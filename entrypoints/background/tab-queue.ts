// Bounded work per tab. A page (or a site forging messages through its content
// script's observer) can send as much as it likes; the background analyses at
// most MAX_PER_SECOND snapshots per tab. Over the limit, only the newest one
// waits for the next slot (trailing), so the last state of an SPA is never lost.
// Work on one tab's record runs one at a time (no lost updates).

export const MIN_INTERVAL_MS = 250; // 4 per second per tab

interface Slot<T> {
  last: number;
  pending: T | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export class TabThrottle<T> {
  private readonly slots = new Map<number, Slot<T>>();

  constructor(
    private readonly run: (tabId: number, item: T) => Promise<void>,
    private readonly onReplaced: () => void,
    private readonly intervalMs = MIN_INTERVAL_MS,
  ) {}

  /** Run now when the tab's slot is free, else keep `item` as the one pending (replacing an older one). */
  submit(tabId: number, item: T): Promise<void> | undefined {
    const now = Date.now();
    const slot = this.slots.get(tabId) ?? { last: -Infinity, pending: undefined, timer: undefined };
    this.slots.set(tabId, slot);
    const wait = slot.last + this.intervalMs - now;
    if (wait <= 0 && slot.timer === undefined) {
      slot.last = now;
      return this.run(tabId, item);
    }
    if (slot.pending !== undefined) this.onReplaced();
    slot.pending = item;
    slot.timer ??= setTimeout(
      () => {
        slot.timer = undefined;
        const next = slot.pending;
        slot.pending = undefined;
        if (next === undefined) return;
        slot.last = Date.now();
        void this.run(tabId, next);
      },
      Math.max(0, wait),
    );
    return undefined;
  }

  /** Forget a tab (closed or navigated): a pending item of the old page is dropped. */
  forget(tabId: number): void {
    const slot = this.slots.get(tabId);
    if (slot?.timer !== undefined) clearTimeout(slot.timer);
    this.slots.delete(tabId);
  }
}

/** Small token bucket for cheap messages (page-reported permission batches). */
export class TabBucket {
  private readonly buckets = new Map<number, { tokens: number; at: number }>();

  constructor(
    private readonly capacity = 4,
    private readonly perSecond = 4,
  ) {}

  take(tabId: number): boolean {
    const now = Date.now();
    const b = this.buckets.get(tabId) ?? { tokens: this.capacity, at: now };
    b.tokens = Math.min(this.capacity, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    this.buckets.set(tabId, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  forget(tabId: number): void {
    this.buckets.delete(tabId);
  }
}

const chains = new Map<number, Promise<unknown>>();

/** Run `fn` after every earlier job of the same tab has finished. */
export function withTab<R>(tabId: number, fn: () => Promise<R>): Promise<R> {
  const prev = chains.get(tabId) ?? Promise.resolve();
  const next = prev.then(fn, fn);
  const settled = next.catch(() => undefined);
  chains.set(tabId, settled);
  void settled.then(() => {
    if (chains.get(tabId) === settled) chains.delete(tabId);
  });
  return next;
}
