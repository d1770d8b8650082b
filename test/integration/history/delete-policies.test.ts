import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  addRequest,
  buildDisclosure,
  listRequests,
  policyDoc,
  policyHistory,
  recordPolicyVersion,
  trackedPolicyUrls,
  type Ledger,
} from '../../../history';
import { dueOf } from '../../../components/request-due';
import { observation, openLedger } from './helpers';

// Deleting disclosures forgets the stored versions of the policies no remaining
// record names, in the same operation (history/ledger.ts), not at the next check.

const A = 'https://toko-a.example.id';
const B = 'https://toko-b.example.id';
const POLICY_A = `${A}/kebijakan-privasi`;
const POLICY_B = `${B}/privasi`;
const SHARED = 'https://grup.example.id/privasi';

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');
const at = (day: number) => new Date(Date.UTC(2026, 0, day, 10)).toISOString();

async function disclose(ledger: Ledger, origin: string, day: number, policyUrl?: string) {
  const { policy: _fixturePolicy, ...base } = observation({
    submittedAt: new Date(at(day)),
    pageUrl: `${origin}/checkout`,
  });
  return ledger.append(
    buildDisclosure(policyUrl === undefined ? base : { ...base, policy: { url: policyUrl } }),
  );
}

async function keepVersions(ledger: Ledger, url: string): Promise<void> {
  for (const [day, text] of [
    [1, 'Kami mengumpulkan nama Anda.'],
    [2, 'Kami mengumpulkan nama dan alamat Anda.'],
  ] as const)
    await recordPolicyVersion(ledger.db, { url, finalUrl: url, text, hash: hashOf(text) }, at(day));
}

const stored = async (ledger: Ledger) =>
  (await ledger.db.policies.toCollection().primaryKeys()).map(String).sort();

describe('deleting disclosures forgets their policies at once', () => {
  it('deleteSite removes the versions of a policy only that site named, keeps the rest', async () => {
    const ledger = await openLedger();
    await disclose(ledger, A, 1, POLICY_A);
    await disclose(ledger, A, 2, SHARED);
    await disclose(ledger, B, 3, POLICY_B);
    await disclose(ledger, B, 4, SHARED);
    for (const url of [POLICY_A, POLICY_B, SHARED]) await keepVersions(ledger, url);
    expect(await ledger.db.policyVersions.count()).toBe(6);

    expect(await ledger.deleteSite(A)).toBe(2);

    expect(await stored(ledger)).toEqual([SHARED, POLICY_B].sort());
    expect(await policyDoc(ledger.db, POLICY_A)).toBeNull();
    expect(await ledger.db.policyVersions.where('url').equals(POLICY_A).count()).toBe(0);
    // Still named by a record of B: kept whole.
    expect(await policyHistory(ledger.db, SHARED)).toHaveLength(2);
    expect(await policyHistory(ledger.db, POLICY_B)).toHaveLength(2);
    expect((await trackedPolicyUrls(ledger.db)).sort()).toEqual([SHARED, POLICY_B].sort());
    ledger.close();
  });

  it('deleteRecord forgets a policy when its last disclosure goes, not before', async () => {
    const ledger = await openLedger();
    const first = await disclose(ledger, A, 1, POLICY_A);
    const second = await disclose(ledger, A, 2, POLICY_A);
    await keepVersions(ledger, POLICY_A);
    await ledger.deleteRecord(first.id);
    expect(await policyHistory(ledger.db, POLICY_A)).toHaveLength(2);
    await ledger.deleteRecord(second.id);
    expect(await policyDoc(ledger.db, POLICY_A)).toBeNull();
    expect(await ledger.db.policyVersions.count()).toBe(0);
    ledger.close();
  });

  it('deleteSite of records without a policy leaves the policy store alone', async () => {
    const ledger = await openLedger();
    await disclose(ledger, A, 1);
    await disclose(ledger, B, 2, POLICY_B);
    await keepVersions(ledger, POLICY_B);
    expect(await ledger.deleteSite(A)).toBe(1);
    expect(await stored(ledger)).toEqual([POLICY_B]);
    expect(await ledger.db.policyVersions.count()).toBe(2);
    ledger.close();
  });

  it('deleteAll empties the policy store but keeps tracked requests', async () => {
    const ledger = await openLedger();
    await disclose(ledger, A, 1, POLICY_A);
    await disclose(ledger, B, 2, POLICY_B);
    await keepVersions(ledger, POLICY_A);
    await keepVersions(ledger, POLICY_B);
    await addRequest(
      ledger.db,
      {
        kind: 'access',
        origin: A,
        controller: 'Toko A',
        categories: ['email'],
        sentAt: new Date(at(3)),
        zone: 'WIB',
        due: dueOf('access', new Date(at(3)), 'WIB'),
      },
      new Date(at(3)),
    );

    await ledger.deleteAll();

    expect(await ledger.db.policies.count()).toBe(0);
    expect(await ledger.db.policyVersions.count()).toBe(0);
    expect((await listRequests(ledger.db)).requests).toHaveLength(1);
    ledger.close();
  });
});
