import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, seriousOrWorse } from './harness/axe';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { sleep, waitFor } from './harness/wait';
import { ChromeExtension } from './pages/chrome-extension';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { ShopPage } from './pages/shop-page';
import { startShopServer, type ShopServer } from './shops/server';

// Settings and accessibility: the options page, an ignored site, and an axe-core
// smoke test of the popup and the options page (no serious/critical violations).

let server: ShopServer;
let session: ChromiumSession;
let ext: ChromeExtension;

beforeAll(async () => {
  server = await startShopServer();
  session = await launchChromium();
  ext = new ChromeExtension(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('accessibility (axe-core)', () => {
  it('popup over an analysed checkout has no serious or critical violations', async () => {
    const page = await session.context.newPage();
    await ShopPage.open(page, server, 'checkout');
    const tabId = await ext.tabIdOf(page);
    await waitFor(
      () => ext.tabView(tabId),
      (v) => v.status === 'analysed',
      { what: 'shop a analysed' },
    );
    const popup = await PopupPage.openOver(ext, tabId);
    try {
      await popup.grade.waitFor({ timeout: 10_000 });
      expect(seriousOrWorse(await axeViolations(popup.page))).toEqual([]);
    } finally {
      await popup.page.close();
      await page.close();
    }
  });

  it('popup empty state (article page) has no serious or critical violations', async () => {
    const page = await session.context.newPage();
    await ShopPage.open(page, server, 'article');
    const tabId = await ext.tabIdOf(page);
    const popup = await PopupPage.openOver(ext, tabId);
    try {
      await popup.byTestId('empty-state').waitFor({ timeout: 10_000 });
      expect(seriousOrWorse(await axeViolations(popup.page))).toEqual([]);
    } finally {
      await popup.page.close();
      await page.close();
    }
  });

  it('options page has no serious or critical violations', async () => {
    const options = await OptionsPage.open(await session.context.newPage(), (p) => ext.pageUrl(p));
    try {
      expect(seriousOrWorse(await axeViolations(options.page))).toEqual([]);
    } finally {
      await options.page.close();
    }
  });
});

describe('ignored sites', () => {
  let shopTab: Page;
  let tabId: number;

  beforeAll(async () => {
    // First the site is analysed as usual…
    shopTab = await session.context.newPage();
    await ShopPage.open(shopTab, server, 'checkout');
    tabId = await ext.tabIdOf(shopTab);
    await waitFor(
      () => ext.badge(tabId),
      (b) => /^[A-E]$/.test(b.text),
      { what: 'badge before ignoring' },
    );

    // …then the user ignores it on the settings page.
    const options = await OptionsPage.open(await session.context.newPage(), (p) => ext.pageUrl(p));
    try {
      await options.setIgnoredSites(['127.0.0.1']);
      await waitFor(
        () => options.saveStatus.textContent(),
        (text) => (text ?? '').trim() !== '',
        { what: 'save status' },
      );
    } finally {
      await options.page.close();
    }
  });

  it('the setting is stored and clears the badge of the open tab', async () => {
    const stored = await ext.storageGet('settings');
    expect(stored).toMatchObject({ ignoredSites: ['127.0.0.1'] });
    await waitFor(
      () => ext.badge(tabId),
      (b) => b.text === '',
      { what: 'badge cleared after ignoring' },
    );
  });

  it('after a reload the site gets no badge and no analysis', async () => {
    await shopTab.reload({ waitUntil: 'load' });
    // Give a late analysis the chance to (wrongly) arrive and set the badge.
    await sleep(2_000);
    const view = await ext.tabView(tabId);
    expect(['skipped', 'unknown']).toContain(view.status);
    expect(view.report).toBeNull();
    expect((await ext.badge(tabId)).text).toBe('');
  });

  it('the popup says the site is ignored (status "skipped", not "nothing heard yet")', async () => {
    const popup = await PopupPage.openOver(ext, tabId);
    try {
      await popup.byTestId('empty-state').waitFor({ timeout: 10_000 });
      expect(await popup.emptyReason()).toBe('skipped');
    } finally {
      await popup.page.close();
    }
  });
});
