// Browser entry of the ledger benchmark (bundled by history-browser.ts): runs
// the suite on the page's real IndexedDB and reports through console lines.
import { Ledger } from '../../history';
import { makeDraft, runHistoryBench } from './history-suite';

const total = Number(new URLSearchParams(location.search).get('total') ?? 100_000);
let n = 0;

/** Database size per 1,000 records, as the browser accounts it (navigator.storage.estimate). */
async function sizePerThousand(): Promise<void> {
  const before = (await navigator.storage.estimate()).usage ?? 0;
  const ledger = new Ledger({ name: 'tegas-bench-size' });
  await ledger.open();
  for (let k = 0; k < 5; k++) {
    await ledger.appendMany(Array.from({ length: 1000 }, (_, i) => makeDraft(k * 1000 + i)));
  }
  const after = (await navigator.storage.estimate()).usage ?? 0;
  console.log(
    `IndexedDB usage per 1,000 records: ${((after - before) / 5 / 1024).toFixed(0)} KiB (5,000 records, storage.estimate)`,
  );
  await ledger.deleteAll();
  ledger.close();
}

sizePerThousand()
  .then(() =>
    runHistoryBench(
      async () => {
        const ledger = new Ledger({ name: `tegas-bench-${n++}` });
        await ledger.open();
        return ledger;
      },
      total,
      (line) => console.log(line),
    ),
  )
  .then(
    () => console.log('BENCH-DONE'),
    (error: unknown) => console.log(`BENCH-FAILED ${String(error)}`),
  );
