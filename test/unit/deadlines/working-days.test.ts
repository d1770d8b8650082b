import { describe, expect, it } from 'vitest';
import { addWorkingDays, type Zone } from '../../../analyzer/report/deadlines';

// Convention under test: the event's local day is day 0, the first working
// day after it is day 1; the deadline is 23:59:59.999 local on day N.
// Calendar anchors: 1 Jan 2025 Wed; 1 Jan 2026 Thu; 1 Jan 2027 Fri.
// 2026 non-working days near Lebaran: Wed 18 Mar (cuti, Nyepi), Thu 19 Mar
// (Nyepi), Fri 20 Mar (cuti), Sat–Sun 21–22 Mar (Idul Fitri), Mon–Tue 23–24 Mar
// (cuti); Fri 3 Apr (Good Friday), Sun 5 Apr (Easter); Fri 1 May (Labour Day).

interface Case {
  readonly name: string;
  readonly start: string;
  readonly days: number;
  readonly zone: Zone;
  readonly deadlineLocalDate: string;
  readonly deadlineIso: string;
  readonly excluded: readonly string[];
  readonly missingYears?: readonly number[];
}

const cases: readonly Case[] = [
  {
    name: '30 days from Tue 10 Mar 2026 across Lebaran',
    // Day 1–5: Mar 11, 12, 13, 16, 17. Skip 18–24. Day 6–10: Mar 25, 26, 27, 30, 31.
    // Day 11–12: Apr 1, 2. Skip Apr 3. Day 13–17: Apr 6–10. 18–22: Apr 13–17.
    // 23–27: Apr 20–24. 28–30: Apr 27, 28, 29 → Wed 29 Apr 2026.
    // Check: 30 weekdays alone end Tue 21 Apr; 6 weekday holidays push it 6 working days.
    start: '2026-03-10T09:00:00+07:00',
    days: 30,
    zone: 'WIB',
    deadlineLocalDate: '2026-04-29',
    deadlineIso: '2026-04-29T16:59:59.999Z',
    excluded: [
      '2026-03-18',
      '2026-03-19',
      '2026-03-20',
      '2026-03-21',
      '2026-03-22',
      '2026-03-23',
      '2026-03-24',
      '2026-04-03',
      '2026-04-05',
    ],
  },
  {
    name: '30 days from Mon 16 Mar 2026 across Lebaran and Labour Day',
    // Day 1: Mar 17. Skip 18–24. Day 2–6: Mar 25, 26, 27, 30, 31. 7–8: Apr 1, 2.
    // Skip Apr 3. 9–13: Apr 6–10. 14–18: Apr 13–17. 19–23: Apr 20–24.
    // 24–27: Apr 27, 28, 29, 30. Skip Fri 1 May. 28–30: May 4, 5, 6 → Wed 6 May 2026.
    start: '2026-03-16T08:00:00+07:00',
    days: 30,
    zone: 'WIB',
    deadlineLocalDate: '2026-05-06',
    deadlineIso: '2026-05-06T16:59:59.999Z',
    excluded: [
      '2026-03-18',
      '2026-03-19',
      '2026-03-20',
      '2026-03-21',
      '2026-03-22',
      '2026-03-23',
      '2026-03-24',
      '2026-04-03',
      '2026-04-05',
      '2026-05-01',
    ],
  },
  {
    name: 'start on a holiday (Nyepi, Thu 19 Mar 2026) is still day 0',
    // Day 0 = Thu 19 Mar. Skip Fri 20 (cuti), 21–22, 23–24 (cuti).
    // Day 1–5: Wed 25, Thu 26, Fri 27, Mon 30, Tue 31 Mar → 31 Mar 2026.
    start: '2026-03-19T10:00:00+07:00',
    days: 5,
    zone: 'WIB',
    deadlineLocalDate: '2026-03-31',
    deadlineIso: '2026-03-31T16:59:59.999Z',
    excluded: ['2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24'],
  },
  {
    name: 'late Friday evening WIB: day 1 is the next Monday',
    // Fri 9 Jan 2026 23:30 WIB is still Friday in WIB → day 0; day 1 = Mon 12 Jan.
    start: '2026-01-09T23:30:00+07:00',
    days: 1,
    zone: 'WIB',
    deadlineLocalDate: '2026-01-12',
    deadlineIso: '2026-01-12T16:59:59.999Z',
    excluded: [],
  },
  {
    name: 'Dec 2025 → Jan 2026 crosses tables, 14 days',
    // Day 0 Mon 22 Dec 2025. 1: Dec 23, 2: Dec 24. Skip Thu 25 (Natal), Fri 26 (cuti).
    // 3–5: Dec 29, 30, 31. Skip Thu 1 Jan 2026. 6: Jan 2. 7–11: Jan 5–9. 12–14: Jan 12, 13, 14.
    start: '2025-12-22T10:00:00+07:00',
    days: 14,
    zone: 'WIB',
    deadlineLocalDate: '2026-01-14',
    deadlineIso: '2026-01-14T16:59:59.999Z',
    excluded: ['2025-12-25', '2025-12-26', '2026-01-01'],
  },
  {
    name: 'Dec 2025 → Feb 2026, 30 days, also skips Isra Mikraj',
    // As above to day 14 = Wed 14 Jan. 15: Jan 15. Skip Fri 16 (Isra Mikraj).
    // 16–20: Jan 19–23. 21–25: Jan 26–30. 26–30: Feb 2–6 → Fri 6 Feb 2026.
    start: '2025-12-22T10:00:00+07:00',
    days: 30,
    zone: 'WIB',
    deadlineLocalDate: '2026-02-06',
    deadlineIso: '2026-02-06T16:59:59.999Z',
    excluded: ['2025-12-25', '2025-12-26', '2026-01-01', '2026-01-16'],
  },
  {
    name: '2025 amendment: cuti bersama 18 Aug 2025 is skipped',
    // Day 0 Fri 15 Aug 2025. Sat 16, Sun 17 (Independence Day, on a weekend), Mon 18 (cuti,
    // added 7 Aug 2025). Day 1 = Tue 19 Aug 2025.
    start: '2025-08-15T10:00:00+07:00',
    days: 1,
    zone: 'WIB',
    deadlineLocalDate: '2025-08-19',
    deadlineIso: '2025-08-19T16:59:59.999Z',
    excluded: ['2025-08-17', '2025-08-18'],
  },
  {
    name: '2027 has no table: weekdays counted, flagged incomplete',
    // Day 0 Mon 4 Jan 2027. Day 1–4: Jan 5–8; day 5: Mon 11 Jan 2027.
    start: '2027-01-04T10:00:00+07:00',
    days: 5,
    zone: 'WIB',
    deadlineLocalDate: '2027-01-11',
    deadlineIso: '2027-01-11T16:59:59.999Z',
    excluded: [],
    missingYears: [2027],
  },
  {
    name: 'Dec 2026 → Jan 2027: 1 Jan 2027 counts as a working day, but flagged',
    // Day 0 Mon 21 Dec 2026. 1: Dec 22, 2: Dec 23. Skip Thu 24 (cuti), Fri 25 (Natal).
    // 3–6: Dec 28, 29, 30, 31. 7: Fri 1 Jan 2027 (no table, so counted). 8–12: Jan 4–8.
    // 13–14: Jan 11, 12 → Tue 12 Jan 2027.
    start: '2026-12-21T10:00:00+07:00',
    days: 14,
    zone: 'WIB',
    deadlineLocalDate: '2027-01-12',
    deadlineIso: '2027-01-12T16:59:59.999Z',
    excluded: ['2026-12-24', '2026-12-25'],
    missingYears: [2027],
  },
  {
    name: '2024 has no table either',
    // Day 0 Mon 2 Dec 2024. Day 1–4: Dec 3–6; day 5: Mon 9 Dec 2024.
    start: '2024-12-02T10:00:00+07:00',
    days: 5,
    zone: 'WIB',
    deadlineLocalDate: '2024-12-09',
    deadlineIso: '2024-12-09T16:59:59.999Z',
    excluded: [],
    missingYears: [2024],
  },
  {
    name: 'zero days: the end of the event day itself',
    start: '2026-01-09T10:00:00+07:00',
    days: 0,
    zone: 'WIB',
    deadlineLocalDate: '2026-01-09',
    deadlineIso: '2026-01-09T16:59:59.999Z',
    excluded: [],
  },
];

