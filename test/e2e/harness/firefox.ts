import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { assertBuilt, FIREFOX_EXT_DIR, FIREFOX_PATH, GECKO_ID } from './paths';
import { UiResponseSchema, type TabView } from '../../../utils/protocol';

// firefox-esr driven by puppeteer-core over WebDriver BiDi, with the built MV2
// extension installed (TOOLING.md). The extension's UUID is fixed by a pref, so
// its pages are at moz-extension://FIREFOX_EXT_UUID/…; puppeteer gives each
// launch a fresh temp profile and removes it on close.

export const FIREFOX_EXT_UUID = '6f3c1a52-7b9e-4d0a-9c1e-3a4b5c6d7e8f';

export interface FirefoxSession {
  readonly browser: Browser;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  assertBuilt(FIREFOX_EXT_DIR, 'npx wxt build -b firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXT_UUID }),
      // Never live sites: every host name resolves to the fixture server's address
      // (the session-replay vendor's script host included).
      'network.dns.forceResolve': '127.0.0.1',
      'network.dns.disableIPv6': true,
      'geo.enabled': true,
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXT_DIR);
  } catch (err) {
    await browser.close();
    throw err;
  }
  return {
    browser,
    extensionUrl: (path) => `moz-extension://${FIREFOX_EXT_UUID}/${path}`,
    close: () => browser.close(),
  };
}

/**
 * Open an extension page. Its navigation never reports completion over BiDi, so
 * the goto is started, not awaited, and the page is ready when `selector` shows.
 */
export async function openExtensionPage(
  page: Page,
  url: string,
  selector: string,
  timeout = 15_000,
): Promise<void> {
  page.goto(url).catch(() => undefined);
  await page.waitForSelector(selector, { timeout });
}

/** tab.get from an extension page, as the popup asks. */
export async function tabView(extPage: Page, tabId: number): Promise<TabView> {
  const raw: unknown = await extPage.evaluate(
    (id) => browser.runtime.sendMessage({ type: 'tab.get', tabId: id }),
    tabId,
  );
  const parsed = UiResponseSchema.parse(raw);
  if (!parsed.ok) throw new Error(`tab.get failed: ${parsed.error}`);
  return parsed.view;
}

/**
 * The shop's tab: the one that is not this extension page (the API hides other tabs' URLs
 * without the tabs permission, not their ids). -1 when there is none.
 */
export async function otherTabId(extPage: Page): Promise<number> {
  return extPage.evaluate(async () => {
    const self = await browser.tabs.getCurrent();
    const tabs = await browser.tabs.query({});
    return tabs.find((t) => t.id !== self?.id)?.id ?? -1;
  });
}

/**
 * The shop at `url` in the first tab (`shopPage`), loaded, and the popup page in a second tab, which
 * talks to the background about the shop's tab (`tabId`, -1 when it was not found).
 */
export async function openShopWithPopup(
  session: FirefoxSession,
  url: string,
): Promise<{ shopPage: Page; extPage: Page; tabId: number }> {
  const [shopPage = await session.browser.newPage()] = await session.browser.pages();
  await shopPage.goto(url, { waitUntil: 'load' });
  const extPage = await session.browser.newPage();
  await openExtensionPage(extPage, session.extensionUrl('popup.html'), 'body');
  return { shopPage, extPage, tabId: await otherTabId(extPage) };
}
