import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabView } from '../../utils/protocol';
import { axeViolations, seriousOrWorse } from './harness/axe';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { waitFor } from './harness/wait';
import { ChromeExtension } from './pages/chrome-extension';
import { PolicySection } from './pages/policy-section';
import { PopupPage } from './pages/popup-page';
import {
  POLICY_CASES,
  POLICY_PATH,
  startShopServer,
  type PolicyCase,
  type ShopServer,
} from './shops/server';

// The privacy policy the checkout links, read by the background in Chromium and
// shown in the popup as a checklist; and the bad policy links (PDF, 50 MB page,
// endless redirect, binary junk, login wall), each a clear state, never a hang.

let server: ShopServer;
let session: ChromiumSession;
let ext: ChromeExtension;

beforeAll(async () => {
  server = await startShopServer();
  session = await launchChromium();
  ext = new ChromeExtension(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function openUrl(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(url);
  return { page, tabId: await ext.tabIdOf(page) };
}

function settledPolicy(tabId: number): Promise<TabView> {
  return waitFor(
    () => ext.tabView(tabId),
    (v) => v.policy !== undefined && v.policy.state !== 'loading',
    { what: 'the policy read', timeout: 30_000 },
  );
}

async function popupSection(tabId: number): Promise<PolicySection> {
  const popup = await PopupPage.openOver(ext, tabId);
  const section = new PolicySection(popup.page);
  await section.expand();
  return section;
}

describe('the checkout’s privacy policy (shop a → /kebijakan-privasi)', () => {
  let tabId: number;
  let view: TabView;

  beforeAll(async () => {
    ({ tabId } = await openUrl(server.url('checkout')));
    view = await settledPolicy(tabId);
  });

  it('is fetched by the background and analysed', () => {
    expect(view.policy).toMatchObject({ url: server.origin + POLICY_PATH, state: 'ok' });
    const elements = view.policy?.report?.elements;
    expect(elements?.rights.present).toBe(true);
    expect(elements?.retention).toMatchObject({ present: false, weak: true });
    expect(elements?.transfer_abroad).toMatchObject({ present: false, weak: false });
    expect(server.policyHits.filter((p) => p === POLICY_PATH)).toHaveLength(1);
  });

  it('shows the checklist in the popup: present, vague and missing, with evidence and citations', async () => {
    const section = await popupSection(tabId);
    expect(await section.settled()).toEqual({ state: 'ok', reason: null });
    const rows = await section.elements();
    expect(rows).toHaveLength(14);
    const stateOf = (e: string) => rows.find((r) => r.element === e)?.state;
    expect(stateOf('rights')).toBe('present');
    expect(stateOf('contact')).toBe('present');
    expect(stateOf('retention')).toBe('weak');
    expect(stateOf('transfer_abroad')).toBe('missing');
    expect(stateOf('processing_period')).toBe('missing');
    // Evidence opens from the keyboard-reachable <summary> and is quoted as text.
    const retention = section.element('retention');
    await retention.locator('summary').click();
    await expect(retention.locator('blockquote').first().isVisible()).resolves.toBe(true);
    expect(await retention.locator('blockquote').first().textContent()).toContain(
      'selama diperlukan',
    );
    const findings = await section.byTestId('policy-finding').allTextContents();
    expect(findings.join(' ')).toContain('Pasal 21(1)(d)');
    expect(findings.join(' ')).toContain('Pasal 21(1)(f)');
    expect(await section.byTestId('policy-url').getAttribute('href')).toBe(
      server.origin + POLICY_PATH,
    );
    // The expanded checklist is accessible too.
    expect(seriousOrWorse(await axeViolations(section.page))).toEqual([]);
    await section.page.close();
  });

  it('reuses the cached analysis for another page linking the same policy', async () => {
    const other = await openUrl(server.url('checkout'));
    const again = await settledPolicy(other.tabId);
    expect(again.policy?.state).toBe('ok');
    expect(server.policyHits.filter((p) => p === POLICY_PATH)).toHaveLength(1);
    await other.page.close();
  });
});

describe('bad policy links', () => {
  const cases = Object.entries(POLICY_CASES) as [PolicyCase, string][];

  it.each(cases)('%s → %s, explained in the popup with a retry', async (name, reason) => {
    const { page, tabId } = await openUrl(server.policyCaseUrl(name));
    const view = await settledPolicy(tabId);
    expect(view.status).toBe('analysed');
    expect(view.policy).toMatchObject({ state: 'error', reason, report: null });
    const section = await popupSection(tabId);
    expect(await section.settled()).toEqual({ state: 'error', reason });
    expect((await section.state.textContent())?.length ?? 0).toBeGreaterThan(20);
    expect(await section.retry.isVisible()).toBe(true);
    expect(seriousOrWorse(await axeViolations(section.page))).toEqual([]);
    if (name === 'pdf') {
      // "Read again" fetches the tab's own link again and lands in the same clear state.
      const before = server.policyHits.length;
      await section.retry.click();
      await waitFor(
        async () => server.policyHits.length,
        (n) => n > before,
        { what: 'the policy fetched again' },
      );
      expect(await section.settled()).toEqual({ state: 'error', reason });
    }
    await section.page.close();
    await page.close();
  });
});
