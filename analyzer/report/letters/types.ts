import type { PolicyReport } from '../../model/policy-report';
import type { DataCategory, ScanReport } from '../../model/scan-report';
import type { StatutoryDeadlineResult, ComplaintDeadlineResult, Zone } from '../deadlines';
import type { LedgerSummary } from '../input';
import type { UiLang } from '../labels';

export const LETTER_KINDS = [
  'complaint',
  'access',
  'correction',
  'deletion',
  'withdraw',
  'restrict',
  'object',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];
export type RequestKind = Exclude<LetterKind, 'complaint'>;
export const REQUEST_KINDS: readonly RequestKind[] = LETTER_KINDS.filter(
  (k): k is RequestKind => k !== 'complaint',
);

export function isLetterKind(value: unknown): value is LetterKind {
  return LETTER_KINDS.some((k) => k === value);
}

/** The user's own details: optional; a missing one becomes a visible placeholder. */
export interface UserDetails {
  readonly name?: string;
  readonly address?: string;
  readonly email?: string;
  readonly phone?: string;
  /** Town or city written beside the date ("Jakarta, 6 Mei 2026"). */
  readonly place?: string;
}

export interface ControllerDetails {
  readonly name?: string;
  /** Postal address or e-mail of the shop; when absent, taken from the policy's contact sentences if they name an e-mail. */
  readonly contact?: string;
}

export type BreachNotice =
  | { readonly given: false }
  | { readonly given: true; readonly at?: Date }
  | { readonly given: 'unknown' };

export interface BreachGround {
  /** What leaked, in the user's words. */
  readonly leaked?: string;
  readonly categories?: readonly DataCategory[];
  /** When the user learned of the breach. */
  readonly learnedAt?: Date;
  /** How the user learned of it (news, an e-mail, a message from a stranger). */
  readonly source?: string;
  readonly notice: BreachNotice;
}

export interface UnansweredGround {
  readonly request: RequestKind;
  /** When the request was sent (the deadline is counted as if received then). */
  readonly sentAt: Date;
}

export interface ComplaintInput {
  /** Typed or chosen by the user; never filled in by Tegas. */
  readonly recipient?: string;
  /** When the user learned of the problem: the start of the 30 working days. */
  readonly knownDate?: Date;
  /** Cite the scan's findings as a ground. Default: true when the scan has findings. */
  readonly consent?: boolean;
  readonly breach?: BreachGround;
  readonly unanswered?: UnansweredGround;
  /** Resolution in the user's words, replacing the default list. */
  readonly resolution?: readonly string[];
}

export interface LetterInput {
  /** Date of the letter. Pure code never reads the clock: the caller passes now. */
  readonly date: Date;
  /** Zone for printed dates and times; default WIB. */
  readonly zone?: Zone;
  readonly user?: UserDetails;
  readonly controller?: ControllerDetails;
  readonly scan?: ScanReport;
  /** When the scan was made, for the evidence list. */
  readonly analysedAt?: Date;
  readonly policy?: PolicyReport;
  readonly ledger?: LedgerSummary;
  /** Requests: when the request is sent; the response deadline counts from it. Default: `date`. */
  readonly sentAt?: Date;
  /** Requests: the user's specifics (what to correct, which processing to restrict). */
  readonly details?: string;
  readonly complaint?: ComplaintInput;
}

export interface Letter {
  readonly kind: LetterKind | 'reminder';
  readonly lang: UiLang;
  readonly subject: string;
  /** The letter itself: plain text with light Markdown, for the user to edit and send. */
  readonly body: string;
  /** For the user only (deadlines, what to check): not part of the letter. */
  readonly notes: readonly string[];
  /** body, then the notes under a heading that says to delete them before sending. */
  readonly text: string;
  /** Placeholders left in the body, e.g. "[Nama Anda]". */
  readonly placeholders: readonly string[];
  /** Requests: the controller's response deadline. */
  readonly responseDeadline?: StatutoryDeadlineResult;
  /** Complaints: the last day to file (Permenkominfo 20/2016 Pasal 31 huruf a). */
  readonly filingDeadline?: ComplaintDeadlineResult;
}
