import { describe, expect, it } from 'vitest';
import {
  STATUTORY_DEADLINE_KINDS,
  addClockHours,
  clockHourDeadline,
  statutoryDeadline,
  type StatutoryDeadlineKind,
} from '../../../analyzer/report/deadlines';

// Calendar anchors used below: 1 Jan 2026 is a Thursday, so 9 Jan 2026 is a
// Friday and 12 Jan a Monday; 19 Mar 2026 (Nyepi) is a Thursday.

describe('addClockHours: 3 × 24 jam runs through nights, weekends and holidays', () => {
  it.each([
    {
      name: 'Friday morning WIB + 72 h lands on Monday morning, weekend not skipped',
      // Fri 2026-01-09 10:00 WIB = 03:00Z; + 72 h = Mon 2026-01-12 03:00Z = 10:00 WIB.
      start: '2026-01-09T10:00:00+07:00',
      hours: 72,
      expected: '2026-01-12T03:00:00.000Z',
    },
    {
      name: 'late Friday evening WIB + 72 h is late Monday evening WIB',
      // Fri 2026-01-09 23:30 WIB = 16:30Z; + 72 h = Mon 2026-01-12 16:30Z = 23:30 WIB.
      start: '2026-01-09T23:30:00+07:00',
      hours: 72,
      expected: '2026-01-12T16:30:00.000Z',
    },
    {
      name: 'start on Nyepi + 72 h lands on Idul Fitri Sunday; holidays do not stop the clock',
      // Thu 2026-03-19 09:00 WIB = 02:00Z; + 72 h = Sun 2026-03-22 02:00Z = 09:00 WIB.
      start: '2026-03-19T09:00:00+07:00',
      hours: 72,
      expected: '2026-03-22T02:00:00.000Z',
    },
    {
      name: 'crosses the year end',
      // Tue 2025-12-30 15:00 WIB = 08:00Z; + 72 h = Fri 2026-01-02 08:00Z.
      start: '2025-12-30T15:00:00+07:00',
      hours: 72,
      expected: '2026-01-02T08:00:00.000Z',
    },
    {
      name: 'zero hours is the start itself',
      start: '2026-01-09T10:00:00Z',
      hours: 0,
      expected: '2026-01-09T10:00:00.000Z',
    },
  ])('$name', ({ start, hours, expected }) => {
    expect(addClockHours(new Date(start), hours).toISOString()).toBe(expected);
  });
});

describe('clockHourDeadline: local rendering per zone, same instant', () => {
  it.each([
    {
      name: 'Fri 20:30 WIB + 72 h: 20:30 WIB, 22:30 WIT, same local date',
      // 13:30Z + 72 h = 2026-01-12T13:30Z; WIB +7 → 20:30 on the 12th; WIT +9 → 22:30 on the 12th.
      start: '2026-01-09T20:30:00+07:00',
      expected: {
        WIB: ['2026-01-12T20:30:00.000+07:00', '2026-01-12'],
        WITA: ['2026-01-12T21:30:00.000+08:00', '2026-01-12'],
        WIT: ['2026-01-12T22:30:00.000+09:00', '2026-01-12'],
      },
    },
    {
      name: 'Fri 23:00 WIB + 72 h: Monday in WIB but already Tuesday in WIT',
      // 16:00Z + 72 h = 2026-01-12T16:00Z; WIB → 23:00 Mon 12th; WITA → 00:00 Tue 13th; WIT → 01:00 Tue 13th.
      start: '2026-01-09T23:00:00+07:00',
      expected: {
        WIB: ['2026-01-12T23:00:00.000+07:00', '2026-01-12'],
        WITA: ['2026-01-13T00:00:00.000+08:00', '2026-01-13'],
        WIT: ['2026-01-13T01:00:00.000+09:00', '2026-01-13'],
      },
    },
  ])('$name', ({ start, expected }) => {
    for (const zone of ['WIB', 'WITA', 'WIT'] as const) {
      const result = clockHourDeadline(new Date(start), 72, { zone });
      expect(result.deadlineLocalIso).toBe(expected[zone][0]);
      expect(result.deadlineLocalDate).toBe(expected[zone][1]);
      expect(result.deadline.toISOString()).toBe(result.deadlineIso);
      expect(new Date(result.deadlineLocalIso).getTime()).toBe(result.deadline.getTime());
      expect(result.complete).toBe(true);
    }
  });

  it('defaults to WIB for display', () => {
    const result = clockHourDeadline(new Date('2026-01-09T03:00:00Z'), 72);
    expect(result.zone).toBe('WIB');
    expect(result.utcOffset).toBe('+07:00');
    expect(result.startLocalIso).toBe('2026-01-09T10:00:00.000+07:00');
  });
});

