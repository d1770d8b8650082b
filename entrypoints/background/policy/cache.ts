import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { PolicyReportSchema } from '../../../analyzer/model/policy-report';

// Analysed policies by URL and content hash, in storage.session under one
// versioned key (not storage.local: a list of policy URLs is a list of shops the
// user visited, which must not outlive the browser session; change tracking keeps
// only the policies the user disclosed data under, in the ledger database): a policy is fetched again after REFETCH_AFTER_MS, and a text
// with a hash seen before reuses its report instead of being analysed again.
// At most MAX_ENTRIES policies, least recently used evicted first. The text
// itself is not kept (change tracking keeps its own compact versions). A stored
// value that does not parse is dropped, never trusted.

export const POLICY_CACHE_KEY = 'tegas:policy-cache:v1';
export const MAX_ENTRIES = 30;
export const REFETCH_AFTER_MS = 24 * 60 * 60 * 1000;

export const PolicyCacheEntrySchema = z.object({
  url: z.string().max(2000),
  finalUrl: z.string().max(2000),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  fetchedAt: z.string().max(64),
  /** Last time a page used this entry (ms since epoch), for LRU eviction. */
  usedAt: z.number(),
  report: PolicyReportSchema,
});
export type PolicyCacheEntry = z.infer<typeof PolicyCacheEntrySchema>;

const StoredSchema = z.object({
  version: z.literal(1),
  entries: z.array(z.unknown()).max(1000),
});

/** storage.session (Chrome MV3, Firefox 115+); without it the cache lives in memory only. */
function cacheArea(): Browser.storage.StorageArea | undefined {
  return browser.storage?.session;
}

// The worker's copy, so the popup's view reads storage once per worker life.
let memory: PolicyCacheEntry[] | null = null;
let writing: Promise<unknown> = Promise.resolve();

async function load(): Promise<PolicyCacheEntry[]> {
  if (memory !== null) return memory;
  let entries: PolicyCacheEntry[] = [];
  try {
    const stored: Record<string, unknown> = (await cacheArea()?.get(POLICY_CACHE_KEY)) ?? {};
    const parsed = StoredSchema.safeParse(stored[POLICY_CACHE_KEY]);
    // Entry by entry: one bad entry costs that entry, not the whole cache.
    if (parsed.success) {
      entries = parsed.data.entries.flatMap((e) => {
        const entry = PolicyCacheEntrySchema.safeParse(e);
        return entry.success ? [entry.data] : [];
      });
    }
  } catch {
    entries = [];
  }
  memory ??= entries;
  return memory;
}

function save(entries: PolicyCacheEntry[]): Promise<void> {
  memory = entries;
  const value = { version: 1 as const, entries };
  const next = writing.then(() => cacheArea()?.set({ [POLICY_CACHE_KEY]: value }));
  // A failed write (quota) keeps the memory copy; the next write tries again.
  writing = next.catch(() => undefined);
  return next.then(
    () => undefined,
    () => undefined,
  );
}

export async function getCachedPolicy(url: string): Promise<PolicyCacheEntry | null> {
  return (await load()).find((e) => e.url === url) ?? null;
}

/** An entry (any URL) whose text had this hash: its report can be reused. */
export async function findByHash(hash: string): Promise<PolicyCacheEntry | null> {
  return (await load()).find((e) => e.hash === hash) ?? null;
}

/** Store or replace the entry for its URL; over MAX_ENTRIES the least recently used go. */
export async function putCachedPolicy(entry: PolicyCacheEntry): Promise<void> {
  const others = (await load()).filter((e) => e.url !== entry.url);
  const entries = [entry, ...others].sort((a, b) => b.usedAt - a.usedAt).slice(0, MAX_ENTRIES);
  await save(entries);
}

/** Mark an entry used now (it moves away from eviction). */
export async function touchCachedPolicy(url: string, now: number): Promise<void> {
  const entries = await load();
  const entry = entries.find((e) => e.url === url);
  if (entry === undefined) return;
  await putCachedPolicy({ ...entry, usedAt: now });
}

/** Fetched less than REFETCH_AFTER_MS ago. */
export function isFresh(entry: PolicyCacheEntry, now: number): boolean {
  const at = Date.parse(entry.fetchedAt);
  return Number.isFinite(at) && now - at < REFETCH_AFTER_MS && now >= at;
}

/** For tests: forget the worker's copy, as after a service-worker restart. */
export function forgetPolicyCacheMemory(): void {
  memory = null;
}
