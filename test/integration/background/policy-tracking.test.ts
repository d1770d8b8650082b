import './fake-env';
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractPage, type PageSnapshot } from '../../../analyzer';
import { Ledger, policyHistory, type DisclosureRecord, type PolicyDoc } from '../../../history';
import { PolicyRecheckResponseSchema } from '../../../utils/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import { DOMS } from '../../support/dom';
import { analysed, boot, contentSender, getView, openTab, popupSender, send } from './helpers';

// Change tracking in the background (policy/tracking.ts) with the real router,
// submit handler and policy fetch, a fake fetch serving a policy whose text the
// test changes, WXT's fake browser (alarms included) and a fresh fake IndexedDB.

const PAGE_URL = 'https://toko-uji.test/checkout';
const POLICY_URL = 'https://toko-uji.test/kebijakan-privasi';
const PAGE = `<!doctype html><html lang="id"><head><title>Checkout | Toko Uji</title></head><body>
  <form id="checkout" action="/bayar" method="post">
    <label for="nama">Nama Lengkap</label><input id="nama" name="nama" autocomplete="name" required>
    <label for="hp">No. HP</label><input id="hp" name="hp" type="tel" autocomplete="tel" required>
    <label><input type="checkbox" id="setuju" name="setuju" required> Saya setuju dengan <a href="/kebijakan-privasi">Kebijakan Privasi</a>.</label>
    <button type="submit">Bayar</button>
  </form>
</body></html>`;
const snapshot: PageSnapshot = extractPage(DOMS.linkedom(PAGE), { url: PAGE_URL });
const group = snapshot.groups.find((g) => g.selector === '#checkout')?.index ?? -1;

const OLD = `<html><body><h1>Kebijakan Privasi</h1>
<p>Kami mengumpulkan nama dan nomor telepon Anda untuk pengiriman pesanan.</p>
<p>Kami tidak membagikan data Anda kepada pihak ketiga.</p></body></html>`;
const NEW = `<html><body><h1>Kebijakan Privasi</h1>
<p>Kami mengumpulkan nama dan nomor telepon Anda untuk pengiriman pesanan.</p>
<p>Kami dapat membagikan data Anda kepada mitra periklanan kami.</p></body></html>`;

type Tracking = typeof import('../../../entrypoints/background/policy/tracking');
type PolicyHandlers = typeof import('../../../entrypoints/background/handlers/policy');

let tracking: Tracking;
let handlers: PolicyHandlers;
let policyHtml = OLD;
let status = 200;
let clock = new Date();
let fetchImpl: ReturnType<typeof vi.fn<typeof fetch>>;

async function setSettings(patch: Partial<Settings>): Promise<void> {
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, ...patch } });
}

/** A second connection to the background's database. */
async function read<T>(task: (ledger: Ledger) => Promise<T>): Promise<T> {
  const ledger = new Ledger({ indexedDB, IDBKeyRange });
  await ledger.open();
  try {
    return await task(ledger);
  } finally {
    ledger.close();
  }
}

const records = () => read<DisclosureRecord[]>((l) => l.db.records.orderBy('seq').toArray());
const doc = () => read<PolicyDoc | undefined>((l) => l.db.policies.get(POLICY_URL));
const versions = () => read((l) => policyHistory(l.db, POLICY_URL));

async function recheck(url?: string) {
  return PolicyRecheckResponseSchema.parse(
    await send({ type: 'policy.recheck', ...(url === undefined ? {} : { url }) }, popupSender()),
  );
}

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  Object.assign(globalThis, { indexedDB: new IDBFactory() });
  policyHtml = OLD;
  status = 200;
  clock = new Date();
  fetchImpl = vi.fn<typeof fetch>(
    async () =>
      new Response(policyHtml, {
        status,
        headers: { 'content-type': 'text/html; charset=utf-8' },
      }),
  );
  await boot();
  tracking = await import('../../../entrypoints/background/policy/tracking');
  handlers = await import('../../../entrypoints/background/handlers/policy');
  const service = await import('../../../entrypoints/background/policy/service');
  const options = { fetchImpl, now: () => clock };
  service.setPolicyFetchOptions(options);
  tracking.configurePolicyTracking({ fetchOptions: options, now: () => clock });
});

/** Analyse the checkout in a tab (the background fetches its policy) and submit it. */
async function visitAndSubmit(): Promise<number> {
  const tab = await openTab(PAGE_URL);
  await send(analysed(snapshot), contentSender(tab));
  await handlers.policyWork(tab.id);
  await send(
    {
      type: 'page.submitted',
      url: PAGE_URL,
      group,
      filled: [
        { selector: '#nama', hadValue: true },
        { selector: '#hp', hadValue: true },
      ],
      consentStates: [{ selector: '#setuju', checked: true }],
      at: clock.toISOString(),
    },
    contentSender(tab),
  );
  return tab.id;
}

