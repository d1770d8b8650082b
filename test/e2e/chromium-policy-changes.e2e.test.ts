import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, seriousOrWorse } from './harness/axe';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { waitFor } from './harness/wait';
import { ChromeExtension } from './pages/chrome-extension';
import './harness/globals';

// Change tracking of a privacy policy in the loaded extension: a shop's
// checkout and its policy come from this test's own server. The shopper
// submits the checkout (a disclosure recorded under the policy's first
// version); the shop then rewrites one sentence of its policy; "Check now" in
// the dashboard's Policies view finds the new version, shows the added and
// removed sentences, and flags policy.changed against the earlier disclosure.

const OLD_SENTENCE = 'Kami tidak membagikan data Anda kepada pihak ketiga mana pun.';
const NEW_SENTENCE = 'Kami membagikan data Anda kepada mitra periklanan kami.';

const policyHtml = (sentence: string) => `<!doctype html><html lang="id"><head>
<meta charset="utf-8"><title>Kebijakan Privasi | Toko Polis</title></head><body>
<h1>Kebijakan Privasi</h1>
<p>Kami mengumpulkan nama, alamat email, dan nomor telepon Anda untuk memproses pesanan.</p>
<p>Data Anda disimpan selama 5 (lima) tahun sejak transaksi terakhir.</p>
<p>${sentence}</p>
<p>Anda berhak mengakses, memperbaiki, dan menghapus data Anda dengan menghubungi privasi@toko-polis.test.</p>
</body></html>`;

const CHECKOUT = `<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>Checkout | Toko Polis</title></head><body>
<h1>Checkout</h1>
<form id="checkout" action="/toko-polis/bayar" method="post">
  <label for="nama">Nama Lengkap</label><input id="nama" name="nama" autocomplete="name" required>
  <label for="email">Email</label><input id="email" name="email" type="email" autocomplete="email" required>
  <label for="hp">No. HP</label><input id="hp" name="hp" type="tel" autocomplete="tel" required>
  <label for="alamat">Alamat Lengkap</label><textarea id="alamat" name="alamat" required></textarea>
  <label><input type="checkbox" id="setuju" name="setuju" required> Saya setuju dengan
    <a href="/toko-polis/kebijakan-privasi">Kebijakan Privasi</a>.</label>
  <button type="submit" id="bayar">Buat Pesanan</button>
</form>
</body></html>`;

