import type { Locator, Page } from 'playwright-core';
import type { ChromeExtension } from './chrome-extension';

// The popup, opened as a page. The real popup asks for the active tab of its
// window, so a test opens it in a background tab beside the shop's.
// Selectors are the data-testid contract in entrypoints/README.md.

export interface FindingRow {
  ruleId: string;
  severity: string;
}

export class PopupPage {
  constructor(readonly page: Page) {}

  /**
   * The popup for `tabId`: opened in a background tab beside the shop's (so its
   * active-tab query finds the shop), with `?tab=<id>` for a UI that honours it.
   */
  static async openOver(ext: ChromeExtension, tabId: number): Promise<PopupPage> {
    const page = await ext.openPageOver(tabId, `popup.html?tab=${tabId}`);
    const popup = new PopupPage(page);
    await popup.root.waitFor({ state: 'attached', timeout: 10_000 });
    return popup;
  }

  byTestId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  get root(): Locator {
    return this.byTestId('popup-root');
  }

  get grade(): Locator {
    return this.byTestId('grade');
  }

  get highlightToggle(): Locator {
    return this.byTestId('highlight-toggle');
  }

  get reportButton(): Locator {
    return this.byTestId('report-button');
  }

  async findings(): Promise<FindingRow[]> {
    return this.byTestId('finding').evaluateAll((els) =>
      els.map((el) => ({
        ruleId: el.getAttribute('data-rule-id') ?? '',
        severity: el.getAttribute('data-severity') ?? '',
      })),
    );
  }

  async categories(): Promise<{ category: string; specific: boolean }[]> {
    return this.byTestId('category').evaluateAll((els) =>
      els.map((el) => ({
        category: el.getAttribute('data-category') ?? '',
        specific: el.getAttribute('data-specific') === 'true',
      })),
    );
  }

  async permissionRequests(): Promise<{ permission: string; userGesture: string }[]> {
    return this.byTestId('permission-request').evaluateAll((els) =>
      els.map((el) => ({
        permission: el.getAttribute('data-permission') ?? '',
        userGesture: el.getAttribute('data-user-gesture') ?? '',
      })),
    );
  }

  async emptyReason(): Promise<string | null> {
    const empty = this.byTestId('empty-state');
    if ((await empty.count()) === 0) return null;
    return empty.first().getAttribute('data-reason');
  }
}
