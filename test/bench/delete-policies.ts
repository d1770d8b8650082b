// deleteSite forgetting policies, on Chromium's real IndexedDB:
// `npx tsx test/bench/delete-policies.ts [records]` (default 100,000).
// The suite itself is delete-policies-page.ts; browser-page.ts runs it.
import { runBrowserBench } from './browser-page';

await runBrowserBench(
  new URL('./delete-policies-page.ts', import.meta.url),
  Number(process.argv[2] ?? 100_000),
);
