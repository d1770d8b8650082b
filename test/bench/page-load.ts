// Page-load overhead of the built extension on the fixture shops, the way page load is usually
// measured (figures, never assertions; see README.md):
//   - navigation timing: responseEnd → domContentLoadedEventEnd and → loadEventEnd, and
//     loadEventEnd from the navigation start (what "load time" usually means)
//   - first-contentful-paint
//   - the renderer main thread's busy time from the navigation start to loadEventEnd (top-level
//     RunTask slices of a devtools.timeline trace)
//   - where the extension's own main-thread work falls: before loadEventEnd or after it (within
//     SETTLE_MS), from the trace's EvaluateScript / FunctionCall / v8.compile slices of
//     chrome-extension:// scripts
// Three persistent Chromium contexts: no extension, Tegas (the build), and an extension with
// empty content scripts at the same run_at/world as Tegas's (generated in a temp folder), so
// that "any extension" and "Tegas" can be told apart. Loads are interleaved (every shop in
// each round, the arms in a rotating order), each in a fresh tab of the same server.
// Run: npx wxt build && npm run bench:page-load  [-- --pairs 40 --settle 1000 --no-empty
//      --shops checkout,spa]
// The build folder follows TEGAS_OUT_DIR / TEGAS_CHROME_EXT (test/e2e/harness/paths.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/harness/chromium';
import { assertBuilt, CHROME_EXT_DIR, CHROMIUM_PATH, ROOT } from '../e2e/harness/paths';
import { startShopServer, SHOPS, type ShopServer } from '../e2e/shops/server';
import { median, prng } from './stats';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
/** Measured loads per arm and shop (each round loads every arm once). */
const PAIRS = Number(arg('pairs')) || 40;
/** Discarded rounds first: compile caches, the service worker's first start. */
const WARMUP = 2;
/** After loadEventEnd, so that the extension's idle-time work (and the SPA's late form) shows. */
const SETTLE_MS = Number(arg('settle')) || 1_000;
const WITH_EMPTY = !process.argv.includes('--no-empty');
const JSON_OUT = join(ROOT, '.tmp', 'bench-page-load.json');
/** Bootstrap resamples for the 95 % interval of the median paired difference. */
const RESAMPLES = 4_000;

/** toko-f is served as an extra page, as in test/e2e/chromium-privacy.e2e.test.ts. */
const TOKO_F_PATH = '/toko-f/checkout';
const SHOP_NAMES = [...Object.keys(SHOPS), 'toko-f'];
const shopsArg = arg('shops')?.split(',');
const SHOPS_RUN = shopsArg ? SHOP_NAMES.filter((s) => shopsArg.includes(s)) : SHOP_NAMES;

type Arm = 'none' | 'tegas' | 'empty';

interface Context {
  readonly arm: Arm;
  readonly context: BrowserContext;
  close(): Promise<void>;
}

async function launch(arm: Arm, extDir: string | null): Promise<Context> {
  const profileDir = await mkdtemp(join(tmpdir(), `tegas-page-load-${arm}-`));
  const args = extDir
    ? [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...CHROMIUM_ARGS]
    : CHROMIUM_ARGS;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
    locale: 'id-ID',
  });
  if (extDir) {
    // The extension is running (its service worker started) before the first load.
    if (!context.serviceWorkers().some((w) => w.url().startsWith('chrome-extension://'))) {
      await context.waitForEvent('serviceworker', { timeout: 15_000 });
    }
  }
  return {
    arm,
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * An extension that does nothing: Tegas's manifest with every content script and the service
 * worker replaced by an empty file, so it costs what loading any such extension costs.
 */
async function writeEmptyExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tegas-empty-ext-'));
  const tegas = JSON.parse(readFileSync(join(CHROME_EXT_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches: string[]; run_at?: string; world?: string; js?: string[] }[];
  };
  const files: string[] = [];
  const contentScripts = (tegas.content_scripts ?? []).map((c, i) => {
    const file = `content-scripts/empty-${i}.js`;
    files.push(file);
    return { ...c, js: [file] };
  });
  mkdirSync(join(dir, 'content-scripts'));
  for (const file of files) writeFileSync(join(dir, file), 'void 0;\n');
  writeFileSync(join(dir, 'background.js'), '// empty\n');
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty baseline',
      version: '0.0.1',
      permissions: ['storage'],
      host_permissions: ['http://*/*', 'https://*/*'],
      background: { service_worker: 'background.js' },
      content_scripts: contentScripts,
    }),
  );
  return dir;
}

