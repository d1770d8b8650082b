import { describe, expect, it } from 'vitest';
import {
  buildDisclosure,
  canonicalJson,
  hashRecord,
  verifyChain,
  type DisclosureRecord,
} from '../../../history';
import { canonicalCopy } from '../../../history/chain';
import { link, observation } from './fixtures';

// canonicalJson takes the native JSON.stringify path for values already in
// canonical form. These pin that both paths give the text of the reference
// walk (the implementation before the fast path), and that verifyChain's
// hashing window still reports the first problem in seq order.

function reference(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string')
    return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('non-finite');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
  }
  throw new TypeError(`unsupported ${typeof value}`);
}

const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1, b: 'x' });

describe('canonicalJson, fast and slow path', () => {
  const values: Record<string, unknown> = {
    'sorted object': { a: 1, b: [true, null, 'x'], c: { d: 2.5, e: '\u2028"\\' } },
    'unsorted object': { b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } },
    'sorted outside, unsorted inside': { a: { z: 1, y: 2 }, b: 1 },
    'undefined member (dropped)': { a: undefined, b: 1 },
    'integer-like keys': { '10': 1, '9': 2, a: 3 },
    'empty key': { '': 1, a: 2 },
    'null prototype': nullProto,
    'a Date (spelled {} as before)': { at: new Date(0) },
    'boxed string': { s: Object('abc') as unknown },
    'lone surrogate': { s: '\ud800' },
    'nested arrays': [[], [[1, 2], { b: 1, a: 2 }]],
    // A hole was spelled "[1,,2]" before (not JSON); the walk still does, the fast path stays out.
    // eslint-disable-next-line no-sparse-arrays
    'an array hole': [1, , 2],
    'a record': { ...buildDisclosure(observation()), id: 'x', seq: 3 },
  };
  it.each(Object.entries(values))('%s: same text as the reference walk', (_name, value) => {
    expect(canonicalJson(value)).toBe(reference(value));
  });

  const refused: Record<string, unknown> = {
    NaN: { a: Number.NaN },
    Infinity: [Number.POSITIVE_INFINITY],
    'undefined in an array': [1, undefined],
    'a function': { a: () => 1 },
    'a toJSON function': { toJSON: () => 'x', a: 1 },
    'a bigint': { a: 1n },
    'a symbol': { a: Symbol('s') },
  };
  it.each(Object.entries(refused))('%s: refused as before', (_name, value) => {
    expect(() => reference(value)).toThrow(TypeError);
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });
});

describe('canonicalCopy', () => {
  it('sorts keys at every depth and keeps the canonical text and hash', async () => {
    const [record] = await link([buildDisclosure(observation())]);
    if (!record) throw new Error('no record');
    const copy = canonicalCopy(record);
    expect(copy).toEqual(record);
    expect(Object.keys(copy)).toEqual(Object.keys(record).sort());
    expect(Object.keys(copy.consents[0] ?? {})).toEqual(
      Object.keys(record.consents[0] ?? {}).sort(),
    );
    // In canonical form the native serialisation is the canonical text.
    const { hash, ...unhashed } = copy;
    expect(JSON.stringify(unhashed)).toBe(reference(unhashed));
    expect(await hashRecord(unhashed)).toBe(hash);
  });
});

describe('verifyChain hashes in windows and still reports the first problem', () => {
  // More records than one hashing window (256).
  const chain = () =>
    link(
      Array.from({ length: 600 }, (_, i) =>
        buildDisclosure(observation({ submittedAt: new Date(Date.UTC(2026, 0, 1, 0, i)) })),
      ),
    );
  const edit = (r: DisclosureRecord): DisclosureRecord => ({ ...r, pageKind: 'signup' });

  it('accepts a long chain, sorted or not', async () => {
    const records = await chain();
    expect(await verifyChain(records.map(canonicalCopy))).toMatchObject({ ok: true, records: 600 });
    expect(await verifyChain(records)).toMatchObject({ ok: true, records: 600 });
  });

  it('reports the earliest of two edits, across windows', async () => {
    const records = await chain();
    records[520] = edit(records[520] as DisclosureRecord);
    records[300] = edit(records[300] as DisclosureRecord);
    expect(await verifyChain(records)).toMatchObject({
      ok: false,
      firstBrokenIndex: 300,
      reason: 'hash_mismatch',
    });
  });

  it('reports an edit before a later broken link in the same window', async () => {
    const records = await chain();
    records[10] = edit(records[10] as DisclosureRecord);
    records[12] = { ...(records[12] as DisclosureRecord), prevHash: 'e'.repeat(64) };
    expect(await verifyChain(records)).toMatchObject({
      ok: false,
      firstBrokenIndex: 10,
      reason: 'hash_mismatch',
    });
  });

  it('reports a broken link before a later edit', async () => {
    const records = await chain();
    records[12] = edit(records[12] as DisclosureRecord);
    records[10] = { ...(records[10] as DisclosureRecord), prevHash: 'e'.repeat(64) };
    expect(await verifyChain(records)).toMatchObject({
      ok: false,
      firstBrokenIndex: 10,
      reason: 'link_broken',
    });
  });

  it('rejects, in seq order, a stored row JSON cannot carry', async () => {
    const records = await chain();
    const bad = { ...(records[400] as DisclosureRecord), versions: { record: 1, scanReport: NaN } };
    records[400] = bad as DisclosureRecord;
    await expect(verifyChain(records, undefined, { alreadyParsed: true })).rejects.toThrow(
      TypeError,
    );
    // An earlier edit is still what gets reported.
    records[100] = edit(records[100] as DisclosureRecord);
    expect(await verifyChain(records, undefined, { alreadyParsed: true })).toMatchObject({
      ok: false,
      firstBrokenIndex: 100,
      reason: 'hash_mismatch',
    });
  });
});
