import type { LocalisedText } from './citation';
import { MAX_WORKING_DAYS, assertCount, assertValidDate } from './errors';
import { DEFAULT_HOLIDAY_CALENDAR, type HolidayCalendar, type NonWorkingDay } from './holidays';
import { excludedDaysNote } from './note';
import {
  type Zone,
  dayNumberToDate,
  dayNumberYear,
  endOfLocalDay,
  isWeekend,
  localDayNumber,
  parseZone,
  toLocalIso,
  utcOffsetLabel,
} from './zones';

export interface WorkingDayOptions {
  readonly zone: Zone;
  /** Defaults to the shipped tables; tests may pass their own. */
  readonly calendar?: HolidayCalendar;
}

export interface ExcludedDay extends NonWorkingDay {
  /** A holiday on a Saturday or Sunday costs no extra day, but is still listed. */
  readonly onWeekend: boolean;
}

export interface WorkingDayResult {
  readonly basis: 'working-days';
  readonly workingDays: number;
  readonly zone: Zone;
  readonly utcOffset: string;
  readonly startIso: string;
  readonly startLocalIso: string;
  readonly startLocalDate: string;
  /** False when the event fell on a weekend or listed holiday (it is day 0 anyway). */
  readonly startIsWorkingDay: boolean;
  /** End of the last working day, 23:59:59.999 local time. */
  readonly deadline: Date;
  readonly deadlineIso: string;
  readonly deadlineLocalIso: string;
  readonly deadlineLocalDate: string;
  /** Holidays and cuti bersama from day 1 to the deadline day, in date order. */
  readonly excludedDays: readonly ExcludedDay[];
  /** Saturdays and Sundays from day 1 to the deadline day. */
  readonly weekendDays: number;
  /** Decrees whose tables were used, base decree before amendments. */
  readonly holidaySources: readonly string[];
  /** False when some day in the window is in a year with no holiday table. */
  readonly complete: boolean;
  readonly missingYears: readonly number[];
  /** Sentence for a letter listing the excluded days and any missing table. */
  readonly note: LocalisedText;
}

/**
 * Adds working days in the zone's local calendar. The event's local day is
 * day 0; the first working day after it is day 1. Saturdays, Sundays,
 * national holidays and cuti bersama are skipped. A year without a table is
 * counted on weekdays only and reported in `missingYears`, never treated as
 * holiday-free in silence.
 */
export function addWorkingDays(
  start: Date,
  days: number,
  opts: WorkingDayOptions,
): WorkingDayResult {
  assertValidDate(start, 'start');
  assertCount(days, MAX_WORKING_DAYS, 'invalid-days', 'days');
  const zone = parseZone(opts.zone);
  const calendar = opts.calendar ?? DEFAULT_HOLIDAY_CALENDAR;

  const startDay = localDayNumber(start, zone);
  const excludedDays: ExcludedDay[] = [];
  const missingYears = new Set<number>();
  const coveredYears = new Set<number>();
  let weekendDays = 0;
  let counted = 0;
  let day = startDay;
  while (counted < days) {
    day += 1;
    const year = dayNumberYear(day);
    if (calendar.hasYear(year)) coveredYears.add(year);
    else missingYears.add(year);
    const holiday = calendar.lookup(dayNumberToDate(day));
    const weekend = isWeekend(day);
    if (weekend) weekendDays += 1;
    if (holiday !== undefined) excludedDays.push({ ...holiday, onWeekend: weekend });
    if (!weekend && holiday === undefined) counted += 1;
  }

  const deadline = endOfLocalDay(day, zone);
  const missing = [...missingYears].sort((a, b) => a - b);
  const holidaySources = [...coveredYears]
    .sort((a, b) => a - b)
    .flatMap((year) => {
      const table = calendar.tableFor(year);
      return table === undefined
        ? []
        : [table.source.instrument, ...table.amendments.map((a) => a.instrument)];
    });
  const startLocalDate = dayNumberToDate(startDay);
  const result = {
    basis: 'working-days',
    workingDays: days,
    zone,
    utcOffset: utcOffsetLabel(zone),
    startIso: start.toISOString(),
    startLocalIso: toLocalIso(start, zone),
    startLocalDate,
    startIsWorkingDay: !isWeekend(startDay) && calendar.lookup(startLocalDate) === undefined,
    deadline,
    deadlineIso: deadline.toISOString(),
    deadlineLocalIso: toLocalIso(deadline, zone),
    deadlineLocalDate: dayNumberToDate(day),
    excludedDays,
    weekendDays,
    holidaySources,
    complete: missing.length === 0,
    missingYears: missing,
  } as const;
  return { ...result, note: excludedDaysNote(result) };
}
