import type { Locator, Page } from 'playwright-core';

// The history dashboard (dashboard.html), by its data-testid contract in
// entrypoints/README.md.

export class DashboardPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, extensionUrl: (path: string) => string): Promise<DashboardPage> {
    await page.goto(extensionUrl('dashboard.html'));
    const dashboard = new DashboardPage(page);
    await dashboard.tools.waitFor({ state: 'visible', timeout: 10_000 });
    return dashboard;
  }

  byTestId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  /** The verify/export/import panel: present once the ledger is open, empty or not. */
  get tools(): Locator {
    return this.byTestId('export-button');
  }

  siteRow(origin: string): Locator {
    return this.page.locator(`[data-testid="site-row"][data-origin="${origin}"]`);
  }

  async siteOrigins(): Promise<string[]> {
    return this.byTestId('site-row').evaluateAll((rows) =>
      rows.map((r) => r.getAttribute('data-origin') ?? ''),
    );
  }

  async categoriesOf(origin: string): Promise<string[]> {
    return this.siteRow(origin)
      .locator('[data-testid="ledger-category"]')
      .evaluateAll((chips) => chips.map((c) => c.getAttribute('data-category') ?? ''));
  }

  async idle(): Promise<void> {
    await this.byTestId('busy').waitFor({ state: 'detached', timeout: 30_000 });
  }

  /** Clicks a delete button and answers the confirmation dialog. */
  async confirmAfter(button: Locator, answer: 'yes' | 'no'): Promise<void> {
    await button.click();
    await this.byTestId('confirm-dialog').waitFor({ state: 'visible' });
    await this.byTestId(answer === 'yes' ? 'confirm-yes' : 'confirm-no').click();
    await this.byTestId('confirm-dialog').waitFor({ state: 'detached' });
    await this.idle();
  }

  async deleteSite(origin: string, answer: 'yes' | 'no'): Promise<void> {
    await this.confirmAfter(this.siteRow(origin).locator('[data-testid="delete-site"]'), answer);
  }

  /** Exports through the page's download link; returns the file's text. */
  async export(): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download', { timeout: 30_000 });
    await this.byTestId('export-button').click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
    await this.idle();
    return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  /** Chooses a file in the import picker, as a user would; resolves when the result shows. */
  async import(name: string, text: string): Promise<Locator> {
    await this.byTestId('import-input').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
    const result = this.byTestId('import-result');
    await result.waitFor({ state: 'visible', timeout: 30_000 });
    await this.idle();
    return result;
  }
}
