import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { waitFor } from './harness/wait';
import { ChromeExtension } from './pages/chrome-extension';
import { ShopPage } from './pages/shop-page';
import { startShopServer, type ShopName, type ShopServer, type Submission } from './shops/server';

// "Observe only": each shop's form sends exactly the same data with the
// extension loaded (and its highlights drawn) as without it.

const FORM_SHOPS: readonly ShopName[] = ['checkout', 'signup', 'spa'];

let server: ShopServer;
const baseline = new Map<ShopName, Submission>();

beforeAll(async () => {
  server = await startShopServer();
  // The reference: the same browser without the extension.
  const plain = await launchChromium({ extension: false });
  try {
    for (const name of FORM_SHOPS) {
      const page = await plain.context.newPage();
      const shop = await ShopPage.open(page, server, name);
      baseline.set(name, await shop.fillAndSubmit());
      await page.close();
    }
  } finally {
    await plain.close();
  }
});

afterAll(async () => {
  await server?.close();
});

describe('with the extension loaded', () => {
  let session: ChromiumSession;
  let ext: ChromeExtension;

  beforeAll(async () => {
    session = await launchChromium();
    ext = new ChromeExtension(session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the baseline run submitted every shop form', () => {
    expect([...baseline.keys()]).toEqual(FORM_SHOPS);
    const checkout = baseline.get('checkout')?.fields ?? [];
    // The pre-ticked marketing box is sent as the shop set it up.
    expect(checkout).toContainEqual(['promo', 'ya']);
    expect(checkout).toContainEqual(['email', 'siti@example.test']);
  });

  for (const name of FORM_SHOPS) {
    it(`${name}: the form submits the same data as without the extension`, async () => {
      const page = await session.context.newPage();
      try {
        const shop = await ShopPage.open(page, server, name);
        const tabId = await ext.tabIdOf(page);
        // Only meaningful once Tegas has looked at the page.
        await waitFor(
          () => ext.tabView(tabId),
          (v) => v.status === 'analysed',
          { what: `${name} analysed before submitting` },
        );
        if (name === 'checkout') {
          await ext.setHighlight(tabId, true);
          await waitFor(
            () => shop.highlightBoxes(),
            (b) => b.length > 0,
            { what: 'highlights drawn before submitting' },
          );
        }
        const submission = await shop.fillAndSubmit();
        expect(submission).toEqual(baseline.get(name));
      } finally {
        await page.close();
      }
    });
  }
});
