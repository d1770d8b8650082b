import { describe, expect, it } from 'vitest';
import { LedgerError, type Ledger, type LedgerErrorCode } from '../../../history';
import { day, draft, dump, openLedger } from './helpers';

const A = 'https://shop-a.id';
const B = 'https://shop-b.id';

async function seeded(): Promise<Ledger> {
  const ledger = await openLedger({ now: () => new Date('2026-06-01T00:00:00.000Z') });
  await ledger.appendMany([draft(A, day(0)), draft(B, day(1), ['national_id']), draft(A, day(2))]);
  return ledger;
}

async function codeOf(promise: Promise<unknown>): Promise<LedgerErrorCode | 'ok'> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof LedgerError) return error.code;
    throw error;
  }
}

describe('export', () => {
  it('writes a versioned file with every entry and the head', async () => {
    const ledger = await seeded();
    const file = await ledger.exportFile();
    expect(file).toMatchObject({
      format: 'tegas-ledger',
      version: 1,
      exportedAt: '2026-06-01T00:00:00.000Z',
      head: { count: 3, hash: file.records[2]?.hash },
      tombstones: [],
    });
    expect(file.records.map((r) => r.seq)).toEqual([0, 1, 2]);
  });
});

describe('import', () => {
  it('round-trips losslessly into an empty ledger', async () => {
    const source = await seeded();
    const first = (await source.exportFile()).records.find((r) => r.origin === B);
    if (!first) throw new Error('no record');
    await source.deleteRecord(first.id);
    const json = await source.exportJson();

    const target = await openLedger();
    expect(await target.importJson(json)).toEqual({ added: 3, alreadyPresent: 0 });
    expect(await dump(target)).toBe(await dump(source));
    expect(await target.verify()).toEqual(await source.verify());
  });

  it('is idempotent: the same file twice adds nothing', async () => {
    const json = await (await seeded()).exportJson();
    const target = await openLedger();
    await target.importJson(json);
    const once = await dump(target);
    expect(await target.importJson(json)).toEqual({ added: 0, alreadyPresent: 3 });
    expect(await dump(target)).toBe(once);
  });

  it('adds only the new tail of a later export of the same ledger', async () => {
    const source = await seeded();
    const early = await source.exportJson();
    await source.append(draft(B, day(3)));
    const late = await source.exportJson();

    const target = await openLedger();
    await target.importJson(early);
    expect(await target.importJson(late)).toEqual({ added: 1, alreadyPresent: 3 });
    expect(await target.importJson(early)).toEqual({ added: 0, alreadyPresent: 3 });
    expect(await dump(target)).toBe(await dump(source));
  });

  it('does not bring back a record deleted after the export was made', async () => {
    const ledger = await seeded();
    const backup = await ledger.exportJson();
    const [newest] = (await ledger.timeline({ limit: 1 })).records;
    if (!newest) throw new Error('no record');
    await ledger.deleteRecord(newest.id);
    expect(await ledger.importJson(backup)).toEqual({ added: 0, alreadyPresent: 3 });
    expect(await ledger.record(newest.id)).toBeUndefined();
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 2, tombstones: 1 });
  });

  it('restores a backup after "delete everything"', async () => {
    const ledger = await seeded();
    const backup = await ledger.exportJson();
    const before = await dump(ledger);
    await ledger.deleteAll();
    await ledger.importJson(backup);
    expect(await dump(ledger)).toBe(before);
  });
});

describe('every rejected import leaves the ledger unchanged', () => {
  const cases: [
    string,
    (json: string, file: ReturnType<typeof JSON.parse>) => string,
    LedgerErrorCode,
  ][] = [
    ['not JSON', () => 'not json', 'file_not_json'],
    ['a truncated file', (json) => json.slice(0, json.length / 2), 'file_not_json'],
    [
      'a foreign file',
      () => JSON.stringify({ format: 'other', version: 1, items: [] }),
      'file_wrong_format',
    ],
    [
      'a newer version',
      (_j, f) => JSON.stringify({ ...f, version: 9 }),
      'file_unsupported_version',
    ],
    ['extra fields', (_j, f) => JSON.stringify({ ...f, extra: true }), 'file_invalid'],
    [
      'a huge string',
      (_j, f) => JSON.stringify({ ...f, exportedAt: 'x'.repeat(5_000_000) }),
      'file_invalid',
    ],
    [
      'a __proto__ key',
      (json) => json.replace('{"format"', '{"__proto__":{"admin":true},"format"'),
      'file_unsafe_key',
    ],
    [
      'an edited record (broken chain)',
      (_j, f) =>
        JSON.stringify({
          ...f,
          records: f.records.map((r: { seq: number; categories: string[] }) =>
            r.seq === 1 ? { ...r, categories: ['email'] } : r,
          ),
        }),
      'file_chain_broken',
    ],
    [
      'a dropped last record',
      (_j, f) => JSON.stringify({ ...f, records: f.records.slice(0, -1) }),
      'file_chain_broken',
    ],
    [
      'duplicate ids with different content',
      (_j, f) =>
        JSON.stringify({
          ...f,
          records: [...f.records, { ...f.records[0], seq: 3, time: day(9) }],
        }),
      'file_duplicate_id',
    ],
  ];

  it.each(cases)('%s', async (_what, make, code) => {
    const other = await seeded();
    const json = await other.exportJson();
    const target = await seeded();
    const before = await dump(target);
    expect(await codeOf(target.importJson(make(json, JSON.parse(json))))).toBe(code);
    expect(await dump(target)).toBe(before);
  });

  it('a file from a different ledger', async () => {
    const foreign = await (await seeded()).exportJson();
    const target = await seeded();
    const before = await dump(target);
    expect(await codeOf(target.importJson(foreign))).toBe('import_conflict');
    expect(await dump(target)).toBe(before);
  });

  it('a file over the size limit', async () => {
    const target = await seeded();
    const before = await dump(target);
    const json = await target.exportJson();
    expect(await codeOf(target.importJson(json, { maxChars: 100 }))).toBe('file_too_large');
    expect(await dump(target)).toBe(before);
  });
});
