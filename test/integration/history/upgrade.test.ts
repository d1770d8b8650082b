import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, LATEST_SCHEMA_VERSION, Ledger, SCHEMA_VERSIONS } from '../../../history';
import { LedgerDb } from '../../../history/schema';
import { summarize } from '../../../history/sites';
import { link } from '../../unit/history/fixtures';
import { day, draft, freshFactory } from './helpers';

// GitHub Desktop's practice: each upgrade is tested by opening the database as
// the old release did, seeding it, and reopening it with the current code.

describe('schema versions', () => {
  it('are numbered 1..n in order, each upgrade a named function', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(
      Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1),
    );
    for (const v of SCHEMA_VERSIONS) if (v.upgrade) expect(v.upgrade.name).not.toBe('');
  });

  it('creates a fresh database at the latest version', async () => {
    const indexedDB = freshFactory();
    const ledger = new Ledger({ indexedDB, IDBKeyRange });
    await ledger.open();
    expect(ledger.db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(ledger.db.tables.map((t) => t.name).sort()).toEqual([
      'policies',
      'policyVersions',
      'records',
      'requests',
      'sites',
      'tombstones',
    ]);
    ledger.close();
  });
});

describe('v1 → v2 (buildSiteSummaries)', () => {
  it('backfills site summaries and the new indexes from v1 records, and the chain goes on', async () => {
    const indexedDB = freshFactory();
    const shopA = 'https://shop-a.id';
    const shopB = 'https://shop-b.co.id';
    const records = await link([
      draft(shopA, day(0), ['email', 'phone']),
      draft(shopB, day(1), ['national_id', 'name']),
      draft(shopA, day(2), ['national_id']),
    ]);

    const v1 = new LedgerDb(DB_NAME, { indexedDB, IDBKeyRange }, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    expect(v1.tables.map((t) => t.name).sort()).toEqual(['records', 'tombstones']);
    await v1.records.bulkAdd(records);
    v1.close();

    const ledger = new Ledger({ indexedDB, IDBKeyRange });
    await ledger.open();
    expect(ledger.db.verno).toBe(LATEST_SCHEMA_VERSION);

    const sites = await ledger.sites();
    expect(sites.map((s) => [s.origin, s.categories, s.count, s.first, s.last])).toEqual([
      [shopA, ['email', 'national_id', 'phone'], 2, day(0), day(2)],
      [shopB, ['name', 'national_id'], 1, day(1), day(1)],
    ]);
    expect((await ledger.whoHas('national_id')).map((h) => [h.origin, h.first])).toEqual([
      [shopA, day(2)],
      [shopB, day(1)],
    ]);
    // The compound and multi-entry indexes exist and cover the old rows.
    expect(
      await ledger.db.records
        .where('[origin+time]')
        .between([shopA, ''], [shopA, '\uffff'])
        .count(),
    ).toBe(2);
    expect(await ledger.db.records.where('categories').equals('national_id').count()).toBe(2);

    expect(await ledger.verify()).toMatchObject({ ok: true, records: 3 });
    const next = await ledger.append(draft(shopB, day(3)));
    expect(next.seq).toBe(3);
    expect(next.prevHash).toBe(records[2]?.hash);
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 4 });
    ledger.close();
  });

  it('upgrades an empty v1 database', async () => {
    const indexedDB = freshFactory();
    const v1 = new LedgerDb(DB_NAME, { indexedDB, IDBKeyRange }, 1);
    await v1.open();
    v1.close();
    const ledger = new Ledger({ indexedDB, IDBKeyRange });
    await ledger.open();
    expect(await ledger.sites()).toEqual([]);
    ledger.close();
  });
});

describe('v2 → v3 (policies, policy versions, requests)', () => {
  it('adds the three empty tables and leaves the chain and site summaries as they were', async () => {
    const indexedDB = freshFactory();
    const shop = 'https://shop-a.id';
    const records = await link([draft(shop, day(0), ['email']), draft(shop, day(1), ['phone'])]);
    const v2 = new LedgerDb(DB_NAME, { indexedDB, IDBKeyRange }, 2);
    await v2.open();
    await v2.records.bulkAdd(records);
    await v2.sites.bulkPut([...summarize(records).values()]);
    v2.close();

    const ledger = new Ledger({ indexedDB, IDBKeyRange });
    await ledger.open();
    expect(ledger.db.verno).toBe(3);
    expect(await ledger.db.policies.count()).toBe(0);
    expect(await ledger.db.policyVersions.count()).toBe(0);
    expect(await ledger.db.requests.count()).toBe(0);
    expect((await ledger.sites()).map((s) => [s.origin, s.count])).toEqual([[shop, 2]]);
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 2 });
    ledger.close();
  });
});
