import type { PolicyReport } from '../analyzer/model/policy-report';
import type { DataCategory, ScanReport } from '../analyzer/model/scan-report';
import {
  followUp,
  letter,
  parseInstant,
  type BreachGround,
  type ComplaintInput,
  type Letter,
  type LetterInput,
  type LetterKind,
  type LedgerSummary,
  type RequestKind,
  type UiLang,
} from '../analyzer/report';
import { toLocalIso, type Zone } from '../analyzer/report/deadlines';
import type { ProfileDraft } from '../utils/profile';

// The letters page's form as plain data, and the one function that turns it
// into a letter with the pure layer (analyzer/report/letters). No letter text
// is written here: only inputs are gathered and dates parsed.

export type NoticeChoice = 'unknown' | 'no' | 'yes';

export interface BreachForm {
  readonly on: boolean;
  readonly leaked: string;
  readonly categories: readonly DataCategory[];
  /** YYYY-MM-DD, when the user learned of the breach. */
  readonly learnedAt: string;
  readonly source: string;
  readonly notice: NoticeChoice;
  /** YYYY-MM-DDTHH:MM, when the shop's notice came. */
  readonly noticeAt: string;
}

export interface UnansweredForm {
  readonly on: boolean;
  /** A tracked request's id, or '' for one entered by hand. */
  readonly requestId: string;
  readonly kind: RequestKind;
  /** YYYY-MM-DDTHH:MM */
  readonly sentAt: string;
}

export interface LetterForm {
  readonly kind: LetterKind;
  readonly zone: Zone;
  readonly user: ProfileDraft;
  readonly controllerName: string;
  readonly controllerContact: string;
  readonly details: string;
  /** YYYY-MM-DDTHH:MM: when the letter is (or was) sent; the response deadline counts from it. */
  readonly sentAt: string;
  readonly recipient: string;
  /** YYYY-MM-DD: when the user learned of the problem (start of the 30 working days). */
  readonly knownDate: string;
  readonly consent: boolean;
  readonly breach: BreachForm;
  readonly unanswered: UnansweredForm;
  /** Use the site's history records (categories, evidence with hashes). */
  readonly useLedger: boolean;
}

/** What the page knows besides the form: the tab's scan, the site's history, a followed-up request. */
export interface LetterContext {
  readonly scan?: ScanReport;
  readonly analysedAt?: Date;
  readonly policy?: PolicyReport;
  readonly ledger?: LedgerSummary;
  /** Set in reminder mode: the request being followed up. */
  readonly reminderFor?: { readonly kind: RequestKind; readonly sentAt: Date };
}

/** The form's date fields that hold text which is not a date. */
export type DateField = 'sentAt' | 'knownDate' | 'learnedAt' | 'noticeAt' | 'unansweredSentAt';

export interface Built {
  readonly letter: Letter;
  readonly input: LetterInput;
  readonly badDates: readonly DateField[];
}

/** "YYYY-MM-DDTHH:MM" of an instant in the zone, for datetime-local inputs. */
export function localInput(instant: Date, zone: Zone): string {
  return toLocalIso(instant, zone).slice(0, 16);
}

/** The form's value as an instant in its zone; undefined when empty, null when not a date. */
function dateOf(value: string, zone: Zone): Date | undefined | null {
  const v = value.trim();
  if (v === '') return undefined;
  return parseInstant(v, zone) ?? null;
}

const nonEmpty = (value: string): string | undefined => {
  const v = value.trim();
  return v === '' ? undefined : v;
};

export function buildLetter(form: LetterForm, ctx: LetterContext, now: Date, lang: UiLang): Built {
  const zone = form.zone;
  const bad: DateField[] = [];
  const date = (value: string, field: DateField): Date | undefined => {
    const d = dateOf(value, zone);
    if (d === null) bad.push(field);
    return d ?? undefined;
  };
  const sentAt = date(form.sentAt, 'sentAt');
  const user: Record<string, string> = {};
  for (const [key, value] of Object.entries(form.user)) {
    const v = nonEmpty(value);
    if (v !== undefined) user[key] = v;
  }
  const controller = {
    ...(nonEmpty(form.controllerName) === undefined ? {} : { name: form.controllerName.trim() }),
    ...(nonEmpty(form.controllerContact) === undefined
      ? {}
      : { contact: form.controllerContact.trim() }),
  };
  const ledger = form.useLedger ? ctx.ledger : undefined;

  let complaint: ComplaintInput | undefined;
  if (form.kind === 'complaint') {
    const knownDate = date(form.knownDate, 'knownDate');
    let breach: BreachGround | undefined;
    if (form.breach.on) {
      const learnedAt = date(form.breach.learnedAt, 'learnedAt');
      const noticeAt =
        form.breach.notice === 'yes' ? date(form.breach.noticeAt, 'noticeAt') : undefined;
      breach = {
        notice:
          form.breach.notice === 'yes'
            ? { given: true, ...(noticeAt === undefined ? {} : { at: noticeAt }) }
            : form.breach.notice === 'no'
              ? { given: false }
              : { given: 'unknown' },
        ...(nonEmpty(form.breach.leaked) === undefined ? {} : { leaked: form.breach.leaked }),
        ...(form.breach.categories.length === 0 ? {} : { categories: form.breach.categories }),
        ...(learnedAt === undefined ? {} : { learnedAt }),
        ...(nonEmpty(form.breach.source) === undefined ? {} : { source: form.breach.source }),
      };
    }
    const unansweredSent = form.unanswered.on
      ? date(form.unanswered.sentAt, 'unansweredSentAt')
      : undefined;
    complaint = {
      consent: form.consent,
      ...(nonEmpty(form.recipient) === undefined ? {} : { recipient: form.recipient }),
      ...(knownDate === undefined ? {} : { knownDate }),
      ...(breach === undefined ? {} : { breach }),
      ...(unansweredSent === undefined
        ? {}
        : { unanswered: { request: form.unanswered.kind, sentAt: unansweredSent } }),
    };
  }

  const input: LetterInput = {
    date: now,
    zone,
    user,
    controller,
    ...(ctx.scan === undefined ? {} : { scan: ctx.scan }),
    ...(ctx.analysedAt === undefined ? {} : { analysedAt: ctx.analysedAt }),
    ...(ctx.policy === undefined ? {} : { policy: ctx.policy }),
    ...(ledger === undefined ? {} : { ledger }),
    ...(sentAt === undefined ? {} : { sentAt }),
    ...(nonEmpty(form.details) === undefined ? {} : { details: form.details }),
    ...(complaint === undefined ? {} : { complaint }),
  };
  const result =
    ctx.reminderFor !== undefined
      ? followUp('reminder', ctx.reminderFor, input, lang)
      : letter(form.kind, input, lang);
  return { letter: result, input, badDates: bad };
}
