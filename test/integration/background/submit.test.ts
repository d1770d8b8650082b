import './fake-env';
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractPage, type PageSnapshot } from '../../../analyzer';
import { DB_NAME, Ledger, type DisclosureRecord } from '../../../history';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import { DOMS } from '../../support/dom';
import {
  analysed,
  boot,
  contentSender,
  getView,
  openTab,
  popupSender,
  send,
  type Booted,
} from './helpers';

// page.submitted → the disclosure ledger, through the real router and handler,
// with WXT's fake browser and a fresh fake IndexedDB per test.

// A GET step before put a typed value in the query: the record's URL must drop it.
const URL_ = 'https://toko-uji.test/checkout?step=2&email=tegas-probe%40example.test';
const PAGE = `<!doctype html><html lang="id"><head><title>Checkout | Toko Uji</title></head><body>
  <h1>Checkout</h1>
  <form id="checkout" action="/bayar" method="post">
    <label for="nama">Nama Lengkap</label><input id="nama" name="nama" autocomplete="name" required>
    <label for="email">Email</label><input id="email" name="email" type="email" autocomplete="email" required>
    <label for="hp">No. HP</label><input id="hp" name="hp" type="tel" autocomplete="tel" required>
    <label for="nik">NIK (Nomor Induk Kependudukan)</label><input id="nik" name="nik" inputmode="numeric" maxlength="16">
    <label for="kartu">Nomor Kartu</label><input id="kartu" name="kartu" autocomplete="cc-number">
    <label for="alamat">Alamat Lengkap</label><textarea id="alamat" name="alamat"></textarea>
    <label><input type="checkbox" id="promo" name="promo" checked> Ya, kirimi saya promo dan penawaran melalui email dan WhatsApp.</label>
    <label><input type="checkbox" id="setuju" name="setuju" required> Saya setuju dengan <a href="/syarat">Syarat &amp; Ketentuan</a> dan <a href="/kebijakan-privasi">Kebijakan Privasi</a>.</label>
    <button type="submit" id="bayar">Bayar Sekarang</button>
  </form>
</body></html>`;

const snapshot: PageSnapshot = extractPage(DOMS.linkedom(PAGE), { url: URL_ });
const group = snapshot.groups.find((g) => g.selector === '#checkout')?.index ?? -1;

interface SubmitOptions {
  filled?: Record<string, boolean>;
  consents?: Record<string, boolean>;
  hints?: { selector: string; hint: string }[];
  url?: string;
}

function submitted(options: SubmitOptions = {}): Record<string, unknown> {
  const filled = options.filled ?? {
    '#nama': true,
    '#email': true,
    '#hp': true,
    '#nik': true,
    '#kartu': true,
    '#alamat': false,
  };
  const consents = options.consents ?? { '#promo': true, '#setuju': true };
  return {
    type: 'page.submitted',
    url: options.url ?? URL_,
    group,
    filled: Object.entries(filled).map(([selector, hadValue]) => ({ selector, hadValue })),
    consentStates: Object.entries(consents).map(([selector, checked]) => ({ selector, checked })),
    ...(options.hints ? { hints: options.hints } : {}),
    at: '2026-03-01T10:00:00.000Z',
  };
}

async function setSettings(patch: Partial<Settings>): Promise<void> {
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, ...patch } });
}

/** Another connection to the background's database, to read what it wrote. */
async function records(): Promise<DisclosureRecord[]> {
  const ledger = new Ledger({ indexedDB, IDBKeyRange });
  await ledger.open();
  try {
    return await ledger.db.records.orderBy('seq').toArray();
  } finally {
    ledger.close();
  }
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

let bg: Booted;
beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  Object.assign(globalThis, { indexedDB: new IDBFactory() });
  bg = await boot();
});

async function analysedTab(url = URL_) {
  const tab = await openTab(url);
  await send(analysed(snapshot), contentSender(tab));
  expect((await getView(tab.id)).status).toBe('analysed');
  return tab;
}

