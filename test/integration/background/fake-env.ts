import { fakeBrowser } from 'wxt/testing/fake-browser';

// Imported first by every background test: WXT's in-memory browser (the one
// the WxtVitest plugin installs) as the global `browser`/`chrome`, before
// `wxt/browser` and `wxt/utils/storage` read it. No vitest config change needed.
Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });

// Tests make no network requests: the background's policy fetch (handlers/policy.ts) gets a
// network error unless a test injects its own fetch (policy/service.ts setPolicyFetchOptions).
Object.assign(globalThis, {
  fetch: () => Promise.reject(new TypeError('no network in tests')),
});
