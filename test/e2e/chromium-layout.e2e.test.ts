import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabView } from '../../utils/protocol';
import { scanHtml } from '../support/fixtures';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { waitFor } from './harness/wait';
import { ChromeExtension } from './pages/chrome-extension';
import { startShopServer, type ShopServer } from './shops/server';

// Visibility by real layout: what only a browser knows. A field hidden by a
// stylesheet class and a honeypot moved off-screen by CSS are not fields in
// Chromium (linkedom cannot see stylesheets); a visually-hidden native
// checkbox styled through its label is; consent text in 6 px type is hidden.

const PAGE = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Checkout</title>
<style>
  .d-none { display: none }
  .hp { position: absolute; left: -9999px; top: -9999px }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap }
  .fine { font-size: 6px }
</style></head><body><main><h1>Checkout</h1>
<form action="/submit/layout" method="post">
  <label for="nama">Nama Lengkap</label><input id="nama" name="nama" autocomplete="name">
  <label for="email">Email</label><input id="email" name="email" type="email">
  <div class="d-none"><label for="alamat2">Alamat penagihan</label><input id="alamat2" name="alamat2"></div>
  <div class="hp"><label for="website">Website</label><input id="website" name="website"></div>
  <input type="checkbox" id="promo" name="promo" class="sr-only" checked>
  <label for="promo">Kirimi saya promo dan penawaran lewat email</label>
  <p class="fine"><input type="checkbox" id="mitra" name="mitra"> <label for="mitra">Saya setuju data saya dibagikan kepada mitra</label></p>
  <p><a href="/kebijakan-privasi">Kebijakan Privasi</a></p>
  <button type="submit">Buat Pesanan</button>
</form></main></body></html>`;

let server: ShopServer;
let session: ChromiumSession;
let ext: ChromeExtension;
let view: TabView;
let url: string;

beforeAll(async () => {
  server = await startShopServer();
  session = await launchChromium();
  ext = new ChromeExtension(session);
  url = `${server.origin}/layout/checkout`;
  const page = await session.context.newPage();
  await page.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }),
  );
  await page.goto(url);
  const tabId = await ext.tabIdOf(page);
  view = await waitFor(
    () => ext.tabView(tabId),
    (v) => v.status === 'analysed' && v.report !== null,
    { what: 'layout page analysed' },
  );
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('visibility by real layout in Chromium', () => {
  const names = () => (view.report?.fields ?? []).map((f) => f.name);

  it('leaves out a field hidden by a stylesheet class and a CSS off-screen honeypot', () => {
    expect(names()).toEqual(expect.arrayContaining(['nama', 'email']));
    expect(names()).not.toContain('alamat2');
    expect(names()).not.toContain('website');
  });

  it('is what Node cannot know: linkedom, without layout, counts both', () => {
    const node = scanHtml(PAGE, url).fields.map((f) => f.name);
    expect(node).toEqual(expect.arrayContaining(['alamat2', 'website']));
  });

  it('keeps a visually-hidden native checkbox styled through its label, with its default state', () => {
    const promo = view.report?.consents.find((c) => c.selector === '#promo');
    expect(promo).toMatchObject({ prechecked: true, purposes: ['marketing'] });
    expect(view.report?.findings.some((f) => f.ruleId === 'consent.prechecked')).toBe(true);
  });

  it('reports consent text in tiny type as hidden', () => {
    const hidden = view.report?.findings.find((f) => f.ruleId === 'consent.hidden');
    expect(hidden?.evidence.map((e) => e.selector)).toContain('#mitra');
  });
});
