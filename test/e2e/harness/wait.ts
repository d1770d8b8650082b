// Polling without timing assertions: wait until a probe returns a value the
// predicate accepts, or fail with the last value seen (which says why).

export async function waitFor<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  options: { timeout?: number; interval?: number; what?: string } = {},
): Promise<T> {
  const timeout = options.timeout ?? 15_000;
  const interval = options.interval ?? 150;
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      if (accept(last)) return last;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const seen = last === undefined ? String(lastError) : JSON.stringify(last).slice(0, 1500);
      throw new Error(`timed out waiting for ${options.what ?? 'condition'}; last seen: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
