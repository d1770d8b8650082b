import { z } from 'zod';
import { DataCategorySchema } from '../analyzer/model/scan-report';
import { OriginSchema } from './record';

// Requests and complaints the user marked as sent, for tracking their due
// dates. Outside the hash chain: the user's own log. It holds what the
// dashboard needs to list and follow up a request — never the letter's text
// and never the user's own details (name, address, e-mail). Shapes are
// append-only.

/** Indonesian time zones (analyzer/report/deadlines ZONES). */
export const ZONES = ['WIB', 'WITA', 'WIT'] as const;

const IsoTimeSchema = z.iso.datetime();

/** The letter kinds of analyzer/report/letters (components/request-due.ts checks they match). */
export const TRACKED_KINDS = [
  'complaint',
  'access',
  'correction',
  'deletion',
  'withdraw',
  'restrict',
  'object',
] as const;
export type TrackedKind = (typeof TRACKED_KINDS)[number];

export const REQUEST_STATUSES = ['sent', 'answered', 'closed'] as const;
export const RequestStatusSchema = z.enum(REQUEST_STATUSES);
export type TrackedStatus = z.infer<typeof RequestStatusSchema>;

/**
 * Why a request has no due date: the law sets no hour deadline (deletion),
 * none was found (objection), or a working-day count ran into a year without a
 * holiday table, so the date would be a guess.
 */
export const DUE_REASONS = ['not-in-law', 'none-found', 'holidays-missing'] as const;
export const DueReasonSchema = z.enum(DUE_REASONS);
export type DueReason = z.infer<typeof DueReasonSchema>;

export const TrackedRequestSchema = z
  .strictObject({
    id: z.uuid(),
    kind: z.enum(TRACKED_KINDS),
    /** The shop's origin, when the letter was drafted for a known site. */
    origin: OriginSchema.nullable(),
    /** The shop's name as the letter addresses it (not the user's). */
    controller: z.string().max(200),
    categories: z.array(DataCategorySchema).max(32),
    status: RequestStatusSchema,
    sentAt: IsoTimeSchema,
    /** Null when no deadline could be computed (e.g. a year without a holiday table). */
    dueAt: IsoTimeSchema.nullable(),
    /** Why dueAt is null; null when there is a due date. */
    dueReason: DueReasonSchema.nullable(),
    /** The rule behind the deadline, e.g. "UU 27/2022 Pasal 32" (language-neutral). */
    dueNote: z.string().max(120),
    /** Zone the due date is printed in. */
    zone: z.enum(ZONES),
    createdAt: IsoTimeSchema,
    answeredAt: IsoTimeSchema.nullable(),
    closedAt: IsoTimeSchema.nullable(),
    /** When the user marked a reminder as sent. */
    remindedAt: IsoTimeSchema.nullable(),
    /** The request this one follows up (an escalation complaint), if any. */
    followUpOf: z.uuid().nullable(),
  })
  .refine((r) => (r.dueAt === null) === (r.dueReason !== null), {
    message: 'dueReason is set exactly when dueAt is null',
  });
export type TrackedRequest = z.infer<typeof TrackedRequestSchema>;
