// Runs a benchmark page module in Chromium on its real IndexedDB: bundles the module with
// esbuild, serves it on 127.0.0.1 (IndexedDB needs a real origin), passes ?total=, and
// relays the page's console lines until it logs BENCH-DONE (or BENCH-FAILED …).
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';

export async function runBrowserBench(pageModule: URL, total: number): Promise<void> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  const bundle = await build({
    entryPoints: [pageModule.pathname],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/bench.js'))
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>bench</title><script type="module" src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const browser = await chromium.launch({ executablePath, headless: true });
  try {
    const page = await browser.newPage();
    console.log(`Chromium ${browser.version()}, real IndexedDB (headless)`);
    const done = new Promise<void>((resolve, reject) => {
      page.on('console', (message) => {
        const text = message.text();
        if (text === 'BENCH-DONE') resolve();
        else if (text.startsWith('BENCH-FAILED')) reject(new Error(text));
        else console.log(text);
      });
    });
    await page.goto(`http://127.0.0.1:${port}/?total=${total}`);
    await done;
  } finally {
    await browser.close();
    server.close();
  }
}
