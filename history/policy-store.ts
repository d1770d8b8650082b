import Dexie from 'dexie';
import { LedgerError, toLedgerError } from './errors';
import {
  PolicyDocSchema,
  PolicyVersionSchema,
  type PolicyDoc,
  type PolicyVersion,
} from './policy-record';
import { CleanUrlSchema } from './record';
import { sanitizeUrl } from './sanitize';
import type { LedgerDb } from './schema';

// The policy store's parsing and error plumbing, shared by the modules that
// write versions (policy-versions.ts), track policies (policy-tracking.ts) and
// compare versions (policy-changes.ts), plus the plain reads.

export const toIso = (at: Date | string) => (typeof at === 'string' ? at : at.toISOString());

export function cleanPolicyUrl(raw: string): string {
  const url = sanitizeUrl(raw);
  if (url === null || !CleanUrlSchema.safeParse(url).success)
    throw new LedgerError('invalid_record', 'policy url');
  return url;
}

export async function guarded<T>(task: () => Promise<T>, fallback: 'read_failed' | 'write_failed') {
  try {
    return await task();
  } catch (error) {
    throw toLedgerError(error, fallback);
  }
}

export function parseDoc(row: unknown): PolicyDoc {
  const parsed = PolicyDocSchema.safeParse(row);
  if (!parsed.success) throw new LedgerError('read_failed', 'a stored policy does not parse');
  return parsed.data;
}

export function parseVersion(row: unknown): PolicyVersion {
  const parsed = PolicyVersionSchema.safeParse(row);
  if (!parsed.success)
    throw new LedgerError('read_failed', 'a stored policy version does not parse');
  return parsed.data;
}

export function placeholder(url: string): PolicyDoc {
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
