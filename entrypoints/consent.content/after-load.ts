// When the every-page content script starts its work: after the page's load event.

/** A page whose load event never comes (a hanging image, a long poll) is checked after this. */
export const LOAD_WAIT_MS = 3000;

/**
 * Run `start` once the page has loaded. Chrome may run document_idle scripts before the load
 * event, so starting at once (the first extension API call, settings, the cheap check) added
 * to the page's load time (test/bench/page-load.ts). Plain timers and listeners here: the
 * context's wrappers call an extension API themselves.
 */
export function afterPageLoad(
  start: () => void,
  doc: Document = document,
  win: Window = window,
): void {
  let started = false;
  const go = (): void => {
    if (started) return;
    started = true;
    start();
  };
  if (doc.readyState === 'complete') {
    setTimeout(go, 0);
    return;
  }
  win.addEventListener('load', () => setTimeout(go, 0), { once: true });
  setTimeout(go, LOAD_WAIT_MS);
}
