import { type Citation, type LocalisedText, UU_PDP } from './citation';
import { type ClockHourOptions, type ClockHourResult, clockHourDeadline } from './clock-hours';
import { DeadlineInputError, assertValidDate } from './errors';

// UU 27/2022 duties owed to a data subject, with the deadline exactly as the
// law states it (REFERENCE.md "Rights and deadlines"). No entry may carry an
// hour count the law does not.

export const STATUTORY_DEADLINE_KINDS = [
  'access',
  'correction',
  'withdrawal',
  'restriction',
  'breach-notice',
  'deletion',
  'objection',
] as const;
export type StatutoryDeadlineKind = (typeof STATUTORY_DEADLINE_KINDS)[number];

/** What the caller's `start` must be for the count to mean anything. */
export type StatutoryStart = 'request-received' | 'breach-known';

interface TimedRule {
  readonly hours: number;
  readonly citation: Citation;
  readonly rightArticle: string | null;
  readonly startsFrom: StatutoryStart;
}
interface UntimedRule {
  readonly hours: null;
  readonly citation: Citation;
  readonly rightArticle: string;
  /** `not-in-law`: the law sets none; `none-found`: REFERENCE.md found none. */
  readonly reason: 'not-in-law' | 'none-found';
}

const NO_DEADLINE_NOTE = {
  'not-in-law': {
    id: 'UU 27/2022 tidak menetapkan batas waktu dalam jam untuk kewajiban ini.',
    en: 'UU 27/2022 sets no hour deadline for this duty.',
  },
  'none-found': {
    id: 'Tidak ditemukan batas waktu untuk hak ini dalam UU 27/2022.',
    en: 'No deadline for this right was found in UU 27/2022.',
  },
} as const satisfies Record<UntimedRule['reason'], LocalisedText>;

export const STATUTORY_RULES = {
  access: {
    hours: 72,
    citation: { instrument: UU_PDP, article: 'Pasal 32', checked: 'text' },
    rightArticle: 'Pasal 7',
    startsFrom: 'request-received',
  },
  correction: {
    hours: 72,
    citation: { instrument: UU_PDP, article: 'Pasal 30', checked: 'text' },
    rightArticle: 'Pasal 6',
    startsFrom: 'request-received',
  },
  withdrawal: {
    hours: 72,
    citation: { instrument: UU_PDP, article: 'Pasal 40', checked: 'secondary' },
    rightArticle: 'Pasal 9',
    startsFrom: 'request-received',
  },
  restriction: {
    hours: 72,
    citation: { instrument: UU_PDP, article: 'Pasal 41', checked: 'text' },
    rightArticle: 'Pasal 11',
    startsFrom: 'request-received',
  },
  'breach-notice': {
    hours: 72,
    citation: { instrument: UU_PDP, article: 'Pasal 46', checked: 'secondary' },
    rightArticle: null,
    startsFrom: 'breach-known',
  },
  deletion: {
    hours: null,
    citation: { instrument: UU_PDP, article: 'Pasal 42–44', checked: 'text' },
    rightArticle: 'Pasal 8',
    reason: 'not-in-law',
  },
  objection: {
    hours: null,
    citation: { instrument: UU_PDP, article: 'Pasal 10', checked: 'secondary' },
    rightArticle: 'Pasal 10',
    reason: 'none-found',
  },
} as const satisfies Record<StatutoryDeadlineKind, TimedRule | UntimedRule>;

interface StatutoryCommon {
  readonly kind: StatutoryDeadlineKind;
  readonly citation: Citation;
  /** Article granting the right, when the duty answers a request. */
  readonly rightArticle: string | null;
}

export type TimedStatutoryResult = StatutoryCommon &
  ClockHourResult & { readonly hasDeadline: true; readonly startsFrom: StatutoryStart };

export interface UntimedStatutoryResult extends StatutoryCommon {
  readonly hasDeadline: false;
  readonly basis: 'none';
  readonly reason: UntimedRule['reason'];
  readonly note: LocalisedText;
  readonly startIso: string;
  readonly complete: true;
  readonly missingYears: readonly number[];
}

export type StatutoryDeadlineResult = TimedStatutoryResult | UntimedStatutoryResult;

function isStatutoryKind(value: unknown): value is StatutoryDeadlineKind {
  return STATUTORY_DEADLINE_KINDS.some((kind) => kind === value);
}

/** Deadline of a UU 27/2022 duty; `start` is when the request was received (or, for a breach, known). */
export function statutoryDeadline(
  kind: StatutoryDeadlineKind,
  start: Date,
  opts: ClockHourOptions = {},
): StatutoryDeadlineResult {
  if (!isStatutoryKind(kind)) {
    throw new DeadlineInputError(
      'invalid-kind',
      `kind must be one of ${STATUTORY_DEADLINE_KINDS.join(', ')}, got ${String(kind)}`,
    );
  }
  assertValidDate(start, 'start');
  const rule: TimedRule | UntimedRule = STATUTORY_RULES[kind];
  if (rule.hours === null) {
    return {
      kind,
      citation: rule.citation,
      rightArticle: rule.rightArticle,
      hasDeadline: false,
      basis: 'none',
      reason: rule.reason,
      note: NO_DEADLINE_NOTE[rule.reason],
      startIso: start.toISOString(),
      complete: true,
      missingYears: [],
    };
  }
  return {
    ...clockHourDeadline(start, rule.hours, opts),
    kind,
    citation: rule.citation,
    rightArticle: rule.rightArticle,
    hasDeadline: true,
    startsFrom: rule.startsFrom,
  };
}
