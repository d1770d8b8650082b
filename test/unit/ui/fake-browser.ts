import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { UiToBackground } from '../../../utils/protocol';

// Import this first in a UI test: WXT's `browser` is read from globalThis when
// 'wxt/browser' loads, so the fake must be in place before the app's modules.
// Only the edge is faked: messaging to the background, tabs, the UI language.
Object.assign(globalThis, { browser: fakeBrowser });

export { fakeBrowser };

export type Answer = (message: UiToBackground) => unknown;

/** A stand-in background: records what the UI sent and answers with `answer`. */
export function fakeBackground(answer: Answer): UiToBackground[] {
  const sent: UiToBackground[] = [];
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const m = message as UiToBackground;
    sent.push(m);
    void Promise.resolve(answer(m)).then(sendResponse);
    return true;
  });
  return sent;
}

/** Resets the fake browser and opens one active tab on `url`; returns its id. */
export async function openActiveTab(url: string, uiLanguage = 'id-ID'): Promise<number> {
  fakeBrowser.reset();
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
  await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  if (tab.id === undefined) throw new Error('fake tab without id');
  return tab.id;
}
