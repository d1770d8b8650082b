import { describe, expect, it } from 'vitest';
import {
  buildDisclosure,
  canonicalJson,
  GENESIS_HASH,
  hashRecord,
  maskHint,
  sha256Hex,
  verifyChain,
  type DisclosureRecord,
  type Tombstone,
} from '../../../history';
import { link, observation } from './fixtures';

const chainOf = async (n: number) => {
  const hint = maskHint('081234567890');
  if (hint === null) throw new Error('no hint');
  const drafts = Array.from({ length: n }, (_, i) =>
    buildDisclosure(
      observation({
        submittedAt: new Date(Date.UTC(2026, 0, 1 + i)),
        fields: [{ category: 'phone', hadValue: true, hint }],
      }),
      { storeHints: true },
    ),
  );
  return link(drafts);
};

const tombstoneOf = (r: DisclosureRecord): Tombstone => ({
  id: r.id,
  seq: r.seq,
  prevHash: r.prevHash,
  hash: r.hash,
  deletedAt: '2026-06-01T00:00:00.000Z',
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
    expect(() => canonicalJson({ a: () => 1 })).toThrow();
  });
  it('hashes with SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain in any input order', async () => {
    const records = await chainOf(4);
    const result = await verifyChain([...records].reverse());
    expect(result).toEqual({
      ok: true,
      records: 4,
      tombstones: 0,
      headHash: records[3]?.hash,
    });
    expect(await verifyChain([])).toEqual({
      ok: true,
      records: 0,
      tombstones: 0,
      headHash: GENESIS_HASH,
    });
  });

  // One edit per field of a record: each must break the chain at that record.
  const tamper: Record<string, (r: DisclosureRecord) => DisclosureRecord> = {
    time: (r) => ({ ...r, time: '2025-01-01T00:00:00.000Z' }),
    origin: (r) => ({ ...r, origin: 'https://evil.example' }),
    pageUrl: (r) => ({ ...r, pageUrl: 'https://www.toko-nusantara.id/other' }),
    pageKind: (r) => ({ ...r, pageKind: 'signup' }),
    categories: (r) => ({ ...r, categories: ['email', 'national_id'] }),
    'consents.checked': (r) => ({
      ...r,
      consents: r.consents.map((c, i) => (i === 1 ? { ...c, checked: false } : c)),
    }),
    'consents.text': (r) => ({
      ...r,
      consents: r.consents.map((c) => ({ ...c, text: c.text + '!' })),
    }),
    'consents.purposes': (r) => ({
      ...r,
      consents: r.consents.map((c) => ({ ...c, purposes: [] })),
    }),
    'consents.prechecked': (r) => ({
      ...r,
      consents: r.consents.map((c) => ({ ...c, prechecked: !c.prechecked })),
    }),
    statements: (r) => ({ ...r, statements: [] }),
    policy: (r) => ({ ...r, policy: { url: 'https://www.toko-nusantara.id/privasi' } }),
    scan: (r) => ({ ...r, scan: { grade: 'A', score: 100, rulebook: 'uu-pdp-2022' } }),
    findings: (r) => ({ ...r, findings: r.findings.slice(1) }),
    'findings.severity': (r) => ({
      ...r,
      findings: r.findings.map((f) => ({ ...f, severity: 'low' })),
    }),
    versions: (r) => ({ ...r, versions: { record: 1, scanReport: 2 } }),
    hints: (r) => {
      const { hints: _drop, ...rest } = r;
      return rest;
    },
    id: (r) => ({ ...r, id: '00000000-0000-4000-8000-000000000000' }),
    nonce: (r) => ({ ...r, nonce: 'f'.repeat(32) }),
    hash: (r) => ({ ...r, hash: 'f'.repeat(64) }),
  };

  it.each(Object.entries(tamper))('detects an edited %s', async (_field, edit) => {
    const records = await chainOf(4);
    const target = records[2];
    if (!target) throw new Error('no record');
    records[2] = edit(target);
    const result = await verifyChain(records);
    expect(result).toMatchObject({ ok: false, firstBrokenIndex: 2, reason: 'hash_mismatch' });
  });

  it('detects a changed prevHash as a broken link', async () => {
    const records = await chainOf(3);
    const target = records[1];
    if (!target) throw new Error('no record');
    records[1] = { ...target, prevHash: 'e'.repeat(64) };
    expect(await verifyChain(records)).toMatchObject({
      ok: false,
      firstBrokenIndex: 1,
      reason: 'link_broken',
    });
  });

  it('catches an edited record that was re-hashed at the next link', async () => {
    const records = await chainOf(3);
    const target = records[1];
    if (!target) throw new Error('no record');
    const { hash: _old, ...edited } = { ...target, categories: ['name' as const] };
    records[1] = { ...edited, hash: await hashRecord(edited) };
    expect(await verifyChain(records)).toMatchObject({
      ok: false,
      firstBrokenIndex: 2,
      reason: 'link_broken',
    });
  });

  it('detects a dropped, duplicated or re-numbered entry', async () => {
    const records = await chainOf(4);
    expect(await verifyChain(records.filter((_, i) => i !== 1))).toMatchObject({
      ok: false,
      firstBrokenIndex: 1,
      reason: 'seq_gap',
    });
    expect(await verifyChain(records.slice(1))).toMatchObject({
      ok: false,
      firstBrokenIndex: 0,
      reason: 'seq_gap',
    });
    const first = records[0];
    if (!first) throw new Error('no record');
    expect(await verifyChain([first, ...records])).toMatchObject({ ok: false, reason: 'seq_gap' });
  });

  it('detects a truncated tail only against a declared head', async () => {
    const records = await chainOf(4);
    const head = { count: 4, hash: records[3]?.hash ?? '' };
    expect((await verifyChain(records.slice(0, 3))).ok).toBe(true);
    expect(await verifyChain(records.slice(0, 3), head)).toMatchObject({
      ok: false,
      reason: 'head_mismatch',
    });
    expect((await verifyChain(records, head)).ok).toBe(true);
  });

  it('reports an entry that is not a valid record', async () => {
    const records = await chainOf(2);
    const target = records[0];
    if (!target) throw new Error('no record');
    const bad = { ...target, pageUrl: 'https://shop.id/checkout?email=jane@x.com' };
    expect(await verifyChain([bad, ...records.slice(1)])).toMatchObject({
      ok: false,
      firstBrokenIndex: 0,
      reason: 'invalid_entry',
    });
  });

  describe('with deletions', () => {
    it('keeps verifying when records are replaced by tombstones', async () => {
      const records = await chainOf(5);
      const entries = records.map((r, i) => (i === 1 || i === 4 ? tombstoneOf(r) : r));
      expect(await verifyChain(entries)).toMatchObject({ ok: true, records: 3, tombstones: 2 });
    });

    it('still detects an edit next to a tombstone', async () => {
      const records = await chainOf(4);
      const next = records[2];
      if (!next) throw new Error('no record');
      const entries = [
        records[0],
        tombstoneOf(records[1] ?? next),
        { ...next, categories: ['name' as const] },
        records[3],
      ].filter((e) => e !== undefined);
      expect(await verifyChain(entries)).toMatchObject({
        ok: false,
        firstBrokenIndex: 2,
        reason: 'hash_mismatch',
      });
    });

    it('detects a tombstone whose link was forged', async () => {
      const records = await chainOf(3);
      const middle = records[1];
      if (!middle) throw new Error('no record');
      const forged = { ...tombstoneOf(middle), hash: 'd'.repeat(64) };
      expect(
        await verifyChain([records[0], forged, records[2]].filter((e) => e !== undefined)),
      ).toMatchObject({
        ok: false,
        firstBrokenIndex: 2,
        reason: 'link_broken',
      });
    });
  });
});
