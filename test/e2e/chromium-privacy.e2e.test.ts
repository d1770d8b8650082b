import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { waitFor } from './harness/wait';
import { ChromeExtension } from './pages/chrome-extension';
import { startShopServer, type ShopServer, type Submission } from './shops/server';
import './harness/globals';

// The privacy proof of the disclosure ledger: type distinctive values into a
// checkout, submit (the page navigates away at once), then read every
// IndexedDB database of the extension's origin and all of storage.local and
// storage.session. The categories are recorded; none of the values, in any
// spelling, is anywhere. The shop receives exactly what it receives without
// Tegas.

const SHOP_PATH = '/toko-f/checkout';
const SHOP_HTML = readFileSync(
  join(import.meta.dirname, 'shops', 'toko-f-checkout-lengkap.html'),
  'utf8',
);

const digits = (n: number) => Array.from({ length: n }, () => String(randomInt(10))).join('');
const probe = digits(8);
const PHONE_DIGITS = `0812${digits(8)}`;
const NIK = `3174${digits(12)}`;
const CARD_DIGITS = `4${digits(15)}`;

/** What the shopper types, per selector: unique to this run. */
const TYPED: Record<string, string> = {
  '#nama': `Probe Qwertyanto ${probe}`,
  '#email': `tegas-probe-${probe}@example.test`,
  '#hp': `${PHONE_DIGITS.slice(0, 4)}-${PHONE_DIGITS.slice(4, 8)}-${PHONE_DIGITS.slice(8)}`,
  '#nik': NIK,
  '#alamat': `Jl. Rahasia Uji No. ${probe}, Bandung`,
  '#kartu': CARD_DIGITS.replace(/(\d{4})(?=\d)/g, '$1 '),
  '#exp': '09/31',
};

/** Every spelling that must not be stored: the values, their digits, their telling parts. */
const NEEDLES = [
  ...Object.entries(TYPED)
    .filter(([selector]) => selector !== '#exp')
    .map(([, value]) => value),
  PHONE_DIGITS,
  PHONE_DIGITS.slice(1),
  `62${PHONE_DIGITS.slice(1)}`,
  NIK,
  CARD_DIGITS,
  `tegas-probe-${probe}`,
  'Qwertyanto',
  'Rahasia Uji',
  probe,
];

const SPA_TYPED: Record<string, string> = {
  '#c-nama': `Spa Qwertyanto ${probe}`,
  '#c-email': `tegas-spa-${probe}@example.test`,
  '#c-hp': `0857${digits(8)}`,
  '#c-alamat': `Jl. Spa Rahasia ${probe}`,
};

async function fillAndSubmit(page: Page, server: ShopServer): Promise<Submission> {
  const before = server.submissions.length;
  for (const [selector, value] of Object.entries(TYPED)) await page.locator(selector).fill(value);
  await page.locator('#setuju').check();
  await page.locator('#bayar').click();
  await page.locator('#thanks').waitFor();
  const submission = server.submissions[before];
  if (submission === undefined) throw new Error('the shop received nothing');
  return submission;
}

interface Dump {
  databases: { name: string; stores: Record<string, unknown[]> }[];
  local: Record<string, unknown>;
  session: Record<string, unknown>;
}

/** Everything the extension stores, read in its service worker (the extension's origin). */
async function dumpEverything(session: ChromiumSession): Promise<Dump> {
  const worker = session.worker;
  if (worker === null) throw new Error('no extension worker');
  return worker.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('request failed'));
      });
    const databases: { name: string; stores: Record<string, unknown[]> }[] = [];
    for (const info of await indexedDB.databases()) {
      const name = info.name ?? '';
      const db = await request(indexedDB.open(name));
      const stores: Record<string, unknown[]> = {};
      for (const store of Array.from(db.objectStoreNames)) {
        stores[store] = await request(
          db.transaction(store, 'readonly').objectStore(store).getAll(),
        );
      }
      db.close();
      databases.push({ name, stores });
    }
    return {
      databases,
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
    };
  });
}

interface LedgerRecord {
  seq: number;
  origin: string;
  pageUrl: string;
  categories: string[];
  consents: { text: string; checked: boolean; prechecked: boolean }[];
  hints?: { category: string; hint: string }[];
}

function ledgerRecords(dump: Dump): LedgerRecord[] {
  const ledger = dump.databases.find((d) => d.name === 'tegas-ledger');
  // Keyed by a random id: put them in chain order.
  return ((ledger?.stores['records'] ?? []) as LedgerRecord[]).sort((a, b) => a.seq - b.seq);
}

let server: ShopServer;
let baseline: Submission;

beforeAll(async () => {
  server = await startShopServer({ extraPages: { [SHOP_PATH]: SHOP_HTML } });
  const plain = await launchChromium({ extension: false });
  try {
    const page = await plain.context.newPage();
    await page.goto(server.origin + SHOP_PATH, { waitUntil: 'load' });
    baseline = await fillAndSubmit(page, server);
  } finally {
    await plain.close();
  }
});

afterAll(async () => {
  await server?.close();
});

