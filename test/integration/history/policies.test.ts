import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildDisclosure,
  changesSince,
  disclosuresUnderOlderVersion,
  forgetUntrackedPolicies,
  LedgerError,
  MAX_POLICY_VERSIONS,
  policyDoc,
  policyHistory,
  recordPolicyFailure,
  recordPolicyVersion,
  trackedPolicies,
  trackedPolicyUrls,
  versionOf,
  type FetchedPolicy,
  type Ledger,
} from '../../../history';
import { observation, openLedger } from './helpers';

// The policy store (history/policies.ts) against fake-indexeddb.

const URL_ = 'https://toko-a.example.id/kebijakan-privasi';
const V1 = `Kebijakan Privasi
Kami mengumpulkan nama dan nomor telepon Anda. Data disimpan selama 5 (lima) tahun.
Kami tidak menjual data Anda kepada pihak lain.`;
const V2 = `Kebijakan Privasi
Kami mengumpulkan nama dan nomor telepon Anda. Data disimpan selama 5 (lima) tahun.
Kami membagikan data Anda kepada mitra periklanan kami.`;

const hashOf = (text: string) =>
  createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');

function fetched(text: string, url = URL_): FetchedPolicy {
  return { url, finalUrl: url, text, hash: hashOf(text) };
}

const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 0, day, hour)).toISOString();

async function disclose(ledger: Ledger, time: string, policy?: { url: string; textHash?: string }) {
  const { policy: _fixturePolicy, ...base } = observation({
    submittedAt: new Date(time),
    pageUrl: 'https://toko-a.example.id/checkout',
  });
  return ledger.append(buildDisclosure(policy === undefined ? base : { ...base, policy }));
}

describe('recordPolicyVersion', () => {
  it('stores the first version with its compact text and a row for the policy', async () => {
    const ledger = await openLedger();
    const first = await recordPolicyVersion(ledger.db, fetched(V1), at(1));
    expect(first).toMatchObject({ changed: false, first: true, previous: null });
    expect(first.version.sentences).toEqual([
      'Kami mengumpulkan nama dan nomor telepon Anda.',
      'Data disimpan selama 5 (lima) tahun.',
      'Kami tidak menjual data Anda kepada pihak lain.',
    ]);
    expect(await policyDoc(ledger.db, URL_)).toMatchObject({
      url: URL_,
      origin: 'https://toko-a.example.id',
      hash: hashOf(V1),
      currentId: first.version.id,
      checkedAt: at(1),
      changedAt: null,
      versions: 1,
      lastError: null,
    });
    ledger.close();
  });

  it('records no new version for the same text with other whitespace, only the time seen', async () => {
    const ledger = await openLedger();
    await recordPolicyVersion(ledger.db, fetched(V1), at(1));
    const again = await recordPolicyVersion(
      ledger.db,
      fetched(`  ${V1.replace(/ /g, '   ')}\n`),
      at(2),
    );
    expect(again.changed).toBe(false);
    expect(again.first).toBe(false);
    const history = await policyHistory(ledger.db, URL_);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ firstSeen: at(1), lastSeen: at(2) });
    ledger.close();
  });

  it('records a changed text as a new version with the added and removed sentences', async () => {
    const ledger = await openLedger();
    await recordPolicyVersion(ledger.db, fetched(V1), at(1));
    const second = await recordPolicyVersion(ledger.db, fetched(V2), at(5));
    expect(second.changed).toBe(true);
    expect(second.previous?.hash).toBe(hashOf(V1));
    expect(second.version).toMatchObject({
      added: ['Kami membagikan data Anda kepada mitra periklanan kami.'],
      removed: ['Kami tidak menjual data Anda kepada pihak lain.'],
      addedCount: 1,
      removedCount: 1,
      previousId: second.previous?.id,
    });
    expect(await policyDoc(ledger.db, URL_)).toMatchObject({
      hash: hashOf(V2),
      changedAt: at(5),
      versions: 2,
    });
    ledger.close();
  });

  it('keeps the full text of the current and previous versions only, the diffs of all', async () => {
    const ledger = await openLedger();
    for (const [i, extra] of ['Satu.', 'Dua.', 'Tiga.', 'Empat.'].entries())
      await recordPolicyVersion(ledger.db, fetched(`${V1}\nTambahan ${extra}`), at(i + 1));
    const history = await policyHistory(ledger.db, URL_);
    expect(history.map((v) => v.sentences.length > 0)).toEqual([false, false, true, true]);
    expect(history.map((v) => v.addedCount)).toEqual([0, 1, 1, 1]);
    ledger.close();
  });

  it('drops the oldest versions beyond the cap', async () => {
    const ledger = await openLedger();
    for (let i = 0; i < MAX_POLICY_VERSIONS + 2; i++)
      await recordPolicyVersion(
        ledger.db,
        fetched(`Versi ${i} dari kebijakan ini.`),
        new Date(Date.UTC(2026, 0, 1, 0, i)),
      );
    const history = await policyHistory(ledger.db, URL_);
    expect(history).toHaveLength(MAX_POLICY_VERSIONS);
    expect(history[0]?.sentences).toEqual([]);
    expect((await policyDoc(ledger.db, URL_))?.versions).toBe(MAX_POLICY_VERSIONS);
    ledger.close();
  }, 60_000);

  it('refuses a URL that is not http(s) and a malformed hash, writing nothing', async () => {
    const ledger = await openLedger();
    await expect(
      recordPolicyVersion(ledger.db, { ...fetched(V1), url: 'file:///etc/passwd' }, at(1)),
    ).rejects.toBeInstanceOf(LedgerError);
    await expect(
      recordPolicyVersion(ledger.db, { ...fetched(V1), hash: 'nope' }, at(1)),
    ).rejects.toThrow();
    expect(await ledger.db.policies.count()).toBe(0);
    expect(await ledger.db.policyVersions.count()).toBe(0);
    ledger.close();
  });

  it('stores the URL without its query string or fragment', async () => {
    const ledger = await openLedger();
    await recordPolicyVersion(ledger.db, fetched(V1, `${URL_}?utm=x#top`), at(1));
    expect((await policyDoc(ledger.db, URL_))?.url).toBe(URL_);
    ledger.close();
  });
});

