import { DeadlineInputError } from './errors';

// Indonesia has kept fixed offsets without DST since 1988, so an offset is
// exact and a local calendar day is a plain shift of UTC.
export const ZONE_OFFSET_HOURS = { WIB: 7, WITA: 8, WIT: 9 } as const;
export type Zone = keyof typeof ZONE_OFFSET_HOURS;
export const ZONES: readonly Zone[] = ['WIB', 'WITA', 'WIT'];

const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

export function isZone(value: unknown): value is Zone {
  return value === 'WIB' || value === 'WITA' || value === 'WIT';
}

/** For zones arriving from settings or the CLI: throws a DeadlineInputError. */
export function parseZone(value: unknown): Zone {
  if (!isZone(value)) {
    throw new DeadlineInputError(
      'invalid-zone',
      `zone must be one of ${ZONES.join(', ')}, got ${String(value)}`,
    );
  }
  return value;
}

export function offsetMs(zone: Zone): number {
  return ZONE_OFFSET_HOURS[zone] * MS_PER_HOUR;
}

/** "+07:00" and the like. */
export function utcOffsetLabel(zone: Zone): string {
  return `+${String(ZONE_OFFSET_HOURS[zone]).padStart(2, '0')}:00`;
}

/** Days since 1970-01-01 in the zone's local calendar. */
export function localDayNumber(instant: Date, zone: Zone): number {
  return Math.floor((instant.getTime() + offsetMs(zone)) / MS_PER_DAY);
}

/** YYYY-MM-DD of a local day number. */
export function dayNumberToDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayNumberYear(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function dayNumberWeekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const weekday = dayNumberWeekday(day);
  return weekday === 0 || weekday === 6;
}

/** The last millisecond of a local day, 23:59:59.999 local time. */
export function endOfLocalDay(day: number, zone: Zone): Date {
  return new Date((day + 1) * MS_PER_DAY - 1 - offsetMs(zone));
}

/** ISO 8601 with the zone's offset, e.g. 2026-04-29T23:59:59.999+07:00. */
export function toLocalIso(instant: Date, zone: Zone): string {
  const shifted = new Date(instant.getTime() + offsetMs(zone)).toISOString();
  return `${shifted.slice(0, 23)}${utcOffsetLabel(zone)}`;
}

export function localDate(instant: Date, zone: Zone): string {
  return dayNumberToDate(localDayNumber(instant, zone));
}
