// Browser entry of the ledger benchmark (bundled by history-browser.ts): runs
// the suite on the page's real IndexedDB and reports through console lines.
import { Ledger } from '../../history';
import { runHistoryBench } from './history-suite';

const total = Number(new URLSearchParams(location.search).get('total') ?? 100_000);
let n = 0;
runHistoryBench(
  async () => {
    const ledger = new Ledger({ name: `tegas-bench-${n++}` });
    await ledger.open();
    return ledger;
  },
  total,
  (line) => console.log(line),
).then(
  () => console.log('BENCH-DONE'),
  (error: unknown) => console.log(`BENCH-FAILED ${String(error)}`),
);