describe('recordPolicyFailure', () => {
  it('records the failure and keeps every version', async () => {
    const ledger = await openLedger();
    await recordPolicyVersion(ledger.db, fetched(V1), at(1));
    const doc = await recordPolicyFailure(
      ledger.db,
      URL_,
      { reason: 'http_status', status: 503 },
      at(2),
    );
    expect(doc).toMatchObject({
      hash: hashOf(V1),
      checkedAt: at(2),
      okAt: at(1),
      lastError: { reason: 'http_status', status: 503, at: at(2) },
      failures: 1,
    });
    await recordPolicyFailure(ledger.db, URL_, { reason: 'login_wall' }, at(3));
    expect((await policyDoc(ledger.db, URL_))?.failures).toBe(2);
    expect(await policyHistory(ledger.db, URL_)).toHaveLength(1);
    // The next good fetch clears the failure.
    await recordPolicyVersion(ledger.db, fetched(V1), at(4));
    expect(await policyDoc(ledger.db, URL_)).toMatchObject({ lastError: null, failures: 0 });
    ledger.close();
  });

  it('creates a row without a version for a policy never read', async () => {
    const ledger = await openLedger();
    await recordPolicyFailure(ledger.db, URL_, { reason: 'timeout' }, at(1));
    expect(await policyDoc(ledger.db, URL_)).toMatchObject({
      hash: null,
      currentId: null,
      versions: 0,
    });
    ledger.close();
  });
});

describe('reads are validated', () => {
  it('a stored row that does not parse is a read_failed error, not data', async () => {
    const ledger = await openLedger();
    await recordPolicyVersion(ledger.db, fetched(V1), at(1));
    const [row] = await ledger.db.policyVersions.toArray();
    if (row === undefined) throw new Error('no version stored');
    await ledger.db.policyVersions.put({ ...row, sentences: [42 as unknown as string] });
    await expect(policyHistory(ledger.db, URL_)).rejects.toMatchObject({ code: 'read_failed' });
    ledger.close();
  });
});

