import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UiResponseSchema, type TabView } from '../../utils/protocol';
import { launchFirefox, openExtensionPage, type FirefoxSession } from './harness/firefox';
import { waitFor } from './harness/wait';
import { POLICY_PATH, startShopServer, type ShopServer } from './shops/server';

// Firefox (MV2 background page): the checkout's privacy policy is fetched and
// analysed the same way as in Chromium, and a bad link (a PDF) is a clear state.

let server: ShopServer;
let session: FirefoxSession;

beforeAll(async () => {
  server = await startShopServer();
  session = await launchFirefox();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function tabView(extPage: Page, tabId: number): Promise<TabView> {
  const raw: unknown = await extPage.evaluate(
    (id) => browser.runtime.sendMessage({ type: 'tab.get', tabId: id }),
    tabId,
  );
  const parsed = UiResponseSchema.parse(raw);
  if (!parsed.ok) throw new Error(`tab.get failed: ${parsed.error}`);
  return parsed.view;
}

describe('Firefox ESR: the linked privacy policy', () => {
  it('reads the checkout’s policy, and explains a PDF link', async () => {
    const [shopPage = await session.browser.newPage()] = await session.browser.pages();
    await shopPage.goto(server.url('checkout'), { waitUntil: 'load' });
    const extPage = await session.browser.newPage();
    await openExtensionPage(extPage, session.extensionUrl('popup.html'), 'body');
    const tabId = await extPage.evaluate(async () => {
      const self = await browser.tabs.getCurrent();
      const tabs = await browser.tabs.query({});
      return tabs.find((t) => t.id !== self?.id)?.id ?? -1;
    });
    expect(tabId).toBeGreaterThanOrEqual(0);
    const settled = (v: TabView) => v.policy !== undefined && v.policy.state !== 'loading';

    const view = await waitFor(() => tabView(extPage, tabId), settled, {
      what: 'policy read in Firefox',
      timeout: 30_000,
    });
    expect(view.policy).toMatchObject({ url: server.origin + POLICY_PATH, state: 'ok' });
    expect(view.policy?.report?.elements.rights.present).toBe(true);
    expect(view.policy?.report?.elements.transfer_abroad.present).toBe(false);

    await shopPage.goto(server.policyCaseUrl('pdf'), { waitUntil: 'load' });
    const pdf = await waitFor(
      () => tabView(extPage, tabId),
      (v) => v.url.includes('/uji-kebijakan/pdf/') && settled(v),
      { what: 'PDF policy link in Firefox', timeout: 30_000 },
    );
    expect(pdf.policy).toMatchObject({ state: 'error', reason: 'unsupported_type' });
  });
});
