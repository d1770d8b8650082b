import './fake-env';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BOOTSTRAP_SCRIPT,
  hasLiveBootstrap,
} from '../../../entrypoints/background/handlers/inject';
import { LOAD_WAIT_MS } from '../../../entrypoints/background/navigation';
import { BRIDGE_KEY } from '../../../entrypoints/consent.content/bridge';
import { boot, openTab } from './helpers';

// The every-page bootstrap is not a manifest content script: the background injects it
// into a tab's top frame once the page has loaded (tabs.onUpdated 'complete'), or after
// LOAD_WAIT_MS for a page whose load never ends, unless a live one is already there.

interface Injection {
  target: { tabId: number; frameIds: number[] };
  files?: string[];
  func?: unknown;
}

let injected: Injection[];
/** The tabs whose page has a live bootstrap: what the probe answers. */
let live: Set<number>;
beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  injected = [];
  live = new Set();
  Object.assign(fakeBrowser, {
    scripting: {
      executeScript: (injection: Injection) => {
        injected.push(injection);
        const { tabId } = injection.target;
        if (injection.func) return Promise.resolve([{ frameId: 0, result: live.has(tabId) }]);
        live.add(tabId);
        return Promise.resolve([{ frameId: 0, result: undefined }]);
      },
    },
  });
  await boot();
});
afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(fakeBrowser, 'scripting');
});

const URL_ = 'https://toko.test/';
const files = () => injected.filter((i) => i.files).map((i) => [i.target, i.files]);

describe('bootstrap injection', () => {
  it('goes into the top frame when the page has loaded, after a probe', async () => {
    const tab = await openTab(URL_);
    injected = [];
    await fakeBrowser.tabs.onUpdated.trigger(tab.id, { status: 'complete' }, tab);
    await vi.waitFor(() => expect(files()).toHaveLength(1));
    const target = { tabId: tab.id, frameIds: [0] };
    expect(injected).toEqual([
      { target, func: expect.objectContaining({ name: 'hasLiveBootstrap' }) },
      { target, files: [BOOTSTRAP_SCRIPT] },
    ]);
  });

  it('is not injected a second time while a live one is there', async () => {
    const tab = await openTab(URL_);
    await fakeBrowser.tabs.onUpdated.trigger(tab.id, { status: 'complete' }, tab);
    await vi.waitFor(() => expect(files()).toHaveLength(1));
    await fakeBrowser.tabs.onUpdated.trigger(tab.id, { status: 'complete' }, tab);
    await vi.waitFor(() => expect(injected.filter((i) => i.func)).toHaveLength(2));
    expect(files()).toHaveLength(1);
  });

  it('is not injected while the page is still loading, or into non-web pages', async () => {
    const tab = await openTab(URL_);
    const other = await openTab('chrome://settings');
    injected = [];
    await fakeBrowser.tabs.onUpdated.trigger(tab.id, { status: 'loading' }, tab);
    await fakeBrowser.tabs.onUpdated.trigger(other.id, { status: 'complete' }, other);
    await fakeBrowser.tabs.onUpdated.trigger(
      tab.id,
      { status: 'complete' },
      { ...tab, url: undefined },
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(injected).toEqual([]);
  });

  it('goes into a page whose load never ends after LOAD_WAIT_MS, and only then', async () => {
    vi.useFakeTimers();
    const tab = await openTab(URL_);
    injected = [];
    await fakeBrowser.tabs.onUpdated.trigger(tab.id, { status: 'loading' }, tab);
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_MS - 1);
    expect(injected).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() =>
      expect(files()).toEqual([[{ tabId: tab.id, frameIds: [0] }, [BOOTSTRAP_SCRIPT]]]),
    );
  });

  it('a load that completes in time cancels the fallback; so does closing the tab', async () => {
    vi.useFakeTimers();
    const tab = await openTab(URL_);
    const closed = await openTab(URL_);
    injected = [];
    await fakeBrowser.tabs.onUpdated.trigger(tab.id, { status: 'loading' }, tab);
    await fakeBrowser.tabs.onUpdated.trigger(closed.id, { status: 'loading' }, closed);
    await fakeBrowser.tabs.onUpdated.trigger(tab.id, { status: 'complete' }, tab);
    await fakeBrowser.tabs.onRemoved.trigger(closed.id, { windowId: 0, isWindowClosing: false });
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_MS * 2);
    expect(files()).toEqual([[{ tabId: tab.id, frameIds: [0] }, [BOOTSTRAP_SCRIPT]]]);
  });

  it('a page that refuses injection is left alone, nothing thrown', async () => {
    Object.assign(fakeBrowser, {
      scripting: { executeScript: () => Promise.reject(new Error('Cannot access contents')) },
    });
    const tab = await openTab(URL_);
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      await fakeBrowser.tabs.onUpdated.trigger(tab.id, { status: 'complete' }, tab);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });
});

describe('at install or update', () => {
  it('goes into every loaded http(s) tab, each after a probe', async () => {
    const shop = await openTab(URL_);
    const other = await openTab('https://lain.test/daftar');
    const query = vi.fn(() =>
      Promise.resolve([shop, other, { ...other, id: 99, url: 'chrome://newtab/' }]),
    );
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(query as never);
    injected = [];
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(files()).toHaveLength(2));
    expect(query).toHaveBeenCalledWith({ url: ['http://*/*', 'https://*/*'] });
    expect(files()).toEqual([
      [{ tabId: shop.id, frameIds: [0] }, [BOOTSTRAP_SCRIPT]],
      [{ tabId: other.id, frameIds: [0] }, [BOOTSTRAP_SCRIPT]],
    ]);
    expect(injected.filter((i) => i.func)).toHaveLength(2);
  });
});

describe('at install, a tab still loading', () => {
  it('gets the bootstrap when its load completes, or after LOAD_WAIT_MS', async () => {
    vi.useFakeTimers();
    const completes = await openTab(URL_);
    const hangs = await openTab('https://lambat.test/checkout');
    const loading = (tab: typeof completes) => ({ ...tab, status: 'loading' });
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((() =>
      Promise.resolve([loading(completes), loading(hangs)])) as never);
    injected = [];
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.advanceTimersByTimeAsync(10);
    expect(injected).toEqual([]);
    await fakeBrowser.tabs.onUpdated.trigger(completes.id, { status: 'complete' }, completes);
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_MS);
    await vi.waitFor(() => expect(files()).toHaveLength(2));
    expect(files().map(([target]) => (target as { tabId: number }).tabId)).toEqual([
      completes.id,
      hangs.id,
    ]);
  });
});

describe('hasLiveBootstrap (runs in the page’s isolated world)', () => {
  const slot = globalThis as unknown as Record<symbol, unknown>;
  afterEach(() => {
    slot[BRIDGE_KEY] = undefined;
  });

  it('finds a bootstrap whose context is valid, under bridge.ts’s key', () => {
    expect(hasLiveBootstrap()).toBe(false);
    slot[BRIDGE_KEY] = { ctx: { isValid: true } };
    expect(hasLiveBootstrap()).toBe(true);
  });

  it('does not count an orphaned one (the extension was reloaded) or junk', () => {
    slot[BRIDGE_KEY] = { ctx: { isValid: false } };
    expect(hasLiveBootstrap()).toBe(false);
    slot[BRIDGE_KEY] = 'not a host';
    expect(hasLiveBootstrap()).toBe(false);
  });
});
