import type { Browser } from 'wxt/browser';
import { clearTabRecord, getTabRecord, isOtherPage } from '../../utils/tab-state';
import { rememberClearedRecord } from './handlers/submit';
import { clearLedgerError } from './ledger';
import { clearTabPolicy } from './policy/tab-policy';
import { forgetTabBadge } from './refresh';
import { forgetTabLimits } from './router';
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

export async function onTabUpdated(
  tabId: number,
  change: Browser.tabs.OnUpdatedInfo,
): Promise<void> {
  if (change.url !== undefined) {
    const record = await getTabRecord(tabId);
    if (record !== null && isOtherPage(record, change.url)) await clearTab(tabId);
    return;
  }
  if (change.status === 'loading') await clearTab(tabId);
}

export async function onTabRemoved(tabId: number): Promise<void> {
  forgetTabLimits(tabId);
  await withTab(tabId, async () => {
    rememberClearedRecord(await getTabRecord(tabId));
    await clearTabRecord(tabId);
  });
  await clearTabPolicy(tabId);
  await clearLedgerError(tabId);
}
