import { browser } from 'wxt/browser';
import { UiResponseSchema, type TabView, type UiToBackground } from '../utils/protocol';

// The extension pages' one door to the background and the tabs API. Every
// answer is parsed (UiResponseSchema); anything else counts as unreachable.

export type ViewResult =
  | { readonly ok: true; readonly view: TabView }
  /** `reachable`: the background answered with an error of its own, in the user's language. */
  | { readonly ok: false; readonly error: string; readonly reachable: boolean };

export async function askBackground(message: UiToBackground): Promise<ViewResult> {
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage(message);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err), reachable: false };
  }
  const parsed = UiResponseSchema.safeParse(answer);
  if (!parsed.success) {
    return { ok: false, error: 'unexpected answer from the background', reachable: false };
  }
  return parsed.data.ok
    ? { ok: true, view: parsed.data.view }
    : { ok: false, error: parsed.data.error, reachable: true };
}

/** The id of the tab the popup was opened over, or null (no permission needed for the id). */
export async function activeTabId(): Promise<number | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

export function reportUrl(tabId: number): string {
  return browser.runtime.getURL(`/report.html?tab=${tabId}`);
}

export async function openReport(tabId: number): Promise<void> {
  await browser.tabs.create({ url: reportUrl(tabId) });
}

export async function openSettings(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** The tab id a report page was opened for (`?tab=<id>`), or null. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
