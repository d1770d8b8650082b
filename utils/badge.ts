import { browser } from 'wxt/browser';
import type { Grade, PageKind } from '../analyzer/model/scan-report';

// The toolbar badge: the grade letter in its colour, per tab, only on the pages
// a shopper is deciding on (checkout and signup). Everything else clears it.

/** Pages that get a badge (issue 4: "nothing on pages that aren't checkout/signup"). */
export const BADGE_PAGE_KINDS: readonly PageKind[] = ['checkout', 'signup'];

/** Badge background per grade: green for A through red for E; white text reads on all of them. */
export const GRADE_COLOURS: Readonly<Record<Grade, string>> = {
  A: '#1B7F3B',
  B: '#4D8B1F',
  C: '#9A6B00',
  D: '#C2410C',
  E: '#B91C1C',
};
export const BADGE_TEXT_COLOUR = '#FFFFFF';

export interface BadgeInput {
  grade: Grade;
  findings: number;
  lang: 'id' | 'en';
}

/** Tooltip for a graded page, in the UI language. */
export function badgeTitle({ grade, findings, lang }: BadgeInput): string {
  if (lang === 'id') return `Tegas: nilai ${grade}, ${String(findings)} temuan`;
  return `Tegas: grade ${grade}, ${String(findings)} ${findings === 1 ? 'finding' : 'findings'}`;
}

/** The parts of `action` (MV3) and `browserAction` (Firefox MV2) the badge uses. */
interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): unknown;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): unknown;
  setTitle(details: { tabId: number; title: string }): unknown;
  setBadgeTextColor?: (details: { tabId: number; color: string }) => unknown;
}

/** `browser.action` in MV3; Firefox's MV2 build has only `browserAction` (WXT does not polyfill it). */
function badgeApi(): BadgeApi | undefined {
  const api: BadgeApi | undefined = browser.action ?? browser.browserAction;
  return api;
}

/** Call one badge method; a tab closed meanwhile makes it reject, which is fine. */
async function call(fn: () => unknown): Promise<void> {
  try {
    await fn();
  } catch {
    // The tab is gone.
  }
}

export async function setGradeBadge(tabId: number, input: BadgeInput): Promise<void> {
  const api = badgeApi();
  if (api === undefined) return;
  const color = GRADE_COLOURS[input.grade];
  await call(() => api.setBadgeText({ tabId, text: input.grade }));
  await call(() => api.setBadgeBackgroundColor({ tabId, color }));
  const setTextColour = api.setBadgeTextColor;
  if (setTextColour !== undefined) {
    await call(() => setTextColour.call(api, { tabId, color: BADGE_TEXT_COLOUR }));
  }
  await call(() => api.setTitle({ tabId, title: badgeTitle(input) }));
}

export async function clearBadge(tabId: number): Promise<void> {
  const api = badgeApi();
  if (api === undefined) return;
  await call(() => api.setBadgeText({ tabId, text: '' }));
  // An empty tab title falls back to the extension's name in Chrome and Firefox.
  await call(() => api.setTitle({ tabId, title: '' }));
}