describe('on visit and at submit', () => {
  it('a policy fetched for a page the user only looked at is not stored', async () => {
    const tab = await openTab(PAGE_URL);
    await send(analysed(snapshot), contentSender(tab));
    await handlers.policyWork(tab.id);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(await read((l) => l.db.policies.count())).toBe(0);
  });

  it('the disclosure names the policy version it was made under, and the policy is tracked', async () => {
    await visitAndSubmit();
    const [record] = await records();
    const stored = await doc();
    expect(stored?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(record?.policy).toEqual({ url: POLICY_URL, textHash: stored?.hash });
    expect(stored).toMatchObject({ versions: 1, lastError: null });
    // The page's fetch was reused: no second request for the submit.
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });
});

describe('policy.recheck (Check now)', () => {
  it('records a changed policy with its added and removed sentences, and the popup says so', async () => {
    const tabId = await visitAndSubmit();
    policyHtml = NEW;
    clock = new Date(clock.getTime() + 3_600_000);
    const answer = await recheck(POLICY_URL);
    expect(answer).toEqual({
      ok: true,
      results: [{ url: POLICY_URL, outcome: 'changed', added: 1, removed: 1 }],
    });
    const [v1, v2] = await versions();
    expect(v2).toMatchObject({
      previousId: v1?.id,
      added: ['Kami dapat membagikan data Anda kepada mitra periklanan kami.'],
      removed: ['Kami tidak membagikan data Anda kepada pihak ketiga.'],
      firstSeen: clock.toISOString(),
    });
    const [record] = await records();
    const view = await getView(tabId);
    expect(view.policy?.changed).toEqual({ since: record?.time, added: 1, removed: 1 });
  });

  it('an unchanged policy stays one version', async () => {
    await visitAndSubmit();
    expect(await recheck()).toMatchObject({
      ok: true,
      results: [{ url: POLICY_URL, outcome: 'unchanged' }],
    });
    expect(await versions()).toHaveLength(1);
  });

  it('a failed fetch is recorded and the versions are kept', async () => {
    await visitAndSubmit();
    status = 503;
    expect(await recheck(POLICY_URL)).toEqual({
      ok: true,
      results: [{ url: POLICY_URL, outcome: 'failed', reason: 'http_status', status: 503 }],
    });
    expect(await doc()).toMatchObject({
      versions: 1,
      failures: 1,
      lastError: { reason: 'http_status', status: 503 },
    });
    expect(await versions()).toHaveLength(1);
  });

  it('refuses a URL that is not tracked, and fetches nothing', async () => {
    await visitAndSubmit();
    const before = fetchImpl.mock.calls.length;
    const answer = await recheck('https://elsewhere.test/privacy');
    expect(answer.ok).toBe(false);
    expect(fetchImpl.mock.calls.length).toBe(before);
  });

  it('is not accepted from a content script', async () => {
    const tab = await openTab(PAGE_URL);
    expect(await send({ type: 'policy.recheck' }, contentSender(tab))).toBeUndefined();
  });
});

describe('the daily re-check', () => {
  it('creates one alarm with a period of a day, idempotently', async () => {
    await tracking.ensureRecheckAlarm();
    await tracking.ensureRecheckAlarm();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.filter((a) => a.name === tracking.RECHECK_ALARM)).toHaveLength(1);
    expect(alarms[0]?.periodInMinutes).toBeGreaterThanOrEqual(1440);
  });

  it('checks each tracked policy at most once a day', async () => {
    await visitAndSubmit();
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    const alarm = { name: tracking.RECHECK_ALARM, scheduledTime: clock.getTime() };
    await tracking.onRecheckAlarm(alarm);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    policyHtml = NEW;
    clock = new Date(clock.getTime() + 24 * 3_600_000);
    await tracking.onRecheckAlarm(alarm);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
    expect(await versions()).toHaveLength(2);
    // Another alarm the same day does not fetch again.
    await tracking.onRecheckAlarm(alarm);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  it('does nothing with the history switched off', async () => {
    await visitAndSubmit();
    await setSettings({ keepHistory: false });
    clock = new Date(clock.getTime() + 48 * 3_600_000);
    await tracking.onRecheckAlarm({ name: tracking.RECHECK_ALARM });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });
});
