import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabView } from '../../utils/protocol';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { waitFor } from './harness/wait';
import { ChromeExtension } from './pages/chrome-extension';
import { PopupPage } from './pages/popup-page';
import { ReportPage, type ReportFindingRow } from './pages/report-page';
import { ShopPage } from './pages/shop-page';
import { startShopServer, type ShopServer } from './shops/server';

// Issue 7's report, end to end in Chromium: on shop (a) the shopper submits
// the checkout (one ledger record), comes back to it, and one click on the
// popup's report button opens the report. It shows the page, its findings
// with citations and evidence, and the site's ledger record with the chain
// verified; printed to an A4 PDF (the page's print stylesheet), the PDF's
// text holds the same findings, citations, URL, grade, policy checklist and
// ledger hash, and none of the page's buttons.

let server: ShopServer;
let session: ChromiumSession;
let ext: ChromeExtension;
let report: ReportPage;
let tabId: number;
let view: TabView;
let findings: ReportFindingRow[];
let pdfText: string;

/** Records in the ledger, counted in the service worker (the extension's origin). */
function ledgerCount(): Promise<number> {
  const worker = session.worker;
  if (worker === null) throw new Error('no extension worker');
  return worker.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('request failed'));
      });
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('tegas-ledger')) return 0;
    const db = await request(indexedDB.open('tegas-ledger'));
    try {
      return await request(db.transaction('records', 'readonly').objectStore('records').count());
    } finally {
      db.close();
    }
  });
}

// Chromium breaks long strings (URLs, hashes) across lines in print; compare without whitespace.
const squash = (text: string) => text.replace(/\s+/g, '');

beforeAll(async () => {
  server = await startShopServer();
  session = await launchChromium();
  ext = new ChromeExtension(session);

  const page = await session.context.newPage();
  const shop = await ShopPage.open(page, server, 'checkout');
  tabId = await ext.tabIdOf(page);
  await waitFor(
    () => ext.tabView(tabId),
    (v) => v.status === 'analysed',
    { what: 'shop a analysed before submit' },
  );
  await shop.fillAndSubmit();
  await waitFor(ledgerCount, (n) => n >= 1, { what: 'the submit recorded in the ledger' });

  await page.goto(server.url('checkout'), { waitUntil: 'load' });
  view = await waitFor(
    () => ext.tabView(tabId),
    (v) => v.status === 'analysed' && v.report !== null && v.url.includes('/toko-a/checkout'),
    { what: 'shop a analysed again' },
  );

  const popup = await PopupPage.openOver(ext, tabId);
  await popup.reportButton.waitFor({ state: 'visible', timeout: 10_000 });
  report = await ReportPage.openFromPopup(popup);
  await report.ledgerSettled();
  await report.policySettled();
  findings = await report.findings();

  const pdf = await report.pdf();
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  pdfText = (await extractText(doc, { mergePages: true })).text;
}, 90_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('report page opened from the popup (shop a)', () => {
  it('opens report.html for the shop tab with one click', () => {
    const url = new URL(report.page.url());
    expect(url.protocol).toBe('chrome-extension:');
    expect(url.pathname).toBe('/report.html');
    expect(url.searchParams.get('tab')).toBe(String(tabId));
  });

  it('shows the page URL, the grade and every finding with its citation', async () => {
    expect(await report.text('report-url')).toBe(view.url);
    const score = view.report?.score;
    expect(await report.text('report-grade')).toBe(`${score?.grade} (${score?.value}/100)`);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(
      (view.report?.findings ?? []).map((f) => f.ruleId).sort(),
    );
    const prechecked = findings.find((f) => f.ruleId === 'consent.prechecked');
    expect(prechecked?.severity).toBe('high');
    expect(prechecked?.citation).toMatch(/Pasal \d+/);
    const evidence = await report.page
      .locator('[data-testid="finding"][data-rule-id="consent.prechecked"] blockquote')
      .allTextContents();
    expect(evidence.join(' ')).toContain('#promo');
  });

  it("lists the site's ledger record with its consent state, and the chain verified", async () => {
    expect(await report.ledger.getAttribute('data-state')).toBe('ready');
    const verified = report.byTestId('ledger-verified');
    expect(await verified.getAttribute('data-ok')).toBe('true');
    expect(await verified.textContent()).toMatch(/Rantai hash terverifikasi|chain verified/i);
    const rows = report.byTestId('ledger-record');
    expect(await rows.count()).toBe(1);
    const row = (await rows.first().textContent()) ?? '';
    expect(row).toMatch(/dicentang/);
    expect((await report.ledgerHashes())[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('prints to an A4 PDF holding the findings, citations, URL, grade, policy and ledger', async () => {
    const text = squash(pdfText);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(text, `heading of ${f.ruleId}`).toContain(squash(f.heading));
      expect(text, `citation of ${f.ruleId}`).toContain(squash(f.citation));
    }
    expect(text).toContain(squash(view.url));
    expect(text).toContain(squash(await report.text('report-grade')));
    const [hash] = await report.ledgerHashes();
    expect(text).toContain(hash);
    expect(text).toContain(squash(await report.byTestId('ledger-verified').innerText()));
    // The policy checklist, read by the background from the shop's linked policy.
    const policyUrl = `${new URL(view.url).origin}/kebijakan-privasi`;
    expect(await report.byTestId('report-policy-checklist').count()).toBe(1);
    expect(text).toContain(squash(policyUrl));
    // The print stylesheet leaves the buttons out.
    expect(text).not.toContain(squash(await report.byTestId('report-print').innerText()));
  });
});