// --- one load ------------------------------------------------------------------

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { frame?: string; data?: { url?: string; documentLoaderURL?: string } };
}

interface LoadSample {
  /** PerformanceNavigationTiming.loadEventEnd, from the navigation start (ms). */
  loadMs: number;
  /** responseEnd → domContentLoadedEventEnd (ms). */
  dclFromResponseMs: number;
  /** responseEnd → loadEventEnd (ms). */
  loadFromResponseMs: number;
  /** first-contentful-paint, from the navigation start (ms). */
  fcpMs: number;
  /** Renderer main thread: top-level task time from the navigation start to loadEventEnd (ms). */
  busyPreLoadMs: number;
  /** Extension script slices on the page's main thread before loadEventEnd (ms). */
  extPreLoadMs: number;
  /** … and after it, up to loadEventEnd + SETTLE_MS (ms). */
  extPostLoadMs: number;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
];
/** Slices that carry the script URL they run (nested ones are counted once). */
const SCRIPT_SLICES = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.produceCache']);

/** Sum of the parts of [start, end) slices inside [from, to), counting nested slices once. */
function coveredTime(slices: readonly [number, number][], from: number, to: number): number {
  const sorted = [...slices].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reached = from;
  for (const [s, e] of sorted) {
    const start = Math.max(s, reached);
    const end = Math.min(e, to);
    if (end > start) total += end - start;
    reached = Math.max(reached, Math.min(e, to));
  }
  return total / 1000;
}

/** The page's figures from the trace of one load (µs timestamps). */
function fromTrace(events: readonly TraceEvent[], url: string) {
  const nav = events.filter(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url,
  );
  const start = nav[nav.length - 1];
  if (!start) throw new Error(`no navigationStart for ${url} in the trace`);
  const { pid, tid } = start;
  const frame = start.args?.frame;
  const loads = events.filter(
    (e) => e.name === 'loadEventEnd' && e.pid === pid && e.args?.frame === frame && e.ts > start.ts,
  );
  const loadTs = Math.max(...loads.map((e) => e.ts));
  if (!Number.isFinite(loadTs)) throw new Error(`no loadEventEnd for ${url} in the trace`);
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const span = (e: TraceEvent): [number, number] => [e.ts, e.ts + (e.dur ?? 0)];
  const tasks = onMain.filter((e) => e.name === 'RunTask').map(span);
  const ext = onMain
    .filter(
      (e) =>
        SCRIPT_SLICES.has(e.name) && (e.args?.data?.url ?? '').startsWith('chrome-extension://'),
    )
    .map(span);
  return {
    busyPreLoadMs: coveredTime(tasks, start.ts, loadTs),
    extPreLoadMs: coveredTime(ext, start.ts, loadTs),
    extPostLoadMs: coveredTime(ext, loadTs, loadTs + SETTLE_MS * 1000),
  };
}

async function measuredLoad(context: BrowserContext, url: string): Promise<LoadSample> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const timing = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return nav
        ? {
            loadMs: nav.loadEventEnd,
            dclFromResponseMs: nav.domContentLoadedEventEnd - nav.responseEnd,
            loadFromResponseMs: nav.loadEventEnd - nav.responseEnd,
            fcpMs: fcp ? fcp.startTime : NaN,
          }
        : null;
    });
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    if (!timing) throw new Error(`no navigation entry for ${url}`);
    return { ...timing, ...fromTrace(events, url) };
  } finally {
    await page.close();
  }
}

// --- statistics ------------------------------------------------------------------

/** Percentile-bootstrap 95 % interval of the median of `xs`. */
function bootstrapMedian(xs: readonly number[], seed = 20261125): [number, number] {
  const data = xs.filter(Number.isFinite);
  if (data.length === 0) return [NaN, NaN];
  const rand = prng(seed);
  const medians: number[] = [];
  for (let r = 0; r < RESAMPLES; r++) {
    const sample = data.map(() => data[Math.floor(rand() * data.length)] ?? NaN);
    medians.push(median(sample));
  }
  medians.sort((a, b) => a - b);
  return [
    medians[Math.floor(RESAMPLES * 0.025)] ?? NaN,
    medians[Math.ceil(RESAMPLES * 0.975) - 1] ?? NaN,
  ];
}

