import { describe, expect, it } from 'vitest';
import {
  HOLIDAY_TABLES,
  HolidayTableSchema,
  type HolidayTable,
} from '../../../analyzer/report/deadlines';

describe('holiday tables are valid data', () => {
  it.each(HOLIDAY_TABLES.map((table) => ({ year: table.year, table })))(
    '$year parses with HolidayTableSchema',
    ({ table }) => {
      const parsed = HolidayTableSchema.safeParse(table);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    },
  );

  it('has one table per year, in order', () => {
    const years = HOLIDAY_TABLES.map((t) => t.year);
    expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
  });

  // Counts announced with each decree (REFERENCE.md; 2025 plus the 7 Aug 2025 amendment).
  it.each([
    { year: 2025, national: 17, cuti: 11 },
    { year: 2026, national: 17, cuti: 8 },
  ])('$year: $national national holidays, $cuti cuti bersama', ({ year, national, cuti }) => {
    const table = HOLIDAY_TABLES.find((t) => t.year === year);
    expect(table?.nationalHolidays).toHaveLength(national);
    expect(table?.cutiBersama).toHaveLength(cuti);
  });

  it('2026 matches the list in shared/legal/REFERENCE.md', () => {
    const table = HOLIDAY_TABLES.find((t) => t.year === 2026);
    expect(table?.source.instrument).toMatch(
      /No\. 1497 Tahun 2025, No\. 2 Tahun 2025, No\. 5 Tahun 2025/,
    );
    expect(table?.nationalHolidays.map((d) => d.date.slice(5))).toEqual([
      '01-01',
      '01-16',
      '02-17',
      '03-19',
      '03-21',
      '03-22',
      '04-03',
      '04-05',
      '05-01',
      '05-14',
      '05-27',
      '05-31',
      '06-01',
      '06-16',
      '08-17',
      '08-25',
      '12-25',
    ]);
    expect(table?.cutiBersama.map((d) => d.date.slice(5))).toEqual([
      '02-16',
      '03-18',
      '03-20',
      '03-23',
      '03-24',
      '05-15',
      '05-28',
      '12-24',
    ]);
  });
});

describe('HolidayTableSchema rejects bad tables', () => {
  const good: HolidayTable = {
    year: 2030,
    source: { instrument: 'SKB X', decreed: '2029-09-01', checked: 'secondary' },
    amendments: [],
    nationalHolidays: [{ date: '2030-01-01', nameId: 'Tahun Baru', nameEn: "New Year's Day" }],
    cutiBersama: [],
  };

  it('accepts the baseline', () => {
    expect(HolidayTableSchema.safeParse(good).success).toBe(true);
  });

  it.each([
    {
      name: 'a date in another year',
      table: { ...good, cutiBersama: [{ date: '2031-01-02', nameId: 'x', nameEn: 'x' }] },
      message: /not in 2030/,
    },
    {
      name: 'the same date twice across lists',
      table: { ...good, cutiBersama: [{ date: '2030-01-01', nameId: 'x', nameEn: 'x' }] },
      message: /listed twice/,
    },
    {
      name: 'an impossible date',
      table: { ...good, nationalHolidays: [{ date: '2030-02-30', nameId: 'x', nameEn: 'x' }] },
      message: /date/i,
    },
    {
      name: 'an addedBy that names no amendment',
      table: {
        ...good,
        cutiBersama: [{ date: '2030-01-02', nameId: 'x', nameEn: 'x', addedBy: 'SKB Y' }],
      },
      message: /not among the table's amendments/,
    },
    {
      name: 'a missing English name',
      table: { ...good, nationalHolidays: [{ date: '2030-01-01', nameId: 'x', nameEn: '' }] },
      message: /./,
    },
  ])('$name', ({ table, message }) => {
    const parsed = HolidayTableSchema.safeParse(table);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).join('\n')).toMatch(message);
  });
});
