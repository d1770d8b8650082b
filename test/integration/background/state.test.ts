import './fake-env';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LivePermissionRequest } from '../../../analyzer';
import { LIVE_LIMITS } from '../../../analyzer/model/live';
import { UiResponseSchema, type BackgroundToContent } from '../../../utils/protocol';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import {
  analysed,
  badgeOf,
  boot,
  contentSender,
  fixture,
  getView,
  openTab,
  popupSender,
  send,
  type Booted,
} from './helpers';

// Per-tab state: navigation, close, service-worker restart, permission requests,
// settings, and the popup's analyse / highlight requests.

let bg: Booted;
beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  bg = await boot();
});

const signup = fixture('en-medusa-register');

function permission(name: string, at: string, userGesture = false): LivePermissionRequest {
  return { permission: name, at, userGesture, source: 'page' };
}

describe('navigation and close', () => {
  it('clears the state and badge when the tab loads another page', async () => {
    const tab = await openTab(signup.url);
    await send(analysed(signup.snapshot), contentSender(tab));
    expect((await badgeOf(tab.id)).text).not.toBe('');

    // Without the "tabs" permission the browser reports only status: loading.
    await fakeBrowser.tabs.onUpdated.trigger(tab.id, { status: 'loading' }, tab);
    await vi.waitFor(async () => expect((await getView(tab.id)).status).toBe('unknown'));
    expect((await badgeOf(tab.id)).text).toBe('');
  });

  it('keeps the state for a fragment change, clears it for another URL', async () => {
    const tab = await openTab(signup.url);
    await send(analysed(signup.snapshot), contentSender(tab));
    await fakeBrowser.tabs.update(tab.id, { url: `${signup.url}#step-2` });
    expect((await getView(tab.id)).status).toBe('analysed');
    await fakeBrowser.tabs.update(tab.id, { url: `${signup.url}/thanks` });
    await vi.waitFor(async () => expect((await getView(tab.id)).status).toBe('unknown'));
  });

  it('replaces the state when the content script reports another page (SPA)', async () => {
    const tab = await openTab(signup.url);
    await send(analysed(signup.snapshot), contentSender(tab));
    await new Promise((r) => setTimeout(r, 260));
    const next = new URL('/other', signup.url).href;
    await send({ type: 'page.notForm', url: next }, contentSender(tab));
    const view = await getView(tab.id);
    expect(view).toMatchObject({ status: 'not_form', url: next, report: null });
    expect((await badgeOf(tab.id)).text).toBe('');
  });

  it('forgets a closed tab, in memory and in session storage', async () => {
    const tab = await openTab(signup.url);
    await send(analysed(signup.snapshot), contentSender(tab));
    // The tab's record, and the state of its privacy-policy fetch.
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toContain(
      `tegas:tab:${tab.id}`,
    );
    // (fakeBrowser.tabs.remove looks the window up by tab id; fire the event as the browser does.)
    await fakeBrowser.tabs.onRemoved.trigger(tab.id, { isWindowClosing: false, windowId: 0 });
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.storage.session.get(null))).toHaveLength(0),
    );
    expect((await getView(tab.id)).status).toBe('unknown');
  });
});

