import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabView } from '../../utils/protocol';
import { launchFirefox, openShopWithPopup, tabView, type FirefoxSession } from './harness/firefox';
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

describe('Firefox ESR: the linked privacy policy', () => {
  it('reads the checkout’s policy, and explains a PDF link', async () => {
    const { shopPage, extPage, tabId } = await openShopWithPopup(session, server.url('checkout'));
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
