// Extraction speed in Chromium, the content script's way: extractPage with
// isVisibleByLayout, then hiddenConsentEvidence over the snapshot's consent
// controls and statements (what collectLive does), run in an isolated world
// like a content script's. Independent of the extension build: esbuild
// bundles analyzer/extract on its own.
//
//   npx tsx test/bench/extract-browser.ts [--loads N] [--worlds N] [--runs N] [--profile]
//                                         [--impl DIR] [--save FILE] [--compare FILE] [--page NAME]
//                                         [--fixtures]
//
// Per page it reports three kinds of run (ms; figures only, nothing asserted):
// - load:  the first scan after a fresh navigation, in a new isolated world (the extension's case);
// - world: a scan in a new isolated world on the already-loaded page: every DOM wrapper
//          is created afresh, as on a first scan, but style and layout are warm;
// - warm:  repeated scans in one world (the algorithm's own cost, wrappers already made).
// --profile adds V8 CPU profiles (self and inclusive time per function) of the
// first scan after each load and of warm scans, on the typical checkout.
// --impl DIR[,DIR2] bundles other copies of the code (directories holding
// analyzer/): with two, loads and runs alternate between them, so that a busy
// machine slows both alike (before/after), and their outputs must be equal.
// --save writes each page's output and --compare checks it against a saved one.
import { build } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/harness/chromium';
import { hugeCheckoutPage, typicalCheckoutPage } from './pages';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const SHOP_DIR = path.join(ROOT, 'test', 'e2e', 'shops');
const FIXTURE_DIR = path.join(ROOT, 'test', 'fixtures', 'pages');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}
const LOADS = Number(arg('loads') ?? 12);
const WORLDS = Number(arg('worlds') ?? 40);
const RUNS = Number(arg('runs') ?? 100);
const PROFILE = process.argv.includes('--profile');
const IMPLS = (arg('impl') ?? ROOT).split(',').map((dir) => path.resolve(dir));
const SAVE = arg('save');
const COMPARE = arg('compare');
const ONLY = arg('page');
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// What the content script does per scan (entrypoints/consent.content: scan() and live.ts).
const ENTRY = `
import { extractPage } from './analyzer/extract/index';
import { hiddenConsentEvidence, isVisibleByLayout } from './analyzer/extract/layout';
function scan() {
  const t0 = performance.now();
  const elements = new Map();
  const snapshot = extractPage(document, {
    url: location.href,
    isVisible: isVisibleByLayout,
    readLiveChecked: true,
    firstSeenChecked: new WeakMap(),
    elements,
  });
  const t1 = performance.now();
  const hidden = hiddenConsentEvidence([...snapshot.controls, ...snapshot.statements], document, elements);
  const t2 = performance.now();
  return { extract: t1 - t0, live: t2 - t1, output: { snapshot, hidden } };
}
globalThis.__tegasBench = (runs) => {
  const extract = [];
  const live = [];
  let first = '';
  let last = '';
  for (let i = 0; i < runs; i++) {
    const r = scan();
    extract.push(r.extract);
    live.push(r.live);
    if (i === 0) first = JSON.stringify(r.output);
    else if (i === runs - 1) last = JSON.stringify(r.output);
  }
  return { extract, live, output: first, stable: runs === 1 || first === last };
};
`;

async function bundleFor(dir: string): Promise<string> {
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: dir, loader: 'ts', sourcefile: 'extract-bench-entry.ts' },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
  });
  return `${bundle.outputFiles[0]?.text ?? ''}\n//# sourceURL=tegas-extract-bench.js`;
}
const SCRIPTS = await Promise.all(IMPLS.map(bundleFor));

const PAGES: { name: string; path: string; html: string; heavy?: boolean }[] = [
  { name: 'typical checkout (pages.ts)', path: '/typical', html: typicalCheckoutPage() },
  ...['toko-f-checkout-lengkap', 'toko-a-checkout', 'toko-b-daftar'].map((slug) => ({
    name: `${slug}.html`,
    path: `/${slug}`,
    html: readFileSync(path.join(SHOP_DIR, `${slug}.html`), 'utf8'),
  })),
  { name: 'huge checkout (pages.ts)', path: '/huge', html: hugeCheckoutPage(), heavy: true },
  // --fixtures: every labelled fixture page too, a few runs each (an output check more than a timing).
  ...(process.argv.includes('--fixtures')
    ? readdirSync(FIXTURE_DIR)
        .filter((file) => file.endsWith('.html'))
        .map((file) => ({
          name: `fixture ${file}`,
          path: `/fixture/${file}`,
          html: readFileSync(path.join(FIXTURE_DIR, file), 'utf8'),
          heavy: true,
        }))
    : []),
];

