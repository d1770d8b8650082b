import type { Locator, Page } from 'playwright-core';

// The letters page (letters.html), by its data-testid contract.

export class LettersPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, url: string): Promise<LettersPage> {
    await page.goto(url);
    const letters = new LettersPage(page);
    await letters.ready();
    return letters;
  }

  byTestId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  /** The letter text is drafted once the page has its inputs. */
  async ready(): Promise<void> {
    await this.byTestId('letter-text').waitFor({ state: 'visible', timeout: 15_000 });
    await this.page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="letter-text"]') as HTMLTextAreaElement | null)
          ?.value !== '',
      undefined,
      { timeout: 10_000 },
    );
  }

  get text(): Locator {
    return this.byTestId('letter-text');
  }

  async fillDetails(
    details: Partial<Record<'name' | 'address' | 'email' | 'phone' | 'place', string>>,
  ) {
    for (const [field, value] of Object.entries(details))
      await this.byTestId(`letter-user-${field}`).fill(value);
  }

  /** Downloads the letter; returns the file name and its text. */
  async download(format: 'txt' | 'md'): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download', { timeout: 15_000 });
    await this.byTestId(`letter-download-${format}`).click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
    return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  async markSent(sentAt?: string): Promise<string> {
    if (sentAt !== undefined) await this.byTestId('letter-sent-at').fill(sentAt);
    await this.byTestId('letter-mark-sent').click();
    const status = this.byTestId('letter-mark-status');
    await this.page.waitForFunction(
      () => {
        const s = document
          .querySelector('[data-testid="letter-mark-status"]')
          ?.getAttribute('data-state');
        return s === 'saved' || s === 'reminded' || s === 'failed';
      },
      undefined,
      { timeout: 10_000 },
    );
    return (await status.getAttribute('data-state')) ?? '';
  }
}
