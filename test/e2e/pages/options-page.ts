import type { Locator, Page } from 'playwright-core';

// The settings page (options.html), by its data-testid contract.

export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, extensionUrl: (path: string) => string): Promise<OptionsPage> {
    await page.goto(extensionUrl('options.html'));
    const options = new OptionsPage(page);
    await options.root.waitFor({ state: 'visible', timeout: 10_000 });
    return options;
  }

  byTestId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  get root(): Locator {
    return this.byTestId('settings-root');
  }

  get ignoredSites(): Locator {
    return this.byTestId('ignored-sites');
  }

  get saveStatus(): Locator {
    return this.byTestId('save-status');
  }

  /** Type the ignored hosts (one per line) and leave the field, as a user would. */
  async setIgnoredSites(hosts: readonly string[]): Promise<void> {
    await this.ignoredSites.fill(hosts.join('\n'));
    await this.ignoredSites.blur();
    const save = this.page.getByRole('button', { name: /simpan|save/i });
    if ((await save.count()) > 0) await save.first().click();
  }
}
