import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, Ledger, LedgerError } from '../../../history';
import { day, draft, dump, freshFactory, openLedger } from './helpers';

const A = 'https://shop-a.id';
const B = 'https://shop-b.id';

describe('append and the chain', () => {
  it('links each record to the previous one from the genesis hash', async () => {
    const ledger = await openLedger();
    const first = await ledger.append(draft(A, day(0)));
    const second = await ledger.append(draft(B, day(1)));
    expect(first).toMatchObject({ seq: 0, prevHash: GENESIS_HASH });
    expect(second).toMatchObject({ seq: 1, prevHash: first.hash });
    expect(await ledger.head()).toEqual({ count: 2, hash: second.hash });
    expect(await ledger.verify()).toEqual({
      ok: true,
      records: 2,
      tombstones: 0,
      headHash: second.hash,
    });
    expect(await ledger.record(first.id)).toEqual(first);
  });

  it('rejects an invalid draft with a typed error and writes nothing', async () => {
    const ledger = await openLedger();
    const bad = { ...draft(A, day(0)), pageUrl: 'https://shop-a.id/checkout?email=jane@x.com' };
    await expect(ledger.append(bad)).rejects.toMatchObject({ code: 'invalid_record' });
    expect(await ledger.counts()).toEqual({ records: 0, tombstones: 0, sites: 0 });
  });

  it('serializes concurrent appends on one instance into one chain', async () => {
    const ledger = await openLedger();
    const written = await Promise.all(
      Array.from({ length: 40 }, (_, i) => ledger.append(draft(i % 2 ? A : B, day(i)))),
    );
    expect(new Set(written.map((r) => r.seq)).size).toBe(40);
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 40 });
  });

  it('does not fork when two connections (background and a page) append at once', async () => {
    const indexedDB = freshFactory();
    const one = new Ledger({ indexedDB, IDBKeyRange });
    const two = new Ledger({ indexedDB, IDBKeyRange });
    await one.open();
    await two.open();
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? one : two).append(draft(A, day(i)))),
    );
    const result = await one.verify();
    expect(result).toMatchObject({ ok: true, records: 30 });
    expect(await two.verify()).toEqual(result);
    const sites = await one.sites();
    expect(sites[0]?.count).toBe(30);
  });

  it('appendMany is all or nothing', async () => {
    const ledger = await openLedger();
    await ledger.append(draft(A, day(0)));
    const before = await dump(ledger);
    const bad = { ...draft(A, day(2)), categories: ['phone', 'email'] as const };
    await expect(
      ledger.appendMany([draft(B, day(1)), { ...bad, categories: [...bad.categories] }]),
    ).rejects.toBeInstanceOf(LedgerError);
    expect(await dump(ledger)).toBe(before);
  });
});

describe('tamper evidence in the database', () => {
  it('finds a record edited in IndexedDB behind the ledger', async () => {
    const ledger = await openLedger();
    const records = await Promise.all([0, 1, 2].map((i) => ledger.append(draft(A, day(i)))));
    const target = records.find((r) => r.seq === 1);
    if (!target) throw new Error('no record');
    await ledger.db.records.put({ ...target, categories: ['email', 'national_id'] });
    expect(await ledger.verify()).toMatchObject({
      ok: false,
      firstBrokenIndex: 1,
      id: target.id,
      reason: 'hash_mismatch',
    });
  });
});

describe('deletion', () => {
  it('replaces a deleted record by a tombstone and the chain still verifies', async () => {
    const ledger = await openLedger();
    const [a, b, c] = await ledger.appendMany([
      draft(A, day(0), ['email']),
      draft(A, day(1), ['national_id']),
      draft(B, day(2)),
    ]);
    if (!a || !b || !c) throw new Error('no records');
    expect(await ledger.deleteRecord(b.id)).toBe(true);
    expect(await ledger.deleteRecord(b.id)).toBe(false);
    expect(await ledger.record(b.id)).toBeUndefined();
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 2, tombstones: 1 });
    // The site summary forgets what only the deleted record said.
    expect(await ledger.whoHas('national_id')).toEqual([]);
    expect((await ledger.sites()).find((s) => s.origin === A)?.count).toBe(1);
    // The next record links to the head even when the head is a tombstone.
    await ledger.deleteRecord(c.id);
    const d = await ledger.append(draft(B, day(3)));
    expect(d).toMatchObject({ seq: 3, prevHash: c.hash });
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 2, tombstones: 2 });
  });

  it('a tombstone keeps nothing of the record but its chain link', async () => {
    const ledger = await openLedger();
    const record = await ledger.append(draft(A, day(0), ['national_id']));
    await ledger.deleteSite(A);
    const stored = await dump(ledger);
    expect(stored).not.toContain('shop-a');
    expect(stored).not.toContain('national_id');
    expect(stored).not.toContain(record.nonce);
    expect(await ledger.db.tombstones.toArray()).toEqual([
      {
        id: record.id,
        seq: 0,
        prevHash: GENESIS_HASH,
        hash: record.hash,
        deletedAt: expect.any(String),
      },
    ]);
  });

  it('deletes a site: its records, its summary; other sites stay and verify', async () => {
    const ledger = await openLedger();
    await ledger.appendMany([
      draft(A, day(0)),
      draft(B, day(1)),
      draft(A, day(2)),
      draft(B, day(3)),
    ]);
    expect(await ledger.deleteSite(A)).toBe(2);
    expect((await ledger.sites()).map((s) => s.origin)).toEqual([B]);
    expect((await ledger.siteRecords(A)).records).toEqual([]);
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 2, tombstones: 2 });
    // A tampered survivor is still caught after deletions.
    const [survivor] = (await ledger.siteRecords(B)).records;
    if (!survivor) throw new Error('no record');
    await ledger.db.records.put({ ...survivor, pageKind: 'signup' });
    expect(await ledger.verify()).toMatchObject({ ok: false, reason: 'hash_mismatch' });
  });

  it('deletes everything, tombstones included, and starts a new chain', async () => {
    const ledger = await openLedger();
    await ledger.appendMany([draft(A, day(0)), draft(B, day(1))]);
    await ledger.deleteAll();
    expect(await dump(ledger)).toBe('{"records":[],"tombstones":[],"sites":[]}');
    const fresh = await ledger.append(draft(A, day(5)));
    expect(fresh).toMatchObject({ seq: 0, prevHash: GENESIS_HASH });
  });
});
