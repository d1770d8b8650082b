import type { Page, Worker } from 'playwright-core';
import { UiResponseSchema, type TabView } from '../../../utils/protocol';
import type { ChromiumSession } from '../harness/chromium';
import '../harness/globals';

// The extension as a test sees it from outside: its service worker (badge,
// tabs) and an extension page that talks to the background the way the popup
// does (runtime messages are only accepted from extension pages).

export interface Badge {
  text: string;
  /** [r, g, b, a] */
  color: number[];
}

export class ChromeExtension {
  readonly id: string;
  private readonly worker: Worker;
  private bridge: Page | null = null;

  constructor(private readonly session: ChromiumSession) {
    if (session.worker === null || session.extensionId === null) {
      throw new Error('session launched without the extension');
    }
    this.id = session.extensionId;
    this.worker = session.worker;
  }

  pageUrl(path: string): string {
    return `chrome-extension://${this.id}/${path}`;
  }

  /** The browser's id for the tab showing `page`: bring it to the front, ask for the active tab. */
  async tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    const url = page.url();
    const id = await this.worker.evaluate(async (pageUrl) => {
      const tabs = await chrome.tabs.query({});
      const byUrl = tabs.find((t) => t.url === pageUrl);
      if (byUrl?.id !== undefined) return byUrl.id;
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return active?.id ?? -1;
    }, url);
    if (id < 0) throw new Error(`no tab for ${url}`);
    return id;
  }

  async badge(tabId: number): Promise<Badge> {
    return this.worker.evaluate(async (id) => {
      const text = await chrome.action.getBadgeText({ tabId: id });
      const color = await chrome.action.getBadgeBackgroundColor({ tabId: id });
      return { text, color: [...color] };
    }, tabId);
  }

  /** `tab.get` as the popup sends it; throws when the background answers an error. */
  async tabView(tabId: number): Promise<TabView> {
    const bridge = await this.bridgePage();
    const raw: unknown = await bridge.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'tab.get', tabId: id }),
      tabId,
    );
    const parsed = UiResponseSchema.parse(raw);
    if (!parsed.ok) throw new Error(`tab.get failed: ${parsed.error}`);
    return parsed.view;
  }

  /** `tab.highlight` as the popup's toggle sends it. */
  async setHighlight(tabId: number, on: boolean): Promise<TabView> {
    const bridge = await this.bridgePage();
    const raw: unknown = await bridge.evaluate(
      ([id, value]) => chrome.runtime.sendMessage({ type: 'tab.highlight', tabId: id, on: value }),
      [tabId, on] as const,
    );
    const parsed = UiResponseSchema.parse(raw);
    if (!parsed.ok) throw new Error(`tab.highlight failed: ${parsed.error}`);
    return parsed.view;
  }

  /** A value in the extension's local storage (settings live under "settings"). */
  async storageGet(key: string): Promise<unknown> {
    return this.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
  }

  /**
   * Open an extension page in a background tab next to `tabId`, which is made the
   * active tab of its window: a popup opened this way sees the shop's tab as the
   * active one, exactly as the toolbar popup does.
   */
  async openPageOver(tabId: number, path: string): Promise<Page> {
    const url = this.pageUrl(path);
    const opened = this.session.context.waitForEvent('page', {
      predicate: (p) => p.url() === url || p.url() === 'about:blank' || p.url() === '',
      timeout: 10_000,
    });
    await this.worker.evaluate(
      async ([id, pageUrl]) => {
        const tab = await chrome.tabs.update(id, { active: true });
        await chrome.tabs.create({
          url: pageUrl,
          active: false,
          ...(tab?.windowId === undefined ? {} : { windowId: tab.windowId }),
          ...(tab?.index === undefined ? {} : { index: tab.index + 1 }),
        });
      },
      [tabId, url] as const,
    );
    const page = await opened;
    if (page.url() !== url) await page.waitForURL(url, { timeout: 10_000 });
    return page;
  }

  private async bridgePage(): Promise<Page> {
    if (this.bridge === null || this.bridge.isClosed()) {
      // A background tab on the options page: the background answers by tabId,
      // so which tab is active does not matter, and the shop's tab stays active.
      const opened = this.session.context.waitForEvent('page', { timeout: 10_000 });
      const url = this.pageUrl('options.html');
      await this.worker.evaluate((u) => chrome.tabs.create({ url: u, active: false }), url);
      const page = await opened;
      if (page.url() !== url) await page.waitForURL(url, { timeout: 10_000 });
      this.bridge = page;
    }
    return this.bridge;
  }
}
