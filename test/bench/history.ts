// Disclosure-ledger benchmark in Node: `npx tsx test/bench/history.ts [records]`
// (default 100,000). fake-indexeddb is a pure-JS IndexedDB, much slower than a
// browser's; history-browser.ts runs the same suite on Chromium's real one.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Ledger } from '../../history';
import { runHistoryBench } from './history-suite';

const total = Number(process.argv[2] ?? 100_000);
console.log(`Node ${process.version}, fake-indexeddb`);
await runHistoryBench(
  async () => {
    const ledger = new Ledger({ indexedDB: new IDBFactory(), IDBKeyRange });
    await ledger.open();
    return ledger;
  },
  total,
  (line) => console.log(line),
);