describe('a valid submit', () => {
  it('the fixture has the checkout group', () => {
    expect(group).toBeGreaterThanOrEqual(0);
  });

  it('appends one record with the categories given and the consent states at submit', async () => {
    const tab = await analysedTab();
    await send(submitted(), contentSender(tab));
    const [record, ...rest] = await records();
    expect(rest).toHaveLength(0);
    expect(record).toBeDefined();
    if (record === undefined) return;
    expect(record.origin).toBe('https://toko-uji.test');
    expect(record.pageUrl).toBe('https://toko-uji.test/checkout');
    expect(JSON.stringify(record)).not.toContain('tegas-probe');
    expect(record.pageKind).toBe('checkout');
    // The address had no value: not given.
    expect(record.categories).toEqual(['email', 'name', 'national_id', 'payment_card', 'phone']);
    const promo = record.consents.find((c) => c.text.startsWith('Ya, kirimi'));
    const terms = record.consents.find((c) => c.text.startsWith('Saya setuju'));
    expect(promo).toMatchObject({ checked: true, prechecked: true });
    expect(promo?.purposes).toContain('marketing');
    expect(terms).toMatchObject({ checked: true, prechecked: false, required: true });
    expect(record.policy?.url).toBe('https://toko-uji.test/kebijakan-privasi');
    expect(record.scan?.grade).toMatch(/^[A-E]$/);
    expect(record.findings.map((f) => f.ruleId)).toContain('consent.prechecked');
    expect(record.hints).toBeUndefined();
    expect((await getView(tab.id)).ledgerError).toBeUndefined();
  });

  it('records an unticked box as unticked and leaves out empty fields', async () => {
    const tab = await analysedTab();
    await send(
      submitted({
        filled: { '#nama': true, '#email': true, '#hp': false, '#nik': false, '#kartu': false },
        consents: { '#promo': false, '#setuju': true },
      }),
      contentSender(tab),
    );
    const [record] = await records();
    expect(record?.categories).toEqual(['email', 'name']);
    expect(record?.consents.find((c) => c.text.startsWith('Ya, kirimi'))?.checked).toBe(false);
  });

  it('keeps only masked email/phone hints, and only when the user opted in', async () => {
    const hints = [
      { selector: '#email', hint: 't***@example.test' },
      { selector: '#hp', hint: '0812****5432' },
      // Not a phone field, and not a masked shape: both dropped.
      { selector: '#nik', hint: '6201****5678' },
      { selector: '#email', hint: 'tegas-probe@example.test' },
    ];
    const tab = await analysedTab();
    await send(submitted({ hints }), contentSender(tab));
    await setSettings({ storeHints: true });
    await send(submitted({ hints }), contentSender(tab));
    await send(
      submitted({ hints: [{ selector: '#email', hint: 'tegas-probe@example.test' }] }),
      contentSender(tab),
    );
    const [off, on, unmasked] = await records();
    expect(off?.hints).toBeUndefined();
    expect(on?.hints).toEqual([
      { category: 'email', hint: 't***@example.test' },
      { category: 'phone', hint: '0812****5432' },
    ]);
    expect(unmasked?.hints).toBeUndefined();
  });

  it('still records when the page navigated away before the message was handled', async () => {
    const tab = await analysedTab();
    await fakeBrowser.tabs.onUpdated.trigger(tab.id, { status: 'loading' }, tab);
    await vi.waitFor(async () => expect((await getView(tab.id)).status).toBe('unknown'));
    await send(submitted(), contentSender(tab));
    expect(await records()).toHaveLength(1);
  });
});

describe('nothing is stored', () => {
  it('with keepHistory off: the database is not even created', async () => {
    await setSettings({ keepHistory: false });
    const tab = await analysedTab();
    await send(submitted(), contentSender(tab));
    expect(bg.counters.accepted).toBe(3);
    expect(await databaseNames()).not.toContain(DB_NAME);
  });

  it('on an ignored site', async () => {
    await setSettings({ ignoredSites: ['toko-uji.test'] });
    const tab = await openTab(URL_);
    await send(analysed(snapshot), contentSender(tab));
    await send(submitted(), contentSender(tab));
    expect(await databaseNames()).not.toContain(DB_NAME);
  });

  it('on a page that was not analysed (a kind the user turned off)', async () => {
    await setSettings({ pageKinds: { ...DEFAULT_SETTINGS.pageKinds, checkout: false } });
    const tab = await openTab(URL_);
    await send(analysed(snapshot), contentSender(tab));
    await send(submitted(), contentSender(tab));
    expect(await databaseNames()).not.toContain(DB_NAME);
  });

  it('for a submit from another page than the analysed one, or an unknown group', async () => {
    const tab = await analysedTab();
    await send(submitted({ url: 'https://toko-uji.test/other' }), contentSender(tab));
    await send({ ...submitted(), group: 999 }, contentSender(tab));
    expect(await databaseNames()).not.toContain(DB_NAME);
  });
});

