import { render } from 'preact';
import '../../components/theme.css';
import { inPageTasks, workerTasks, type LongTasks } from '../../components/history-tasks';
import type { Ledger } from '../../history';
import './style.css';
import { App } from './app';

/** Verify, export and import in a worker, so the page keeps answering; in-page if no worker. */
function makeTasks(ledger: Ledger): LongTasks {
  try {
    return workerTasks(
      new Worker(new URL('./ledger-worker.ts', import.meta.url), { type: 'module' }),
    );
  } catch {
    return inPageTasks(ledger);
  }
}

const root = document.getElementById('app');
if (root) render(<App makeTasks={makeTasks} />, root);
