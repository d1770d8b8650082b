import { beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../../../history';
import { day, draft, openLedger } from './helpers';

const TOKO = 'https://www.tokopedia.com';
const SHOPEE = 'https://shopee.co.id';
const BANK = 'https://daftar.bank-contoh.co.id';

let ledger: Ledger;
beforeAll(async () => {
  ledger = await openLedger();
  await ledger.appendMany([
    draft(TOKO, day(0), ['email', 'name', 'phone']),
    draft(SHOPEE, day(1), ['email', 'phone']),
    draft(BANK, day(2), ['name', 'national_id', 'tax_id'], 'signup'),
    draft(TOKO, day(3), ['address', 'payment_card']),
    draft(SHOPEE, day(4), ['national_id'], 'account'),
    draft(TOKO, day(5), ['email']),
  ]);
});

describe('by site', () => {
  it('lists sites, latest disclosure first, with what each holds and when', async () => {
    const sites = await ledger.sites();
    expect(sites.map((s) => [s.origin, s.count, s.first, s.last])).toEqual([
      [TOKO, 3, day(0), day(5)],
      [SHOPEE, 2, day(1), day(4)],
      [BANK, 1, day(2), day(2)],
    ]);
    expect(sites[0]?.categories).toEqual(['address', 'email', 'name', 'payment_card', 'phone']);
    expect(sites[0]?.categoryStats.find((s) => s.category === 'email')).toEqual({
      category: 'email',
      count: 2,
      first: day(0),
      last: day(5),
    });
  });

  it("lists one site's records newest first, paged", async () => {
    const page1 = await ledger.siteRecords(TOKO, { limit: 2 });
    expect(page1.records.map((r) => r.time)).toEqual([day(5), day(3)]);
    expect(page1.hasMore).toBe(true);
    const page2 = await ledger.siteRecords(TOKO, { limit: 2, offset: 2 });
    expect(page2.records.map((r) => r.time)).toEqual([day(0)]);
    expect(page2.hasMore).toBe(false);
  });
});

describe('by category', () => {
  it('answers "who has my NIK?"', async () => {
    expect(await ledger.whoHas('national_id')).toEqual([
      { origin: SHOPEE, host: 'shopee.co.id', count: 1, first: day(4), last: day(4) },
      { origin: BANK, host: 'daftar.bank-contoh.co.id', count: 1, first: day(2), last: day(2) },
    ]);
    expect(await ledger.whoHas('biometric')).toEqual([]);
    expect(await ledger.whoHas('not-a-category')).toEqual([]);
  });
});

describe('timeline, search and filters', () => {
  it('pages through everything newest first', async () => {
    const page = await ledger.timeline({ limit: 4 });
    expect(page.records.map((r) => r.time)).toEqual([day(5), day(4), day(3), day(2)]);
    expect(page.hasMore).toBe(true);
    expect((await ledger.timeline({ offset: 4 })).records.map((r) => r.time)).toEqual([
      day(1),
      day(0),
    ]);
  });

  it.each([
    [{ pageKind: 'signup' as const }, [day(2)]],
    [{ category: 'email' as const }, [day(5), day(1), day(0)]],
    [{ from: day(1), to: day(3) }, [day(3), day(2), day(1)]],
    [{ origin: SHOPEE, category: 'national_id' as const }, [day(4)]],
    [{ origin: TOKO, from: day(3) }, [day(5), day(3)]],
    [{ category: 'phone' as const, to: day(0) }, [day(0)]],
  ])('filters %j', async (query, times) => {
    expect((await ledger.timeline(query)).records.map((r) => r.time)).toEqual(times);
  });

  it('refuses a malformed query with a typed error', async () => {
    await expect(ledger.timeline({ limit: 10_000 })).rejects.toMatchObject({ code: 'read_failed' });
  });

  it.each([
    ['toko', [TOKO]],
    ['CO.ID', [SHOPEE, BANK]],
    ['https://shopee', [SHOPEE]],
    ['', [TOKO, SHOPEE, BANK]],
    ['lazada', []],
  ])('searches hosts for %j', async (text, origins) => {
    expect((await ledger.searchSites(text)).map((s) => s.origin)).toEqual(origins);
  });

  it('gives a record in full for the detail view', async () => {
    const [latest] = (await ledger.timeline({ limit: 1 })).records;
    if (!latest) throw new Error('no record');
    const detail = await ledger.record(latest.id);
    expect(detail?.consents.map((c) => [c.checked, c.prechecked, c.purposes])).toEqual([
      [true, false, ['terms']],
      [true, true, ['marketing', 'third_party']],
    ]);
    expect(detail?.statements[0]?.purposes).toEqual(['privacy']);
    expect(detail?.policy).toEqual({
      url: 'https://www.toko-nusantara.id/privasi',
      textHash: 'a'.repeat(64),
    });
    expect(await ledger.record('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });
});

describe('a common category', () => {
  it('pages by time scan and agrees with the full ordering', async () => {
    const big = await openLedger();
    const times = Array.from({ length: 2100 }, (_, i) =>
      new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    );
    await big.appendMany(
      times.map((t, i) => draft(i % 3 ? TOKO : SHOPEE, t, i % 2 ? ['email'] : ['email', 'phone'])),
    );
    const newestFirst = [...times].reverse();
    const page = await big.timeline({ category: 'email', offset: 100, limit: 20 });
    expect(page.records.map((r) => r.time)).toEqual(newestFirst.slice(100, 120));
    const phones = await big.timeline({ category: 'phone', limit: 5 });
    expect(phones.records.map((r) => r.time)).toEqual(
      newestFirst.filter((_, i) => (2099 - i) % 2 === 0).slice(0, 5),
    );
    big.close();
  }, 60_000);
});
