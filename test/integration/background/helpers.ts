import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { extractPage, type LiveEvidence, type PageSnapshot } from '../../../analyzer';
import { ExpectedSchema, FIXTURE_DIR } from '../../support/fixtures';
import { DOMS } from '../../support/dom';
import { UiResponseSchema, type TabView } from '../../../utils/protocol';

// Boots the real background (entrypoints/background/index.ts) against WXT's
// fake browser, and speaks to it the way content scripts and the popup do.

export const EXTENSION_ID = fakeBrowser.runtime.id;

export interface Booted {
  counters: typeof import('../../../entrypoints/background/counters').counters;
}

/** A fresh background, as after a service-worker start: new module instances, storage kept. */
export async function boot(): Promise<Booted> {
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.tabs.onUpdated.removeAllListeners();
  fakeBrowser.tabs.onRemoved.removeAllListeners();
  vi.resetModules();
  const entry = await import('../../../entrypoints/background/index');
  await entry.default.main();
  const { counters } = await import('../../../entrypoints/background/counters');
  return { counters };
}

/** Deliver one message to the background's onMessage listener; resolves with its response. */
export function send(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
  });
}

export async function openTab(url: string): Promise<Browser.tabs.Tab & { id: number }> {
  const tab = await fakeBrowser.tabs.create({ url });
  const id = tab.id;
  if (id === undefined) throw new Error('fake tab without id');
  return { ...tab, id };
}

/** A content script in the tab's top frame. */
export function contentSender(
  tab: Browser.tabs.Tab,
  url = tab.url ?? '',
): Browser.runtime.MessageSender {
  return { id: EXTENSION_ID, tab, frameId: 0, url, origin: new URL(url).origin };
}

/** The toolbar popup (no tab). */
export function popupSender(): Browser.runtime.MessageSender {
  return { id: EXTENSION_ID, url: fakeBrowser.runtime.getURL('/popup.html') };
}

export async function getView(tabId: number): Promise<TabView> {
  const res = UiResponseSchema.parse(await send({ type: 'tab.get', tabId }, popupSender()));
  if (!res.ok) throw new Error(res.error);
  return res.view;
}

export const NO_LIVE: LiveEvidence = {
  schemaVersion: 1,
  hiddenConsents: [],
  permissionRequests: [],
  scripts: [],
  truncated: false,
};

export interface FixturePage {
  url: string;
  snapshot: PageSnapshot;
}

/** A labelled fixture page, extracted as the content script would (linkedom). */
export function fixture(name: string, dir = FIXTURE_DIR): FixturePage {
  const html = readFileSync(join(dir, `${name}.html`), 'utf8');
  const expected = ExpectedSchema.parse(
    JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')),
  );
  const snapshot = extractPage(DOMS.linkedom(html), { url: expected.url });
  return { url: expected.url, snapshot };
}

export function analysed(snapshot: PageSnapshot, live: LiveEvidence = NO_LIVE): unknown {
  return { type: 'page.analysed', snapshot, live, extractMs: 3 };
}

export async function badgeOf(
  tabId: number,
): Promise<{ text: string; colour: number[]; title: string }> {
  const text = await fakeBrowser.action.getBadgeText({ tabId });
  const colour = await fakeBrowser.action.getBadgeBackgroundColor({ tabId });
  const title = await fakeBrowser.action.getTitle({ tabId });
  return { text, colour: [...colour], title };
}

export function hexToRgba(hex: string): number[] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}
