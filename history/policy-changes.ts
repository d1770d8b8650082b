import { COMPACT_LIMITS, diffPolicies, type PolicyDiff } from '../analyzer/policy/changes';
import type { PolicyVersion } from './policy-record';
import { policyHistory } from './policy-store';
import type { PolicyDisclosure } from './policy-tracking';
import type { LedgerDb } from './schema';

// Which version a disclosure was made under, and what changed after it.

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
