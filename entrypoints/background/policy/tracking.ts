import { browser } from 'wxt/browser';
import {
  DB_NAME,
  changeAfter,
  ensurePolicyDoc,
  forgetUntrackedPolicies,
  LedgerError,
  ledgerMessage,
  policyDoc,
  policyDocs,
  policyHistory,
  recordPolicyFailure,
  recordPolicyVersion,
  sanitizeUrl,
  trackedPolicies,
  versionOf,
  type Ledger,
  type RecordedVersion,
} from '../../../history';
import { DisclosureRecordSchema } from '../../../history/record';
import type { PolicyCheckOutcome, PolicyRecheckResponse } from '../../../utils/protocol';
import type { PolicyView } from '../../../utils/policy-view';
import { browserLanguage, resolveLang } from '../../../utils/i18n';
import { getSettings } from '../../../utils/settings-store';
import { backgroundLedger, dropLedgerOnError } from '../ledger';
import {
  addPolicyListener,
  fetchPolicy,
  type PolicyFetchOk,
  type PolicyFetchOptions,
} from './fetch';

// Change tracking of the privacy policies the user disclosed data under
// (history/policies.ts stores the versions). A version is recorded
//  - on visit: every successful fetch of a tracked policy (fetch.ts calls the
//    listener), and at submit, the policy of the page the user discloses on;
//  - daily: an alarm re-checks each tracked policy, one at a time, skipping
//    one checked in the last 20 hours (so at most once a day);
//  - on demand: the dashboard's "Check now" (`policy.recheck`).
// A failed fetch is recorded on the policy's row; no version is ever removed
// because of one. Nothing runs with keepHistory off, except "Check now".

export const RECHECK_ALARM = 'tegas-policy-recheck';
export const RECHECK_PERIOD_MINUTES = 1440;
/** Below a day so that the daily alarm, which fires a little after the last check ended, still checks. */
export const MIN_RECHECK_MS = 20 * 60 * 60 * 1000;
/** Policies fetched per run at most (the least recently checked first). */
export const MAX_CHECKS_PER_RUN = 50;
/** Fetched policies of pages not (yet) disclosed to, kept briefly for the submit that may follow. */
const PENDING_MAX = 5;
const PENDING_MS = 30 * 60 * 1000;

let fetchOptions: PolicyFetchOptions = {};
let now: () => Date = () => new Date();

/** Tests inject a fake fetch and clock. */
export function configurePolicyTracking(options: {
  fetchOptions?: PolicyFetchOptions;
  now?: () => Date;
}): void {
  fetchOptions = options.fetchOptions ?? {};
  now = options.now ?? (() => new Date());
}

// One write at a time: a visit's fetch and a re-check of the same policy must not interleave.
let chain: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = chain.then(task, task);
  chain = run.catch(() => undefined);
  return run;
}

/**
 * The ledger when the user has one. Reading a policy or showing the popup must
 * not create the database: only a disclosure does (ledger.ts).
 */
async function existingLedger(): Promise<Ledger | null> {
  const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (factory === undefined) return null;
  if (typeof factory.databases === 'function') {
    const names = (await factory.databases()).map((d) => d.name);
    if (!names.includes(DB_NAME)) return null;
  }
  return backgroundLedger();
}

const pending = new Map<string, { fetched: PolicyFetchOk; until: number }>();
/** What the listener recorded for a fetch, so a re-check that caused it reports the same. */
const recorded = new WeakMap<PolicyFetchOk, Promise<RecordedVersion>>();

function remember(url: string, fetched: PolicyFetchOk): void {
  const at = now().getTime();
  for (const [key, entry] of pending) if (entry.until < at) pending.delete(key);
  pending.delete(url);
  pending.set(url, { fetched, until: at + PENDING_MS });
  while (pending.size > PENDING_MAX) {
    const oldest = pending.keys().next().value;
    if (oldest === undefined) break;
    pending.delete(oldest);
  }
}

function takePending(url: string): PolicyFetchOk | null {
  const entry = pending.get(url);
  pending.delete(url);
  return entry !== undefined && entry.until >= now().getTime() ? entry.fetched : null;
}

function logFailure(what: string, error: unknown): void {
  const failure =
    error instanceof LedgerError
      ? error
      : new LedgerError('write_failed', error instanceof Error ? error.name : 'unknown');
  console.warn(`[tegas] policy ${what}: ${failure.code}`, failure.detail ?? '');
  dropLedgerOnError(failure);
}

