// Disclosure-ledger benchmark on Chromium's real IndexedDB:
// `npx tsx test/bench/history-browser.ts [records]` (default 100,000).
// The suite itself is history-page.ts; browser-page.ts runs it.
import { runBrowserBench } from './browser-page';

await runBrowserBench(
  new URL('./history-page.ts', import.meta.url),
  Number(process.argv[2] ?? 100_000),
);
