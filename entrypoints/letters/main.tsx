import { render } from 'preact';
import '../../components/theme.css';
import { ledgerTasks } from '../../components/ledger-worker-client';
import './style.css';
import { App } from './app';

// The chain check before a letter cites the history reads every record: in the dashboard's worker.
const root = document.getElementById('app');
if (root) render(<App search={location.search} makeTasks={ledgerTasks} />, root);
