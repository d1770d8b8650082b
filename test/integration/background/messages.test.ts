import './fake-env';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeSnapshot } from '../../../analyzer';
import { explainScore } from '../../../analyzer/score';
import { UiResponseSchema } from '../../../utils/protocol';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import {
  analysed,
  boot,
  contentSender,
  fixture,
  getView,
  NO_LIVE,
  openTab,
  popupSender,
  send,
  type Booted,
} from './helpers';

// Content script → background → popup, through the real router and handlers.

let bg: Booted;
beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  bg = await boot();
});

const checkout = fixture('en-medusa-register');

describe('a snapshot from a content script', () => {
  it.each([
    { lang: 'en' as const, rulebook: 'uu-pdp-2022' as const },
    { lang: 'id' as const, rulebook: 'gdpr' as const },
    { lang: 'en' as const, rulebook: 'pm-20-2016' as const },
  ])(
    'is stored and tab.get answers the TabView in $lang under $rulebook',
    async ({ lang, rulebook }) => {
      await fakeBrowser.storage.local.set({
        settings: { ...DEFAULT_SETTINGS, uiLanguage: lang, rulebook },
      });
      const tab = await openTab(checkout.url);
      await send(analysed(checkout.snapshot), contentSender(tab));

      const view = await getView(tab.id);
      const expected = analyzeSnapshot(checkout.snapshot, { rulebook, lang, live: NO_LIVE });
      expect(view.status).toBe('analysed');
      expect(view.lang).toBe(lang);
      expect(view.rulebook).toBe(rulebook);
      expect(view.url).toBe(checkout.url);
      expect(view.report).toEqual(expected);
      expect(view.report?.score?.rulebook).toBe(rulebook);
      expect(view.explanation).toEqual(
        explainScore(expected.findings, { rulebook, lang, hasPersonalData: true }),
      );
      expect(view.highlighted).toBe(false);
      expect(view.analysedAt).not.toBeNull();
      expect(bg.counters.accepted).toBe(2);
    },
  );

  it('follows the browser language when the setting is auto', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('id-ID');
    const tab = await openTab(checkout.url);
    await send(analysed(checkout.snapshot), contentSender(tab));
    expect((await getView(tab.id)).lang).toBe('id');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    const view = await getView(tab.id);
    expect(view.lang).toBe('en');
    expect(view.explanation[0]).toMatch(/^(Score|No grade)/);
  });

  it('answers status unknown for a tab never heard from', async () => {
    const view = await getView(42);
    expect(view).toMatchObject({ status: 'unknown', report: null, url: '', explanation: [] });
  });
});