describe('service-worker restart', () => {
  it('answers the popup from storage.session after the worker was stopped', async () => {
    const tab = await openTab(signup.url);
    await send(analysed(signup.snapshot), contentSender(tab));
    // Once the page's policy fetch has settled (tests get a network error).
    await vi.waitFor(async () => expect((await getView(tab.id)).policy?.state).toBe('error'));
    const before = await getView(tab.id);

    bg = await boot(); // new module instances: memory empty, storage.session kept
    const after = await getView(tab.id);
    expect(after).toEqual(before);
    expect(after.status).toBe('analysed');
  });

  it('keeps working in memory where storage.session is missing', async () => {
    vi.spyOn(fakeBrowser.storage, 'session', 'get').mockReturnValue(
      undefined as unknown as typeof fakeBrowser.storage.session,
    );
    const tab = await openTab(signup.url);
    await send(analysed(signup.snapshot), contentSender(tab));
    expect((await getView(tab.id)).status).toBe('analysed');
    vi.restoreAllMocks();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('ignores a tampered or foreign record in storage.session', async () => {
    await fakeBrowser.storage.session.set({ 'tegas:tab:5': { version: 1, tabId: 5, url: 1 } });
    bg = await boot();
    expect((await getView(5)).status).toBe('unknown');
  });

  it('stores evidence only: no typed values are in the stored record', async () => {
    const tab = await openTab(signup.url);
    await send(analysed(signup.snapshot), contentSender(tab));
    const stored = JSON.stringify(await fakeBrowser.storage.session.get(null));
    expect(stored).not.toMatch(/"value"\s*:/);
  });
});

describe('permission requests reported by the page', () => {
  it('merge (deduplicated by permission and time) and are bounded', async () => {
    const url = 'https://peta.example.id/';
    const tab = await openTab(url);
    const first = [permission('geolocation', '2026-01-01T00:00:00Z')];
    await send({ type: 'page.permissions', url, requests: first }, contentSender(tab));
    await send(
      {
        type: 'page.permissions',
        url,
        requests: [...first, permission('notifications', '2026-01-01T00:00:01Z')],
      },
      contentSender(tab),
    );
    const { getTabRecord } = await import('../../../utils/tab-state');
    expect((await getTabRecord(tab.id))?.permissions.map((p) => p.permission)).toEqual([
      'geolocation',
      'notifications',
    ]);

    // Flood: more batches than the bucket allows, more requests than the bound.
    for (let batch = 0; batch < 8; batch += 1) {
      const requests = Array.from({ length: 50 }, (_, i) =>
        permission('camera', `2026-01-01T01:${String(batch).padStart(2, '0')}:${String(i)}`),
      );
      await send({ type: 'page.permissions', url, requests }, contentSender(tab));
    }
    const record = await getTabRecord(tab.id);
    expect(record?.permissions).toHaveLength(LIVE_LIMITS.permissionRequests);
    expect(record?.permissions[0]?.permission).toBe('geolocation');
    expect(record?.permissionsTruncated).toBe(true);
    expect(bg.counters.dropped.throttled).toBeGreaterThan(0);
  });

  it('on a page without a form: status not_form, with a report listing them and their findings', async () => {
    const url = 'https://peta.example.id/lokasi';
    const tab = await openTab(url);
    await send({ type: 'page.notForm', url }, contentSender(tab));
    await send(
      {
        type: 'page.permissions',
        url,
        requests: [permission('geolocation', '2026-01-01T00:00:00Z')],
      },
      contentSender(tab),
    );
    const view = await getView(tab.id);
    expect(view.status).toBe('not_form');
    expect(view.report?.permissionRequests).toEqual([
      { permission: 'geolocation', at: '2026-01-01T00:00:00Z', userGesture: false },
    ]);
    expect(view.report?.findings.map((f) => f.ruleId)).toContain('permission.no_gesture');
    expect(view.report?.score).toBeNull();
    expect((await badgeOf(tab.id)).text).toBe('');
  });

  it('count as live evidence for a checkout analysed later on the same page', async () => {
    const checkout = fixture('en-woocommerce-checkout');
    const tab = await openTab(checkout.url);
    await send(
      {
        type: 'page.permissions',
        url: checkout.url,
        requests: [permission('camera', '2026-01-01T00:00:00Z')],
      },
      contentSender(tab),
    );
    await send(analysed(checkout.snapshot), contentSender(tab));
    const view = await getView(tab.id);
    expect(view.status).toBe('analysed');
    expect(view.report?.permissionRequests.map((p) => p.permission)).toEqual(['camera']);
    const rules = view.report?.findings.map((f) => f.ruleId) ?? [];
    expect(rules).toContain('permission.no_gesture');
    expect(rules).toContain('permission.unrelated');
  });
});

describe('settings', () => {
  async function settle(settings: Partial<typeof DEFAULT_SETTINGS>): Promise<void> {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, ...settings } });
  }

  it('skips an ignored site (and its subdomains): no report, no badge', async () => {
    await settle({ ignoredSites: ['co.id'] });
    const tab = await openTab(signup.url);
    await send(analysed(signup.snapshot), contentSender(tab));
    expect(await getView(tab.id)).toMatchObject({ status: 'skipped', report: null });
    expect((await badgeOf(tab.id)).text).toBe('');
  });

  it('skips a page kind that is not enabled, and badges it once enabled', async () => {
    await settle({ pageKinds: { ...DEFAULT_SETTINGS.pageKinds, signup: false } });
    const tab = await openTab(signup.url);
    await send(analysed(signup.snapshot), contentSender(tab));
    expect((await getView(tab.id)).status).toBe('skipped');
    expect((await badgeOf(tab.id)).text).toBe('');

    await settle({});
    await vi.waitFor(async () => expect((await badgeOf(tab.id)).text).toMatch(/^[A-E]$/));
    expect((await getView(tab.id)).status).toBe('analysed');
  });

  it('skips everything in click mode until the popup asks', async () => {
    await settle({ mode: 'click' });
    const tab = await openTab(signup.url);
    await send(analysed(signup.snapshot), contentSender(tab));
    expect((await getView(tab.id)).status).toBe('skipped');
  });
});

