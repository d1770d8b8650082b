// Extension benchmarks in real Chromium (figures, never assertions; see README.md):
//   1. content-script size (minified bytes of .output/chrome-mv3/content-scripts/*.js)
//   2. main-thread time of the extension's scripts on a page without forms
//   3. time to analyse a typical checkout in the browser (extractMs from page.analysed on
//      loads without a profiler attached, and the CPU profile of the content script)
//   4. page-load overhead: median `load` time with vs without the extension
// Run: npx wxt build && npm run bench:extension  [-- --loads 15]
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../e2e/harness/chromium';
import { CHROME_EXT_DIR, ROOT } from '../e2e/harness/paths';
import '../e2e/harness/globals';
import { startShopServer, SHOPS, type ShopServer } from '../e2e/shops/server';
import { typicalCheckoutPage } from './pages';

const LOADS = Number(process.argv[process.argv.indexOf('--loads') + 1]) || 15;
const WARMUP = 2;
/** Profile a form-less page well past load, so that any late work (timers, observers) shows. */
const NO_FORM_PROFILE_MS = 7_000;
/** Loads of the typical checkout without the profiler, whose 50 µs sampling inflates extractMs. */
const EXTRACT_LOADS = 15;
const TYPICAL_PATH = '/bench/typical-checkout';

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

// --- 1. size -----------------------------------------------------------------

function contentScriptSizes(): { file: string; bytes: number; gzip: number }[] {
  const dir = join(CHROME_EXT_DIR, 'content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const buf = readFileSync(join(dir, f));
      return {
        file: `content-scripts/${f}`,
        bytes: statSync(join(dir, f)).size,
        gzip: gzipSync(buf).length,
      };
    });
}

// --- 2./3. CPU profile of the extension's scripts in the page's renderer -------

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Milliseconds of samples with an extension script (chrome-extension://) anywhere
 * on the stack, by script; with `byFunction`, by the innermost extension function.
 */
function extensionTime(profile: Profile, byFunction = false): Map<string, number> {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n] as const));
  const owner = new Map<number, string | null>();
  const ownerOf = (id: number): string | null => {
    const cached = owner.get(id);
    if (cached !== undefined) return cached;
    let found: string | null = null;
    // The outermost extension frame owns the sample (a script calling another counts once).
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)?.callFrame;
      const url = frame?.url ?? '';
      if (!url.startsWith('chrome-extension://')) continue;
      const script = url.replace(/^chrome-extension:\/\/[^/]+\//, '');
      if (byFunction) {
        found = `${script}:${frame?.functionName || '(top level)'}`;
        break;
      }
      found = script;
    }
    owner.set(id, found);
    return found;
  };
  const out = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // timeDeltas[i] is the time before sample i; attribute the gap after it to it.
  for (let i = 0; i < samples.length; i++) {
    const script = ownerOf(samples[i] ?? -1);
    const dt = (deltas[i + 1] ?? 0) / 1000;
    if (script !== null) out.set(script, (out.get(script) ?? 0) + dt);
  }
  return out;
}

/** Milliseconds of samples that are not `(idle)`: the renderer main thread's busy time. */
function busyTime(profile: Profile): number {
  const idle = new Set(
    profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id),
  );
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    if (!idle.has(samples[i] ?? -1)) total += (deltas[i + 1] ?? 0) / 1000;
  }
  return total;
}

/** Load `url` in a fresh tab while the renderer is profiled; returns ms per extension script. */
async function profileLoad(context: BrowserContext, url: string, profileMs: number) {
  const page = await context.newPage();
  // Same-origin start, renderer-initiated navigation: the profiled process stays the page's.
  await page.goto(new URL('/', url).href);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.evaluate((u) => {
    location.href = u;
  }, url);
  await page.waitForURL(url, { waitUntil: 'load' });
  await page.waitForTimeout(profileMs);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  await page.close();
  return {
    byScript: extensionTime(profile),
    byFunction: extensionTime(profile, true),
    busyMs: busyTime(profile),
  };
}

