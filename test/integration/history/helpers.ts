import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DataCategory, PageKind } from '../../../analyzer/model/scan-report';
import {
  buildDisclosure,
  Ledger,
  type DisclosureDraft,
  type LedgerOptions,
} from '../../../history';
import { observation } from '../../unit/history/fixtures';

export { observation };

// Every test gets its own fake IndexedDB, so tests never share a database.

export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

export async function openLedger(options: LedgerOptions = {}): Promise<Ledger> {
  const ledger = new Ledger({ indexedDB: freshFactory(), IDBKeyRange, ...options });
  await ledger.open();
  return ledger;
}

/** A small draft for a site, time and categories. */
export function draft(
  origin: string,
  time: string,
  categories: readonly DataCategory[] = ['email'],
  pageKind: PageKind = 'checkout',
): DisclosureDraft {
  return buildDisclosure(
    observation({
      submittedAt: new Date(time),
      pageUrl: `${origin}/checkout`,
      pageKind,
      fields: categories.map((category) => ({ category, hadValue: true })),
    }),
  );
}

/** Everything in the database, for "nothing changed" and privacy checks. */
export async function dump(ledger: Ledger): Promise<string> {
  const db = ledger.db;
  return JSON.stringify({
    records: await db.records.orderBy('seq').toArray(),
    tombstones: await db.tombstones.orderBy('seq').toArray(),
    sites: await db.sites.orderBy('origin').toArray(),
  });
}

export const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString();
