import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import {
  DB_NAME,
  LATEST_SCHEMA_VERSION,
  Ledger,
  LedgerError,
  type LedgerErrorCode,
} from '../../../history';
import { day, draft, dump, freshFactory } from './helpers';

const A = 'https://shop-a.id';
const B = 'https://shop-b.id';

// Failure injection: a Dexie middleware that makes the n-th matching write
// fail, the way a full disk or a crashing write would, in the middle of a
// transaction that has already written something.
interface Trap {
  table: string;
  type?: DBCoreMutateRequest['type'];
  error: () => Error;
  armed: boolean;
}

async function ledgerWithTrap(trap: Trap, indexedDB = freshFactory()): Promise<Ledger> {
  const ledger = new Ledger({ indexedDB, IDBKeyRange });
  ledger.db.use({
    stack: 'dbcore',
    name: 'failure-injection',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) =>
            trap.armed && name === trap.table && (trap.type === undefined || req.type === trap.type)
              ? Promise.reject(trap.error())
              : table.mutate(req),
        };
      },
    }),
  });
  await ledger.open();
  return ledger;
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const crash = () => new Error('disk I/O error');

async function codeOf(promise: Promise<unknown>): Promise<LedgerErrorCode | 'ok'> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof LedgerError) return error.code;
    throw error;
  }
}

describe('a failed write leaves no partial record and the earlier data intact', () => {
  it('quota exceeded while adding the record', async () => {
    const trap: Trap = { table: 'records', type: 'add', error: quota, armed: false };
    const ledger = await ledgerWithTrap(trap);
    const kept = await ledger.append(draft(A, day(0)));
    const before = await dump(ledger);
    trap.armed = true;
    const error = await ledger.append(draft(B, day(1))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LedgerError);
    if (!(error instanceof LedgerError)) return;
    expect(error.code).toBe('quota_exceeded');
    expect(error.messageIn('id')).toMatch(/Penyimpanan browser penuh/);
    expect(error.messageIn('en')).toMatch(/storage is full/);
    expect(await dump(ledger)).toBe(before);
    trap.armed = false;
    const next = await ledger.append(draft(B, day(2)));
    expect(next).toMatchObject({ seq: 1, prevHash: kept.hash });
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 2 });
  });

  it('a crash after the record was written, while updating the site summary', async () => {
    const trap: Trap = { table: 'sites', error: crash, armed: false };
    const ledger = await ledgerWithTrap(trap);
    await ledger.append(draft(A, day(0)));
    const before = await dump(ledger);
    trap.armed = true;
    expect(await codeOf(ledger.append(draft(A, day(1))))).toBe('write_failed');
    expect(await dump(ledger)).toBe(before);
  });

  it('quota exceeded in the middle of deleting a site', async () => {
    // Tombstones are written, then records deleted, then the summary: the last step fails.
    const trap: Trap = { table: 'sites', type: 'delete', error: quota, armed: false };
    const ledger = await ledgerWithTrap(trap);
    await ledger.appendMany([draft(A, day(0)), draft(B, day(1)), draft(A, day(2))]);
    const before = await dump(ledger);
    trap.armed = true;
    expect(await codeOf(ledger.deleteSite(A))).toBe('quota_exceeded');
    expect(await dump(ledger)).toBe(before);
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 3, tombstones: 0 });
  });

  it('a crash in the middle of an import', async () => {
    const source = await ledgerWithTrap({ table: 'none', error: crash, armed: false });
    await source.appendMany([draft(A, day(0)), draft(B, day(1))]);
    const json = await source.exportJson();
    const trap: Trap = { table: 'sites', error: crash, armed: false };
    const target = await ledgerWithTrap(trap);
    await target.append(draft(A, day(5)));
    await target.deleteAll();
    const before = await dump(target);
    trap.armed = true;
    expect(await codeOf(target.importJson(json))).toBe('write_failed');
    expect(await dump(target)).toBe(before);
    trap.armed = false;
    expect(await target.importJson(json)).toEqual({ added: 2, alreadyPresent: 0 });
  });
});

describe('the database held or changed by another version', () => {
  it('reports "blocked" when an old connection will not let go, then opens once it does', async () => {
    const indexedDB = freshFactory();
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      // Dexie stores version n as 10n: this is a v1 connection that ignores versionchange.
      const req = indexedDB.open(DB_NAME, 10);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ledger = new Ledger({ indexedDB, IDBKeyRange });
    expect(await codeOf(ledger.open())).toBe('blocked');
    old.close();
    const retry = new Ledger({ indexedDB, IDBKeyRange });
    await retry.open();
    expect(retry.db.verno).toBe(LATEST_SCHEMA_VERSION);
    warn.mockRestore();
    retry.close();
  });

  it('closes and says "reload" when a newer version takes the database', async () => {
    const indexedDB = freshFactory();
    const onVersionChange = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ledger = new Ledger({ indexedDB, IDBKeyRange, onVersionChange });
    await ledger.open();
    await ledger.append(draft(A, day(0)));
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      // One version past Tegas's latest (Dexie's ×10 native numbering).
      const req = indexedDB.open(DB_NAME, (LATEST_SCHEMA_VERSION + 1) * 10);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(await codeOf(ledger.append(draft(A, day(1))))).toBe('version_changed');
    expect(await codeOf(ledger.sites())).toBe('version_changed');
    newer.close();
    warn.mockRestore();
  });

  it('reports "unavailable" when there is no IndexedDB', async () => {
    const ledger = new Ledger();
    expect(await codeOf(ledger.open())).toBe('unavailable');
  });
});
