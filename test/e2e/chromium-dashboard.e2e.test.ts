import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDisclosure, Ledger, LedgerFileSchema } from '../../history';
import { observation } from '../unit/history/fixtures';
import { axeViolations, seriousOrWorse } from './harness/axe';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { ChromeExtension } from './pages/chrome-extension';
import { DashboardPage } from './pages/dashboard-page';
import { LettersPage } from './pages/letters-page';

// The history dashboard in the loaded extension: its own IndexedDB (the
// extension origin), seeded through the page's import, which is the Ledger's
// importJson running in the page. The seed file itself is made by a real
// Ledger in Node (fake-indexeddb) from buildDisclosure drafts. Then: a site
// row, deleting it after a confirmation, export → import round trip, verify,
// axe-core, and the popup's link.

const TOKO = 'https://www.toko-nusantara.id';
const KEDAI = 'https://kedai.example.com';

let session: ChromiumSession;
let ext: ChromeExtension;
let dashboard: DashboardPage;
let seedFile: string;

async function makeSeedFile(): Promise<string> {
  const ledger = new Ledger({ indexedDB: new IDBFactory(), IDBKeyRange });
  await ledger.open();
  await ledger.append(
    buildDisclosure(
      observation({
        submittedAt: new Date('2026-02-01T09:00:00Z'),
        pageUrl: `${KEDAI}/bayar`,
        fields: [
          { category: 'phone', hadValue: true },
          { category: 'national_id', hadValue: true },
        ],
      }),
    ),
  );
  await ledger.append(
    buildDisclosure(
      observation({
        submittedAt: new Date('2026-03-01T09:00:00Z'),
        fields: [
          { category: 'email', hadValue: true },
          { category: 'payment_card', hadValue: true },
        ],
      }),
    ),
  );
  await ledger.append(
    buildDisclosure(observation({ submittedAt: new Date('2026-03-02T09:00:00Z') })),
  );
  const text = await ledger.exportJson();
  ledger.close();
  return text;
}

beforeAll(async () => {
  seedFile = await makeSeedFile();
  session = await launchChromium();
  ext = new ChromeExtension(session);
  dashboard = await DashboardPage.open(await session.context.newPage(), (p) => ext.pageUrl(p));
});

afterAll(async () => {
  await session?.close();
});

