// @vitest-environment happy-dom
import { fakeBrowser, openActiveTab } from './fake-browser';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inPageTasks, type LongTasks } from '../../../components/history-tasks';
import { App } from '../../../entrypoints/letters/app';
import { buildDisclosure, Ledger, LedgerError, type ChainResult } from '../../../history';
import { saveSettings } from '../../../utils/settings-store';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { observation } from '../history/fixtures';

// The letters page checks the history chain where the report page does: in
// the tasks it is given (main.tsx: the dashboard's ledger worker), saying so
// while it runs, and closing them after; a worker that fails to start leaves
// the check to the page.

const ORIGIN = 'https://www.toko-uji.id';
const NOW = new Date('2026-03-16T03:00:00Z');

let indexedDB: IDBFactory;
let seed: Ledger;

beforeEach(async () => {
  fakeBrowser.reset();
  indexedDB = new IDBFactory();
  seed = new Ledger({ indexedDB, IDBKeyRange });
  await seed.open();
  for (const day of [1, 2])
    await seed.append(
      buildDisclosure(
        observation({
          submittedAt: new Date(`2026-03-0${day}T05:00:00Z`),
          pageUrl: `${ORIGIN}/checkout`,
        }),
      ),
    );
  await openActiveTab('https://elsewhere.example/', 'en-GB');
  await saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
});
afterEach(() => {
  cleanup();
  seed.close();
  vi.restoreAllMocks();
});

const openLedger = async () => {
  const ledger = new Ledger({ indexedDB, IDBKeyRange });
  await ledger.open();
  return ledger;
};

/** Tasks whose verify answers when the test says so; counts calls and closes. */
function heldTasks(ledger: Ledger) {
  let release: (result: Promise<ChainResult>) => void = () => undefined;
  const held = new Promise<ChainResult>((resolve) => {
    release = (result) => resolve(result);
  });
  const calls = { verify: 0, close: 0, inPageVerify: 0 };
  const real = ledger.verify.bind(ledger);
  vi.spyOn(ledger, 'verify').mockImplementation(() => {
    calls.inPageVerify += 1;
    return real();
  });
  const tasks: LongTasks = {
    ...inPageTasks(ledger),
    verify: () => {
      calls.verify += 1;
      return held;
    },
    close: () => {
      calls.close += 1;
    },
  };
  return { tasks, calls, release: (r: Promise<ChainResult>) => release(r), real };
}

const search = `?site=${encodeURIComponent(ORIGIN)}&kind=access`;

describe('letters page: the chain check in the ledger worker', () => {
  it('says it is verifying with the site’s record count, then cites the verified chain', async () => {
    let made: ReturnType<typeof heldTasks> | null = null;
    const makeTasks = (ledger: Ledger) => {
      made = heldTasks(ledger);
      return made.tasks;
    };
    render(<App search={search} openLedger={openLedger} makeTasks={makeTasks} now={() => NOW} />);
    const loading = await screen.findByTestId('letters-loading');
    await waitFor(() => expect(loading.textContent).toContain('Checking the history chain (2'));
    expect(loading.getAttribute('role')).toBe('status');
    const m = made as unknown as ReturnType<typeof heldTasks>;
    expect(m.calls.verify).toBe(1);
    expect(screen.queryByTestId('letter-text')).toBeNull();

    m.release(m.real());
    await screen.findByTestId('letter-text');
    expect(screen.getAllByTestId('letter-evidence-record')).toHaveLength(2);
    expect(screen.getByTestId('letter-chain').dataset['ok']).toBe('true');
    // Verified by the tasks, not again on the page; the worker is let go.
    expect(m.calls.inPageVerify).toBe(0);
    expect(m.calls.close).toBe(1);
  });

  it('shows a chain the tasks found broken as broken', async () => {
    let made: ReturnType<typeof heldTasks> | null = null;
    const makeTasks = (ledger: Ledger) => {
      made = heldTasks(ledger);
      made.release(
        Promise.resolve({ ok: false, firstBrokenIndex: 1, reason: 'hash_mismatch', id: undefined }),
      );
      return made.tasks;
    };
    render(<App search={search} openLedger={openLedger} makeTasks={makeTasks} now={() => NOW} />);
    await screen.findByTestId('letter-text');
    expect(screen.getByTestId('letter-chain').dataset['ok']).toBe('false');
    expect((made as unknown as ReturnType<typeof heldTasks>).calls.inPageVerify).toBe(0);
  });

  it('checks on the page when the worker fails to run, and reports other failures', async () => {
    let made: ReturnType<typeof heldTasks> | null = null;
    render(
      <App
        search={search}
        openLedger={openLedger}
        makeTasks={(ledger) => {
          made = heldTasks(ledger);
          made.release(Promise.reject(new LedgerError('unavailable', 'worker')));
          return made.tasks;
        }}
        now={() => NOW}
      />,
    );
    await screen.findByTestId('letter-text');
    expect(screen.getByTestId('letter-chain').dataset['ok']).toBe('true');
    expect((made as unknown as ReturnType<typeof heldTasks>).calls.inPageVerify).toBe(1);
    cleanup();

    render(
      <App
        search={search}
        openLedger={openLedger}
        makeTasks={(ledger) => {
          made = heldTasks(ledger);
          made.release(Promise.reject(new LedgerError('read_failed')));
          return made.tasks;
        }}
        now={() => NOW}
      />,
    );
    await screen.findByTestId('letter-text');
    expect(screen.getByTestId('ledger-error').dataset['code']).toBe('read_failed');
    expect(screen.queryAllByTestId('letter-evidence-record')).toHaveLength(0);
    expect((made as unknown as ReturnType<typeof heldTasks>).calls.close).toBe(1);
  });
});
