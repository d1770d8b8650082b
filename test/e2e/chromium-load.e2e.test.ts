import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabView } from '../../utils/protocol';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { sleep, waitFor } from './harness/wait';
import { ChromeExtension } from './pages/chrome-extension';
import { SLOW_CHECKOUT_PATH, startShopServer, type ShopServer } from './shops/server';

// The every-page bootstrap is injected by the background after the page's load event, so
// it adds nothing to the page's load; a page whose load never ends gets it after 3 s.
// The checkout here is shop (a) with one image the server holds back.

let server: ShopServer;
let session: ChromiumSession;
let ext: ChromeExtension;

/**
 * An English signup whose marketing box is worded as a refusal that only the English NLP
 * (compromise, which the extension build loads on first use) reads as one: left unticked,
 * it consents by default.
 */
const EN_SIGNUP_PATH = '/en-shop/register';
const EN_SIGNUP = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Create account | Demo Shop</title></head>
<body><main><h1>Create your account</h1><form method="post" action="/submit/e">
<label>Email <input type="email" name="email" autocomplete="email" required></label>
<label>Password <input type="password" name="password" autocomplete="new-password" required></label>
<label><input type="checkbox" id="nooffers" name="nooffers"> I'd prefer you didn't email me offers</label>
<button>Create account</button></form></main></body></html>`;

beforeAll(async () => {
  server = await startShopServer({ extraPages: { [EN_SIGNUP_PATH]: EN_SIGNUP } });
  session = await launchChromium();
  ext = new ChromeExtension(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

type Sample = [readyState: string, bootstrap: boolean];

/**
 * From the service worker, in the tab's isolated world (where the bootstrap lives): the
 * document's readyState and whether the bootstrap's host is there. A string, so that no
 * bundler helper gets into the serialised function.
 */
function probe(tabId: number): Promise<Sample> {
  const { worker } = session;
  if (worker === null) throw new Error('session launched without the extension');
  return worker.evaluate(`chrome.scripting
    .executeScript({
      target: { tabId: ${tabId}, frameIds: [0] },
      func: () => [document.readyState, globalThis[Symbol.for('tegas.consent.host')] !== undefined],
    })
    .then((results) => results[0].result)`);
}

async function open(ms: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(`${server.origin}${SLOW_CHECKOUT_PATH}?ms=${ms}`, {
    waitUntil: 'domcontentloaded',
  });
  return { page, tabId: await ext.tabIdOf(page) };
}

const analysed = (v: TabView) => v.status === 'analysed' && v.report !== null;

describe('when the bootstrap arrives', () => {
  it('not before the load event: absent while the page loads, there once it has loaded', async () => {
    const { page, tabId } = await open('1500');
    const samples: Sample[] = [];
    const deadline = Date.now() + 15_000;
    for (;;) {
      const sample = await probe(tabId);
      samples.push(sample);
      if (sample[1] || Date.now() > deadline) break;
      await sleep(50);
    }
    // It was watched while the page was still loading, and it was never there then.
    expect(samples.some(([state]) => state !== 'complete')).toBe(true);
    expect(samples.filter(([state, there]) => there && state !== 'complete')).toEqual([]);
    expect(samples.at(-1)).toEqual(['complete', true]);
    const view = await waitFor(() => ext.tabView(tabId), analysed, {
      what: 'slow checkout analysed',
    });
    expect(view.report?.findings.map((f) => f.ruleId)).toContain('consent.prechecked');
    await page.close();
  });

  it('a page whose load never ends is analysed all the same, after the wait', async () => {
    const { page, tabId } = await open('never');
    const view = await waitFor(() => ext.tabView(tabId), analysed, {
      what: 'never-loading checkout analysed',
    });
    expect(view.report?.pageKind).toBe('checkout');
    expect((await ext.badge(tabId)).text).not.toBe('');
    // Still loading: the analysis did not wait for a load event that never came.
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    await page.close();
  });
});

describe('libraries the extension build loads on first use', () => {
  it('an English signup: the refusal-worded box, left unticked, is consent by default', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}${EN_SIGNUP_PATH}`);
    const tabId = await ext.tabIdOf(page);
    const view = await waitFor(() => ext.tabView(tabId), analysed, {
      what: 'English signup analysed',
    });
    const prechecked = view.report?.findings.find((f) => f.ruleId === 'consent.prechecked');
    expect(prechecked?.evidence.map((e) => e.selector)).toContain('#nooffers');
    await page.close();
  });
});
