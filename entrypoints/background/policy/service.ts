import { analyzePolicy } from '../../../analyzer/policy';
import {
  findByHash,
  getCachedPolicy,
  isFresh,
  putCachedPolicy,
  touchCachedPolicy,
  type PolicyCacheEntry,
} from './cache';
import { fetchPolicy, type PolicyFetchError, type PolicyFetchOptions } from './fetch';

// A policy URL → its analysis: from the cache while fresh, else fetched; a text
// whose hash was seen before reuses that report. One fetch per URL at a time:
// tabs asking for the same policy share it.

export type PolicyLoad = { ok: true; entry: PolicyCacheEntry } | PolicyFetchError;

export interface LoadOptions {
  /** Language of the findings (the UI language). */
  locale: 'id' | 'en';
  /** Fetch even when the cached analysis is fresh ("retry"). */
  force?: boolean;
}

/**
 * Debug figures, in memory: fetches, analyses, reused reports, and the last fetch (network and
 * HTML → text) and analysis times. Read `tegasPolicyStats` in the worker console; the
 * browser benchmark (test/bench/policy-browser.ts) reads them too.
 */
export const policyStats = {
  fetched: 0,
  failed: 0,
  analysed: 0,
  reused: 0,
  lastFetchMs: 0,
  lastAnalyseMs: 0,
  lastWords: 0,
};
Object.assign(globalThis, { tegasPolicyStats: policyStats });

// Tests and the CLI bench inject their own fetch here.
let fetchOptions: PolicyFetchOptions = {};
export function setPolicyFetchOptions(options: PolicyFetchOptions): void {
  fetchOptions = options;
}

const inflight = new Map<string, Promise<PolicyLoad>>();

export function loadPolicy(url: string, options: LoadOptions): Promise<PolicyLoad> {
  const running = inflight.get(url);
  if (running !== undefined) return running;
  const job = load(url, options).finally(() => inflight.delete(url));
  inflight.set(url, job);
  return job;
}

async function load(url: string, { locale, force = false }: LoadOptions): Promise<PolicyLoad> {
  const now = (fetchOptions.now ?? (() => new Date()))().getTime();
  const cached = await getCachedPolicy(url);
  if (cached !== null && !force && isFresh(cached, now)) {
    await touchCachedPolicy(url, now);
    return { ok: true, entry: { ...cached, usedAt: now } };
  }
  const fetchStart = performance.now();
  const fetched = await fetchPolicy(url, fetchOptions);
  policyStats.lastFetchMs = performance.now() - fetchStart;
  if (!fetched.ok) {
    policyStats.failed += 1;
    return fetched;
  }
  policyStats.fetched += 1;
  const same = cached?.hash === fetched.hash ? cached : await findByHash(fetched.hash);
  let report;
  if (same !== null) {
    policyStats.reused += 1;
    report = { ...same.report, source: fetched.finalUrl };
  } else {
    const start = performance.now();
    report = analyzePolicy(fetched.text, { source: fetched.finalUrl, locale });
    policyStats.lastAnalyseMs = performance.now() - start;
    policyStats.lastWords = report.readability.words;
    policyStats.analysed += 1;
  }
  const entry: PolicyCacheEntry = {
    url,
    finalUrl: fetched.finalUrl,
    hash: fetched.hash,
    fetchedAt: fetched.fetchedAt,
    usedAt: now,
    report,
  };
  await putCachedPolicy(entry);
  return { ok: true, entry };
}
