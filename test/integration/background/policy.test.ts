import './fake-env';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UiResponseSchema, type TabView } from '../../../utils/protocol';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import {
  analysed,
  boot,
  contentSender,
  fixture,
  getView,
  openTab,
  popupSender,
  send,
} from './helpers';

// The background reads the privacy policy an analysed page links to: fetch (fake),
// analysis, cache in storage.session, and TabView.policy for the popup.

const POLICY_HTML = readFileSync(
  join(import.meta.dirname, '..', '..', 'e2e', 'shops', 'kebijakan-privasi.html'),
  'utf8',
);
// A form page whose privacy link sits on the form, and one with the same link.
const page = fixture('id-checkout-bersih-radio-newsletter');
const POLICY_URL = 'https://bukukita.example.id/kebijakan-privasi';
const noLinks = fixture('id-cod-form-pemesanan');

type Service = typeof import('../../../entrypoints/background/policy/service');
type Cache = typeof import('../../../entrypoints/background/policy/cache');
type Handlers = typeof import('../../../entrypoints/background/handlers/policy');

let service: Service;
let cache: Cache;
let handlers: Handlers;
let clock = new Date('2026-11-25T05:00:00.000Z');
let fetchImpl: ReturnType<typeof vi.fn<typeof fetch>>;

function html(body: string, init: { type?: string; status?: number } = {}): Response {
  return new Response(body, {
    status: init.status ?? 200,
    headers: { 'content-type': init.type ?? 'text/html; charset=utf-8' },
  });
}

async function start(): Promise<void> {
  await boot();
  service = await import('../../../entrypoints/background/policy/service');
  cache = await import('../../../entrypoints/background/policy/cache');
  handlers = await import('../../../entrypoints/background/handlers/policy');
  service.setPolicyFetchOptions({ fetchImpl, now: () => clock });
}

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  clock = new Date('2026-11-25T05:00:00.000Z');
  fetchImpl = vi.fn<typeof fetch>(async () => html(POLICY_HTML));
  await start();
});

/** Analyse `p` in a new tab and wait for its policy work. */
async function visit(p = page): Promise<{ tabId: number; view: TabView }> {
  const tab = await openTab(p.url);
  await send(analysed(p.snapshot), contentSender(tab));
  await handlers.policyWork(tab.id);
  return { tabId: tab.id, view: await getView(tab.id) };
}

