import { type Citation, PM_20_2016 } from './citation';
import { DeadlineInputError } from './errors';
import { type WorkingDayOptions, type WorkingDayResult, addWorkingDays } from './working-days';

// Permenkominfo 20/2016 Pasal 31: the complaint procedure's working-day windows
// (REFERENCE.md "Complaints").

export const COMPLAINT_DEADLINE_KINDS = [
  'complaint',
  'completeness-answer',
  'completion',
  'handling-start',
] as const;
export type ComplaintDeadlineKind = (typeof COMPLAINT_DEADLINE_KINDS)[number];

/** The event the caller's `start` must be. */
export type ComplaintStart =
  'problem-learned' | 'complaint-received' | 'incomplete-notice-received' | 'complaint-complete';

export const COMPLAINT_RULES = {
  complaint: {
    workingDays: 30,
    citation: { instrument: PM_20_2016, article: 'Pasal 31 huruf a', checked: 'secondary' },
    startsFrom: 'problem-learned',
  },
  'completeness-answer': {
    workingDays: 14,
    citation: { instrument: PM_20_2016, article: 'Pasal 31 huruf d', checked: 'secondary' },
    startsFrom: 'complaint-received',
  },
  completion: {
    workingDays: 30,
    citation: { instrument: PM_20_2016, article: 'Pasal 31 huruf e', checked: 'secondary' },
    startsFrom: 'incomplete-notice-received',
  },
  'handling-start': {
    workingDays: 14,
    citation: { instrument: PM_20_2016, article: 'Pasal 31 huruf f', checked: 'secondary' },
    startsFrom: 'complaint-complete',
  },
} as const satisfies Record<
  ComplaintDeadlineKind,
  { workingDays: number; citation: Citation; startsFrom: ComplaintStart }
>;

export interface ComplaintDeadlineResult extends WorkingDayResult {
  readonly kind: ComplaintDeadlineKind;
  readonly citation: Citation;
  readonly startsFrom: ComplaintStart;
}

export function complaintDeadline(
  kind: ComplaintDeadlineKind,
  start: Date,
  opts: WorkingDayOptions,
): ComplaintDeadlineResult {
  if (!COMPLAINT_DEADLINE_KINDS.some((k) => k === kind)) {
    throw new DeadlineInputError(
      'invalid-kind',
      `kind must be one of ${COMPLAINT_DEADLINE_KINDS.join(', ')}, got ${String(kind)}`,
    );
  }
  const rule = COMPLAINT_RULES[kind];
  return {
    ...addWorkingDays(start, rule.workingDays, opts),
    kind,
    citation: rule.citation,
    startsFrom: rule.startsFrom,
  };
}

/** Last day to complain in writing: 30 working days from learning of the failure (Pasal 31 huruf a). */
export const complaintFilingDeadline = (start: Date, opts: WorkingDayOptions) =>
  complaintDeadline('complaint', start, opts);

/** The official says whether the complaint is complete: 14 working days (Pasal 31 huruf d). */
export const completenessAnswerDeadline = (start: Date, opts: WorkingDayOptions) =>
  complaintDeadline('completeness-answer', start, opts);

/** An incomplete complaint is completed within 30 working days or lapses (Pasal 31 huruf e). */
export const completionDeadline = (start: Date, opts: WorkingDayOptions) =>
  complaintDeadline('completion', start, opts);

/** Handling starts within 14 working days of a complete complaint (Pasal 31 huruf f). */
export const handlingStartDeadline = (start: Date, opts: WorkingDayOptions) =>
  complaintDeadline('handling-start', start, opts);
