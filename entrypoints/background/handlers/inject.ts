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

/** The built every-page content script (entrypoints/consent.content/). */
export const BOOTSTRAP_SCRIPT = '/content-scripts/consent.js';

/**
 * A tab opened before Tegas was installed or reloaded has no content script. When the user
 * asks for an analysis there, inject the bootstrap (top frame only); the permission observer,
 * which must run at document_start, stays absent on that page until it is reloaded.
 * False when the page refuses injection (a browser page, the web store).
 */
export async function injectBootstrap(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: [BOOTSTRAP_SCRIPT],
    });
    return true;
  } catch {
    return false;
  }
}
