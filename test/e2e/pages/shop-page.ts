import type { Page } from 'playwright-core';
import type { ShopName, ShopServer, Submission } from '../shops/server';

// A fixture shop in a tab: what a shopper does there (fill, tick, submit) and
// what Tegas draws on it (the <tegas-highlights> host and its shadow boxes).

/** What a shopper types, per shop, always the same so submissions can be compared. */
const ENTRIES: Partial<Record<ShopName, Record<string, string>>> = {
  checkout: {
    '#nama': 'Siti Rahmawati',
    '#email': 'siti@example.test',
    '#hp': '081234567890',
    '#alamat': 'Jl. Melati No. 7, RT 02/RW 05',
    '#kota': 'Bandung',
    '#kodepos': '40132',
  },
  signup: { '#nama': 'Budi Santoso', '#email': 'budi@example.test', '#sandi': 'rahasia-123' },
  spa: {
    '#c-nama': 'Dewi Lestari',
    '#c-email': 'dewi@example.test',
    '#c-hp': '085711112222',
    '#c-alamat': 'Jl. Kenanga 3, Depok',
  },
};

/** Consent boxes the shopper ticks (the required terms box). */
const TICKS: Partial<Record<ShopName, string[]>> = {
  checkout: ['#setuju'],
  signup: ['#setuju'],
};

const SUBMIT: Partial<Record<ShopName, string>> = {
  checkout: '#bayar',
  signup: '#kirim',
  spa: '#c-bayar',
};

export interface HighlightBox {
  rule: string;
  /** The box's rectangle in the viewport. */
  rect: { x: number; y: number; width: number; height: number };
  pointerEvents: string;
}

/** Whether two rectangles overlap (touching edges do not count). */
export function overlaps(a: HighlightBox['rect'], b: HighlightBox['rect']): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export class ShopPage {
  constructor(
    readonly page: Page,
    readonly shop: ShopName,
    private readonly server: ShopServer,
  ) {}

  static async open(page: Page, server: ShopServer, shop: ShopName): Promise<ShopPage> {
    await page.goto(server.url(shop), { waitUntil: 'load' });
    const shopPage = new ShopPage(page, shop, server);
    if (shop === 'spa') await page.locator('#c-bayar').waitFor({ timeout: 10_000 });
    return shopPage;
  }

  /** Fill the form, tick the required box, submit; returns what the shop's server received. */
  async fillAndSubmit(): Promise<Submission> {
    const before = this.server.submissions.length;
    for (const [selector, value] of Object.entries(ENTRIES[this.shop] ?? {})) {
      await this.page.locator(selector).fill(value);
    }
    for (const selector of TICKS[this.shop] ?? []) await this.page.locator(selector).check();
    const submit = SUBMIT[this.shop];
    if (submit === undefined) throw new Error(`${this.shop} has no form`);
    await this.page.locator(submit).click();
    if (this.shop === 'spa') {
      await this.page.locator('#c-status', { hasText: 'Pesanan diterima' }).waitFor();
    } else {
      await this.page.locator('#thanks').waitFor();
    }
    const submission = this.server.submissions[before];
    if (submission === undefined) throw new Error('the shop received nothing');
    return submission;
  }

  /** Whether Tegas's highlight host is in the page. */
  async hasHighlightHost(): Promise<boolean> {
    return this.page.evaluate(() => document.querySelector('tegas-highlights') !== null);
  }

  /** The boxes in the host's open shadow root. */
  async highlightBoxes(): Promise<HighlightBox[]> {
    return this.page.evaluate(() => {
      const root = document.querySelector('tegas-highlights')?.shadowRoot;
      if (!root) return [];
      return [...root.querySelectorAll('[data-tegas-rule]')].map((el) => {
        const r = el.getBoundingClientRect();
        return {
          rule: el.getAttribute('data-tegas-rule') ?? '',
          rect: { x: r.x, y: r.y, width: r.width, height: r.height },
          pointerEvents: getComputedStyle(el).pointerEvents,
        };
      });
    });
  }

  /** The viewport rectangle of the first element matching `selector`. */
  async rectOf(selector: string): Promise<HighlightBox['rect'] | null> {
    return this.page.evaluate((sel) => {
      const r = document.querySelector(sel)?.getBoundingClientRect();
      return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    }, selector);
  }

  /** Every element in the highlight host whose computed pointer-events is not `none`. */
  async interceptingHighlightElements(): Promise<string[]> {
    return this.page.evaluate(() => {
      const host = document.querySelector('tegas-highlights');
      if (!host) return [];
      const all = [host, ...(host.shadowRoot?.querySelectorAll('*') ?? [])];
      return all
        .filter((el) => getComputedStyle(el).pointerEvents !== 'none')
        .map((el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : ''));
    });
  }

  /** The element a click at the centre of `selector` lands on (page's view). */
  async elementAtCentreOf(selector: string): Promise<string> {
    return this.page.evaluate((sel) => {
      const target = document.querySelector(sel);
      if (!target) return 'missing';
      const r = target.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      if (hit === target) return sel;
      return hit ? hit.tagName.toLowerCase() + (hit.id ? `#${hit.id}` : '') : 'nothing';
    }, selector);
  }
}