/** Record every page.analysed extractMs the background receives (a second listener). */
async function recordExtractMs(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __tegasBench?: { url: string; ms: number }[] };
    g.__tegasBench = [];
    chrome.runtime.onMessage.addListener((m: unknown, sender) => {
      if (typeof m === 'object' && m !== null && 'type' in m && m.type === 'page.analysed') {
        const ms = 'extractMs' in m && typeof m.extractMs === 'number' ? m.extractMs : NaN;
        g.__tegasBench?.push({ url: sender.url ?? '', ms });
      }
      return undefined;
    });
  });
}

async function extractMsSeen(worker: Worker): Promise<{ url: string; ms: number }[]> {
  return worker.evaluate(
    () =>
      (globalThis as unknown as { __tegasBench?: { url: string; ms: number }[] }).__tegasBench ??
      [],
  );
}

// --- 4. page-load overhead -----------------------------------------------------

async function loadTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return nav ? nav.loadEventEnd || nav.loadEventStart : NaN;
  });
}

async function loadOverhead(
  server: ShopServer,
  withExt: ChromiumSession,
  without: ChromiumSession,
) {
  const targets: [string, string][] = [
    ...Object.entries(SHOPS).map(([name, s]): [string, string] => [name, server.origin + s.path]),
    ['typical checkout (1,487 el.)', server.origin + TYPICAL_PATH],
  ];
  const pageWith = await withExt.context.newPage();
  const pageWithout = await without.context.newPage();
  const rows: {
    page: string;
    without: number;
    with: number;
    overheadPct: number;
    minWithout: number;
    minWith: number;
  }[] = [];
  for (const [name, url] of targets) {
    const a: number[] = [];
    const b: number[] = [];
    // Interleaved, so drift on a busy machine hits both sides alike.
    for (let i = 0; i < LOADS + WARMUP; i++) {
      // Alternate which side goes first, so neither always gets the warmer cache.
      const first = i % 2 === 0;
      const x = first ? await loadTime(pageWithout, url) : NaN;
      const y = await loadTime(pageWith, url);
      const x2 = first ? x : await loadTime(pageWithout, url);
      if (i >= WARMUP) {
        a.push(x2);
        b.push(y);
      }
    }
    const m0 = median(a);
    const m1 = median(b);
    rows.push({
      page: name,
      without: m0,
      with: m1,
      overheadPct: ((m1 - m0) / m0) * 100,
      minWithout: Math.min(...a),
      minWith: Math.min(...b),
    });
  }
  return rows;
}

// --- main ------------------------------------------------------------------------

const sumBy = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((x, y) => y[1] - x[1])
    .slice(0, n)
    .map(([k, v]) => `${k} ${v.toFixed(2)} ms`);

