import { browser } from 'wxt/browser';
import type { BackgroundToContent } from '../../utils/protocol';
import type { Settings } from '../../utils/settings';
import { getSettings } from '../../utils/settings-store';
import { clearBadge } from '../../utils/badge';
import { allTabRecords, getTabRecord } from '../../utils/tab-state';
import { analyseRecord, applyBadge, highlightItems, resolveUiLang } from './view';

// After a tab's record changed: analyse it once, set the badge, and, when the
// user has "show on page" on, send the new outlines. Also tells anyone waiting
// for a fresh result of that tab (tab.analyse).

const waiters = new Map<number, (() => void)[]>();

/** Resolves when the tab's next result arrives, or after `ms`. */
export function nextResult(tabId: number, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      const list = waiters.get(tabId)?.filter((w) => w !== done) ?? [];
      if (list.length === 0) waiters.delete(tabId);
      else waiters.set(tabId, list);
      resolve();
    }
    waiters.set(tabId, [...(waiters.get(tabId) ?? []), done]);
  });
}

function notify(tabId: number): void {
  for (const w of waiters.get(tabId) ?? []) w();
}

/** Send a message to the tab's top-frame content script; false when none answers. */
export async function sendToContent(tabId: number, message: BackgroundToContent): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return true;
  } catch {
    return false;
  }
}

export async function refreshTab(tabId: number, settingsIn?: Settings): Promise<void> {
  const settings = settingsIn ?? (await getSettings());
  const record = await getTabRecord(tabId);
  const lang = resolveUiLang(settings);
  const analysis = analyseRecord(record, settings, lang);
  await applyBadge(tabId, analysis, lang);
  if (record?.highlighted === true && analysis.status === 'analysed' && analysis.report !== null) {
    await sendToContent(tabId, {
      type: 'content.highlight',
      on: true,
      items: highlightItems(analysis.report),
    });
  }
  notify(tabId);
}

/** Settings changed (rulebook, language, kinds, ignored sites): every badge may change. */
export async function refreshAllTabs(settings: Settings): Promise<void> {
  for (const record of await allTabRecords()) await refreshTab(record.tabId, settings);
}

export async function forgetTabBadge(tabId: number): Promise<void> {
  await clearBadge(tabId);
  notify(tabId);
}
