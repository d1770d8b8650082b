import Dexie from 'dexie';
import { z } from 'zod';
import {
  COMPACT_LIMITS,
  compactPolicy,
  diffPolicies,
  sameSentences,
  type PolicyDiff,
} from '../analyzer/policy/changes';
import { LedgerError, toLedgerError } from './errors';
import {
  MAX_POLICY_VERSIONS,
  PolicyDocSchema,
  PolicyVersionSchema,
  type PolicyCheckError,
  type PolicyDoc,
  type PolicyFailureReason,
  type PolicyVersion,
} from './policy-record';
import { CleanUrlSchema, HashSchema, OriginSchema } from './record';
import { sanitizeUrl } from './sanitize';
import type { LedgerDb } from './schema';

// The policy store: versions of the privacy policies the user disclosed data
// under (tables `policies` and `policyVersions`, outside the hash chain).
// A policy is tracked while some ledger record names it in `policy.url`;
// deleting those records stops tracking it. A failed check is recorded on the
// policy's row and never removes a version.

/** Policies listed and re-checked at most (the ones disclosed to most recently first). */
export const MAX_TRACKED_POLICIES = 100;
/** Disclosures kept per policy in an overview, newest first (the count is exact). */
export const MAX_POLICY_DISCLOSURES = 100;

/** What a successful fetch hands the store (the background's PolicyFetchOk fits). */
export interface FetchedPolicy {
  readonly url: string;
  readonly finalUrl?: string;
  /** Plain text of the policy. */
  readonly text: string;
  /** SHA-256 hex of the whitespace-collapsed text. */
  readonly hash: string;
}

export interface RecordedVersion {
  /** A new version that differs from the one before (false for the first one seen). */
  readonly changed: boolean;
  /** The first version seen of this policy. */
  readonly first: boolean;
  /** The current version after this fetch. */
  readonly version: PolicyVersion;
  /** The version it replaced, when `changed`. */
  readonly previous: PolicyVersion | null;
}

const toIso = (at: Date | string) => (typeof at === 'string' ? at : at.toISOString());
const maxIso = (a: string, b: string) => (a > b ? a : b);

function cleanPolicyUrl(raw: string): string {
  const url = sanitizeUrl(raw);
  if (url === null || !CleanUrlSchema.safeParse(url).success)
    throw new LedgerError('invalid_record', 'policy url');
  return url;
}

async function guarded<T>(task: () => Promise<T>, fallback: 'read_failed' | 'write_failed') {
  try {
    return await task();
  } catch (error) {
    throw toLedgerError(error, fallback);
  }
}

function parseDoc(row: unknown): PolicyDoc {
  const parsed = PolicyDocSchema.safeParse(row);
  if (!parsed.success) throw new LedgerError('read_failed', 'a stored policy does not parse');
  return parsed.data;
}

function parseVersion(row: unknown): PolicyVersion {
  const parsed = PolicyVersionSchema.safeParse(row);
  if (!parsed.success)
    throw new LedgerError('read_failed', 'a stored policy version does not parse');
  return parsed.data;
}

function placeholder(url: string): PolicyDoc {
  return {
    url,
    origin: new URL(url).origin,
    hash: null,
    currentId: null,
    checkedAt: null,
    okAt: null,
    changedAt: null,
    versions: 0,
    lastError: null,
    failures: 0,
  };
}

/**
 * Records a successful fetch: a new version when the compact text differs
 * from the current one (whitespace, visit counters and reordered sentences
 * do not count), else only the times. The text is compacted before the
 * transaction; nothing of it but the compact sentences is stored.
 */