/** fetch.ts listener: a tracked policy gets a version; another one waits briefly for a submit. */
export async function onPolicyFetched(fetched: PolicyFetchOk): Promise<void> {
  const url = sanitizeUrl(fetched.url);
  if (url === null) return;
  try {
    if (!(await getSettings()).keepHistory) return;
    const ledger = await existingLedger();
    if (ledger === null || (await policyDoc(ledger.db, url)) === null) {
      remember(url, fetched);
      return;
    }
    const job = serial(() => recordPolicyVersion(ledger.db, fetched, fetched.fetchedAt));
    recorded.set(fetched, job);
    await job;
  } catch (error) {
    logFailure('version not recorded', error);
  }
}

/**
 * The policy version hash for a disclosure made now (DisclosureRecord.policy.textHash):
 * the current version's, or that of the page's policy fetched moments ago.
 */
export async function policyHashForDisclosure(
  ledger: Ledger,
  rawUrl: string,
): Promise<string | undefined> {
  const url = sanitizeUrl(rawUrl);
  if (url === null) return undefined;
  try {
    const doc = await policyDoc(ledger.db, url);
    if (doc?.hash != null) return doc.hash;
    const fetched = takePending(url);
    if (fetched === null) return undefined;
    const result = await serial(() => recordPolicyVersion(ledger.db, fetched, fetched.fetchedAt));
    return result.version.hash;
  } catch (error) {
    logFailure('hash not read', error);
    return undefined;
  }
}

/** After a disclosure under `rawUrl`: tracked from now on, and fetched now if no version is known. */
export async function trackAfterDisclosure(ledger: Ledger, rawUrl: string): Promise<void> {
  const url = sanitizeUrl(rawUrl);
  if (url === null) return;
  try {
    const doc = await serial(() => ensurePolicyDoc(ledger.db, url));
    if (doc.hash === null) await checkPolicy(ledger, url);
  } catch (error) {
    logFailure('not tracked', error);
  }
}

const inflight = new Map<string, Promise<PolicyCheckOutcome>>();

/** Fetch one policy and record the version or the failure. Never throws for a failed fetch. */
function checkPolicy(ledger: Ledger, url: string): Promise<PolicyCheckOutcome> {
  const running = inflight.get(url);
  if (running !== undefined) return running;
  const job = (async (): Promise<PolicyCheckOutcome> => {
    const result = await fetchPolicy(url, fetchOptions);
    if (!result.ok) {
      await serial(() =>
        recordPolicyFailure(
          ledger.db,
          url,
          {
            reason: result.reason,
            ...(result.status === undefined ? {} : { status: result.status }),
          },
          now(),
        ),
      );
      return {
        url,
        outcome: 'failed',
        reason: result.reason,
        ...(result.status === undefined ? {} : { status: result.status }),
      };
    }
    const version = await (recorded.get(result) ??
      serial(() => recordPolicyVersion(ledger.db, result, result.fetchedAt)));
    return {
      url,
      outcome: version.first ? 'first' : version.changed ? 'changed' : 'unchanged',
      added: version.changed ? version.version.addedCount : 0,
      removed: version.changed ? version.version.removedCount : 0,
    };
  })().finally(() => inflight.delete(url));
  inflight.set(url, job);
  return job;
}

export class NotTrackedError extends Error {}

/**
 * Re-check tracked policies one at a time, least recently checked first, at
 * most MAX_CHECKS_PER_RUN. Without `force`, a policy checked in the last
 * MIN_RECHECK_MS is skipped. `url` limits the run to that tracked policy.
 */
export async function recheckPolicies(options: {
  force: boolean;
  url?: string;
}): Promise<PolicyCheckOutcome[]> {
  const ledger = await existingLedger();
  if (ledger === null) return [];
  // Policies of deleted disclosures are not checked, and not kept either.
  await serial(() => forgetUntrackedPolicies(ledger.db));
  const tracked = await trackedPolicies(ledger.db);
  let urls = tracked.map((p) => p.url);
  if (options.url !== undefined) {
    const url = sanitizeUrl(options.url);
    if (url === null || !urls.includes(url)) throw new NotTrackedError();
    urls = [url];
  }
  for (const url of urls) await serial(() => ensurePolicyDoc(ledger.db, url));
  const checked = new Map((await policyDocs(ledger.db)).map((d) => [d.url, d.checkedAt ?? '']));
  urls.sort((a, b) => ((checked.get(a) ?? '') < (checked.get(b) ?? '') ? -1 : 1));
  const results: PolicyCheckOutcome[] = [];
  for (const url of urls.slice(0, MAX_CHECKS_PER_RUN)) {
    const last = checked.get(url) ?? '';
    if (!options.force && last !== '' && now().getTime() - Date.parse(last) < MIN_RECHECK_MS) {
      results.push({ url, outcome: 'skipped' });
      continue;
    }
    results.push(await checkPolicy(ledger, url));
  }
  return results;
}

