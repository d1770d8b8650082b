import './fake-env';
import { dirname } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeSnapshot, classifyPage, type Grade } from '../../../analyzer';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { DEMO_PAGE } from '../../support/fixtures';
import {
  analysed,
  badgeOf,
  boot,
  contentSender,
  fixture,
  hexToRgba,
  openTab,
  send,
} from './helpers';

// The toolbar badge: grade and colour on checkout/signup pages, nothing elsewhere.

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  await boot();
});

const GRADED = [
  fixture('toko-nusantara-checkout', dirname(DEMO_PAGE)),
  fixture('en-bagisto-register'),
  fixture('en-bigcommerce-checkout'),
  fixture('en-medusa-register'),
  fixture('en-nopcommerce-register'),
  fixture('id-shopify-checkout'),
];

describe('badge', () => {
  it('shows the grade in its colour with a tooltip on checkout and signup pages', async () => {
    const { GRADE_COLOURS } = await import('../../../utils/badge');
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, uiLanguage: 'en' } });
    const seen = new Set<Grade>();
    for (const page of GRADED) {
      const report = analyzeSnapshot(page.snapshot, { lang: 'en' });
      expect(['checkout', 'signup']).toContain(report.pageKind);
      const grade = report.score?.grade;
      if (grade === undefined) throw new Error(`${page.url} has no grade`);
      seen.add(grade);
      const tab = await openTab(page.url);
      await send(analysed(page.snapshot), contentSender(tab));
      const badge = await badgeOf(tab.id);
      expect(badge.text).toBe(grade);
      expect(badge.colour).toEqual(hexToRgba(GRADE_COLOURS[grade]));
      const n = report.findings.length;
      expect(badge.title).toBe(`Tegas: grade ${grade}, ${String(n)} finding${n === 1 ? '' : 's'}`);
    }
    // The fixtures cover most of the scale, so the colours are really exercised.
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });

  it('writes the tooltip in Indonesian when the UI is Indonesian', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, uiLanguage: 'id' } });
    const page = fixture('en-medusa-register');
    const tab = await openTab(page.url);
    await send(analysed(page.snapshot), contentSender(tab));
    expect((await badgeOf(tab.id)).title).toMatch(/^Tegas: nilai [A-E], \d+ temuan$/);
  });

  it.each(['id-login-masuk', 'id-akun-ubah-profil', 'en-jekyll-contact'])(
    'stays empty on %s (login, account, other), even when analysed',
    async (name) => {
      await fakeBrowser.storage.local.set({
        settings: {
          ...DEFAULT_SETTINGS,
          pageKinds: { checkout: true, signup: true, login: true, account: true },
        },
      });
      const page = fixture(name);
      expect(['login', 'account', 'other']).toContain(classifyPage(page.snapshot).pageKind);
      const tab = await openTab(page.url);
      await send(analysed(page.snapshot), contentSender(tab));
      expect((await badgeOf(tab.id)).text).toBe('');
    },
  );

  it('is cleared when the page reports it has no form', async () => {
    const page = fixture('en-nopcommerce-register');
    const tab = await openTab(page.url);
    await send(analysed(page.snapshot), contentSender(tab));
    expect((await badgeOf(tab.id)).text).toMatch(/^[A-E]$/);
    await new Promise((r) => setTimeout(r, 260)); // past the per-tab rate limit
    await send({ type: 'page.notForm', url: page.url }, contentSender(tab));
    expect(await badgeOf(tab.id)).toMatchObject({ text: '', title: '' });
  });

  it('uses browserAction where there is no action (Firefox MV2)', async () => {
    const { setGradeBadge, clearBadge } = await import('../../../utils/badge');
    const calls: string[] = [];
    const record = (name: string) => (details: object) => {
      calls.push(`${name} ${JSON.stringify(details)}`);
      return Promise.resolve();
    };
    vi.spyOn(fakeBrowser, 'action', 'get').mockReturnValue(
      undefined as unknown as typeof fakeBrowser.action,
    );
    Object.assign(fakeBrowser.browserAction, {
      setBadgeText: record('text'),
      setBadgeBackgroundColor: record('colour'),
      setBadgeTextColor: record('textColour'),
      setTitle: record('title'),
    });
    await setGradeBadge(3, { grade: 'E', findings: 1, lang: 'en' });
    await clearBadge(3);
    expect(calls).toEqual([
      'text {"tabId":3,"text":"E"}',
      'colour {"tabId":3,"color":"#B91C1C"}',
      'textColour {"tabId":3,"color":"#FFFFFF"}',
      'title {"tabId":3,"title":"Tegas: grade E, 1 finding"}',
      'text {"tabId":3,"text":""}',
      'title {"tabId":3,"title":""}',
    ]);
  });
});
