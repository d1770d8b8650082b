import { browser } from 'wxt/browser';
import type { ContentToBackground } from '../../../utils/protocol';

// page.formFound: inject the analysis half of the content script into the frame that
// asked (consent.content/bridge.ts). scripting.executeScript with a packaged file needs
// no web_accessible_resources (which pages could probe to fingerprint the extension)
// and is not subject to the page's CSP, unlike a dynamic import(). Only top frames
// reach here (sender.ts). A second injection into the same frame is harmless: the
// script attaches to its bootstrap only once.

/** The built file of entrypoints/content-analysis/ (an unlisted script). */
export const ANALYSIS_SCRIPT = '/content-analysis.js';

type Msg = Extract<ContentToBackground, { type: 'page.formFound' }>;

export async function onPageFormFound(tabId: number, _msg: Msg, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: [ANALYSIS_SCRIPT],
  });
}

/** The built every-page content script (entrypoints/consent.content/, registration: runtime). */
export const BOOTSTRAP_SCRIPT = '/content-scripts/consent.js';

/**
 * Runs in the tab's isolated world: is a live bootstrap already there? Self-contained
 * (executeScript serialises it): the key is bridge.ts's BRIDGE_KEY.
 */
export function hasLiveBootstrap(): boolean {
  const host = (globalThis as unknown as Record<symbol, unknown>)[
    Symbol.for('tegas.consent.host')
  ] as { ctx?: { isValid?: unknown } } | undefined;
  return host?.ctx?.isValid === true;
}

/**
 * Put the bootstrap into a tab's top frame unless a live one is there. Tegas injects it
 * after the page has loaded (navigation.ts) instead of declaring it in the manifest, so a
 * page pays nothing for it before its load event; the permission observer, which must run
 * at document_start, is the one declared content script. Also used when the user asks for
 * an analysis in a tab opened before Tegas was installed or reloaded (that page has no
 * permission observer until it is reloaded). False when the page refuses injection (a
 * browser page, the web store) or the tab is gone.
 */
export async function injectBootstrap(tabId: number): Promise<boolean> {
  const target = { tabId, frameIds: [0] };
  try {
    const [probe] = await browser.scripting.executeScript({ target, func: hasLiveBootstrap });
    if (probe?.result === true) return true;
    await browser.scripting.executeScript({ target, files: [BOOTSTRAP_SCRIPT] });
    return true;
  } catch {
    return false;
  }
}