export async function recordPolicyVersion(
  db: LedgerDb,
  fetched: FetchedPolicy,
  at: Date | string,
): Promise<RecordedVersion> {
  const url = cleanPolicyUrl(fetched.url);
  const hash = HashSchema.parse(fetched.hash);
  const seen = toIso(at);
  const finalUrl = fetched.finalUrl === undefined ? null : sanitizeUrl(fetched.finalUrl);
  const compact = compactPolicy(fetched.text);
  return guarded(
    () =>
      db.transaction('rw', db.policies, db.policyVersions, async () => {
        const stored = await db.policies.get(url);
        const doc = stored === undefined ? placeholder(url) : parseDoc(stored);
        const currentRow =
          doc.currentId === null ? undefined : await db.policyVersions.get(doc.currentId);
        const current = currentRow === undefined ? null : parseVersion(currentRow);
        const ok = { checkedAt: seen, okAt: seen, lastError: null, failures: 0 } as const;
        let diff: PolicyDiff | null = null;
        if (
          current !== null &&
          current.hash !== hash &&
          !sameSentences(current.sentences, compact.sentences)
        )
          diff = diffPolicies(current.sentences, compact.sentences);
        if (current !== null && (diff === null || diff.addedCount + diff.removedCount === 0)) {
          const version = parseVersion({ ...current, lastSeen: maxIso(current.lastSeen, seen) });
          await db.policyVersions.put(version);
          await db.policies.put(parseDoc({ ...doc, ...ok }));
          return { changed: false, first: false, version, previous: null };
        }
        const version = parseVersion({
          id: crypto.randomUUID(),
          url,
          hash,
          firstSeen: seen,
          lastSeen: seen,
          ...(finalUrl !== null && finalUrl !== url ? { finalUrl } : {}),
          language: compact.language,
          sentences: compact.sentences,
          truncated: compact.truncated,
          previousId: current?.id ?? null,
          added: diff?.added ?? [],
          removed: diff?.removed ?? [],
          addedCount: diff?.addedCount ?? 0,
          removedCount: diff?.removedCount ?? 0,
        });
        await db.policyVersions.add(version);
        await thinOlderVersions(db, current);
        const versions = await dropBeyondCap(db, url);
        await db.policies.put(
          parseDoc({
            ...doc,
            ...ok,
            hash,
            currentId: version.id,
            changedAt: current === null ? doc.changedAt : seen,
            versions,
          }),
        );
        return { changed: current !== null, first: current === null, version, previous: current };
      }),
    'write_failed',
  );
}

/** Only the current and the previous version keep their full compact text; older ones their diff. */
async function thinOlderVersions(db: LedgerDb, previous: PolicyVersion | null): Promise<void> {
  if (previous?.previousId == null) return;
  const row = await db.policyVersions.get(previous.previousId);
  if (row === undefined) return;
  const older = parseVersion(row);
  if (older.sentences.length > 0) await db.policyVersions.put({ ...older, sentences: [] });
}

async function dropBeyondCap(db: LedgerDb, url: string): Promise<number> {
  const range = db.policyVersions
    .where('[url+firstSeen]')
    .between([url, Dexie.minKey], [url, Dexie.maxKey], true, true);
  const count = await range.count();
  if (count <= MAX_POLICY_VERSIONS) return count;
  const oldest = await range.limit(count - MAX_POLICY_VERSIONS).primaryKeys();
  await db.policyVersions.bulkDelete(oldest);
  return MAX_POLICY_VERSIONS;
}

/** Records a failed check on the policy's row; its versions stay as they were. */
export async function recordPolicyFailure(
  db: LedgerDb,
  rawUrl: string,
  failure: { readonly reason: PolicyFailureReason; readonly status?: number },
  at: Date | string,
): Promise<PolicyDoc> {
  const url = cleanPolicyUrl(rawUrl);
  const error: PolicyCheckError = {
    reason: failure.reason,
    ...(failure.reason === 'http_status' && failure.status !== undefined
      ? { status: failure.status }
      : {}),
    at: toIso(at),
  };
  return guarded(
    () =>
      db.transaction('rw', db.policies, async () => {
        const stored = await db.policies.get(url);
        const doc = stored === undefined ? placeholder(url) : parseDoc(stored);
        const next = parseDoc({
          ...doc,
          checkedAt: error.at,
          lastError: error,
          failures: doc.failures + 1,
        });
        await db.policies.put(next);
        return next;
      }),
    'write_failed',
  );
}

/** The policy's row, created (never checked, no version) when it has none. */
export async function ensurePolicyDoc(db: LedgerDb, rawUrl: string): Promise<PolicyDoc> {
  const url = cleanPolicyUrl(rawUrl);
  return guarded(
    () =>
      db.transaction('rw', db.policies, async () => {
        const stored = await db.policies.get(url);
        if (stored !== undefined) return parseDoc(stored);
        const doc = placeholder(url);
        await db.policies.add(doc);
        return doc;
      }),
    'write_failed',
  );
}