interface Comparison {
  withoutMedian: number;
  withMedian: number;
  /** Median of the per-round differences (arm − no extension). */
  medianDiff: number;
  diffCi95: [number, number];
  /** medianDiff (and its interval) in % of the no-extension median. */
  overheadPct: number;
  overheadCi95Pct: [number, number];
}

function compare(
  without: readonly LoadSample[],
  withArm: readonly LoadSample[],
  key: keyof LoadSample,
): Comparison {
  const a = without.map((s) => s[key]);
  const b = withArm.map((s) => s[key]);
  const diffs = b.map((y, i) => y - (a[i] ?? NaN));
  const base = median(a);
  const md = median(diffs);
  const ci = bootstrapMedian(diffs);
  return {
    withoutMedian: base,
    withMedian: median(b),
    medianDiff: md,
    diffCi95: ci,
    overheadPct: (md / base) * 100,
    overheadCi95Pct: [(ci[0] / base) * 100, (ci[1] / base) * 100],
  };
}

// --- main ------------------------------------------------------------------------

const ORDERS: Arm[][] = [
  ['none', 'tegas', 'empty'],
  ['tegas', 'empty', 'none'],
  ['empty', 'none', 'tegas'],
  ['none', 'empty', 'tegas'],
  ['tegas', 'none', 'empty'],
  ['empty', 'tegas', 'none'],
];

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim();
const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
const pct = (n: number) => (Number.isFinite(n) ? `${n >= 0 ? '+' : ''}${n.toFixed(1)} %` : 'n/a');

function urlOf(server: ShopServer, shop: string): string {
  return shop === 'toko-f' ? server.origin + TOKO_F_PATH : server.url(shop as keyof typeof SHOPS);
}

