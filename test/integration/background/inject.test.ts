import './fake-env';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ROOT } from '../../e2e/harness/paths';
import { ANALYSIS_SCRIPT } from '../../../entrypoints/background/handlers/inject';
import { boot, contentSender, getView, openTab, popupSender, send, type Booted } from './helpers';

// page.formFound: the bootstrap content script asks for the analysis half, and the
// background injects content-analysis.js into that tab's top frame — for a
// sender-checked, same-origin request only, and no faster than the per-tab bucket allows.

let bg: Booted;
let injected: unknown[];
beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  injected = [];
  // The fake browser has no scripting namespace: record what would be injected.
  Object.assign(fakeBrowser, {
    scripting: {
      executeScript: (injection: unknown) => {
        injected.push(injection);
        return Promise.resolve([]);
      },
    },
  });
  bg = await boot();
});

const URL_ = 'https://toko.test/checkout';
const formFound = (url = URL_) => ({ type: 'page.formFound', url });

describe('page.formFound', () => {
  it('injects the analysis script into the top frame of the sending tab', async () => {
    const tab = await openTab(URL_);
    await expect(send(formFound(), contentSender(tab))).resolves.toBeUndefined();
    expect(injected).toEqual([
      { target: { tabId: tab.id, frameIds: [0] }, files: [ANALYSIS_SCRIPT] },
    ]);
    expect(bg.counters.accepted).toBe(1);
    // It changes nothing the popup shows.
    expect((await getView(tab.id)).status).toBe('unknown');
  });

  it('names the unlisted analysis entrypoint (built, neither in the manifest nor web-accessible)', async () => {
    // WXT builds the unlisted script entrypoints/<name>/index.ts to /<name>.js.
    expect(ANALYSIS_SCRIPT).toBe('/content-analysis.js');
    expect(existsSync(join(ROOT, 'entrypoints', 'content-analysis', 'index.ts'))).toBe(true);
    const entry = await import('../../../entrypoints/content-analysis/index');
    expect(typeof entry.default.main).toBe('function');
  });

  it('is dropped from a subframe, an extension page, another extension or another origin', async () => {
    const tab = await openTab(URL_);
    await send(formFound(), { ...contentSender(tab), frameId: 2 });
    await send(formFound(), popupSender());
    await send(formFound(), { ...contentSender(tab), id: 'other-extension' });
    await send(formFound('https://other.test/checkout'), contentSender(tab));
    expect(injected).toEqual([]);
    expect(bg.counters.dropped.sender).toBe(3);
    expect(bg.counters.dropped.url_mismatch).toBe(1);
  });

  it('a flood from one page injects at most the bucket (4), then is throttled', async () => {
    const tab = await openTab(URL_);
    for (let i = 0; i < 10; i++) await send(formFound(), contentSender(tab));
    expect(injected).toHaveLength(4);
    expect(bg.counters.dropped.throttled).toBe(6);
  });

  it('an injection the browser refuses is counted, never thrown', async () => {
    Object.assign(fakeBrowser, {
      scripting: { executeScript: () => Promise.reject(new Error('Cannot access contents')) },
    });
    const tab = await openTab(URL_);
    await expect(send(formFound(), contentSender(tab))).resolves.toBeUndefined();
    expect(bg.counters.dropped.error).toBe(1);
  });
});
