import { LedgerError, type LedgerErrorCode } from '../history/errors';

// Small helpers shared by the dashboard page and its worker (so the worker
// does not pull in labels and rule texts).

/** Any failure as a LedgerError, so the page always has a message in both languages. */
export function asLedgerError(error: unknown, fallback: LedgerErrorCode): LedgerError {
  if (error instanceof LedgerError) return error;
  return new LedgerError(fallback, error instanceof Error ? error.name : undefined, {
    cause: error,
  });
}

/** Lets the browser paint (a busy state) before a long step starts. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