async function main(): Promise<void> {
  assertBuilt(CHROME_EXT_DIR, 'npx wxt build');
  const arms: Arm[] = WITH_EMPTY ? ['none', 'tegas', 'empty'] : ['none', 'tegas'];
  const loadBefore = loadavg();
  const started = new Date().toISOString();
  const server = await startShopServer({
    extraPages: {
      [TOKO_F_PATH]: readFileSync(
        join(ROOT, 'test', 'e2e', 'shops', 'toko-f-checkout-lengkap.html'),
        'utf8',
      ),
    },
  });
  const emptyDir = WITH_EMPTY ? await writeEmptyExtension() : null;
  const contexts = new Map<Arm, Context>();
  const samples = new Map<string, Record<Arm, LoadSample[]>>(
    SHOPS_RUN.map((s) => [s, { none: [], tegas: [], empty: [] }]),
  );
  let failed = 0;
  try {
    contexts.set('none', await launch('none', null));
    contexts.set('tegas', await launch('tegas', CHROME_EXT_DIR));
    if (emptyDir) contexts.set('empty', await launch('empty', emptyDir));
    const browserVersion = contexts.get('none')?.context.browser()?.version() ?? 'unknown';
    console.log(
      `Chromium ${browserVersion}; ${SHOPS_RUN.length} shops × ${PAIRS} rounds (+${WARMUP} warm-up) × arms ${arms.join(', ')}; settle ${SETTLE_MS} ms; loadavg ${loadBefore}`,
    );
    for (let round = 0; round < PAIRS + WARMUP; round++) {
      for (const shop of SHOPS_RUN) {
        const url = urlOf(server, shop);
        const order = (ORDERS[round % ORDERS.length] ?? []).filter((a) => arms.includes(a));
        const got: Partial<Record<Arm, LoadSample>> = {};
        for (const arm of order) {
          const ctx = contexts.get(arm);
          if (!ctx) continue;
          try {
            got[arm] = await measuredLoad(ctx.context, url);
          } catch (err) {
            failed++;
            console.error(`${shop} ${arm}: ${(err as Error).message}`);
          }
        }
        // A round counts only whole: the paired differences stay paired.
        if (round >= WARMUP && arms.every((a) => got[a])) {
          const row = samples.get(shop);
          for (const a of arms) if (row && got[a]) row[a].push(got[a]);
        }
      }
      if ((round + 1) % 5 === 0) console.log(`round ${round + 1}/${PAIRS + WARMUP}, ${loadavg()}`);
    }
    const loadAfter = loadavg();
    const measures: [keyof LoadSample, string][] = [
      ['loadMs', 'loadEventEnd'],
      ['loadFromResponseMs', 'responseEnd→loadEventEnd'],
      ['dclFromResponseMs', 'responseEnd→DCL end'],
      ['fcpMs', 'FCP'],
      ['busyPreLoadMs', 'main-thread busy before load'],
    ];
    const results = SHOPS_RUN.map((shop) => {
      const row = samples.get(shop) ?? { none: [], tegas: [], empty: [] };
      const by = (arm: Arm) =>
        Object.fromEntries(measures.map(([key]) => [key, compare(row.none, row[arm], key)]));
      const ext = (arm: Arm) => ({
        preLoadMs: median(row[arm].map((s) => s.extPreLoadMs)),
        postLoadMs: median(row[arm].map((s) => s.extPostLoadMs)),
      });
      return {
        shop,
        url: urlOf(server, shop).replace(server.origin, ''),
        n: row.none.length,
        tegas: by('tegas'),
        ...(WITH_EMPTY ? { empty: by('empty') } : {}),
        extensionScriptMs: { tegas: ext('tegas'), ...(WITH_EMPTY ? { empty: ext('empty') } : {}) },
      };
    });

    for (const [key, title] of measures) {
      console.log(
        `\n${title} (ms): median without | Tegas: median, paired median diff [95 % CI], overhead [CI]${WITH_EMPTY ? ' | empty extension: the same' : ''}`,
      );
      console.log(
        `| Shop | N | without | Tegas | Δ Tegas [95 % CI] | Tegas % [CI] |${WITH_EMPTY ? ' empty ext | Δ empty [95 % CI] | empty % [CI] |' : ''}\n| --- | ---: | ---: | ---: | ---: | ---: |${WITH_EMPTY ? ' ---: | ---: | ---: |' : ''}`,
      );
      for (const r of results) {
        const c = r.tegas[key];
        const e = r.empty?.[key];
        if (!c) continue;
        const cell = (x: Comparison) =>
          `${fmt(x.withMedian)} | ${fmt(x.medianDiff, 2)} [${fmt(x.diffCi95[0], 2)}, ${fmt(x.diffCi95[1], 2)}] | ${pct(x.overheadPct)} [${pct(x.overheadCi95Pct[0])}, ${pct(x.overheadCi95Pct[1])}]`;
        console.log(
          `| ${r.shop} | ${r.n} | ${fmt(c.withoutMedian)} | ${cell(c)} |${e ? ` ${cell(e)} |` : ''}`,
        );
      }
    }
    console.log(
      `\nExtension script time on the page's main thread (median ms): before loadEventEnd | after, within ${SETTLE_MS} ms\n| Shop | Tegas before | Tegas after |${WITH_EMPTY ? ' empty before | empty after |' : ''}\n| --- | ---: | ---: |${WITH_EMPTY ? ' ---: | ---: |' : ''}`,
    );
    for (const r of results) {
      const t = r.extensionScriptMs.tegas;
      const e = r.extensionScriptMs.empty;
      console.log(
        `| ${r.shop} | ${fmt(t.preLoadMs, 2)} | ${fmt(t.postLoadMs, 2)} |${e ? ` ${fmt(e.preLoadMs, 2)} | ${fmt(e.postLoadMs, 2)} |` : ''}`,
      );
    }
    console.log(`\nloadavg before ${loadBefore}; after ${loadAfter}; failed loads ${failed}`);
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    writeFileSync(
      JSON_OUT,
      JSON.stringify(
        {
          started,
          finished: new Date().toISOString(),
          chromium: browserVersion,
          extension: CHROME_EXT_DIR,
          rounds: PAIRS,
          warmup: WARMUP,
          settleMs: SETTLE_MS,
          arms,
          loadavgBefore: loadBefore,
          loadavgAfter: loadAfter,
          failedLoads: failed,
          results,
          samples: Object.fromEntries(samples),
        },
        null,
        1,
      ),
    );
    console.log(`JSON: ${JSON_OUT}`);
  } finally {
    for (const ctx of contexts.values()) await ctx.close();
    await server.close();
    if (emptyDir) await rm(emptyDir, { recursive: true, force: true });
  }
}

await main();
