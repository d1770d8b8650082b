import type { Ledger } from '../history/ledger';
import { inPageTasks, workerTasks, type LongTasks } from './history-tasks';

// The one way an extension page gets the ledger's long operations (verify,
// export, import) off its thread: the dashboard's worker, on its own
// connection to the same database. The dashboard, report and letters pages
// use it; in-page when the browser will not start the worker (and in tests).

export function ledgerTasks(ledger: Ledger): LongTasks {
  try {
    return workerTasks(
      new Worker(new URL('../entrypoints/dashboard/ledger-worker.ts', import.meta.url), {
        type: 'module',
      }),
    );
  } catch {
    return inPageTasks(ledger);
  }
}
