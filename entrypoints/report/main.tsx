import { render } from 'preact';
import '../../components/theme.css';
import { ledgerTasks } from '../../components/ledger-worker-client';
import { siteLedgerOpener } from '../../components/report-ledger-source';
import './style.css';
import { App } from './app';

// Chain verification reads every record: the dashboard's worker does it off this page's thread.
const root = document.getElementById('app');
if (root)
  render(<App search={location.search} openSiteLedger={siteLedgerOpener(ledgerTasks)} />, root);
