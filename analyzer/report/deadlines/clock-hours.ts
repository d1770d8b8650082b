import { MAX_CLOCK_HOURS, assertCount, assertValidDate } from './errors';
import { type Zone, localDate, parseZone, toLocalIso, utcOffsetLabel } from './zones';

const MS_PER_HOUR = 3_600_000;

/**
 * "3 × 24 jam": elapsed hours on the clock. Nights, weekends and holidays do
 * not stop it, so this is plain instant arithmetic and needs no zone.
 */
export function addClockHours(start: Date, hours: number): Date {
  assertValidDate(start, 'start');
  assertCount(hours, MAX_CLOCK_HOURS, 'invalid-hours', 'hours');
  return new Date(start.getTime() + hours * MS_PER_HOUR);
}

export interface ClockHourOptions {
  /** Zone used only to print local times; the instant is the same in every zone. Default WIB. */
  readonly zone?: Zone;
}

export interface ClockHourResult {
  readonly basis: 'clock-hours';
  readonly hours: number;
  readonly zone: Zone;
  readonly utcOffset: string;
  readonly startIso: string;
  readonly startLocalIso: string;
  readonly deadline: Date;
  readonly deadlineIso: string;
  readonly deadlineLocalIso: string;
  readonly deadlineLocalDate: string;
  /** Clock hours need no holiday table, so the result is always complete. */
  readonly complete: true;
  readonly missingYears: readonly number[];
}

export function clockHourDeadline(
  start: Date,
  hours: number,
  opts: ClockHourOptions = {},
): ClockHourResult {
  const zone = parseZone(opts.zone ?? 'WIB');
  const deadline = addClockHours(start, hours);
  return {
    basis: 'clock-hours',
    hours,
    zone,
    utcOffset: utcOffsetLabel(zone),
    startIso: start.toISOString(),
    startLocalIso: toLocalIso(start, zone),
    deadline,
    deadlineIso: deadline.toISOString(),
    deadlineLocalIso: toLocalIso(deadline, zone),
    deadlineLocalDate: localDate(deadline, zone),
    complete: true,
    missingYears: [],
  };
}