describe('tracked policies and versions of disclosures', () => {
  it('tracks the policies named by ledger records, most recent first, with their disclosures', async () => {
    const ledger = await openLedger();
    const other = 'https://toko-b.example.id/privasi';
    const a = await disclose(ledger, at(1), { url: URL_ });
    await disclose(ledger, at(2));
    const b = await disclose(ledger, at(3), { url: `${other}?ref=footer` });
    const a2 = await disclose(ledger, at(4), { url: URL_, textHash: hashOf(V1) });
    const tracked = await trackedPolicies(ledger.db);
    expect(tracked.map((p) => [p.url, p.disclosureCount])).toEqual([
      [URL_, 2],
      [other, 1],
    ]);
    expect(tracked[0]?.disclosures.map((d) => d.id)).toEqual([a2.id, a.id]);
    expect(tracked[0]?.disclosures[0]?.textHash).toBe(hashOf(V1));
    expect(tracked[1]?.disclosures[0]?.id).toBe(b.id);
    // Deleting a site's records stops tracking its policy.
    await ledger.deleteRecord(b.id);
    expect(await trackedPolicyUrls(ledger.db)).toEqual([URL_]);
    ledger.close();
  });

  it('forgets the versions of a policy once no record names it (the user deleted them)', async () => {
    const ledger = await openLedger();
    const other = 'https://toko-b.example.id/privasi';
    const kept = await disclose(ledger, at(1), { url: URL_ });
    const deleted = await disclose(ledger, at(2), { url: other });
    await recordPolicyVersion(ledger.db, fetched(V1), at(1));
    await recordPolicyVersion(ledger.db, fetched(V1, other), at(2));
    await recordPolicyVersion(ledger.db, fetched(V2, other), at(3));
    expect(await forgetUntrackedPolicies(ledger.db)).toBe(0);
    // Deleting the record forgets its policy at once (ledger.ts); the sweep finds nothing left.
    await ledger.deleteRecord(deleted.id);
    expect(await forgetUntrackedPolicies(ledger.db)).toBe(0);
    expect(await policyDoc(ledger.db, other)).toBeNull();
    expect(await ledger.db.policyVersions.where('url').equals(other).count()).toBe(0);
    expect(await policyHistory(ledger.db, URL_)).toHaveLength(1);
    expect((await trackedPolicies(ledger.db)).map((p) => p.disclosures[0]?.id)).toEqual([kept.id]);
    // A policy stored with no record naming it (left by an older Tegas) is swept.
    await recordPolicyVersion(ledger.db, fetched(V1, other), at(4));
    expect(await forgetUntrackedPolicies(ledger.db)).toBe(1);
    expect(await policyDoc(ledger.db, other)).toBeNull();
    ledger.close();
  });

  it('flags the disclosures made under an older version, by hash or else by time', async () => {
    const ledger = await openLedger();
    const v1 = await recordPolicyVersion(ledger.db, fetched(V1), at(2));
    const byHash = await disclose(ledger, at(10), { url: URL_, textHash: hashOf(V1) });
    const early = await disclose(ledger, at(1), { url: URL_ });
    await recordPolicyVersion(ledger.db, fetched(V2), at(5));
    const late = await disclose(ledger, at(6), { url: URL_, textHash: hashOf(V2) });
    const untagged = await disclose(ledger, at(7), { url: URL_ });

    const versions = await policyHistory(ledger.db, URL_);
    const [policy] = await trackedPolicies(ledger.db);
    expect(versionOf(versions, { time: at(1) })?.id).toBe(v1.version.id);
    expect(versionOf(versions, { time: at(10), textHash: hashOf(V1) })?.id).toBe(v1.version.id);
    const older = disclosuresUnderOlderVersion(versions, policy?.disclosures ?? []);
    expect(older.map((d) => d.id).sort()).toEqual([byHash.id, early.id].sort());
    expect(older.map((d) => d.id)).not.toContain(late.id);
    expect(older.map((d) => d.id)).not.toContain(untagged.id);
    ledger.close();
  });

  it('changesSince: what changed after a time, null when nothing did', async () => {
    const ledger = await openLedger();
    await recordPolicyVersion(ledger.db, fetched(V1), at(1));
    expect(await changesSince(ledger.db, URL_, at(2))).toBeNull();
    await recordPolicyVersion(ledger.db, fetched(V2), at(5));
    const change = await changesSince(ledger.db, URL_, at(2));
    expect(change).toMatchObject({
      since: at(2),
      added: ['Kami membagikan data Anda kepada mitra periklanan kami.'],
      removed: ['Kami tidak menjual data Anda kepada pihak lain.'],
      addedCount: 1,
      removedCount: 1,
    });
    expect(change?.versions).toHaveLength(1);
    expect(await changesSince(ledger.db, URL_, at(6))).toBeNull();
    ledger.close();
  });
});
