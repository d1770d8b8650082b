import { describe, expect, it } from 'vitest';
import {
  DeadlineInputError,
  addClockHours,
  addWorkingDays,
  complaintDeadline,
  parseZone,
  statutoryDeadline,
  type DeadlineInputErrorCode,
} from '../../../analyzer/report/deadlines';

const ok = new Date('2026-01-09T03:00:00Z');

function codeOf(run: () => unknown): DeadlineInputErrorCode | 'no-throw' | 'other-error' {
  try {
    run();
    return 'no-throw';
  } catch (error) {
    return error instanceof DeadlineInputError ? error.code : 'other-error';
  }
}

// Stand-ins for values that arrive untyped (CLI flags, JSON): typed as unknown,
// narrowed only by the library's own checks.
const fromOutside = (value: unknown): never => value as never;

describe('bad input throws DeadlineInputError with a code', () => {
  it.each([
    {
      name: 'invalid Date to addClockHours',
      run: () => addClockHours(new Date('nope'), 72),
      code: 'invalid-date',
    },
    { name: 'negative hours', run: () => addClockHours(ok, -1), code: 'invalid-hours' },
    { name: 'fractional hours', run: () => addClockHours(ok, 1.5), code: 'invalid-hours' },
    { name: 'NaN hours', run: () => addClockHours(ok, Number.NaN), code: 'invalid-hours' },
    {
      name: 'invalid Date to addWorkingDays',
      run: () => addWorkingDays(new Date(Number.NaN), 5, { zone: 'WIB' }),
      code: 'invalid-date',
    },
    {
      name: 'negative days',
      run: () => addWorkingDays(ok, -1, { zone: 'WIB' }),
      code: 'invalid-days',
    },
    {
      name: 'non-integer days',
      run: () => addWorkingDays(ok, 2.5, { zone: 'WIB' }),
      code: 'invalid-days',
    },
    {
      name: 'infinite days',
      run: () => addWorkingDays(ok, Number.POSITIVE_INFINITY, { zone: 'WIB' }),
      code: 'invalid-days',
    },
    {
      name: 'absurd day count',
      run: () => addWorkingDays(ok, 100_000, { zone: 'WIB' }),
      code: 'invalid-days',
    },
    {
      name: 'unknown zone',
      run: () => addWorkingDays(ok, 5, { zone: fromOutside('UTC') }),
      code: 'invalid-zone',
    },
    { name: 'parseZone of junk', run: () => parseZone('Asia/Jakarta'), code: 'invalid-zone' },
    {
      name: 'unknown statutory kind',
      run: () => statutoryDeadline(fromOutside('erasure'), ok),
      code: 'invalid-kind',
    },
    {
      name: 'invalid Date to statutoryDeadline (no-deadline kind too)',
      run: () => statutoryDeadline('deletion', new Date('x')),
      code: 'invalid-date',
    },
    {
      name: 'unknown complaint kind',
      run: () => complaintDeadline(fromOutside('appeal'), ok, { zone: 'WIB' }),
      code: 'invalid-kind',
    },
    {
      name: 'a string instead of a Date',
      run: () => addClockHours(fromOutside('2026-01-09'), 72),
      code: 'invalid-date',
    },
  ] as const)('$name', ({ run, code }) => {
    expect(codeOf(run)).toBe(code);
  });

  it('message says what was wrong', () => {
    expect(() => addWorkingDays(ok, -3, { zone: 'WIB' })).toThrow(
      /days must be a whole number from 0 to 1000, got -3/,
    );
  });

  it('accepts each valid zone', () => {
    expect(['WIB', 'WITA', 'WIT'].map(parseZone)).toEqual(['WIB', 'WITA', 'WIT']);
  });
});
