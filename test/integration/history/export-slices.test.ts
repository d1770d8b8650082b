import { describe, expect, it } from 'vitest';
import { type DisclosureRecord } from '../../../history';
import { READ_SLICE } from '../../../history/ledger';
import { day, draft, openLedger } from './helpers';

// exportFile / exportJson / verify read the chain in slices of READ_SLICE
// entries, all requested in one transaction. These pin that the slices join
// into exactly the old single read: every entry, in seq order, across slice
// boundaries, tombstones included, stray rows included.

const A = 'https://shop-a.id';
const B = 'https://shop-b.id';
const now = () => new Date('2026-06-01T00:00:00.000Z');
const total = READ_SLICE + 100;
const sortedKeys = (row: object) => Object.keys(row).join() === Object.keys(row).sort().join();

async function bigLedger() {
  const ledger = await openLedger({ now });
  await ledger.appendMany(
    Array.from({ length: total }, (_, i) => draft(i % 2 ? A : B, day(i % 300), ['email'])),
  );
  return ledger;
}

describe('export across read slices', () => {
  it('has every entry in seq order, tombstones at the slice boundary included', async () => {
    const ledger = await bigLedger();
    for (const seq of [READ_SLICE - 1, READ_SLICE]) {
      const row = await ledger.db.records.where('seq').equals(seq).first();
      if (!row) throw new Error('no row');
      await ledger.deleteRecord(row.id);
    }
    const file = await ledger.exportFile();
    expect(file.records).toHaveLength(total - 2);
    expect(file.tombstones.map((t) => t.seq)).toEqual([READ_SLICE - 1, READ_SLICE]);
    expect(file.records.map((r) => r.seq)).toEqual(
      Array.from({ length: total }, (_, i) => i).filter(
        (seq) => seq !== READ_SLICE - 1 && seq !== READ_SLICE,
      ),
    );
    expect(file.head).toEqual({ count: total, hash: file.records.at(-1)?.hash });
    // exportJson is the text of the file object, built slice by slice.
    expect(await ledger.exportJson()).toBe(JSON.stringify(file));
    expect(await ledger.verify()).toMatchObject({ ok: true, records: total - 2, tombstones: 2 });

    const copy = await openLedger({ now });
    expect(await copy.importJson(await ledger.exportJson())).toEqual({
      added: total,
      alreadyPresent: 0,
    });
    expect(await copy.exportJson()).toBe(await ledger.exportJson());
    expect(await copy.verify()).toEqual(await ledger.verify());
  }, 60_000);

  it('stores records with sorted keys, appended or imported, so verify serialises natively', async () => {
    const ledger = await openLedger({ now });
    await ledger.appendMany([draft(A, day(0)), draft(B, day(1))]);
    const copy = await openLedger({ now });
    await copy.importJson(await ledger.exportJson());
    for (const db of [ledger.db, copy.db])
      for (const row of await db.records.toArray()) {
        expect(sortedKeys(row)).toBe(true);
        expect(row.consents.every(sortedKeys)).toBe(true);
      }
  });

  it('still reads, and fails on, a stray row below 0 or far past the head', async () => {
    for (const seq of [-1, 1e12]) {
      const ledger = await openLedger({ now });
      const [first] = await ledger.appendMany([draft(A, day(0)), draft(A, day(1))]);
      if (!first) throw new Error('no record');
      const stray: DisclosureRecord = { ...first, id: crypto.randomUUID(), seq };
      await ledger.db.records.put(stray);
      const file = await ledger.exportFile();
      expect(file.records.map((r) => r.seq)).toEqual(seq < 0 ? [seq, 0, 1] : [0, 1, seq]);
      expect((await ledger.verify()).ok).toBe(false);
    }
  });
});