describe('history dashboard (Chromium)', () => {
  it('starts empty, says so, and has no serious accessibility violations', async () => {
    await dashboard.byTestId('history-empty').waitFor();
    expect(await dashboard.byTestId('history-empty').textContent()).toContain(
      'tidak pernah disimpan',
    );
    expect(seriousOrWorse(await axeViolations(dashboard.page))).toEqual([]);
  });

  it('imports the seed and shows a row per shop with its categories', async () => {
    const result = await dashboard.import('seed.json', seedFile);
    expect(await result.getAttribute('data-ok')).toBe('true');
    expect(await result.getAttribute('data-added')).toBe('3');
    await dashboard.siteRow(TOKO).waitFor();
    expect(await dashboard.siteOrigins()).toEqual([TOKO, KEDAI]);
    expect((await dashboard.categoriesOf(TOKO)).sort()).toEqual(
      ['email', 'name', 'payment_card', 'phone'].sort(),
    );
    expect(await dashboard.siteRow(TOKO).textContent()).toContain('2 catatan');
  });

  it('a site row opens a letter drafted from its history, the chain checked in the worker', async () => {
    const row = dashboard.siteRow(TOKO);
    await row.locator('[data-testid="site-letters-toggle"]').click();
    const workers: string[] = [];
    const onPage = (p: Page) => p.on('worker', (w) => workers.push(w.url()));
    session.context.on('page', onPage);
    const opened = session.context.waitForEvent('page', { timeout: 10_000 });
    await row.locator('[data-testid="site-letter-deletion"]').click();
    const letters = new LettersPage(await opened);
    try {
      await letters.ready();
      session.context.off('page', onPage);
      // The letters page's chain check ran in the dashboard's ledger worker.
      expect(workers.some((url) => url.includes('ledger-worker'))).toBe(true);
      expect(new URL(letters.page.url()).searchParams.get('site')).toBe(TOKO);
      expect(await letters.byTestId('letters-root').getAttribute('data-kind')).toBe('deletion');
      expect(await letters.byTestId('letter-evidence-record').count()).toBe(2);
      expect(await letters.byTestId('letter-chain').getAttribute('data-ok')).toBe('true');
    } finally {
      await letters.page.close();
    }
    await row.locator('[data-testid="site-letters-toggle"]').click();
  });

  it('has no serious accessibility violations with data, a record and the dialog open', async () => {
    await dashboard.byTestId('view-timeline').click();
    await dashboard.byTestId('timeline-item').first().waitFor();
    await dashboard.byTestId('record-open').first().click();
    await dashboard.byTestId('record-detail').waitFor();
    expect(seriousOrWorse(await axeViolations(dashboard.page))).toEqual([]);
    await dashboard.byTestId('delete-all').click();
    await dashboard.byTestId('confirm-dialog').waitFor();
    expect(await dashboard.byTestId('confirm-note').textContent()).toContain('tidak dihapus');
    expect(seriousOrWorse(await axeViolations(dashboard.page))).toEqual([]);
    await dashboard.page.keyboard.press('Escape');
    await dashboard.byTestId('confirm-dialog').waitFor({ state: 'detached' });
    await dashboard.byTestId('view-sites').click();
  });

  it('deletes a site only after the confirmation says yes', async () => {
    await dashboard.deleteSite(KEDAI, 'no');
    expect(await dashboard.siteOrigins()).toEqual([TOKO, KEDAI]);
    await dashboard.deleteSite(KEDAI, 'yes');
    await dashboard.siteRow(KEDAI).waitFor({ state: 'detached' });
    expect(await dashboard.siteOrigins()).toEqual([TOKO]);
  });

  it('round-trips export → delete everything → import, and the chain verifies', async () => {
    const exported = await dashboard.export();
    expect(exported.name).toMatch(/^tegas-riwayat-\d{4}-\d{2}-\d{2}\.json$/);
    const file = LedgerFileSchema.parse(JSON.parse(exported.text));
    expect(file.records.map((r) => r.origin)).toEqual([TOKO, TOKO]);
    expect(file.tombstones).toHaveLength(1);

    await dashboard.confirmAfter(dashboard.byTestId('delete-all'), 'yes');
    await dashboard.byTestId('history-empty').waitFor();

    const result = await dashboard.import(exported.name, exported.text);
    expect(await result.getAttribute('data-added')).toBe('3');
    await dashboard.siteRow(TOKO).waitFor();
    expect(await dashboard.siteOrigins()).toEqual([TOKO]);

    await dashboard.byTestId('verify-button').click();
    const verify = dashboard.byTestId('verify-result');
    await verify.waitFor({ timeout: 30_000 });
    expect(await verify.getAttribute('data-ok')).toBe('true');
  });

  it('refuses a foreign file and changes nothing', async () => {
    const result = await dashboard.import('other.json', '{"format":"something-else"}');
    expect(await result.getAttribute('data-code')).toBe('file_wrong_format');
    expect(await result.textContent()).toContain('Tidak ada yang berubah');
    expect(await dashboard.siteOrigins()).toEqual([TOKO]);
  });

  it('opens from the popup link in a tab', async () => {
    const popup = await session.context.newPage();
    await popup.goto(ext.pageUrl('popup.html'));
    const opened = session.context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith('/dashboard.html'),
      timeout: 10_000,
    });
    await popup.locator('[data-testid="dashboard-link"]').click();
    const page = await opened;
    await page.locator('[data-testid="site-row"]').first().waitFor({ timeout: 10_000 });
    await page.close();
    await popup.close();
  });
});