describe('statutoryDeadline: UU 27/2022 duties', () => {
  // Received Fri 2026-01-09 10:00 WIB (03:00Z); every 72 h duty ends Mon 2026-01-12 03:00Z.
  const received = new Date('2026-01-09T10:00:00+07:00');

  it.each([
    { kind: 'access', article: 'Pasal 32', right: 'Pasal 7', checked: 'text' },
    { kind: 'correction', article: 'Pasal 30', right: 'Pasal 6', checked: 'text' },
    { kind: 'withdrawal', article: 'Pasal 40', right: 'Pasal 9', checked: 'secondary' },
    { kind: 'restriction', article: 'Pasal 41', right: 'Pasal 11', checked: 'text' },
    { kind: 'breach-notice', article: 'Pasal 46', right: null, checked: 'secondary' },
  ] as const)('$kind: 72 h, cites $article', ({ kind, article, right, checked }) => {
    const result = statutoryDeadline(kind, received);
    expect(result.hasDeadline).toBe(true);
    if (!result.hasDeadline) return;
    expect(result.hours).toBe(72);
    expect(result.deadlineIso).toBe('2026-01-12T03:00:00.000Z');
    expect(result.deadlineLocalIso).toBe('2026-01-12T10:00:00.000+07:00');
    expect(result.citation).toEqual({ instrument: 'UU 27/2022', article, checked });
    expect(result.rightArticle).toBe(right);
  });

  it.each([
    { kind: 'deletion', article: 'Pasal 42–44', right: 'Pasal 8', reason: 'not-in-law' },
    { kind: 'objection', article: 'Pasal 10', right: 'Pasal 10', reason: 'none-found' },
  ] as const)('$kind: no hour deadline is invented', ({ kind, article, right, reason }) => {
    const result = statutoryDeadline(kind, received);
    expect(result.hasDeadline).toBe(false);
    expect(result).not.toHaveProperty('deadline');
    expect(result).not.toHaveProperty('deadlineIso');
    expect(result).not.toHaveProperty('hours');
    if (result.hasDeadline) return;
    expect(result.reason).toBe(reason);
    expect(result.citation.article).toBe(article);
    expect(result.citation.instrument).toBe('UU 27/2022');
    expect(result.rightArticle).toBe(right);
    expect(result.note.en).toMatch(/no/i);
  });

  it('covers every kind exactly once in the tests above', () => {
    const tested: StatutoryDeadlineKind[] = [
      'access',
      'correction',
      'withdrawal',
      'restriction',
      'breach-notice',
      'deletion',
      'objection',
    ];
    expect([...STATUTORY_DEADLINE_KINDS].sort()).toEqual([...tested].sort());
  });

  it('is plain data: survives a JSON round trip', () => {
    const result = statutoryDeadline('access', received, { zone: 'WITA' });
    const copy: unknown = JSON.parse(JSON.stringify(result));
    expect(copy).toMatchObject({
      kind: 'access',
      deadline: '2026-01-12T03:00:00.000Z',
      deadlineLocalIso: '2026-01-12T11:00:00.000+08:00',
      zone: 'WITA',
    });
  });
});
