import Dexie from 'dexie';
import {
  compactPolicy,
  diffPolicies,
  sameSentences,
  type PolicyDiff,
} from '../analyzer/policy/changes';
import {
  MAX_POLICY_VERSIONS,
  type PolicyCheckError,
  type PolicyDoc,
  type PolicyFailureReason,
  type PolicyVersion,
} from './policy-record';
import {
  cleanPolicyUrl,
  guarded,
  parseDoc,
  parseVersion,
  placeholder,
  toIso,
} from './policy-store';
import { HashSchema } from './record';
import { sanitizeUrl } from './sanitize';
import type { LedgerDb } from './schema';

// Recording what a policy check found: a new version, only the times, or a
// failure (which never removes a version).

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

const maxIso = (a: string, b: string) => (a > b ? a : b);

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
