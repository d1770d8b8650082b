import { HOLIDAYS_2025 } from './2025';
import { HOLIDAYS_2026 } from './2026';
import type { HolidayEntry, HolidayTable } from './schema';

// Each year's decree is a new file appended here; a shipped table is only
// changed when an amending SKB is published, and then with `amendments`.
export const HOLIDAY_TABLES: readonly HolidayTable[] = [HOLIDAYS_2025, HOLIDAYS_2026];

export const NON_WORKING_DAY_KINDS = ['national-holiday', 'cuti-bersama'] as const;
export type NonWorkingDayKind = (typeof NON_WORKING_DAY_KINDS)[number];

export interface NonWorkingDay {
  readonly date: string;
  readonly kind: NonWorkingDayKind;
  readonly nameId: string;
  readonly nameEn: string;
  /** The decree the day comes from (the amendment, when it added the day). */
  readonly instrument: string;
}

/** A holiday calendar: the tables it holds, looked up by year and date. */
export interface HolidayCalendar {
  readonly hasYear: (year: number) => boolean;
  readonly tableFor: (year: number) => HolidayTable | undefined;
  readonly lookup: (date: string) => NonWorkingDay | undefined;
}

function toDay(table: HolidayTable, entry: HolidayEntry, kind: NonWorkingDayKind): NonWorkingDay {
  return {
    date: entry.date,
    kind,
    nameId: entry.nameId,
    nameEn: entry.nameEn,
    instrument: entry.addedBy ?? table.source.instrument,
  };
}

/** Tests pass their own tables; production uses the default calendar below. */
export function createHolidayCalendar(tables: readonly HolidayTable[]): HolidayCalendar {
  const byYear = new Map<number, HolidayTable>();
  const byDate = new Map<string, NonWorkingDay>();
  for (const table of tables) {
    byYear.set(table.year, table);
    for (const entry of table.nationalHolidays) {
      byDate.set(entry.date, toDay(table, entry, 'national-holiday'));
    }
    for (const entry of table.cutiBersama) {
      byDate.set(entry.date, toDay(table, entry, 'cuti-bersama'));
    }
  }
  return {
    hasYear: (year) => byYear.has(year),
    tableFor: (year) => byYear.get(year),
    lookup: (date) => byDate.get(date),
  };
}

export const DEFAULT_HOLIDAY_CALENDAR: HolidayCalendar = createHolidayCalendar(HOLIDAY_TABLES);
