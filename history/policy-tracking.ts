import { z } from 'zod';
import { guarded } from './policy-store';
import { CleanUrlSchema, HashSchema, OriginSchema } from './record';
import type { LedgerDb } from './schema';

// Tracked policies: the ones named by ledger records in `policy.url`.
// Deleting those records stops tracking a policy, and forgetting it deletes
// what Tegas kept of it.

/** Policies listed and re-checked at most (the ones disclosed to most recently first). */
export const MAX_TRACKED_POLICIES = 100;
/** Disclosures kept per policy in an overview, newest first (the count is exact). */
export const MAX_POLICY_DISCLOSURES = 100;

export interface PolicyDisclosure {
  readonly id: string;
  readonly time: string;
  readonly origin: string;
  /** The policy version's hash at submit, when Tegas knew it then. */
  readonly textHash?: string;
}

export interface TrackedPolicy {
  readonly url: string;
  readonly origin: string;
  /** Newest first, at most MAX_POLICY_DISCLOSURES. */
  readonly disclosures: readonly PolicyDisclosure[];
  readonly disclosureCount: number;
  readonly lastDisclosure: string;
}

// Only what tracking reads of a record; parsed (not trusted) but not the whole strict schema.
const RecordPolicySchema = z.object({
  id: z.uuid(),
  time: z.iso.datetime(),
  origin: OriginSchema,
  policy: z.object({ url: CleanUrlSchema, textHash: HashSchema.optional() }).optional(),
});

/** Every policy URL named by a ledger record, with its disclosures in no particular order. */
async function disclosuresByPolicy(db: LedgerDb): Promise<Map<string, PolicyDisclosure[]>> {
  const byUrl = new Map<string, PolicyDisclosure[]>();
  await guarded(
    () =>
      db.records.each((row: unknown) => {
        const parsed = RecordPolicySchema.safeParse(row);
        // A record that does not parse is verify()'s business; tracking skips it.
        if (!parsed.success || parsed.data.policy === undefined) return;
        const { id, time, origin, policy } = parsed.data;
        const list = byUrl.get(policy.url) ?? [];
        list.push({
          id,
          time,
          origin,
          ...(policy.textHash === undefined ? {} : { textHash: policy.textHash }),
        });
        byUrl.set(policy.url, list);
      }),
    'read_failed',
  );
  return byUrl;
}

/**
 * The policies named by ledger records, most recently disclosed to first, each
 * with its disclosures. One pass over the records (no index on policy.url:
 * this runs when the policies view opens and once a day).
 */
export async function trackedPolicies(db: LedgerDb): Promise<TrackedPolicy[]> {
  const tracked: TrackedPolicy[] = [];
  for (const [url, list] of await disclosuresByPolicy(db)) {
    list.sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
    tracked.push({
      url,
      origin: new URL(url).origin,
      disclosures: list.slice(0, MAX_POLICY_DISCLOSURES),
      disclosureCount: list.length,
      lastDisclosure: list[0]?.time ?? '',
    });
  }
  tracked.sort((a, b) => (a.lastDisclosure < b.lastDisclosure ? 1 : -1));
  return tracked.slice(0, MAX_TRACKED_POLICIES);
}

/**
 * Deletes what Tegas kept of policies no ledger record names any more (the
 * user deleted those disclosures): the list of policies would otherwise still
 * say which shops the user used. Returns how many policies were forgotten.
 */
export async function forgetUntrackedPolicies(db: LedgerDb): Promise<number> {
  const tracked = await disclosuresByPolicy(db);
  return guarded(
    () =>
      db.transaction('rw', db.policies, db.policyVersions, async () => {
        const docs = (await db.policies.toCollection().primaryKeys()).map(String);
        const withVersions = (await db.policyVersions.orderBy('url').uniqueKeys()).map(String);
        const gone = [...new Set([...docs, ...withVersions])].filter((url) => !tracked.has(url));
        for (const url of gone) await db.policyVersions.where('url').equals(url).delete();
        await db.policies.bulkDelete(gone);
        return gone.length;
      }),
    'write_failed',
  );
}

export async function trackedPolicyUrls(db: LedgerDb): Promise<string[]> {
  return (await trackedPolicies(db)).map((p) => p.url);
}
