import { browser, type Browser } from 'wxt/browser';

// Who sent a message. Content scripts run in web pages the site controls, so
// they may send only the content allow-list; extension pages (popup, options,
// report) only the UI list. Anything else (another extension, a web page via
// externally_connectable, an extension frame inside a web page) is dropped.

export type SenderKind =
  { kind: 'content'; tabId: number; url: string } | { kind: 'extension' } | { kind: 'other' };

const WEB_URL = /^https?:\/\//i;

/** An http(s) page's URL: where content scripts run and speak for a tab. */
export function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && WEB_URL.test(url);
}

export function classifySender(sender: Browser.runtime.MessageSender): SenderKind {
  if (sender.id !== browser.runtime.id) return { kind: 'other' };
  const base = browser.runtime.getURL('/');
  const url = sender.url ?? '';
  const tab = sender.tab;
  if (url.startsWith(base)) {
    // The popup has no tab; an extension page open in a tab is that tab's top
    // frame. An extension frame inside a web page is not trusted with UI messages.
    if (tab === undefined || (sender.frameId ?? 0) === 0) return { kind: 'extension' };
    return { kind: 'other' };
  }
  // Only the top frame speaks for the page: a third-party iframe does not replace its result.
  if (tab?.id !== undefined && tab.id >= 0 && isWebUrl(url) && (sender.frameId ?? 0) === 0) {
    return { kind: 'content', tabId: tab.id, url };
  }
  return { kind: 'other' };
}
