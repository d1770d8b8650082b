import type { Locator, Page } from 'playwright-core';
import type { PopupPage } from './popup-page';

// The report page (report.html?tab=<id>), by its data-testid contract in
// entrypoints/README.md.

export interface ReportFindingRow {
  ruleId: string;
  severity: string;
  /** The finding's heading as shown (severity tag and title). */
  heading: string;
  citation: string;
}

export class ReportPage {
  constructor(readonly page: Page) {}

  /** One click on the popup's report button; the report opens in a new tab. */
  static async openFromPopup(popup: PopupPage): Promise<ReportPage> {
    const [page] = await Promise.all([
      popup.page.context().waitForEvent('page', {
        predicate: (p) => p.url().includes('/report.html'),
        timeout: 10_000,
      }),
      popup.reportButton.click(),
    ]);
    const report = new ReportPage(page);
    await report.root.waitFor({ state: 'attached', timeout: 10_000 });
    return report;
  }

  byTestId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  get root(): Locator {
    return this.byTestId('report-root');
  }

  get ledger(): Locator {
    return this.byTestId('report-ledger');
  }

  /** Waits until the ledger section has settled (read and verified, or nothing to show). */
  async ledgerSettled(): Promise<string> {
    await this.page.waitForFunction(
      () => {
        const ledger = document.querySelector('[data-testid="report-ledger"]');
        const state = ledger?.getAttribute('data-state');
        const findings = document.querySelector('[data-testid="report-findings"]');
        return (
          findings !== null && (ledger === null || (state !== 'loading' && state !== 'verifying'))
        );
      },
      undefined,
      { timeout: 20_000 },
    );
    return (await this.ledger.count()) === 0
      ? 'none'
      : ((await this.ledger.getAttribute('data-state')) ?? '');
  }

  /** Waits until the policy section has settled: the checklist, or a state other than loading. */
  async policySettled(): Promise<void> {
    await this.page
      .locator(
        '[data-testid="report-policy-checklist"], [data-testid="policy-state"]:not([data-state="loading"])',
      )
      .first()
      .waitFor({ state: 'attached', timeout: 20_000 });
  }

  async findings(): Promise<ReportFindingRow[]> {
    return this.byTestId('finding').evaluateAll((els) =>
      els.map((el) => ({
        ruleId: el.getAttribute('data-rule-id') ?? '',
        severity: el.getAttribute('data-severity') ?? '',
        heading: el.querySelector('h3')?.textContent ?? '',
        citation: el.querySelector('[data-testid="citation"]')?.textContent ?? '',
      })),
    );
  }

  async text(testId: string): Promise<string> {
    return (await this.byTestId(testId).first().textContent()) ?? '';
  }

  async ledgerHashes(): Promise<string[]> {
    return this.page
      .locator('[data-testid="ledger-record"] .hash')
      .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  }

  /** The page printed by Chromium to an A4 PDF. */
  pdf(): Promise<Buffer> {
    return this.page.pdf({ format: 'A4' });
  }
}
