// Debug counters: how many messages were dropped, and why. In memory only; read
// them from the service worker's console (`counters`) or in tests.

export const DROP_REASONS = [
  'sender',
  'unknown_type',
  'invalid',
  'throttled',
  'url_mismatch',
  'error',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export const counters: { accepted: number; dropped: Record<DropReason, number> } = {
  accepted: 0,
  dropped: {
    sender: 0,
    unknown_type: 0,
    invalid: 0,
    throttled: 0,
    url_mismatch: 0,
    error: 0,
  },
};

export function drop(reason: DropReason): undefined {
  counters.dropped[reason] += 1;
  return undefined;
}

export function resetCounters(): void {
  counters.accepted = 0;
  for (const reason of DROP_REASONS) counters.dropped[reason] = 0;
}
