// @vitest-environment happy-dom
import { openActiveTab } from './fake-browser';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { dueOf } from '../../../components/request-due';
import { App } from '../../../entrypoints/dashboard/app';
import { addRequest, Ledger, listRequests } from '../../../history';
import { saveSettings } from '../../../utils/settings-store';
import { DEFAULT_SETTINGS } from '../../../utils/settings';

// The dashboard's Requests view over a real Ledger: reachable with an empty
// history, states from the due date, follow-up links when overdue, status
// changes and deletion after a confirmation.

afterEach(() => cleanup());

const TOKO = 'https://www.toko-nusantara.id';

describe.each(['id', 'en'] as const)('dashboard requests view (%s)', (lang) => {
  it('lists requests with their state and acts on them', async () => {
    await openActiveTab('https://x.example/', lang === 'id' ? 'id-ID' : 'en-GB');
    await saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: lang });
    const indexedDB = new IDBFactory();
    const seed = new Ledger({ indexedDB, IDBKeyRange });
    await seed.open();
    const old = new Date('2026-01-05T02:00:00Z');
    const overdue = await addRequest(seed.db, {
      kind: 'access',
      origin: TOKO,
      controller: 'PT Toko Nusantara',
      categories: ['email'],
      sentAt: old,
      zone: 'WIB',
      due: dueOf('access', old, 'WIB'),
    });
    const recent = new Date();
    await addRequest(seed.db, {
      kind: 'deletion',
      origin: TOKO,
      controller: '',
      categories: [],
      sentAt: recent,
      zone: 'WIB',
      due: dueOf('deletion', recent, 'WIB'),
    });
    render(
      <App
        openLedger={async () => {
          const l = new Ledger({ indexedDB, IDBKeyRange });
          await l.open();
          return l;
        }}
      />,
    );
    // The history is empty, yet the Requests view is reachable.
    await screen.findByTestId('history-empty');
    fireEvent.click(screen.getByTestId('view-requests'));
    await screen.findByTestId('requests-view');
    const rows = await screen.findAllByTestId('request-row');
    expect(rows.map((r) => [r.dataset['kind'], r.dataset['state']])).toEqual([
      ['deletion', 'open'],
      ['access', 'overdue'],
    ]);
    const overdueRow = rows[1];
    if (overdueRow === undefined) throw new Error('no row');
    const reminder = overdueRow.querySelector<HTMLAnchorElement>(
      '[data-testid="request-followup-reminder"]',
    );
    expect(reminder?.getAttribute('href')).toContain(
      `letters.html?request=${overdue.id}&followup=reminder`,
    );
    expect(
      overdueRow.querySelector('[data-testid="request-followup-complaint"]')?.getAttribute('href'),
    ).toContain('followup=complaint');
    // No follow-up for a request that is not overdue.
    expect(rows[0]?.querySelector('[data-testid="request-followup-reminder"]')).toBeNull();

    const answered = overdueRow.querySelector<HTMLButtonElement>(
      '[data-testid="request-answered"]',
    );
    if (answered === null) throw new Error('no answered button');
    fireEvent.click(answered);
    await waitFor(() =>
      expect(
        screen.getAllByTestId('request-row').find((r) => r.dataset['id'] === overdue.id)?.dataset[
          'state'
        ],
      ).toBe('answered'),
    );

    const del = screen.getAllByTestId('request-delete')[0];
    if (del === undefined) throw new Error('no delete');
    fireEvent.click(del);
    fireEvent.click(await screen.findByTestId('confirm-no'));
    expect((await listRequests(seed.db)).requests).toHaveLength(2);
    fireEvent.click(screen.getAllByTestId('request-delete')[0] as HTMLElement);
    fireEvent.click(await screen.findByTestId('confirm-yes'));
    await waitFor(async () => expect((await listRequests(seed.db)).requests).toHaveLength(1));
    seed.close();
  });
});
