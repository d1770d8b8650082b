import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, openShopWithPopup, tabView, type FirefoxSession } from './harness/firefox';
import { waitFor } from './harness/wait';
import { startShopServer, type ShopServer } from './shops/server';

// The core flow in Firefox ESR: the extension installs, analyses shop (a), and
// its background holds the findings the popup shows. Firefox's promise-based
// API is `browser` (its `chrome` takes callbacks).

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

describe('Firefox ESR core flow', () => {
  it('analyses the Indonesian checkout and shows its findings in the popup', async () => {
    const { extPage, tabId } = await openShopWithPopup(session, server.url('checkout'));
    expect(tabId).toBeGreaterThanOrEqual(0);

    const view = await waitFor(
      () => tabView(extPage, tabId),
      (v) => v.status === 'analysed' && v.report !== null,
      { what: 'shop a analysed in Firefox' },
    );
    const ids = view.report?.findings.map((f) => f.ruleId) ?? [];
    expect(ids).toContain('consent.prechecked');
    expect(ids).toContain('tracking.session_replay');
    expect(view.report?.score?.grade).toMatch(/^[A-E]$/);
    // The replay stub came from the fixture server (every host name resolves there).
    expect(server.trackerHits.length).toBeGreaterThan(0);

    const badge = await extPage.evaluate(
      (id) => (browser.action ?? browser.browserAction).getBadgeText({ tabId: id }),
      tabId,
    );
    expect(badge).toBe(view.report?.score?.grade);

    // The popup, opened in a background tab beside the shop's (so its active-tab
    // query finds the shop, as from the toolbar), lists the same findings.
    const popupUrl = session.extensionUrl(`popup.html?tab=${tabId}`);
    // Its target's URL may never update (extension navigations do not report
    // over BiDi): take the first new page target.
    const known = new Set(session.browser.targets());
    const popupTarget = session.browser.waitForTarget((t) => t.type() === 'page' && !known.has(t), {
      timeout: 10_000,
    });
    await extPage.evaluate(
      async ([id, url]) => {
        const tab = await browser.tabs.update(id, { active: true });
        await browser.tabs.create({ url, active: false, windowId: tab?.windowId });
      },
      [tabId, popupUrl] as const,
    );
    const popup = await (await popupTarget).page();
    if (popup === null) throw new Error('no page for the popup tab');
    await popup.waitForSelector('[data-testid="finding"]', { timeout: 15_000 });
    const shown = await popup.$$eval('[data-testid="finding"]', (els) =>
      els.map((el) => el.getAttribute('data-rule-id')),
    );
    expect(shown).toContain('consent.prechecked');
  });
});
