// The policy path in the real extension: Chromium's service worker fetches a
// ~10,000-word policy page from the fixture server, turns it into text with
// linkedom and analyses it. Prints the worker's own timings (tegasPolicyStats:
// fetch incl. HTML → text, and analyzePolicy). Asserts nothing.
// `npx wxt build && npx tsx test/bench/policy-browser.ts [runs]` (default 15);
// TEGAS_OUT_DIR / TEGAS_CHROME_EXT select the build as for the E2E tier.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UiResponseSchema } from '../../utils/protocol';
import { launchChromium } from '../e2e/harness/chromium';
import { waitFor } from '../e2e/harness/wait';
import { ChromeExtension } from '../e2e/pages/chrome-extension';
import { startShopServer } from '../e2e/shops/server';

const runs = Number(process.argv[2] ?? 15);
const dir = path.join(import.meta.dirname, '..', 'fixtures', 'policies');
const texts = readdirSync(dir)
  .filter((f) => /^id-.*\.txt$/.test(f))
  .sort()
  .map((f) => readFileSync(path.join(dir, f), 'utf8'));
const paragraphs = texts
  .join('\n\n')
  .split('\n')
  .filter((l) => l.trim() !== '');
let body = '';
let words = 0;
while (words < 10_000) {
  for (const p of paragraphs) {
    body += p.length < 80 && !/[.:;]$/.test(p) ? `<h2>${p}</h2>\n` : `<p>${p}</p>\n`;
    words += p.split(/\s+/).length;
  }
}
let served = 0;
// A different text on every request, so each fetch is analysed (no hash reuse).
const policyHtml = () =>
  `<!doctype html><html lang="id"><head><title>Kebijakan Privasi</title></head><body><main>${body}<p>Versi ${++served}.</p></main></body></html>`;

interface Stats {
  analysed: number;
  lastFetchMs: number;
  lastAnalyseMs: number;
  lastWords: number;
}

const server = await startShopServer({ policyHtml });
const session = await launchChromium();
try {
  const ext = new ChromeExtension(session);
  const worker = session.worker;
  if (worker === null) throw new Error('no service worker');
  const page = await session.context.newPage();
  await page.goto(server.url('checkout'));
  const tabId = await ext.tabIdOf(page);
  const stats = () =>
    worker.evaluate(() => (globalThis as unknown as { tegasPolicyStats: Stats }).tegasPolicyStats);
  const bridge = await ext.openPageOver(tabId, 'options.html');
  const fetchMs: number[] = [];
  const analyseMs: number[] = [];
  let seen = 0;
  for (let i = 0; i < runs; i++) {
    if (i > 0) {
      // "Read again": fetched and analysed anew (the served text changed).
      const raw: unknown = await bridge.evaluate(
        (id) => chrome.runtime.sendMessage({ type: 'tab.policy', tabId: id }),
        tabId,
      );
      UiResponseSchema.parse(raw);
    }
    const s = await waitFor(stats, (x) => x.analysed > seen, {
      what: 'policy analysed',
      timeout: 30_000,
    });
    seen = s.analysed;
    fetchMs.push(s.lastFetchMs);
    analyseMs.push(s.lastAnalyseMs);
    if (i === 0)
      console.log(
        `policy: ${s.lastWords} words, ${(policyHtml().length / 1024).toFixed(0)} KB HTML`,
      );
  }
  const summary = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const at = (q: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    return `mean ${mean.toFixed(1)} ms, median ${at(0.5).toFixed(1)}, max ${at(1).toFixed(1)} (first ${xs[0]?.toFixed(1)})`;
  };
  console.log(
    `Chromium ${session.context.browser()?.version() ?? ''} service worker, ${runs} runs`,
  );
  console.log(`fetch + linkedom HTML → text: ${summary(fetchMs)}`);
  console.log(`analyzePolicy:                ${summary(analyseMs)}`);
} finally {
  await session.close();
  await server.close();
}