const THANKS = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Terima kasih</title></head>
<body><p id="thanks">Pesanan diterima.</p></body></html>`;

let currentPolicy = policyHtml(OLD_SENTENCE);
let policyFetches = 0;
let server: Server;
let base: string;
let session: ChromiumSession;
let ext: ChromeExtension;

function startServer(): Promise<Server> {
  const srv = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (status: number, body: string) => {
      res.writeHead(status, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(body);
    };
    if (path === '/toko-polis/checkout') return send(200, CHECKOUT);
    if (path === '/toko-polis/kebijakan-privasi') {
      policyFetches += 1;
      return send(200, currentPolicy);
    }
    if (path === '/toko-polis/bayar') {
      req.resume();
      req.on('end', () => send(200, THANKS));
      return undefined;
    }
    return send(404, 'not found');
  });
  return new Promise((resolve) => srv.listen(0, '127.0.0.1', () => resolve(srv)));
}

interface Rows {
  records: { policy?: { url: string; textHash?: string } }[];
  versions: { hash: string; previousId: string | null }[];
}

/** The ledger's records and policy versions, read in the service worker (the extension's origin). */
async function ledgerRows(): Promise<Rows> {
  const worker = session.worker;
  if (worker === null) throw new Error('no extension worker');
  return worker.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('request failed'));
      });
    const db = await request(indexedDB.open('tegas-ledger'));
    const all = (store: string) => request(db.transaction(store).objectStore(store).getAll());
    const rows = { records: await all('records'), versions: await all('policyVersions') };
    db.close();
    return rows as Rows;
  });
}

async function openDashboardPolicies(page: Page): Promise<void> {
  await page.goto(ext.pageUrl('dashboard.html'));
  await page.locator('[data-testid="view-policies"]').click();
}

beforeAll(async () => {
  server = await startServer();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  session = await launchChromium();
  ext = new ChromeExtension(session);
});

afterAll(async () => {
  await session?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('policy change tracking (Chromium)', () => {
  it('records a disclosure under the policy, then shows its change and flags the disclosure', async () => {
    const POLICY_URL = `${base}/toko-polis/kebijakan-privasi`;
    const shop = await session.context.newPage();
    await shop.goto(`${base}/toko-polis/checkout`, { waitUntil: 'load' });
    const tabId = await ext.tabIdOf(shop);
    // Analysed, and the linked policy read by the background (the "on visit" fetch).
    await waitFor(
      () => ext.tabView(tabId),
      (v) => v.status === 'analysed' && v.policy?.state === 'ok',
      { what: 'the checkout analysed with its policy read' },
    );

    await shop.locator('#nama').fill('Rina Uji');
    await shop.locator('#email').fill('rina@example.test');
    await shop.locator('#hp').fill('081299998888');
    await shop.locator('#alamat').fill('Jl. Uji No. 1');
    await shop.locator('#setuju').check();
    await shop.locator('#bayar').click();
    await shop.locator('#thanks').waitFor();

    const dash = await session.context.newPage();
    const row = dash.locator(`[data-testid="policy-row"][data-url="${POLICY_URL}"]`);
    // The record and the policy's first version are written after the page moved on.
    await waitFor(
      async () => {
        await openDashboardPolicies(dash);
        await row.waitFor({ timeout: 5_000 });
        return row.locator('[data-testid="policy-version-count"]').textContent();
      },
      (count) => count === '1',
      { what: 'the tracked policy with its first version' },
    );
    expect(await row.locator('[data-testid="policy-status"]').getAttribute('data-state')).toBe(
      'ok',
    );

    // The shop rewrites one sentence of its policy; the user asks Tegas to check now.
    currentPolicy = policyHtml(NEW_SENTENCE);
    const fetchesBefore = policyFetches;
    await dash.locator('[data-testid="policy-check-now"]').click();
    const summary = dash.locator('[data-testid="policy-check-summary"]');
    await summary.waitFor();
    expect(policyFetches).toBe(fetchesBefore + 1);
    await waitFor(
      () => row.locator('[data-testid="policy-version-count"]').textContent(),
      (count) => count === '2',
      { what: 'the second version in the list' },
    );

    // Keyboard: focus the toggle and press Enter.
    await row.locator('[data-testid="policy-toggle"]').focus();
    await dash.keyboard.press('Enter');
    const added = row.locator('[data-testid="policy-added"]');
    const removed = row.locator('[data-testid="policy-removed"]');
    await added.first().waitFor();
    expect(await added.allTextContents()).toEqual([`+ ${NEW_SENTENCE}`]);
    expect(await removed.allTextContents()).toEqual([`− ${OLD_SENTENCE}`]);

    const flag = row.locator('[data-testid="policy-changed-flag"]');
    expect(await flag.getAttribute('data-rule-id')).toBe('policy.changed');
    expect(await flag.locator('[data-testid="policy-changed-citation"]').textContent()).toContain(
      'Pasal 21(2)',
    );
    expect(await flag.locator('[data-testid="policy-affected-disclosure"]').count()).toBe(1);
    expect(seriousOrWorse(await axeViolations(dash))).toEqual([]);

    // The disclosure itself names the version it was made under (the first one's hash).
    const stored = await ledgerRows();
    expect(stored.records).toHaveLength(1);
    const firstHash = stored.versions.find((v) => v.previousId === null)?.hash;
    expect(firstHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.records[0]?.policy).toEqual({ url: POLICY_URL, textHash: firstHash });

    // The popup's view of the shop now says the policy changed since the disclosure.
    await shop.goto(`${base}/toko-polis/checkout`, { waitUntil: 'load' });
    const view = await waitFor(
      () => ext.tabView(tabId),
      (v) => v.policy?.changed !== undefined,
      { what: 'TabView.policy.changed' },
    );
    expect(view.policy?.changed).toMatchObject({ added: 1, removed: 1 });

    // So does the tab's report page, with the article of the report's rulebook.
    const report = await session.context.newPage();
    try {
      await report.goto(ext.pageUrl(`report.html?tab=${tabId}`));
      const notice = report.locator('[data-testid="report-policy-changed-notice"]');
      await notice.waitFor({ timeout: 15_000 });
      expect(await notice.textContent()).toContain('1 kalimat ditambahkan, 1 kalimat dihapus');
      expect(
        await report.locator('[data-testid="report-policy-changed-citation"]').textContent(),
      ).toContain('Pasal 21(2)');
    } finally {
      await report.close();
    }
  });
});