/** `policy.recheck` from the dashboard. */
export async function onPolicyRecheck(msg: {
  url?: string | undefined;
}): Promise<PolicyRecheckResponse> {
  const lang = resolveLang((await getSettings()).uiLanguage, browserLanguage());
  try {
    const results = await recheckPolicies({
      force: true,
      ...(msg.url === undefined ? {} : { url: msg.url }),
    });
    return { ok: true, results };
  } catch (error) {
    if (error instanceof NotTrackedError)
      return {
        ok: false,
        error:
          lang === 'id'
            ? 'Kebijakan ini tidak dilacak: tidak ada riwayat pengungkapan data dengan kebijakan ini.'
            : 'This policy is not tracked: no disclosure in the history was made under it.',
      };
    const failure = error instanceof LedgerError ? error : new LedgerError('read_failed');
    logFailure('re-check failed', failure);
    return { ok: false, error: ledgerMessage(failure.code)[lang] };
  }
}

// --- wiring -------------------------------------------------------------------

/** Creates the daily alarm unless it exists with the same period (so a restart keeps its schedule). */
export async function ensureRecheckAlarm(): Promise<void> {
  // Absent where the permission is missing (and in some test browsers).
  const alarms = (browser as Partial<typeof browser>).alarms;
  if (alarms === undefined) return;
  const existing = await alarms.get(RECHECK_ALARM);
  if (existing?.periodInMinutes === RECHECK_PERIOD_MINUTES) return;
  await alarms.create(RECHECK_ALARM, {
    // Not at start-up: an hour after the alarm is first set, then daily.
    delayInMinutes: 60,
    periodInMinutes: RECHECK_PERIOD_MINUTES,
  });
}

/** The alarm's run: nothing with keepHistory off. Resolves when done; never throws. */
export async function onRecheckAlarm(alarm: { name: string }): Promise<void> {
  if (alarm.name !== RECHECK_ALARM) return;
  try {
    if (!(await getSettings()).keepHistory) return;
    await recheckPolicies({ force: false });
  } catch (error) {
    logFailure('daily re-check failed', error);
  }
}

let started = false;

/** Registers the fetch listener (once). */
export function startPolicyTracking(): void {
  if (started) return;
  started = true;
  addPolicyListener(onPolicyFetched);
}

// --- the popup: has the tab's policy changed since the last disclosure there? --

/**
 * `TabView.policy.changed`: when the user's last disclosure on `pageUrl`'s site
 * under this policy was made under an older version than the current one.
 */
export async function policyChangeForPage(
  pageUrl: string,
  policyUrl: string,
): Promise<PolicyView['changed'] | null> {
  const url = sanitizeUrl(policyUrl);
  const page = sanitizeUrl(pageUrl);
  if (url === null || page === null) return null;
  try {
    if (!(await getSettings()).keepHistory) return null;
    const ledger = await existingLedger();
    if (ledger === null) return null;
    const doc = await policyDoc(ledger.db, url);
    if (doc === null || doc.versions < 2) return null;
    const origin = new URL(page).origin;
    let last: { time: string; textHash?: string } | null = null;
    // Newest first: the first record of the site under this policy is the last disclosure.
    await ledger.db.records
      .where('[origin+time]')
      .between([origin, ''], [origin, '\uffff'], true, true)
      .reverse()
      .until(() => last !== null)
      .each((row: unknown) => {
        const parsed = DisclosureRecordSchema.safeParse(row);
        if (!parsed.success || parsed.data.policy?.url !== url) return;
        const { textHash } = parsed.data.policy;
        last = { time: parsed.data.time, ...(textHash === undefined ? {} : { textHash }) };
      });
    const disclosure = last as { time: string; textHash?: string } | null;
    if (disclosure === null) return null;
    const versions = await policyHistory(ledger.db, url);
    const base = versionOf(versions, disclosure);
    if (base === null || base.id === versions.at(-1)?.id) return null;
    const diff = changeAfter(versions, base);
    return { since: disclosure.time, added: diff.addedCount, removed: diff.removedCount };
  } catch {
    // Only a note in the popup: without a readable history there is nothing to say.
    return null;
  }
}
