// One error type for every bad input, so callers (letters, CLI) can tell a
// caller mistake from a bug with `instanceof` and branch on `code`.

export const DEADLINE_INPUT_ERROR_CODES = [
  'invalid-date',
  'invalid-days',
  'invalid-hours',
  'invalid-zone',
  'invalid-kind',
] as const;
export type DeadlineInputErrorCode = (typeof DEADLINE_INPUT_ERROR_CODES)[number];

export class DeadlineInputError extends Error {
  override readonly name = 'DeadlineInputError';
  readonly code: DeadlineInputErrorCode;

  constructor(code: DeadlineInputErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export function assertValidDate(value: unknown, label: string): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new DeadlineInputError(
      'invalid-date',
      `${label} must be a valid Date, got ${String(value)}`,
    );
  }
}

// The cap keeps a typo (30000 for 30) from looping over a century of dates.
export const MAX_WORKING_DAYS = 1000;
export const MAX_CLOCK_HOURS = 24 * 366;

export function assertCount(
  value: number,
  max: number,
  code: 'invalid-days' | 'invalid-hours',
  label: string,
): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new DeadlineInputError(
      code,
      `${label} must be a whole number from 0 to ${max}, got ${String(value)}`,
    );
  }
}
