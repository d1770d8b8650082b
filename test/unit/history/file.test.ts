import { describe, expect, it } from 'vitest';
import {
  buildDisclosure,
  LedgerError,
  parseLedgerFile,
  verifyLedgerFile,
  type LedgerErrorCode,
} from '../../../history';
import { link, observation } from './fixtures';

const validFile = async () => {
  const records = await link([buildDisclosure(observation()), buildDisclosure(observation())]);
  const last = records[records.length - 1];
  return {
    format: 'tegas-ledger',
    version: 1,
    exportedAt: '2026-06-01T00:00:00.000Z',
    head: last ? { count: records.length, hash: last.hash } : null,
    records,
    tombstones: [],
  };
};

const codeOf = (text: string, maxChars?: number): LedgerErrorCode | 'ok' => {
  try {
    parseLedgerFile(text, maxChars === undefined ? {} : { maxChars });
    return 'ok';
  } catch (error) {
    if (error instanceof LedgerError) return error.code;
    throw error;
  }
};

describe('parseLedgerFile', () => {
  it('accepts an export and its chain verifies', async () => {
    const file = parseLedgerFile(JSON.stringify(await validFile()));
    expect(file.records).toHaveLength(2);
    expect((await verifyLedgerFile(file)).ok).toBe(true);
  });

  it.each<[string, (f: Awaited<ReturnType<typeof validFile>>) => string, LedgerErrorCode]>([
    ['not JSON', () => 'hello', 'file_not_json'],
    ['truncated', (f) => JSON.stringify(f).slice(0, -40), 'file_not_json'],
    [
      'a foreign format tag',
      (f) => JSON.stringify({ ...f, format: 'other-ledger' }),
      'file_wrong_format',
    ],
    ['an array', () => '[1,2,3]', 'file_wrong_format'],
    ['a newer version', (f) => JSON.stringify({ ...f, version: 2 }), 'file_unsupported_version'],
    ['version as text', (f) => JSON.stringify({ ...f, version: '1' }), 'file_invalid'],
    ['an extra top-level field', (f) => JSON.stringify({ ...f, note: 'x' }), 'file_invalid'],
    [
      'an extra record field',
      (f) =>
        JSON.stringify({ ...f, records: f.records.map((r) => ({ ...r, email: 'jane@x.com' })) }),
      'file_invalid',
    ],
    [
      'a huge string',
      (f) =>
        JSON.stringify({
          ...f,
          records: f.records.map((r) => ({
            ...r,
            consents: r.consents.map((c) => ({ ...c, text: 'x'.repeat(100_000) })),
          })),
        }),
      'file_invalid',
    ],
    [
      'a URL with a query string',
      (f) =>
        JSON.stringify({
          ...f,
          records: f.records.map((r) => ({ ...r, pageUrl: r.pageUrl + '?email=jane@x.com' })),
        }),
      'file_invalid',
    ],
    [
      'a __proto__ key',
      (f) => JSON.stringify(f).replace('"format":', '"__proto__":{"polluted":true},"format":'),
      'file_unsafe_key',
    ],
    [
      'an escaped __proto__ key',
      (f) => JSON.stringify(f).replace('"records":[{', '"records":[{"\\u005f_proto__":{"x":1},'),
      'file_unsafe_key',
    ],
    [
      'a constructor key',
      (f) =>
        JSON.stringify(f).replace('"records":[{', '"records":[{"constructor":{"prototype":{}},'),
      'file_unsafe_key',
    ],
    [
      'duplicate ids with different content',
      (f) => {
        const [a, b] = f.records;
        if (!a || !b) throw new Error('no records');
        return JSON.stringify({ ...f, records: [a, { ...b, id: a.id }] });
      },
      'file_duplicate_id',
    ],
  ])('rejects %s', async (_what, make, code) => {
    expect(codeOf(make(await validFile()))).toBe(code);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('rejects a file over the size limit before parsing it', async () => {
    expect(codeOf(JSON.stringify(await validFile()), 1000)).toBe('file_too_large');
  });

  it('gives a message in both languages', () => {
    try {
      parseLedgerFile('{}');
    } catch (error) {
      if (!(error instanceof LedgerError)) throw error;
      expect(error.messageIn('id')).toMatch(/bukan ekspor riwayat Tegas/);
      expect(error.messageIn('en')).toMatch(/not a Tegas history export/);
    }
    expect.assertions(2);
  });
});