export async function policyDoc(db: LedgerDb, rawUrl: string): Promise<PolicyDoc | null> {
  const url = sanitizeUrl(rawUrl);
  if (url === null) return null;
  return guarded(async () => {
    const row = await db.policies.get(url);
    return row === undefined ? null : parseDoc(row);
  }, 'read_failed');
}

export async function policyDocs(db: LedgerDb): Promise<PolicyDoc[]> {
  return guarded(async () => (await db.policies.toArray()).map(parseDoc), 'read_failed');
}

/** Every stored version of a policy, oldest first. */
export async function policyHistory(db: LedgerDb, rawUrl: string): Promise<PolicyVersion[]> {
  const url = sanitizeUrl(rawUrl);
  if (url === null) return [];
  return guarded(
    async () =>
      (
        await db.policyVersions
          .where('[url+firstSeen]')
          .between([url, Dexie.minKey], [url, Dexie.maxKey], true, true)
          .toArray()
      ).map(parseVersion),
    'read_failed',
  );
}

// --- tracked policies: the ones named by ledger records ------------------------

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

// --- which version a disclosure was made under ---------------------------------

/**
 * The version in effect for a disclosure: the one whose hash the record
 * carries, else the one Tegas had last seen at its time, else (a disclosure
 * before Tegas first fetched the policy) the earliest version known.
 * `versions` oldest first.
 */
export function versionOf(
  versions: readonly PolicyVersion[],
  disclosure: Pick<PolicyDisclosure, 'time' | 'textHash'>,
): PolicyVersion | null {
  const before = (v: PolicyVersion) => v.firstSeen <= disclosure.time;
  if (disclosure.textHash !== undefined) {
    const same = versions.filter((v) => v.hash === disclosure.textHash);
    const match = same.filter(before).at(-1) ?? same[0];
    if (match !== undefined) return match;
  }
  return versions.filter(before).at(-1) ?? versions[0] ?? null;
}

/** Disclosures made under a version older than the current (last) one, newest first. */
export function disclosuresUnderOlderVersion(
  versions: readonly PolicyVersion[],
  disclosures: readonly PolicyDisclosure[],
): PolicyDisclosure[] {
  const current = versions.at(-1);
  if (current === undefined || versions.length < 2) return [];
  return disclosures.filter((d) => {
    const v = versionOf(versions, d);
    return v !== null && v.id !== current.id;
  });
}

/**
 * What changed from `base` to the current version: a sentence diff of the two
 * texts when the base still has its text, else the versions' own diffs in turn.
 */
export function changeAfter(versions: readonly PolicyVersion[], base: PolicyVersion): PolicyDiff {
  const current = versions.at(-1);
  if (current === undefined || current.id === base.id)
    return { added: [], removed: [], addedCount: 0, removedCount: 0 };
  if (base.sentences.length > 0 && current.sentences.length > 0)
    return diffPolicies(base.sentences, current.sentences);
  const later = versions.filter((v) => v.firstSeen > base.firstSeen);
  const cap = COMPACT_LIMITS.diffSentences;
  return {
    added: later.flatMap((v) => v.added).slice(0, cap),
    removed: later.flatMap((v) => v.removed).slice(0, cap),
    addedCount: later.reduce((n, v) => n + v.addedCount, 0),
    removedCount: later.reduce((n, v) => n + v.removedCount, 0),
  };
}

export interface PolicyChangeSince extends PolicyDiff {
  readonly since: string;
  /** Versions first seen after `since`, oldest first. */
  readonly versions: readonly PolicyVersion[];
}

/**
 * How a policy changed after `since` (e.g. the user's last disclosure there):
 * null when no version was first seen after it.
 */
export async function changesSince(
  db: LedgerDb,
  rawUrl: string,
  since: string,
): Promise<PolicyChangeSince | null> {
  const versions = await policyHistory(db, rawUrl);
  const later = versions.filter((v) => v.firstSeen > since);
  const base = versionOf(versions, { time: since });
  if (later.length === 0 || base === null || base.id === versions.at(-1)?.id) return null;
  return { since, versions: later, ...changeAfter(versions, base) };
}