describe('addWorkingDays', () => {
  it.each(cases)('$name', (c) => {
    const result = addWorkingDays(new Date(c.start), c.days, { zone: c.zone });
    expect(result.deadlineLocalDate).toBe(c.deadlineLocalDate);
    expect(result.deadlineIso).toBe(c.deadlineIso);
    expect(result.deadline.toISOString()).toBe(c.deadlineIso);
    expect(result.deadlineLocalIso).toBe(`${c.deadlineLocalDate}T23:59:59.999+07:00`);
    expect(result.excludedDays.map((d) => d.date)).toEqual(c.excluded);
    expect(result.missingYears).toEqual(c.missingYears ?? []);
    expect(result.complete).toBe((c.missingYears ?? []).length === 0);
  });
});

describe('addWorkingDays: the zone decides the local day', () => {
  // 2026-01-08T16:30Z is Thu 8 Jan 23:30 WIB, but Fri 9 Jan 00:30 WITA and 01:30 WIT.
  const start = new Date('2026-01-08T16:30:00Z');
  it.each([
    // WIB: day 0 Thu 8 → day 1 Fri 9 Jan.
    {
      zone: 'WIB',
      days: 1,
      startLocal: '2026-01-08',
      local: '2026-01-09',
      iso: '2026-01-09T16:59:59.999Z',
    },
    // WITA: day 0 Fri 9 → day 1 Mon 12 Jan.
    {
      zone: 'WITA',
      days: 1,
      startLocal: '2026-01-09',
      local: '2026-01-12',
      iso: '2026-01-12T15:59:59.999Z',
    },
    // WIT: day 0 Fri 9 → day 1 Mon 12 Jan.
    {
      zone: 'WIT',
      days: 1,
      startLocal: '2026-01-09',
      local: '2026-01-12',
      iso: '2026-01-12T14:59:59.999Z',
    },
    // WIB 14 days: Jan 9 (1), 12–15 (2–5), skip Fri 16 (Isra Mikraj), 19–23 (6–10), 26–29 (11–14) → Thu 29 Jan.
    {
      zone: 'WIB',
      days: 14,
      startLocal: '2026-01-08',
      local: '2026-01-29',
      iso: '2026-01-29T16:59:59.999Z',
    },
    // WIT 14 days: Jan 12–15 (1–4), skip 16, 19–23 (5–9), 26–30 (10–14) → Fri 30 Jan.
    {
      zone: 'WIT',
      days: 14,
      startLocal: '2026-01-09',
      local: '2026-01-30',
      iso: '2026-01-30T14:59:59.999Z',
    },
  ] as const)('$zone, $days day(s)', ({ zone, days, startLocal, local, iso }) => {
    const result = addWorkingDays(start, days, { zone });
    expect(result.startLocalDate).toBe(startLocal);
    expect(result.deadlineLocalDate).toBe(local);
    expect(result.deadlineIso).toBe(iso);
  });
});