describe('the disclosure ledger in Chromium', () => {
  let session: ChromiumSession;
  let ext: ChromeExtension;

  beforeAll(async () => {
    session = await launchChromium();
    ext = new ChromeExtension(session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('a form checkout: categories recorded, the form sent unchanged, the page navigating at once', async () => {
    const page = await session.context.newPage();
    await page.goto(server.origin + SHOP_PATH, { waitUntil: 'load' });
    const tabId = await ext.tabIdOf(page);
    await waitFor(
      () => ext.tabView(tabId),
      (v) => v.status === 'analysed',
      { what: 'the checkout analysed' },
    );
    const submission = await fillAndSubmit(page, server);
    expect(submission).toEqual(baseline);
    expect(submission.fields).toContainEqual(['nik', NIK]);

    const dump = await waitFor(
      () => dumpEverything(session),
      (d) => ledgerRecords(d).some((r) => r.pageUrl.endsWith(SHOP_PATH)),
      { what: 'a ledger record of the checkout' },
    );
    const record = ledgerRecords(dump).find((r) => r.pageUrl.endsWith(SHOP_PATH));
    expect(record?.origin).toBe(server.origin);
    expect(record?.categories).toEqual(
      expect.arrayContaining(['email', 'phone', 'national_id', 'payment_card', 'name', 'address']),
    );
    const promo = record?.consents.find((c) => c.text.startsWith('Ya, kirimi'));
    const terms = record?.consents.find((c) => c.text.startsWith('Saya setuju'));
    expect(promo).toMatchObject({ checked: true, prechecked: true });
    expect(terms).toMatchObject({ checked: true, prechecked: false });
    expect(record?.hints).toBeUndefined();
    await page.close();
  });

  it('a form-less SPA checkout: the click on its button is recorded', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('spa'), { waitUntil: 'load' });
    await page.locator('#c-bayar').waitFor({ timeout: 10_000 });
    const tabId = await ext.tabIdOf(page);
    await waitFor(
      () => ext.tabView(tabId),
      (v) => v.status === 'analysed' && (v.report?.fields.length ?? 0) > 0,
      { what: 'the SPA checkout analysed' },
    );
    for (const [selector, value] of Object.entries(SPA_TYPED)) {
      await page.locator(selector).fill(value);
    }
    await page.locator('#c-promo').uncheck();
    await page.locator('#c-bayar').click();
    await page.locator('#c-status', { hasText: 'Pesanan diterima' }).waitFor();
    const dump = await waitFor(
      () => dumpEverything(session),
      (d) => ledgerRecords(d).some((r) => r.pageUrl.endsWith('/toko-c/checkout')),
      { what: 'a ledger record of the SPA checkout' },
    );
    const record = ledgerRecords(dump).find((r) => r.pageUrl.endsWith('/toko-c/checkout'));
    expect(record?.categories).toEqual(expect.arrayContaining(['email', 'phone', 'name']));
    expect(record?.consents.find((c) => c.text.startsWith('Kirimi'))?.checked).toBe(false);
    await page.close();
  });

  it('no typed value is stored anywhere: every IndexedDB database, storage.local, storage.session', async () => {
    const dump = await dumpEverything(session);
    expect(dump.databases.map((d) => d.name)).toContain('tegas-ledger');
    expect(ledgerRecords(dump).length).toBeGreaterThanOrEqual(2);
    const everything = JSON.stringify(dump);
    const needles = [...NEEDLES, ...Object.values(SPA_TYPED), SPA_TYPED['#c-hp'] ?? ''];
    const found = needles.filter((n) => n !== '' && everything.includes(n));
    expect(found).toEqual([]);
    // Nor with its separators stripped or in another case.
    const flat = everything.toLowerCase().replace(/[\s.-]/g, '');
    expect(
      needles.filter((n) => n.length >= 8 && flat.includes(n.toLowerCase().replace(/[\s.-]/g, ''))),
    ).toEqual([]);
  });

  it('with masked hints opted in: only the masked email and phone, never the values', async () => {
    await session.worker?.evaluate((settings) => chrome.storage.local.set({ settings }), {
      ...DEFAULT_SETTINGS,
      storeHints: true,
    });
    const page = await session.context.newPage();
    await page.goto(`${server.origin}${SHOP_PATH}`, { waitUntil: 'load' });
    const tabId = await ext.tabIdOf(page);
    await waitFor(
      () => ext.tabView(tabId),
      (v) => v.status === 'analysed',
      { what: 'the checkout analysed' },
    );
    const before = ledgerRecords(await dumpEverything(session)).length;
    await fillAndSubmit(page, server);
    const dump = await waitFor(
      () => dumpEverything(session),
      (d) => ledgerRecords(d).length > before,
      { what: 'a record with hints' },
    );
    const record = ledgerRecords(dump).at(-1);
    expect(record?.hints).toEqual([
      { category: 'email', hint: 't***@example.test' },
      { category: 'phone', hint: `0812****${PHONE_DIGITS.slice(-4)}` },
    ]);
    const everything = JSON.stringify(dump);
    expect(NEEDLES.filter((n) => everything.includes(n))).toEqual([]);
    await page.close();
  });
});