describe('dropped messages', () => {
  const popup = popupSender();

  it.each([
    ['unknown type', { type: 'page.steal', url: 'https://x.test/' }, 'unknown_type'],
    ['no type', { snapshot: {} }, 'unknown_type'],
    ['not an object', 'page.analysed', 'unknown_type'],
    [
      'bad shape',
      { type: 'page.analysed', snapshot: { url: 1 }, live: {}, extractMs: 1 },
      'invalid',
    ],
    [
      'extra-long url',
      { type: 'page.notForm', url: `https://x.test/${'a'.repeat(3000)}` },
      'invalid',
    ],
  ] as const)('%s from a content script', async (_name, message, reason) => {
    const tab = await openTab('https://x.test/');
    await expect(send(message, contentSender(tab))).resolves.toBeUndefined();
    expect(bg.counters.dropped[reason]).toBe(1);
    expect(bg.counters.accepted).toBe(0);
  });

  it('an oversized snapshot (too much text, too many fields)', async () => {
    const tab = await openTab(checkout.url);
    const field = checkout.snapshot.fields[0];
    if (field === undefined) throw new Error('fixture has fields');
    const big = [
      { ...checkout.snapshot, textSample: 'x'.repeat(100_000) },
      { ...checkout.snapshot, fields: Array.from({ length: 5000 }, () => field) },
    ];
    for (const snapshot of big) {
      await send(analysed(snapshot), contentSender(tab));
      await new Promise((r) => setTimeout(r, 300)); // past the per-tab rate limit
    }
    expect(bg.counters.dropped.invalid).toBe(2);
    expect((await getView(tab.id)).status).toBe('unknown');
  });

  it('a UI message from a content script', async () => {
    const tab = await openTab(checkout.url);
    await send(analysed(checkout.snapshot), contentSender(tab));
    const res = await send({ type: 'tab.get', tabId: tab.id }, contentSender(tab));
    expect(res).toBeUndefined();
    expect(bg.counters.dropped.sender).toBe(1);
  });

  it('a content message from an extension page', async () => {
    await send(analysed(checkout.snapshot), popup);
    await send({ type: 'page.notForm', url: 'https://x.test/' }, popup);
    expect(bg.counters.dropped.sender).toBe(2);
    expect(bg.counters.accepted).toBe(0);
  });

  it('anything from another extension or a web page', async () => {
    const tab = await openTab(checkout.url);
    const foreign = [
      { ...contentSender(tab), id: 'other-extension' },
      { ...popup, id: 'other-extension' },
      { url: 'https://evil.test/', origin: 'https://evil.test' },
      // An extension frame inside a web page is not the popup.
      { ...popup, tab, frameId: 3 },
      // A content script in a subframe, or on a non-web URL.
      { ...contentSender(tab), frameId: 2 },
      { ...contentSender(tab), url: 'file:///etc/passwd' },
    ];
    for (const sender of foreign) {
      await send(analysed(checkout.snapshot), sender);
      expect(await send({ type: 'tab.get', tabId: tab.id }, sender)).toBeUndefined();
    }
    expect(bg.counters.dropped.sender).toBe(foreign.length * 2);
    expect((await getView(tab.id)).status).toBe('unknown');
  });

  it('a snapshot whose URL is on another origin than its sender', async () => {
    const tab = await openTab('https://innocent.test/');
    await send(analysed(checkout.snapshot), contentSender(tab));
    expect(bg.counters.dropped.url_mismatch).toBe(1);
    expect((await getView(tab.id)).status).toBe('unknown');
  });

  it('malformed UI messages get no answer', async () => {
    for (const message of [
      { type: 'tab.get', tabId: -1 },
      { type: 'tab.get', tabId: '1' },
      { type: 'tab.highlight', tabId: 1 },
    ]) {
      expect(await send(message, popup)).toBeUndefined();
    }
    expect(bg.counters.dropped.invalid).toBe(3);
  });

  it('accepts UI messages from an extension page open in a tab', async () => {
    const page = await openTab(fakeBrowser.runtime.getURL('/report.html'));
    const res = UiResponseSchema.parse(
      await send(
        { type: 'tab.get', tabId: 7 },
        { id: fakeBrowser.runtime.id, tab: page, frameId: 0, url: page.url ?? '' },
      ),
    );
    expect(res.ok).toBe(true);
  });
});

describe('rate limit', () => {
  it('analyses at most 4 snapshots a second per tab and keeps the newest', async () => {
    const tab = await openTab(checkout.url);
    const titles = Array.from({ length: 6 }, (_, i) => `Snapshot ${String(i)}`);
    await Promise.all(
      titles.map((title) => send(analysed({ ...checkout.snapshot, title }), contentSender(tab))),
    );
    // First ran at once, the last waits for the next slot, the four between were replaced.
    expect(bg.counters.dropped.throttled).toBe(4);
    await vi.waitFor(async () => {
      expect(bg.counters.accepted).toBe(2);
    });
    const { getTabRecord } = await import('../../../utils/tab-state');
    expect((await getTabRecord(tab.id))?.snapshot?.title).toBe('Snapshot 5');
  });

  it('does not let one tab starve another', async () => {
    const a = await openTab(checkout.url);
    const b = await openTab(checkout.url);
    await send(analysed(checkout.snapshot), contentSender(a));
    await send(analysed(checkout.snapshot), contentSender(b));
    expect(bg.counters.dropped.throttled).toBe(0);
    expect((await getView(b.id)).status).toBe('analysed');
  });
});
