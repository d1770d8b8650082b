import { browser, type Browser } from 'wxt/browser';
import { clearTabRecord, getTabRecord, isOtherPage } from '../../utils/tab-state';
import { injectBootstrap } from './handlers/inject';
import { rememberClearedRecord } from './handlers/submit';
import { clearLedgerError } from './ledger';
import { clearTabPolicy } from './policy/tab-policy';
import { forgetTabBadge } from './refresh';
import { forgetTabLimits } from './router';
import { isWebUrl } from './sender';
import { withTab } from './tab-queue';

// A tab's result belongs to one page: it goes when the tab loads another page
// or closes. Without the "tabs" permission, onUpdated reports `status` but not
// always `url`: a load ('loading') clears; a URL change (same-document, SPA) to
// another page (fragment ignored) clears when the URL is visible. The content
// script reports the new page either way.

export async function clearTab(tabId: number): Promise<void> {
  forgetTabLimits(tabId);
  await withTab(tabId, async () => {
    // A form submit navigates: its page.submitted may arrive after this.
    rememberClearedRecord(await getTabRecord(tabId));
    await clearTabRecord(tabId);
  });
  await clearTabPolicy(tabId);
  await forgetTabBadge(tabId);
}

/** A page whose load event never comes (a hanging image, a long poll) gets the bootstrap after this. */
export const LOAD_WAIT_MS = 3000;

const loadTimers = new Map<number, ReturnType<typeof setTimeout>>();

/**
 * The every-page bootstrap goes in once the tab's page has loaded ('complete'), so it adds
 * nothing to the page's load time (test/bench/page-load.ts); a page still loading after
 * LOAD_WAIT_MS gets it then. `url` is known for http(s) tabs (host permissions); other tabs
 * are left alone. Injecting into a page that has a live bootstrap does nothing.
 */
function bootstrapOnLoad(tabId: number, change: Browser.tabs.OnUpdatedInfo, url?: string): void {
  if (change.status !== 'loading' && change.status !== 'complete') return;
  clearTimeout(loadTimers.get(tabId));
  loadTimers.delete(tabId);
  if (change.status === 'complete') {
    if (isWebUrl(url)) void injectBootstrap(tabId);
    return;
  }
  loadTimers.set(
    tabId,
    setTimeout(() => {
      loadTimers.delete(tabId);
      void browser.tabs
        .get(tabId)
        .then((tab) => (isWebUrl(tab.url) ? injectBootstrap(tabId) : false))
        .catch(() => false);
    }, LOAD_WAIT_MS),
  );
}

/**
 * At install or update: the bootstrap into every http(s) tab, now if its page has loaded,
 * else as for a page that is loading (on 'complete', or after LOAD_WAIT_MS). Pages open
 * before Tegas was installed get their analysis without a reload (their permission
 * observer still waits for one), and a page whose 'complete' came before this service
 * worker's first run had registered the listener is not missed.
 */
export async function bootstrapOpenTabs(): Promise<number> {
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  let injected = 0;
  for (const tab of tabs) {
    if (tab.id === undefined || !isWebUrl(tab.url)) continue;
    if (tab.status === 'loading') bootstrapOnLoad(tab.id, { status: 'loading' }, tab.url);
    else if (await injectBootstrap(tab.id)) injected++;
  }
  return injected;
}

export async function onTabUpdated(
  tabId: number,
  change: Browser.tabs.OnUpdatedInfo,
  tab?: Browser.tabs.Tab,
): Promise<void> {
  bootstrapOnLoad(tabId, change, tab?.url);
  if (change.url !== undefined) {
    const record = await getTabRecord(tabId);
    if (record !== null && isOtherPage(record, change.url)) await clearTab(tabId);
    return;
  }
  if (change.status === 'loading') await clearTab(tabId);
}

export async function onTabRemoved(tabId: number): Promise<void> {
  clearTimeout(loadTimers.get(tabId));
  loadTimers.delete(tabId);
  forgetTabLimits(tabId);
  await withTab(tabId, async () => {
    rememberClearedRecord(await getTabRecord(tabId));
    await clearTabRecord(tabId);
  });
  await clearTabPolicy(tabId);
  await clearLedgerError(tabId);
}
