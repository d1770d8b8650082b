import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli';
import { day, draft, openLedger } from './helpers';

const run = (...argv: string[]) => runCli(argv);

const dir = mkdtempSync(join(tmpdir(), 'tegas-ledger-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

let good = '';
let exported: { records: { seq: number; pageKind: string; id: string }[] } = { records: [] };
beforeAll(async () => {
  const ledger = await openLedger();
  const [, second] = await ledger.appendMany([
    draft('https://shop-a.id', day(0)),
    draft('https://shop-b.id', day(1)),
    draft('https://shop-a.id', day(2)),
  ]);
  if (second) await ledger.deleteRecord(second.id);
  good = await ledger.exportJson();
  exported = JSON.parse(good);
});

describe('tegas ledger verify', () => {
  it('exits 0 with counts, first and last dates', async () => {
    const { code, stdout, stderr } = await run(
      'ledger',
      'verify',
      file('good.json', good),
      '--lang',
      'en',
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Chain intact: 2 records, 1 deleted');
    expect(stdout).toContain(`First record ${day(0)}, last ${day(2)}.`);
    expect(stdout).toMatch(/Head hash: [0-9a-f]{64}/);
  });

  it('speaks Indonesian', async () => {
    const { code, stdout } = await run(
      'ledger',
      'verify',
      file('good-id.json', good),
      '--lang',
      'id',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Rantai utuh: 2 catatan, 1 dihapus');
  });

  it('exits 1 and names the record where the chain breaks', async () => {
    const tampered = {
      ...exported,
      records: exported.records.map((r) => (r.seq === 2 ? { ...r, pageKind: 'signup' } : r)),
    };
    const id = exported.records.find((r) => r.seq === 2)?.id ?? '';
    const { code, stdout } = await run(
      'ledger',
      'verify',
      file('tampered.json', JSON.stringify(tampered)),
      '--lang',
      'en',
    );
    expect(code).toBe(1);
    expect(stdout.trim()).toBe(
      `Chain broken at entry #2 (${id}): the record was edited (hash mismatch).`,
    );
  });

  it.each([
    ['not JSON', 'garbage', /not complete JSON/],
    ['a foreign file', '{"format":"something-else","version":1}', /not a Tegas history export/],
    ['a truncated file', () => good.slice(0, 200), /not complete JSON/],
  ])('exits 2 with one line for %s', async (_what, content, message) => {
    const text = typeof content === 'function' ? content() : content;
    const { code, stdout, stderr } = await run(
      'ledger',
      'verify',
      file('bad.json', text),
      '--lang',
      'en',
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [['ledger', 'verify', join(dir, 'missing.json')], /no such file/],
    [['ledger'], /usage: tegas ledger verify/],
    [['ledger', 'check', 'x.json'], /usage: tegas ledger verify/],
  ])('exits 2 for %j', async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