describe('tab.analyse', () => {
  it('asks the content script and answers with the fresh result, page kinds notwithstanding', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        ...DEFAULT_SETTINGS,
        pageKinds: { ...DEFAULT_SETTINGS.pageKinds, signup: false },
      },
    });
    const tab = await openTab(signup.url);
    const asked: BackgroundToContent[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId, message) => {
      asked.push(message as BackgroundToContent);
      // The content script answers by sending a fresh snapshot.
      if (tabId === tab.id) void send(analysed(signup.snapshot), contentSender(tab));
      return undefined;
    });
    const res = UiResponseSchema.parse(
      await send({ type: 'tab.analyse', tabId: tab.id }, popupSender()),
    );
    expect(asked).toEqual([{ type: 'content.analyse' }]);
    expect(res.ok && res.view.status).toBe('analysed');
  });

  it('injects the bootstrap into a tab opened before Tegas was installed, then analyses', async () => {
    const tab = await openTab(signup.url);
    const injected: unknown[] = [];
    let hasContentScript = false;
    Object.assign(fakeBrowser, {
      scripting: {
        executeScript: (injection: unknown) => {
          injected.push(injection);
          hasContentScript = true;
          return Promise.resolve([]);
        },
      },
    });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId) => {
      if (!hasContentScript) throw new Error('Could not establish connection.');
      if (tabId === tab.id) void send(analysed(signup.snapshot), contentSender(tab));
      return undefined;
    });
    try {
      const res = UiResponseSchema.parse(
        await send({ type: 'tab.analyse', tabId: tab.id }, popupSender()),
      );
      // A probe for a live bootstrap first (none here), then the file.
      const target = { tabId: tab.id, frameIds: [0] };
      expect(injected).toEqual([
        { target, func: expect.objectContaining({ name: 'hasLiveBootstrap' }) },
        { target, files: ['/content-scripts/consent.js'] },
      ]);
      expect(res.ok && res.view.status).toBe('analysed');
    } finally {
      Reflect.deleteProperty(fakeBrowser, 'scripting');
    }
  });

  it('answers an error the popup can show when there is no content script', async () => {
    const tab = await openTab('chrome://settings');
    const res = UiResponseSchema.parse(
      await send({ type: 'tab.analyse', tabId: tab.id }, popupSender()),
    );
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error.length).toBeGreaterThan(10);
  });
});

describe('tab.highlight', () => {
  it('sends the findings’ selectors to the page and remembers the flag', async () => {
    const tab = await openTab(signup.url);
    await send(analysed(signup.snapshot), contentSender(tab));
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tabId, message) => {
      sent.push(message);
      return undefined;
    });

    const on = UiResponseSchema.parse(
      await send({ type: 'tab.highlight', tabId: tab.id, on: true }, popupSender()),
    );
    expect(on.ok && on.view.highlighted).toBe(true);
    const report = on.ok ? on.view.report : null;
    const withSelector = report?.findings.filter((f) => f.evidence.some((e) => e.selector)) ?? [];
    expect(withSelector.length).toBeGreaterThan(0);
    expect(sent[0]).toMatchObject({ type: 'content.highlight', on: true });
    const items = (sent[0] as { items: { ruleId: string; selector: string; label: string }[] })
      .items;
    for (const f of withSelector) {
      expect(items).toContainEqual(
        expect.objectContaining({ ruleId: f.ruleId, severity: f.severity, label: f.title }),
      );
    }
    expect((await getView(tab.id)).highlighted).toBe(true);

    const off = UiResponseSchema.parse(
      await send({ type: 'tab.highlight', tabId: tab.id, on: false }, popupSender()),
    );
    expect(off.ok && off.view.highlighted).toBe(false);
    expect(sent[1]).toEqual({ type: 'content.highlight', on: false, items: [] });
  });

  it('refuses when there is nothing analysed', async () => {
    const res = UiResponseSchema.parse(
      await send({ type: 'tab.highlight', tabId: 9, on: true }, popupSender()),
    );
    expect(res.ok).toBe(false);
  });
});