describe('addWorkingDays: letter data', () => {
  it('names each excluded day, its kind and whether it fell on a weekend', () => {
    const result = addWorkingDays(new Date('2025-08-15T10:00:00+07:00'), 1, { zone: 'WIB' });
    expect(result.excludedDays).toEqual([
      expect.objectContaining({
        date: '2025-08-17',
        kind: 'national-holiday',
        onWeekend: true,
        nameEn: 'Independence Day',
      }),
      expect.objectContaining({ date: '2025-08-18', kind: 'cuti-bersama', onWeekend: false }),
    ]);
    expect(result.excludedDays[1]?.instrument).toMatch(/No\. 933 Tahun 2025/);
    // Sat 16 and Sun 17 Aug.
    expect(result.weekendDays).toBe(2);
    expect(result.note.id).toContain('18 Agustus 2025 (cuti bersama');
    expect(result.note.en).toContain('18 August 2025 (cuti bersama, ');
    expect(result.holidaySources).toHaveLength(2);
  });

  it('reports whether the start day itself was a working day', () => {
    const onNyepi = addWorkingDays(new Date('2026-03-19T10:00:00+07:00'), 1, { zone: 'WIB' });
    const onTuesday = addWorkingDays(new Date('2026-03-10T10:00:00+07:00'), 1, { zone: 'WIB' });
    expect(onNyepi.startIsWorkingDay).toBe(false);
    expect(onTuesday.startIsWorkingDay).toBe(true);
  });

  it('says in the note when a year has no table', () => {
    const result = addWorkingDays(new Date('2027-01-04T10:00:00+07:00'), 5, { zone: 'WIB' });
    expect(result.note.en).toMatch(/no holiday table for 2027/);
    expect(result.note.id).toMatch(/tahun 2027 belum tersedia/);
    expect(result.holidaySources).toEqual([]);
  });
});
