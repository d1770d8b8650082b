import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_DEADLINE_KINDS,
  complaintDeadline,
  complaintFilingDeadline,
  completenessAnswerDeadline,
  completionDeadline,
  handlingStartDeadline,
} from '../../../analyzer/report/deadlines';

// Start Mon 16 Mar 2026 WIB (day 0). Non-working: 18–24 Mar, Fri 3 Apr, Sun 5 Apr, Fri 1 May.
// 14 days: 17 (1); 25, 26, 27, 30, 31 (2–6); Apr 1, 2 (7–8); Apr 6–10 (9–13); Apr 13 (14).
// 30 days: see working-days.test.ts → Wed 6 May 2026.
const start = new Date('2026-03-16T08:00:00+07:00');

describe('Permenkominfo 20/2016 Pasal 31 windows', () => {
  it.each([
    {
      kind: 'complaint',
      helper: complaintFilingDeadline,
      days: 30,
      article: 'Pasal 31 huruf a',
      date: '2026-05-06',
    },
    {
      kind: 'completeness-answer',
      helper: completenessAnswerDeadline,
      days: 14,
      article: 'Pasal 31 huruf d',
      date: '2026-04-13',
    },
    {
      kind: 'completion',
      helper: completionDeadline,
      days: 30,
      article: 'Pasal 31 huruf e',
      date: '2026-05-06',
    },
    {
      kind: 'handling-start',
      helper: handlingStartDeadline,
      days: 14,
      article: 'Pasal 31 huruf f',
      date: '2026-04-13',
    },
  ] as const)('$kind: $days working days, $article', ({ kind, helper, days, article, date }) => {
    const result = helper(start, { zone: 'WIB' });
    expect(result).toEqual(complaintDeadline(kind, start, { zone: 'WIB' }));
    expect(result.kind).toBe(kind);
    expect(result.workingDays).toBe(days);
    expect(result.citation).toEqual({
      instrument: 'Permenkominfo 20/2016',
      article,
      checked: 'secondary',
    });
    expect(result.deadlineLocalDate).toBe(date);
    expect(result.deadlineLocalIso).toBe(`${date}T23:59:59.999+07:00`);
    expect(result.complete).toBe(true);
  });

  it('has a test row for every kind', () => {
    expect(COMPLAINT_DEADLINE_KINDS).toHaveLength(4);
  });
});
