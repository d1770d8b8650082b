// The disclosure-ledger benchmark itself, shared by the Node runner
// (history.ts, fake-indexeddb) and the Chromium runner (history-browser.ts,
// real IndexedDB). Reports figures, asserts nothing (STYLE.md).
import {
  DATA_CATEGORIES,
  type DataCategory,
  type PageKind,
} from '../../analyzer/model/scan-report';
import {
  buildDisclosure,
  parseLedgerFile,
  verifyLedgerFile,
  type DisclosureDraft,
  type Ledger,
} from '../../history';
import { observation } from '../unit/history/fixtures';

const SITES = 500;

// mulberry32, fixed seed: every run builds the same ledger.
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20261125);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
// Zipf-like: a few shops get most of the orders, as in real shopping.
const siteOf = () => `https://shop-${Math.floor(SITES * random() ** 3)}.example.co.id`;
const KINDS: readonly PageKind[] = ['checkout', 'checkout', 'checkout', 'signup', 'account'];
const START = Date.UTC(2025, 0, 1);

export function makeDraft(i: number): DisclosureDraft {
  const origin = siteOf();
  const categories = new Set<DataCategory>(['name', 'email', 'phone']);
  const extra = Math.floor(random() * 4);
  for (let k = 0; k < extra; k++) categories.add(pick(DATA_CATEGORIES));
  return buildDisclosure(
    observation({
      submittedAt: new Date(START + i * 600_000 + Math.floor(random() * 300_000)),
      pageUrl: `${origin}/checkout/step-${i % 3}`,
      pageKind: pick(KINDS),
      fields: [...categories].map((category) => ({ category, hadValue: true })),
    }),
  );
}

const ms = (t: number) => t.toFixed(2);
async function time<T>(task: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await task();
  return [result, performance.now() - start];
}
async function repeat(
  log: (line: string) => void,
  label: string,
  runs: number,
  task: () => Promise<unknown>,
) {
  const samples: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const [result, t] = await time(task);
    samples.push(t);
    if (Array.isArray(result)) size = result.length;
    else if (
      result &&
      typeof result === 'object' &&
      'records' in result &&
      Array.isArray(result.records)
    )
      size = result.records.length;
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const p50 = samples[Math.floor(samples.length / 2)] ?? 0;
  const max = samples[samples.length - 1] ?? 0;
  log(`| ${label} | ${size} | ${ms(mean)} | ${ms(p50)} | ${ms(max)} | ${runs} |`);
}

export async function runHistoryBench(
  newLedger: () => Promise<Ledger>,
  total: number,
  log: (line: string) => void,
): Promise<void> {
  log(`${total.toLocaleString('en')} records over ${SITES} sites\n`);

  // 1. One append at a time, as the background does at each submit.
  {
    const ledger = await newLedger();
    const drafts = Array.from({ length: 1000 }, (_, i) => makeDraft(i));
    const [, t] = await time(async () => {
      for (const d of drafts) await ledger.append(d);
    });
    log(
      `append, one at a time (empty ledger): ${ms(t / drafts.length)} ms/record over ${drafts.length}`,
    );
    ledger.close();
  }

  // 2. Seed the big ledger in batches, then time single appends on top of it.
  const ledger = await newLedger();
  {
    let seeded = 0;
    const [, t] = await time(async () => {
      while (seeded < total) {
        const n = Math.min(5000, total - seeded);
        await ledger.appendMany(Array.from({ length: n }, (_, k) => makeDraft(seeded + k)));
        seeded += n;
      }
    });
    log(
      `appendMany in batches of 5,000: ${ms(t / total)} ms/record (${(t / 1000).toFixed(1)} s total)`,
    );
    const more = Array.from({ length: 200 }, (_, i) => makeDraft(total + i));
    const [, t2] = await time(async () => {
      for (const d of more) await ledger.append(d);
    });
    log(
      `append, one at a time (at ${total.toLocaleString('en')}): ${ms(t2 / more.length)} ms/record over ${more.length}`,
    );
  }

  // 3. Dashboard queries.
  const sites = await ledger.sites();
  const bySize = [...sites].sort((a, b) => b.count - a.count);
  const biggest = bySize[0];
  const median = bySize[Math.floor(bySize.length / 2)];
  if (!biggest || !median) throw new Error('no sites');
  log(`\nsites: ${sites.length}; biggest ${biggest.count} records, median ${median.count}\n`);
  log('| query | rows | mean ms | p50 ms | max ms | runs |');
  log('| --- | ---: | ---: | ---: | ---: | ---: |');
  await repeat(log, 'sites() — every site with categories, first/last', 20, () => ledger.sites());
  await repeat(log, 'siteRecords(biggest site), page of 50', 20, () =>
    ledger.siteRecords(biggest.origin, { limit: 50 }),
  );
  await repeat(log, 'siteRecords(median site), all (limit 500)', 20, () =>
    ledger.siteRecords(median.origin, { limit: 500 }),
  );
  await repeat(log, 'siteRecords(biggest site), all (limit 500)', 10, () =>
    ledger.siteRecords(biggest.origin, { limit: 500 }),
  );
  await repeat(log, "whoHas('national_id')", 20, () => ledger.whoHas('national_id'));
  await repeat(log, 'timeline, newest page of 50', 20, () => ledger.timeline({ limit: 50 }));
  await repeat(log, 'timeline, page 21 (offset 1,000)', 5, () =>
    ledger.timeline({ limit: 50, offset: 1000 }),
  );
  await repeat(log, "timeline, category 'passport', page of 50", 10, () =>
    ledger.timeline({ category: 'passport', limit: 50 }),
  );
  await repeat(log, 'timeline, one month, page of 50', 20, () =>
    ledger.timeline({
      from: '2025-02-01T00:00:00.000Z',
      to: '2025-02-28T23:59:59.999Z',
      limit: 50,
    }),
  );
  await repeat(log, "searchSites('shop-1')", 20, () => ledger.searchSites('shop-1'));

  // 4. Export, verify, import.
  const [json, tExport] = await time(() => ledger.exportJson());
  const bytes = new Blob([json]).size;
  log(`\nexportJson: ${ms(tExport)} ms, ${(bytes / 2 ** 20).toFixed(1)} MB`);
  log(
    `JSON size: ${(((bytes / (total + 200) / 1024) * 1000) / 1024).toFixed(2)} MB per 1,000 records (${Math.round(bytes / (total + 200))} bytes/record)`,
  );
  const [, tVerify] = await time(() => ledger.verify());
  log(`verify() (export + re-hash every record): ${ms(tVerify)} ms`);
  const [file, tParse] = await time(async () => parseLedgerFile(json));
  log(`parseLedgerFile (JSON + strict zod): ${ms(tParse)} ms`);
  const [, tChain] = await time(() => verifyLedgerFile(file));
  log(`verifyLedgerFile (chain only): ${ms(tChain)} ms`);
  const target = await newLedger();
  const [imported, tImport] = await time(() => target.importJson(json));
  log(`importJson into an empty ledger: ${ms(tImport)} ms (${imported.added} entries)`);
  const [, tAgain] = await time(() => target.importJson(json));
  log(`importJson again (idempotent, no-op): ${ms(tAgain)} ms`);
  const [, tDelete] = await time(() => ledger.deleteSite(median.origin));
  log(`deleteSite(median site, ${median.count} records): ${ms(tDelete)} ms`);
}
