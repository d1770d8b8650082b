import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabView } from '../../utils/protocol';
import { axeViolations, seriousOrWorse } from './harness/axe';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { waitFor } from './harness/wait';
import { ChromeExtension } from './pages/chrome-extension';
import { DashboardPage } from './pages/dashboard-page';
import { LettersPage } from './pages/letters-page';
import { ShopPage } from './pages/shop-page';
import { startShopServer, type ShopServer } from './shops/server';

// Letters in the loaded extension: an analysed fixture shop's tab → an access
// request with the user's details, edited and downloaded; marked as sent; the
// dashboard lists it with its due date; one sent long ago is overdue and its
// follow-up reminder opens drafted.

let server: ShopServer;
let session: ChromiumSession;
let ext: ChromeExtension;
let tabId: number;
let origin: string;

beforeAll(async () => {
  server = await startShopServer();
  session = await launchChromium();
  ext = new ChromeExtension(session);
  const page = await session.context.newPage();
  await ShopPage.open(page, server, 'checkout');
  origin = new URL(page.url()).origin;
  tabId = await ext.tabIdOf(page);
  await waitFor(
    () => ext.tabView(tabId),
    (v: TabView) => v.status === 'analysed' && v.report !== null,
    { what: 'shop a analysed' },
  );
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('letters page (Chromium)', () => {
  it('drafts an access request, keeps the edit in the download, and tracks it', async () => {
    const letters = await LettersPage.open(
      await session.context.newPage(),
      ext.pageUrl(`letters.html?tab=${tabId}&kind=access`),
    );
    try {
      expect(await letters.byTestId('letters-root').getAttribute('data-kind')).toBe('access');
      expect(seriousOrWorse(await axeViolations(letters.page))).toEqual([]);
      await letters.fillDetails({
        name: 'Siti Rahma',
        address: 'Jl. Melati 5, Bandung',
        email: 'siti@contoh.id',
        place: 'Bandung',
      });
      await expect.poll(() => letters.text.inputValue(), { timeout: 5000 }).toContain('Siti Rahma');
      const draft = await letters.text.inputValue();
      expect(draft).toContain('Pasal 7');
      expect(draft).toContain('Pasal 32');
      await letters.text.fill(`${draft}\nCatatan tambahan dari saya: mohon dikirim via email.\n`);
      const file = await letters.download('txt');
      expect(file.name).toMatch(/^tegas-access-127\.0\.0\.1-\d+-\d{4}-\d{2}-\d{2}\.txt$/);
      expect(file.text).toContain('Catatan tambahan dari saya');
      expect(file.text).toContain('Pasal 7');
      expect(file.text).toContain('Pasal 32');
      expect(file.text).toContain('Siti Rahma');
      expect(await letters.byTestId('letter-deadline').getAttribute('data-kind')).toBe('response');
      expect(await letters.markSent()).toBe('saved');
    } finally {
      await letters.page.close();
    }
  });

  it('an old request is overdue in the dashboard and its reminder opens drafted', async () => {
    const letters = await LettersPage.open(
      await session.context.newPage(),
      ext.pageUrl(`letters.html?site=${encodeURIComponent(origin)}&kind=correction`),
    );
    expect(await letters.markSent('2026-01-05T09:00')).toBe('saved');
    await letters.page.close();

    const dashboard = await DashboardPage.open(await session.context.newPage(), (p) =>
      ext.pageUrl(p),
    );
    try {
      await dashboard.byTestId('view-requests').click();
      await dashboard.byTestId('requests-view').waitFor();
      await dashboard.byTestId('request-row').first().waitFor();
      expect(seriousOrWorse(await axeViolations(dashboard.page))).toEqual([]);
      const rows = dashboard.byTestId('request-row');
      await expect.poll(() => rows.count()).toBe(2);
      const access = dashboard.page.locator('[data-testid="request-row"][data-kind="access"]');
      expect(await access.getAttribute('data-state')).toMatch(/^(open|due_soon)$/);
      expect(await access.locator('[data-testid="request-due"]').textContent()).toContain(
        'Pasal 32',
      );
      const old = dashboard.page.locator('[data-testid="request-row"][data-kind="correction"]');
      expect(await old.getAttribute('data-state')).toBe('overdue');
      // 5 January 2026 09:00 WIB + 72 h.
      expect(await old.locator('[data-testid="request-due"]').textContent()).toContain(
        '8 Januari 2026',
      );
      const opened = session.context.waitForEvent('page', { timeout: 10_000 });
      await old.locator('[data-testid="request-followup-reminder"]').click();
      const reminder = new LettersPage(await opened);
      await reminder.ready();
      await reminder.byTestId('letters-reminder').waitFor();
      const text = await reminder.text.inputValue();
      expect(text).toContain('Pengingat');
      expect(text).toContain('Batas waktu tersebut telah lewat');
      await reminder.page.close();
    } finally {
      await dashboard.page.close();
    }
  });
});
