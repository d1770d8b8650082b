import {
  completenessAnswerDeadline,
  statutoryDeadline,
  type Zone,
} from '../analyzer/report/deadlines';
import { RIGHTS, type LetterKind } from '../analyzer/report/letters';
import type { Due, TrackedKind } from '../history';

// The due date stored with a tracked request, from the pure deadline
// arithmetic. history/ cannot import the report layer, so it keeps its own
// list of kinds; these two lines fail to compile if the lists drift apart.
const _toHistory: readonly TrackedKind[] = [] as LetterKind[];
const _fromHistory: readonly LetterKind[] = [] as TrackedKind[];
void _toHistory;
void _fromHistory;

/**
 * The due date of a request sent at `sentAt`: the UU 27/2022 clock-hour
 * deadline of a data-subject request (counted as if received when sent), or,
 * for a complaint, the 14 working days in which the official says whether it
 * is complete (Permenkominfo 20/2016 Pasal 31 huruf d). A working-day count
 * that runs into a year without a holiday table gives no date.
 */
export function dueOf(kind: LetterKind, sentAt: Date, zone: Zone): Due {
  if (kind === 'complaint') {
    const d = completenessAnswerDeadline(sentAt, { zone });
    const note = `${d.citation.instrument} ${d.citation.article}`;
    return d.complete
      ? { dueAt: d.deadlineIso, dueReason: null, dueNote: note }
      : { dueAt: null, dueReason: 'holidays-missing', dueNote: note };
  }
  const d = statutoryDeadline(RIGHTS[kind].statutory, sentAt, { zone });
  const note = `${d.citation.instrument} ${d.citation.article}`;
  return d.hasDeadline
    ? { dueAt: d.deadlineIso, dueReason: null, dueNote: note }
    : { dueAt: null, dueReason: d.reason, dueNote: note };
}
