import { render } from 'preact';
import '../../components/theme.css';
import { inPageTasks, workerTasks, type LongTasks } from '../../components/history-tasks';
import { siteLedgerOpener } from '../../components/report-ledger-source';
import type { Ledger } from '../../history';
import './style.css';
import { App } from './app';

/** Chain verification reads every record: the dashboard's worker does it off this page's thread. */
function makeTasks(ledger: Ledger): LongTasks {
  try {
    return workerTasks(
      new Worker(new URL('../dashboard/ledger-worker.ts', import.meta.url), { type: 'module' }),
    );
  } catch {
    return inPageTasks(ledger);
  }
}

const root = document.getElementById('app');
if (root)
  render(<App search={location.search} openSiteLedger={siteLedgerOpener(makeTasks)} />, root);