const server = createServer((req, res) => {
  const page = PAGES.find((p) => p.path === req.url);
  if (page) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
  else res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

interface RunResult {
  extract: number[];
  live: number[];
  output: string;
  stable: boolean;
}

let worldCount = 0;
async function newWorld(cdp: CDPSession, script: string): Promise<number> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: `tegas-bench-${++worldCount}`,
  });
  await evaluate(cdp, executionContextId, script);
  return executionContextId;
}

async function evaluate(cdp: CDPSession, contextId: number, expression: string): Promise<unknown> {
  const r = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
  if (r.exceptionDetails) throw new Error(`in page: ${JSON.stringify(r.exceptionDetails)}`);
  return r.result.value;
}

const runIn = async (cdp: CDPSession, contextId: number, runs: number): Promise<RunResult> =>
  (await evaluate(cdp, contextId, `__tegasBench(${runs})`)) as RunResult;

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return [mean, at(0.5), at(0.95), sorted[0] ?? NaN].map((v) => v.toFixed(2)).join(' | ');
}
const sum = (a: number[], b: number[]): number[] => a.map((v, i) => v + (b[i] ?? 0));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Self and inclusive ms per function (name + script), idle and GC-free frames kept as they are. */
function summarise(profiles: Profile[], loops: number, top = 24): string[] {
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) total += addProfile(profile, self, incl);
  const fmt = (m: Map<string, number>): string[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `    ${(v / loops).toFixed(3).padStart(7)} ms  ${k}`);
  return [
    `  busy per scan ${(total / loops).toFixed(2)} ms; self time per scan:`,
    ...fmt(self),
    '  inclusive time per scan:',
    ...fmt(incl),
  ];
}

function addProfile(
  profile: Profile,
  self: Map<string, number>,
  incl: Map<string, number>,
): number {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Blink and V8 built-ins have no source line; ours and the page's do.
  const key = (n: ProfileNode): string => {
    const name = n.callFrame.functionName || '(anonymous)';
    return n.callFrame.lineNumber < 0 && !name.startsWith('(') ? `${name} [native]` : name;
  };
  let total = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const node = byId.get(samples[i] ?? -1);
    if (!node) continue;
    const k = key(node);
    if (k === '(idle)') continue;
    total += dt;
    self.set(k, (self.get(k) ?? 0) + dt);
    const onStack = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id);
      if (n) onStack.add(key(n));
    }
    for (const s of onStack) incl.set(s, (incl.get(s) ?? 0) + dt);
  }
  return total;
}

async function profiled(cdp: CDPSession, what: () => Promise<unknown>): Promise<Profile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await what();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await cdp.send('Profiler.disable');
  return profile;
}

const saved: Record<string, string> = COMPARE
  ? (JSON.parse(readFileSync(COMPARE, 'utf8')) as Record<string, string>)
  : {};