async function main(): Promise<void> {
  const sizes = contentScriptSizes();
  const server = await startShopServer({ extraPages: { [TYPICAL_PATH]: typicalCheckoutPage() } });
  const withExt = await launchChromium();
  const without = await launchChromium({ extension: false });
  try {
    if (withExt.worker === null) throw new Error('no service worker');
    await recordExtractMs(withExt.worker);

    const noFormRuns = [];
    for (let i = 0; i < 3; i++) {
      noFormRuns.push(
        await profileLoad(withExt.context, server.url('article'), NO_FORM_PROFILE_MS),
      );
    }
    // The median run by total extension time.
    const noFormSorted = [...noFormRuns].sort((x, y) => sumBy(x.byScript) - sumBy(y.byScript));
    const noFormMedian = noFormSorted[1] ?? noFormSorted[0];
    if (noFormMedian === undefined) throw new Error('no profile');
    const noForm = noFormMedian.byScript;
    const checkoutCpu: Map<string, number>[] = [];
    const checkoutRuns: { byScript: Map<string, number>; busyMs: number }[] = [];
    const checkoutFns = new Map<string, number>();
    for (let i = 0; i < 5; i++) {
      const run = await profileLoad(withExt.context, server.origin + TYPICAL_PATH, 2_500);
      checkoutCpu.push(run.byScript);
      checkoutRuns.push(run);
      for (const [k, v] of run.byFunction) checkoutFns.set(k, (checkoutFns.get(k) ?? 0) + v / 5);
    }
    const ofTypical = (seen: { url: string; ms: number }[]) =>
      seen.filter((s) => s.url.endsWith(TYPICAL_PATH)).map((s) => s.ms);
    const profiledExtract = ofTypical(await extractMsSeen(withExt.worker));
    const plain = await withExt.context.newPage();
    for (let i = 0; i < EXTRACT_LOADS; i++) {
      await plain.goto(server.origin + TYPICAL_PATH, { waitUntil: 'load' });
      await plain.waitForTimeout(1_500);
    }
    await plain.close();
    const typicalExtract = ofTypical(await extractMsSeen(withExt.worker)).slice(
      profiledExtract.length,
    );
    const overhead = await loadOverhead(server, withExt, without);

    const cs = (m: Map<string, number>) => m.get('content-scripts/consent.js') ?? 0;
    const po = (m: Map<string, number>) => m.get('content-scripts/page-observer.js') ?? 0;

    console.log(
      `\nTegas extension benchmarks — Chromium ${withExt.context.browser()?.version() ?? ''}`,
    );
    console.log(`(${LOADS} loads per side after ${WARMUP} warm-up; medians)\n`);
    console.log('| Measure | Figure | Target |\n| --- | ---: | --- |');
    for (const s of sizes) {
      console.log(
        `| size ${s.file} | ${(s.bytes / 1024).toFixed(1)} kB min (${(s.gzip / 1024).toFixed(1)} kB gzip) | ≤ 30 kB min |`,
      );
    }
    console.log(
      `| main thread, article without forms (consent.js, median of 3 profiles) | ${fmt(cs(noForm))} ms | < 1 ms |`,
    );
    console.log(
      `| main thread, article without forms (page-observer.js) | ${fmt(po(noForm))} ms | |`,
    );
    console.log(
      `| main thread, article without forms (all extension scripts) | ${fmt(sumBy(noForm))} ms | |`,
    );
    console.log(
      `| typical checkout: extractMs reported by the content script (median of ${typicalExtract.length}) | ${fmt(median(typicalExtract))} ms | < 15 ms |`,
    );
    console.log(
      `| typical checkout: extractMs while profiled (median of ${profiledExtract.length}) | ${fmt(median(profiledExtract))} ms | |`,
    );
    console.log(
      `| typical checkout: content-script CPU per load (profile, median of ${checkoutCpu.length}) | ${fmt(median(checkoutCpu.map(cs)))} ms | |`,
    );
    const shares = checkoutRuns.map((r) => (sumBy(r.byScript) / r.busyMs) * 100);
    console.log(
      `| typical checkout: extension share of the renderer's busy main-thread time, load + 2.5 s (median of ${shares.length}) | ${fmt(median(shares), 1)} % | |`,
    );
    console.log(
      `| article: extension share of busy main-thread time, load + 7 s | ${fmt((sumBy(noForm) / noFormMedian.busyMs) * 100, 1)} % | |`,
    );
    console.log(
      `\nTop extension functions, article without forms: ${top(noFormMedian.byFunction, 5).join('; ')}`,
    );
    console.log(
      `Top extension functions, typical checkout (mean per load): ${top(checkoutFns, 6).join('; ')}`,
    );
    console.log(
      '\n| Page | load without (ms) | load with (ms) | overhead (medians) | min without | min with |\n| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of overhead) {
      console.log(
        `| ${r.page} | ${fmt(r.without, 1)} | ${fmt(r.with, 1)} | ${fmt(r.overheadPct, 1)} % | ${fmt(r.minWithout, 1)} | ${fmt(r.minWith, 1)} |`,
      );
    }
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    writeFileSync(
      join(ROOT, '.tmp', 'bench-extension.json'),
      JSON.stringify(
        {
          sizes,
          noFormMs: noFormRuns.map((r) => Object.fromEntries(r.byScript)),
          noFormTopFunctions: top(noFormMedian.byFunction, 10),
          typicalCheckoutTopFunctions: top(checkoutFns, 10),
          typicalExtractMs: typicalExtract,
          typicalExtractMsProfiled: profiledExtract,
          typicalCheckoutCpuMs: checkoutCpu.map((m) => Object.fromEntries(m)),
          overhead,
          loads: LOADS,
        },
        null,
        2,
      ),
    );
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
