import { describe, expect, it } from 'vitest';
import {
  addRequest,
  deleteRequest,
  dueState,
  getRequest,
  LedgerError,
  listRequests,
  markReminded,
  setRequestStatus,
  type NewRequest,
} from '../../../history';
import { dueOf } from '../../../components/request-due';
import { dump, openLedger } from './helpers';

// The tracked-requests store on fake-indexeddb: add, list (parsed on read),
// status changes, delete; and the due state the dashboard shows.

const TOKO = 'https://www.toko-nusantara.id';
// Friday 13 March 2026, 10:00 WIB.
const FRIDAY = new Date('2026-03-13T03:00:00Z');

function access(sentAt: Date = FRIDAY): NewRequest {
  return {
    kind: 'access',
    origin: TOKO,
    controller: 'PT Toko Nusantara',
    categories: ['name', 'email', 'national_id'],
    sentAt,
    zone: 'WIB',
    due: dueOf('access', sentAt, 'WIB'),
  };
}

describe('requests store', () => {
  it('adds a request with its due date and lists it back, parsed', async () => {
    const ledger = await openLedger();
    const added = await addRequest(ledger.db, access(), new Date('2026-03-13T03:05:00Z'));
    expect(added).toMatchObject({
      kind: 'access',
      status: 'sent',
      sentAt: FRIDAY.toISOString(),
      // 72 clock hours: Monday 16 March, 10:00 WIB, across the weekend.
      dueAt: '2026-03-16T03:00:00.000Z',
      dueReason: null,
      dueNote: 'UU 27/2022 Pasal 32',
      answeredAt: null,
    });
    const { requests, invalid } = await listRequests(ledger.db);
    expect(requests).toEqual([added]);
    expect(invalid).toBe(0);
    expect((await listRequests(ledger.db, 'https://other.example')).requests).toEqual([]);
    ledger.close();
  });

  it('stores no letter text and none of the user’s details', async () => {
    const ledger = await openLedger();
    await addRequest(ledger.db, access());
    const row = await ledger.db.requests.toArray();
    expect(Object.keys(row[0] ?? {}).sort()).toEqual(
      [
        'answeredAt',
        'categories',
        'closedAt',
        'controller',
        'createdAt',
        'dueAt',
        'dueNote',
        'dueReason',
        'followUpOf',
        'id',
        'kind',
        'origin',
        'remindedAt',
        'sentAt',
        'status',
        'zone',
      ].sort(),
    );
    ledger.close();
  });

  it('records a null due date with its reason when the law gives none', async () => {
    const ledger = await openLedger();
    const deletion = await addRequest(ledger.db, {
      ...access(),
      kind: 'deletion',
      due: dueOf('deletion', FRIDAY, 'WIB'),
    });
    expect(deletion).toMatchObject({ dueAt: null, dueReason: 'not-in-law' });
    // A complaint in 2027 (no holiday table yet): no date rather than a guess.
    const late = new Date('2027-03-01T03:00:00Z');
    const complaint = await addRequest(ledger.db, {
      ...access(late),
      kind: 'complaint',
      due: dueOf('complaint', late, 'WIB'),
    });
    expect(complaint).toMatchObject({ dueAt: null, dueReason: 'holidays-missing' });
    ledger.close();
  });

  it('refuses an invalid request and writes nothing', async () => {
    const ledger = await openLedger();
    const before = await dump(ledger);
    await expect(
      addRequest(ledger.db, { ...access(), origin: 'not a url' }),
    ).rejects.toBeInstanceOf(LedgerError);
    await expect(
      addRequest(ledger.db, { ...access(), sentAt: new Date('nope') }),
    ).rejects.toMatchObject({ code: 'invalid_record' });
    expect(await ledger.db.requests.count()).toBe(0);
    expect(await dump(ledger)).toBe(before);
    ledger.close();
  });

  it('marks answered, closes, reopens, notes a reminder and deletes', async () => {
    const ledger = await openLedger();
    const r = await addRequest(ledger.db, access());
    const at = new Date('2026-03-15T01:00:00Z');
    expect(await setRequestStatus(ledger.db, r.id, 'answered', at)).toMatchObject({
      status: 'answered',
      answeredAt: at.toISOString(),
    });
    expect(await setRequestStatus(ledger.db, r.id, 'closed', at)).toMatchObject({
      status: 'closed',
      closedAt: at.toISOString(),
    });
    expect(await setRequestStatus(ledger.db, r.id, 'sent', at)).toMatchObject({
      status: 'sent',
      answeredAt: null,
      closedAt: null,
    });
    expect((await markReminded(ledger.db, r.id, at))?.remindedAt).toBe(at.toISOString());
    expect(await setRequestStatus(ledger.db, crypto.randomUUID(), 'closed')).toBeUndefined();
    expect(await deleteRequest(ledger.db, r.id)).toBe(true);
    expect(await deleteRequest(ledger.db, r.id)).toBe(false);
    expect(await getRequest(ledger.db, r.id)).toBeUndefined();
    ledger.close();
  });

  it('leaves a damaged row in place, unshown and counted', async () => {
    const ledger = await openLedger();
    const good = await addRequest(ledger.db, access());
    // A row the schema refuses (e.g. written by a newer Tegas or edited by hand).
    await ledger.db.requests.put({ ...good, id: crypto.randomUUID(), status: 'lost' } as never);
    const { requests, invalid } = await listRequests(ledger.db);
    expect(requests.map((r) => r.id)).toEqual([good.id]);
    expect(invalid).toBe(1);
    expect(await ledger.db.requests.count()).toBe(2);
    ledger.close();
  });
});

describe('dueState', () => {
  const due = dueOf('access', FRIDAY, 'WIB').dueAt;
  const sent = { status: 'sent' as const, dueAt: due };

  it('is open over the weekend and overdue after Monday 10:00 WIB', () => {
    expect(dueState(sent, new Date('2026-03-14T03:00:00Z'))).toBe('open'); // Saturday
    expect(dueState(sent, new Date('2026-03-15T03:00:00Z'))).toBe('open'); // Sunday, 24 h left
    expect(dueState(sent, new Date('2026-03-16T02:59:00Z'))).toBe('due_soon');
    expect(dueState(sent, new Date('2026-03-16T03:01:00Z'))).toBe('overdue');
  });

  it('is due soon within the last 24 hours', () => {
    expect(dueState(sent, new Date('2026-03-15T03:01:00Z'))).toBe('due_soon');
  });

  it('answered and closed win over the clock; no due date is never overdue', () => {
    const late = new Date('2026-04-01T00:00:00Z');
    expect(dueState({ status: 'answered', dueAt: due }, late)).toBe('answered');
    expect(dueState({ status: 'closed', dueAt: due }, late)).toBe('closed');
    expect(dueState({ status: 'sent', dueAt: null }, late)).toBe('open');
  });
});