const outputs: Record<string, string> = {};
let mismatches = 0;

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Fixture pages only: anything not on the local server (trackers, fonts) is refused.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort(),
  );
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  console.log(`Chromium ${browser.version()}, headless, isolated world`);
  IMPLS.forEach((dir, k) => console.log(`  [${k + 1}] ${dir}`));
  console.log(`loads ${LOADS}, worlds ${WORLDS}, warm runs ${RUNS}; ms: mean | median | p95 | min`);
  const profiles: string[] = [];
  const flat = (rs: RunResult[], k: 'extract' | 'live'): number[] => rs.flatMap((r) => r[k]);
  for (const p of PAGES.filter((page) => ONLY === undefined || page.name.includes(ONLY))) {
    const url = origin + p.path;
    const loads = p.heavy ? Math.min(LOADS, 3) : LOADS;
    const worlds = p.heavy ? Math.min(WORLDS, 5) : WORLDS;
    const runs = p.heavy ? Math.min(RUNS, 10) : RUNS;
    // Alternate the implementations run by run, so that machine load hits them alike.
    const order = (i: number): number[] =>
      SCRIPTS.map((_, k) => k).sort((a, b) => (i % 2 === 0 ? a - b : b - a));
    const load: RunResult[][] = SCRIPTS.map(() => []);
    for (let i = 0; i < loads; i++) {
      for (const k of order(i)) {
        await page.goto(url, { waitUntil: 'load' });
        load[k]?.push(await runIn(cdp, await newWorld(cdp, SCRIPTS[k] ?? ''), 1));
      }
    }
    const world: RunResult[][] = SCRIPTS.map(() => []);
    for (let i = 0; i < worlds; i++) {
      for (const k of order(i))
        world[k]?.push(await runIn(cdp, await newWorld(cdp, SCRIPTS[k] ?? ''), 1));
    }
    const warmWorlds: number[] = [];
    const warm: RunResult[] = [];
    for (const script of SCRIPTS) {
      const id = await newWorld(cdp, script);
      await runIn(cdp, id, 3);
      warmWorlds.push(id);
    }
    for (const [k, id] of warmWorlds.entries()) warm[k] = await runIn(cdp, id, runs);
    const elements = (await page.evaluate(() => document.querySelectorAll('*').length)) as number;
    console.log(`\n${p.name}: ${elements.toLocaleString('en')} elements`);
    const reference = load[0]?.[0]?.output ?? '';
    for (const [k] of SCRIPTS.entries()) {
      const all = [...(load[k] ?? []), ...(world[k] ?? []), warm[k]].filter(
        (r): r is RunResult => r !== undefined,
      );
      for (const [label, rs] of [
        [`load (${loads})`, load[k] ?? []],
        [`world (${worlds})`, world[k] ?? []],
        [`warm (${runs})`, warm[k] ? [warm[k]] : []],
      ] as const) {
        const e = flat(rs, 'extract');
        const l = flat(rs, 'live');
        console.log(
          `  [${k + 1}] ${label.padEnd(11)} total ${stats(sum(e, l))}   extract ${stats(e)}   live ${stats(l)}`,
        );
      }
      if (!all.every((r) => r.output === reference && r.stable)) {
        mismatches++;
        console.log(`  !! [${k + 1}] output differs from [1]'s first run`);
      }
    }
    const output = reference.split(origin).join('http://bench.local');
    outputs[p.name] = output;
    if (COMPARE) {
      const same = saved[p.name] === output;
      if (!same) mismatches++;
      console.log(`  output vs ${COMPARE}: ${same ? 'identical' : 'DIFFERENT'}`);
    }
    if (PROFILE && p.path === '/typical') {
      for (const [k] of SCRIPTS.entries()) {
        const warmLoops = Math.max(RUNS, 200);
        const id = warmWorlds[k] ?? 0;
        const warmProfile = await profiled(cdp, () => runIn(cdp, id, warmLoops));
        profiles.push(`\n[${k + 1}] CPU profile, ${p.name}, ${warmLoops} warm scans in one world:`);
        profiles.push(...summarise([warmProfile], warmLoops));
      }
      // Cold: the first scan after a fresh load, one profile per load, merged.
      const cold: Profile[][] = SCRIPTS.map(() => []);
      for (let i = 0; i < LOADS; i++) {
        for (const k of order(i)) {
          await page.goto(url, { waitUntil: 'load' });
          const id = await newWorld(cdp, SCRIPTS[k] ?? '');
          cold[k]?.push(await profiled(cdp, () => runIn(cdp, id, 1)));
        }
      }
      for (const [k, list] of cold.entries()) {
        profiles.push(
          `\n[${k + 1}] CPU profile, ${p.name}, first scan after each of ${LOADS} loads:`,
        );
        profiles.push(...summarise(list, LOADS));
      }
    }
  }
  if (profiles.length > 0) console.log(profiles.join('\n'));
  if (SAVE) {
    writeFileSync(SAVE, JSON.stringify(outputs, null, 1));
    console.log(`\noutputs written to ${SAVE}`);
  }
} finally {
  await browser.close();
  server.close();
}
if (mismatches > 0) {
  console.log(`${mismatches} output mismatch(es)`);
  process.exitCode = 1;
}
