import type { Locator, Page } from 'playwright-core';

// The privacy-policy checklist (components/policy-checklist.tsx) inside a page:
// the popup's collapsed "Privacy policy" section, the report page, the dashboard.
// Only the data-testid contract.

export interface PolicyElementRow {
  element: string;
  state: string;
}

export class PolicySection {
  constructor(readonly page: Page) {}

  byTestId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  /** Open the popup's collapsed section (a <details>) by its summary, as a user would. */
  async expand(): Promise<void> {
    const section = this.byTestId('policy-section');
    await section.waitFor({ state: 'attached', timeout: 10_000 });
    if ((await section.getAttribute('open')) === null)
      await section.locator('summary').first().click();
  }

  get state(): Locator {
    return this.byTestId('policy-state');
  }

  /** Wait until the state is not 'loading'; returns data-state and data-reason. */
  async settled(timeout = 20_000): Promise<{ state: string; reason: string | null }> {
    await this.page.waitForFunction(
      () => {
        const el = document.querySelector('[data-testid="policy-state"]');
        return el !== null && el.getAttribute('data-state') !== 'loading';
      },
      undefined,
      { timeout },
    );
    return {
      state: (await this.state.getAttribute('data-state')) ?? '',
      reason: await this.state.getAttribute('data-reason'),
    };
  }

  async elements(): Promise<PolicyElementRow[]> {
    return this.page.locator('[data-testid^="policy-element-"]').evaluateAll((els) =>
      els.map((el) => ({
        element: (el.getAttribute('data-testid') ?? '').replace('policy-element-', ''),
        state: el.getAttribute('data-state') ?? '',
      })),
    );
  }

  element(name: string): Locator {
    return this.byTestId(`policy-element-${name}`);
  }

  get retry(): Locator {
    return this.byTestId('policy-retry');
  }
}
