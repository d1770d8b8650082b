import type { browser as wxtBrowser } from 'wxt/browser';

// Code passed to page.evaluate / worker.evaluate runs inside the browser, where
// Chromium exposes the extension API as `chrome` (Firefox also as `browser`).
declare global {
  const chrome: typeof wxtBrowser;
}

export {};
