import { render } from 'preact';
import '../../components/theme.css';
import { ledgerTasks } from '../../components/ledger-worker-client';
import './style.css';
import { App } from './app';

// Verify, export and import in a worker, so the page keeps answering; in-page if no worker.
const root = document.getElementById('app');
if (root) render(<App makeTasks={ledgerTasks} />, root);
