import { type Zone, ZONE_OFFSET_HOURS } from './deadlines';
import { MONTHS_EN, MONTHS_ID } from './deadlines/note';
import type { UiLang } from './labels';

// Dates as letters print them, in the zone the user chose (WIB by default).
// Pure: the caller passes every instant; nothing here reads the clock.

// One list of month names for letters and deadline notes.
const MONTHS: Readonly<Record<UiLang, readonly string[]>> = { id: MONTHS_ID, en: MONTHS_EN };
const WEEKDAYS: Readonly<Record<UiLang, readonly string[]>> = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

function shifted(instant: Date, zone: Zone): Date {
  return new Date(instant.getTime() + ZONE_OFFSET_HOURS[zone] * 3_600_000);
}

/** "6 Mei 2026" / "6 May 2026" from a local YYYY-MM-DD. */
export function formatLocalDate(date: string, lang: UiLang, weekday = false): string {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return date;
  const day = new Date(Date.UTC(y, m - 1, d));
  const base = `${d} ${MONTHS[lang][m - 1] ?? String(m)} ${y}`;
  if (!weekday) return base;
  const name = WEEKDAYS[lang][day.getUTCDay()] ?? '';
  return lang === 'id' ? `${name}, ${base}` : `${name} ${base}`;
}

/** The local calendar date of an instant, long form. */
export function formatDate(instant: Date, zone: Zone, lang: UiLang, weekday = false): string {
  return formatLocalDate(shifted(instant, zone).toISOString().slice(0, 10), lang, weekday);
}

/** "Senin, 16 Maret 2026 pukul 08.00 WIB" / "Monday 16 March 2026, 08:00 WIB". */
export function formatDateTime(instant: Date, zone: Zone, lang: UiLang): string {
  const local = shifted(instant, zone).toISOString();
  const hh = local.slice(11, 13);
  const mm = local.slice(14, 16);
  const date = formatDate(instant, zone, lang, true);
  return lang === 'id' ? `${date} pukul ${hh}.${mm} ${zone}` : `${date}, ${hh}:${mm} ${zone}`;
}

/** Parses an ISO date-time; a bare date is midnight in the given zone. Undefined when invalid. */
export function parseInstant(value: string, zone: Zone = 'WIB'): Date | undefined {
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const withZone = bare
    ? `${value}T00:00:00+${String(ZONE_OFFSET_HOURS[zone]).padStart(2, '0')}:00`
    : value;
  if (
    !/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/.test(
      withZone,
    )
  )
    return undefined;
  // A date-time without an offset is read in the chosen zone, not the machine's.
  const explicit = /(?:Z|[+-]\d{2}:\d{2})$/.test(withZone)
    ? withZone
    : `${withZone}+${String(ZONE_OFFSET_HOURS[zone]).padStart(2, '0')}:00`;
  const date = new Date(explicit);
  if (Number.isNaN(date.getTime())) return undefined;
  if (bare && shifted(date, zone).toISOString().slice(0, 10) !== value) return undefined;
  return date;
}
