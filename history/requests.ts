import type { DataCategory } from '../analyzer/model/scan-report';
import { LedgerError, toLedgerError } from './errors';
import {
  TrackedRequestSchema,
  type DueReason,
  type TrackedKind,
  type TrackedRequest,
  type TrackedStatus,
} from './request-record';
import type { LedgerDb } from './schema';

// The user's log of sent requests (the `requests` table): add, list, change
// status, delete. Every row is parsed on read; a row that does not parse is
// left alone and counted, never shown half-read. Due dates are computed by the
// caller from the pure deadline arithmetic (components/request-due.ts); this
// module only stores them.

export interface NewRequest {
  readonly kind: TrackedKind;
  readonly origin: string | null;
  readonly controller: string;
  readonly categories: readonly DataCategory[];
  readonly sentAt: Date;
  readonly zone: TrackedRequest['zone'];
  readonly due: Due;
  readonly followUpOf?: string | null;
}

export interface Due {
  readonly dueAt: string | null;
  readonly dueReason: DueReason | null;
  readonly dueNote: string;
}

/** A new tracked request, validated. Throws LedgerError('invalid_record') on bad input. */
export function trackedRequest(
  input: NewRequest,
  now: Date,
  id: string = crypto.randomUUID(),
): TrackedRequest {
  if (Number.isNaN(input.sentAt.getTime())) throw new LedgerError('invalid_record', 'sentAt');
  const parsed = TrackedRequestSchema.safeParse({
    id,
    kind: input.kind,
    origin: input.origin,
    controller: input.controller.trim().slice(0, 200),
    categories: [...new Set(input.categories)],
    status: 'sent',
    sentAt: input.sentAt.toISOString(),
    dueAt: input.due.dueAt,
    dueReason: input.due.dueReason,
    dueNote: input.due.dueNote,
    zone: input.zone,
    createdAt: now.toISOString(),
    answeredAt: null,
    closedAt: null,
    remindedAt: null,
    followUpOf: input.followUpOf ?? null,
  });
  if (!parsed.success)
    throw new LedgerError('invalid_record', parsed.error.issues[0]?.path.join('.'));
  return parsed.data;
}

async function guard<T>(task: () => Promise<T>, fallback: 'read_failed' | 'write_failed') {
  try {
    return await task();
  } catch (error) {
    throw toLedgerError(error, fallback);
  }
}

export async function addRequest(
  db: LedgerDb,
  input: NewRequest,
  now: Date = new Date(),
): Promise<TrackedRequest> {
  const request = trackedRequest(input, now);
  await guard(() => db.requests.add(request), 'write_failed');
  return request;
}

export interface RequestList {
  /** Newest sent first. */
  readonly requests: TrackedRequest[];
  /** Rows that did not parse (damaged or from a newer Tegas): left in place, not shown. */
  readonly invalid: number;
}

export async function listRequests(db: LedgerDb, origin?: string): Promise<RequestList> {
  const rows: unknown[] = await guard(
    () =>
      origin === undefined
        ? db.requests.toArray()
        : db.requests.where('origin').equals(origin).toArray(),
    'read_failed',
  );
  const requests: TrackedRequest[] = [];
  let invalid = 0;
  for (const row of rows) {
    const parsed = TrackedRequestSchema.safeParse(row);
    if (parsed.success) requests.push(parsed.data);
    else invalid += 1;
  }
  requests.sort((a, b) => (a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : 0));
  return { requests, invalid };
}

export async function getRequest(db: LedgerDb, id: string): Promise<TrackedRequest | undefined> {
  const row: unknown = await guard(() => db.requests.get(id), 'read_failed');
  if (row === undefined) return undefined;
  const parsed = TrackedRequestSchema.safeParse(row);
  if (!parsed.success) throw new LedgerError('read_failed', 'request does not parse');
  return parsed.data;
}

/** Read, change, validate, write in one transaction. Undefined when there is no such request. */
async function change(
  db: LedgerDb,
  id: string,
  patch: (r: TrackedRequest) => TrackedRequest,
): Promise<TrackedRequest | undefined> {
  return guard(
    () =>
      db.transaction('rw', db.requests, async () => {
        const row: unknown = await db.requests.get(id);
        if (row === undefined) return undefined;
        const current = TrackedRequestSchema.safeParse(row);
        if (!current.success) throw new LedgerError('read_failed', 'request does not parse');
        const next = TrackedRequestSchema.safeParse(patch(current.data));
        if (!next.success)
          throw new LedgerError('invalid_record', next.error.issues[0]?.path.join('.'));
        await db.requests.put(next.data);
        return next.data;
      }),
    'write_failed',
  );
}

/** Marks a request answered, closed, or open again ('sent'). */
export function setRequestStatus(
  db: LedgerDb,
  id: string,
  status: TrackedStatus,
  now: Date = new Date(),
): Promise<TrackedRequest | undefined> {
  const at = now.toISOString();
  return change(db, id, (r) => ({
    ...r,
    status,
    answeredAt:
      status === 'answered' ? (r.answeredAt ?? at) : status === 'sent' ? null : r.answeredAt,
    closedAt: status === 'closed' ? at : null,
  }));
}

/** Notes that a reminder for this request was sent. */
export function markReminded(
  db: LedgerDb,
  id: string,
  at: Date = new Date(),
): Promise<TrackedRequest | undefined> {
  if (Number.isNaN(at.getTime())) throw new LedgerError('invalid_record', 'remindedAt');
  return change(db, id, (r) => ({ ...r, remindedAt: at.toISOString() }));
}

/** False when there was no such request. */
export function deleteRequest(db: LedgerDb, id: string): Promise<boolean> {
  return guard(
    () =>
      db.transaction('rw', db.requests, async () => {
        if ((await db.requests.get(id)) === undefined) return false;
        await db.requests.delete(id);
        return true;
      }),
    'write_failed',
  );
}

export type DueState = 'open' | 'due_soon' | 'overdue' | 'answered' | 'closed';

/** "Due soon": less than this many hours left. */
export const DUE_SOON_HOURS = 24;

/** Where a request stands at `now`: answered and closed win; otherwise by its due date. */
export function dueState(request: Pick<TrackedRequest, 'status' | 'dueAt'>, now: Date): DueState {
  if (request.status === 'answered') return 'answered';
  if (request.status === 'closed') return 'closed';
  if (request.dueAt === null) return 'open';
  const left = new Date(request.dueAt).getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left < DUE_SOON_HOURS * 3_600_000 ? 'due_soon' : 'open';
}