describe('fetching the linked policy', () => {
  it('fetches the page’s policy link once and shows its analysis in the tab view', async () => {
    const { view } = await visit();
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(fetchImpl.mock.calls[0]?.[0]).toBe(POLICY_URL);
    expect(fetchImpl.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit' });
    const policy = view.policy;
    expect(policy).toMatchObject({ url: POLICY_URL, state: 'ok', fetchedAt: clock.toISOString() });
    expect(policy?.report?.language).toBe('id');
    expect(policy?.report?.elements.rights.present).toBe(true);
    expect(policy?.report?.elements.retention).toMatchObject({ present: false, weak: true });
    expect(policy?.report?.elements.transfer_abroad).toMatchObject({ present: false, weak: false });
    expect(policy?.report?.findings.map((f) => f.citations[0]?.article)).toContain(
      'Pasal 21(1)(f)',
    );
  });

  it('writes the findings in the user’s language, from the same cached analysis', async () => {
    const { saveSettings } = await import('../../../utils/settings-store');
    await saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'id' });
    const { tabId, view } = await visit();
    expect(view.policy?.report?.findings[0]?.title).toMatch(/^Kebijakan privasi/);
    await saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    await vi.waitFor(async () =>
      expect((await getView(tabId)).policy?.report?.findings[0]?.title).toMatch(
        /^The privacy policy/,
      ),
    );
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('shows nothing for a page without a policy link, and fetches nothing', async () => {
    const { view } = await visit(noLinks);
    expect(view.status).toBe('analysed');
    expect(view.policy).toBeUndefined();
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('fetches nothing on an ignored site', async () => {
    const { saveSettings } = await import('../../../utils/settings-store');
    await saveSettings({ ...DEFAULT_SETTINGS, ignoredSites: ['bukukita.example.id'] });
    const { view } = await visit();
    expect(view.policy).toBeUndefined();
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('shares one fetch between tabs asking for the same policy at once', async () => {
    let release: () => void = () => undefined;
    fetchImpl.mockImplementation(
      () => new Promise<Response>((r) => (release = () => r(html(POLICY_HTML)))),
    );
    const a = await openTab(page.url);
    const b = await openTab(page.url);
    await send(analysed(page.snapshot), contentSender(a));
    await send(analysed(page.snapshot), contentSender(b));
    await vi.waitFor(() => expect(fetchImpl).toHaveBeenCalled());
    expect((await getView(a.id)).policy?.state).toBe('loading');
    release();
    await handlers.policyWork(a.id);
    await handlers.policyWork(b.id);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect((await getView(b.id)).policy?.state).toBe('ok');
  });

  it('does not fetch again when the same page is re-analysed (an SPA re-render)', async () => {
    const { tabId } = await visit();
    const tab = await fakeBrowser.tabs.get(tabId);
    await send(analysed(page.snapshot), contentSender(tab));
    await handlers.policyWork(tabId);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('shows the failure reason, and "retry" (tab.policy) fetches again', async () => {
    fetchImpl.mockImplementation(async () => html('%PDF-1.7', { type: 'application/pdf' }));
    const { tabId, view } = await visit();
    expect(view.policy).toMatchObject({ state: 'error', reason: 'unsupported_type', report: null });
    fetchImpl.mockImplementation(async () => html('gone', { status: 410 }));
    const retried = UiResponseSchema.parse(
      await send({ type: 'tab.policy', tabId }, popupSender()),
    );
    expect(retried.ok && retried.view.policy).toMatchObject({
      state: 'error',
      reason: 'http_status',
      status: 410,
    });
    fetchImpl.mockImplementation(async () => html(POLICY_HTML));
    await send({ type: 'tab.policy', tabId }, popupSender());
    expect((await getView(tabId)).policy?.state).toBe('ok');
    expect(fetchImpl).toHaveBeenCalledTimes(3);
  });

  it('takes the URL from the tab, never from the message, and only from extension pages', async () => {
    const { tabId } = await visit();
    await send({ type: 'tab.policy', tabId, url: 'https://evil.example/x' }, popupSender());
    const tab = await fakeBrowser.tabs.get(tabId);
    const dropped = await send({ type: 'tab.policy', tabId }, contentSender(tab));
    expect(dropped).toBeUndefined();
    expect(fetchImpl.mock.calls.map((c) => c[0])).toEqual([POLICY_URL, POLICY_URL]);
  });

  it('forgets the tab’s policy state when the tab closes', async () => {
    const { tabId } = await visit();
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { isWindowClosing: false, windowId: 0 });
    // The tab's record and policy state go; the policy cache (by URL, not by tab) stays.
    await vi.waitFor(
      async () =>
        expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([
          cache.POLICY_CACHE_KEY,
        ]),
      { timeout: 10_000 },
    );
  }, 15_000);
});

describe('the policy cache', () => {
  it('reuses a fresh analysis, even after a service-worker restart', async () => {
    await visit();
    await start(); // new module instances; storage.session kept
    const { view } = await visit();
    expect(view.policy?.state).toBe('ok');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    const stored: Record<string, unknown> = await fakeBrowser.storage.session.get(
      cache.POLICY_CACHE_KEY,
    );
    expect(stored[cache.POLICY_CACHE_KEY]).toMatchObject({
      version: 1,
      entries: [{ url: POLICY_URL, hash: expect.stringMatching(/^[0-9a-f]{64}$/) }],
    });
    // Never the text itself.
    expect(JSON.stringify(stored)).not.toContain('Jl. Cempaka No. 8, Jakarta Selatan 12345. ');
  });

  it('fetches again after a day; the same text reuses the report, a changed one is analysed', async () => {
    await visit();
    clock = new Date(clock.getTime() + 25 * 60 * 60 * 1000);
    const second = await visit();
    expect(fetchImpl).toHaveBeenCalledTimes(2);
    expect(service.policyStats).toMatchObject({ analysed: 1, reused: 1 });
    expect(second.view.policy?.fetchedAt).toBe(clock.toISOString());

    clock = new Date(clock.getTime() + 25 * 60 * 60 * 1000);
    fetchImpl.mockImplementation(async () =>
      html(
        POLICY_HTML.replace(
          'selama diperlukan untuk tujuan-tujuan tersebut',
          'selama 5 (lima) tahun',
        ),
      ),
    );
    const third = await visit();
    expect(service.policyStats).toMatchObject({ analysed: 2, reused: 1 });
    expect(third.view.policy?.report?.elements.retention.present).toBe(true);
  });

  it('drops a stored cache that does not parse, entry by entry', async () => {
    await visit();
    const key = cache.POLICY_CACHE_KEY;
    const stored = (
      (await fakeBrowser.storage.session.get(key)) as Record<string, { entries: unknown[] }>
    )[key];
    await fakeBrowser.storage.session.set({
      [key]: {
        version: 1,
        entries: [{ url: 'x', hash: 'not a hash' }, ...(stored?.entries ?? [])],
      },
    });
    cache.forgetPolicyCacheMemory();
    expect(await cache.getCachedPolicy('x')).toBeNull();
    expect((await cache.getCachedPolicy(POLICY_URL))?.url).toBe(POLICY_URL);
    await fakeBrowser.storage.session.set({ [key]: 'garbage' });
    cache.forgetPolicyCacheMemory();
    expect(await cache.getCachedPolicy(POLICY_URL)).toBeNull();
  });

  it('keeps at most MAX_ENTRIES policies, evicting the least recently used', async () => {
    await visit();
    const entry = await cache.getCachedPolicy(POLICY_URL);
    if (entry === null) throw new Error('no entry');
    for (let i = 0; i < cache.MAX_ENTRIES; i++) {
      await cache.putCachedPolicy({
        ...entry,
        url: `https://s${i}.example/p`,
        usedAt: entry.usedAt + 1 + i,
      });
    }
    cache.forgetPolicyCacheMemory();
    expect(await cache.getCachedPolicy(POLICY_URL)).toBeNull();
    expect(await cache.getCachedPolicy('https://s0.example/p')).not.toBeNull();
    const stored: Record<string, { entries: unknown[] }> = await fakeBrowser.storage.session.get(
      cache.POLICY_CACHE_KEY,
    );
    expect(stored[cache.POLICY_CACHE_KEY]?.entries).toHaveLength(cache.MAX_ENTRIES);
  });
});