describe('dropped submit messages', () => {
  const field = { selector: '#email', hadValue: true };
  it.each<[string, Record<string, unknown>]>([
    ['hadValue not a boolean', { filled: [{ selector: '#email', hadValue: 'yes' }] }],
    ['a negative group', { group: -1 }],
    ['too many fields', { filled: Array.from({ length: 401 }, () => field) }],
    ['a selector too long', { filled: [{ selector: 'x'.repeat(301), hadValue: true }] }],
    ['a hint too long', { hints: [{ selector: '#email', hint: 'x'.repeat(81) }] }],
    [
      'too many hints',
      { hints: Array.from({ length: 11 }, () => ({ selector: '#e', hint: 'a' })) },
    ],
    ['no consentStates', { consentStates: undefined }],
  ])('malformed or oversized: %s', async (_what, patch) => {
    const tab = await analysedTab();
    await send({ ...submitted(), ...patch }, contentSender(tab));
    expect(bg.counters.dropped.invalid).toBe(1);
    expect(await databaseNames()).not.toContain(DB_NAME);
  });

  it('from a foreign sender, a subframe, an extension page or another origin', async () => {
    const tab = await analysedTab();
    const senders = [
      { ...contentSender(tab), id: 'other-extension' },
      { ...contentSender(tab), frameId: 2 },
      popupSender(),
    ];
    for (const sender of senders) await send(submitted(), sender);
    expect(bg.counters.dropped.sender).toBe(3);
    await send(submitted({ url: 'https://evil.test/checkout' }), contentSender(tab));
    expect(bg.counters.dropped.url_mismatch).toBe(1);
    expect(await databaseNames()).not.toContain(DB_NAME);
  });

  it('a typed value smuggled in an extra key is stripped by the schema, never stored', async () => {
    const tab = await analysedTab();
    const message = submitted();
    const filled = [
      { selector: '#email', hadValue: true, value: 'tegas-probe-smuggled@example.test' },
    ];
    await send({ ...message, filled, value: '3174099912345678' }, contentSender(tab));
    const all = JSON.stringify(await records());
    expect(all).toContain('email');
    expect(all).not.toContain('smuggled');
    expect(all).not.toContain('3174099912345678');
  });

  it('more than 4 submits at once per tab: the rest are throttled', async () => {
    const tab = await analysedTab();
    await Promise.all(Array.from({ length: 6 }, () => send(submitted(), contentSender(tab))));
    expect(bg.counters.dropped.throttled).toBe(2);
    expect(await records()).toHaveLength(4);
  });
});

describe('a failing ledger', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('quota exceeded: no partial record, a clear error in the tab view, then recovery', async () => {
    const tab = await analysedTab();
    await send(submitted(), contentSender(tab));
    const before = await records();
    expect(before).toHaveLength(1);

    // The site summary is written after the record, in the same transaction.
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await send(submitted(), contentSender(tab));
    put.mockRestore();
    expect(await records()).toEqual(before);
    const view = await getView(tab.id);
    expect(view.ledgerError?.code).toBe('quota_exceeded');
    expect(view.ledgerError?.message).toMatch(/penuh|full/);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('quota_exceeded'), expect.anything());

    // The error outlives the page's navigation, and goes with the next good write.
    await fakeBrowser.tabs.onUpdated.trigger(tab.id, { status: 'loading' }, tab);
    expect((await getView(tab.id)).ledgerError?.code).toBe('quota_exceeded');
    await send(analysed(snapshot), contentSender(tab));
    await send(submitted(), contentSender(tab));
    expect(await records()).toHaveLength(2);
    expect((await getView(tab.id)).ledgerError).toBeUndefined();
  });

  it('a database that cannot open: unavailable, then reopened on the next submit', async () => {
    const tab = await analysedTab();
    const factory = indexedDB;
    const open = vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('no IndexedDB here', 'InvalidStateError');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await send(submitted(), contentSender(tab));
    expect((await getView(tab.id)).ledgerError?.code).toBe('unavailable');
    open.mockRestore();
    await send(submitted(), contentSender(tab));
    expect(await records()).toHaveLength(1);
    expect((await getView(tab.id)).ledgerError).toBeUndefined();
  });
});
