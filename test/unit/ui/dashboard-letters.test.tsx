// @vitest-environment happy-dom
import { openActiveTab } from './fake-browser';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { LETTER_KINDS } from '../../../analyzer/report';
import { dueOf } from '../../../components/request-due';
import { App, type OpenLedger } from '../../../entrypoints/dashboard/app';
import { parseLettersParams } from '../../../entrypoints/letters/params';
import { addRequest, buildDisclosure, Ledger, listRequests } from '../../../history';
import { observation } from '../history/fixtures';

// The dashboard's way to the letters page (letters.html?site=<origin>&kind=…)
// from a site row and a record, and what "Delete all history" says it keeps.

const TOKO = 'https://www.toko-nusantara.id';
const KEDAI = 'https://kedai.example.com';

afterEach(cleanup);

async function open(uiLanguage: string) {
  await openActiveTab('https://toko.example/', uiLanguage);
  const indexedDB = new IDBFactory();
  const ledger = new Ledger({ indexedDB, IDBKeyRange });
  await ledger.open();
  for (const [origin, day] of [
    [KEDAI, 1],
    [TOKO, 2],
  ] as const)
    await ledger.append(
      buildDisclosure(
        observation({
          submittedAt: new Date(`2026-03-0${day}T05:00:00Z`),
          pageUrl: `${origin}/checkout`,
        }),
      ),
    );
  const openLedger: OpenLedger = async (onVersionChange) => {
    const own = new Ledger({ indexedDB, IDBKeyRange, onVersionChange });
    await own.open();
    return own;
  };
  render(<App openLedger={openLedger} />);
  await screen.findAllByTestId('site-row');
  return ledger;
}

const row = (origin: string) => {
  const found = screen.getAllByTestId('site-row').find((r) => r.dataset['origin'] === origin);
  if (found === undefined) throw new Error(`no row for ${origin}`);
  return found;
};

describe('dashboard → letters', () => {
  it.each([
    ['id-ID', 'Tulis surat', 'Akses dan salinan'],
    ['en-GB', 'Write a letter', 'Access and copy'],
  ])(
    '(%s) each site row offers every letter kind for that site, in a new tab',
    async (tag, label, access) => {
      await open(tag);
      const toko = row(TOKO);
      const menu = within(toko).getByTestId('site-letters');
      expect(menu.tagName).toBe('DETAILS');
      const toggle = within(menu).getByTestId('site-letters-toggle');
      expect(toggle.tagName).toBe('SUMMARY');
      expect(toggle.textContent).toContain(label);
      expect(toggle.textContent).toContain('www.toko-nusantara.id');
      const links = within(menu).getAllByRole('link');
      expect(links.map((a) => a.dataset['kind'])).toEqual([...LETTER_KINDS]);
      for (const a of links) {
        expect(a.getAttribute('target')).toBe('_blank');
        expect(a.getAttribute('rel')).toBe('noopener');
        // The URL the letters page reads back: this site, this kind.
        const href = a.getAttribute('href') ?? '';
        expect(href.startsWith('letters.html?')).toBe(true);
        expect(parseLettersParams(href.slice(href.indexOf('?')))).toEqual({
          tab: null,
          site: TOKO,
          kind: a.dataset['kind'],
          request: null,
          followup: null,
        });
      }
      expect(within(menu).getByTestId('site-letter-access').textContent).toBe(access);
      // Another row points at its own site.
      const kedai = within(row(KEDAI)).getByTestId('site-letter-deletion').getAttribute('href');
      expect(parseLettersParams((kedai ?? '').replace(/^[^?]*/, '')).site).toBe(KEDAI);
    },
  );

  it('a record’s detail offers the letters for its site', async () => {
    await open('en-GB');
    fireEvent.click(screen.getByTestId('view-timeline'));
    await waitFor(() => expect(screen.getAllByTestId('timeline-item')).toHaveLength(2));
    fireEvent.click(
      within(screen.getAllByTestId('timeline-item')[0] as HTMLElement).getByTestId('record-open'),
    );
    const detail = await screen.findByTestId('record-detail');
    const complaint = within(detail).getByTestId('site-letter-complaint').getAttribute('href');
    expect(parseLettersParams((complaint ?? '').replace(/^[^?]*/, ''))).toMatchObject({
      site: TOKO,
      kind: 'complaint',
    });
  });
});

describe('"Delete all history" and tracked requests', () => {
  it.each([
    ['id-ID', 'Permintaan yang Anda lacak (tampilan Permintaan) tidak dihapus'],
    ['en-GB', 'Tracked requests (the Requests view) are kept'],
  ])('(%s) says requests are kept, and keeps them', async (tag, says) => {
    const ledger = await open(tag);
    await addRequest(ledger.db, {
      kind: 'access',
      origin: TOKO,
      controller: 'PT Toko Nusantara',
      categories: ['email'],
      sentAt: new Date('2026-03-03T03:00:00Z'),
      zone: 'WIB',
      due: dueOf('access', new Date('2026-03-03T03:00:00Z'), 'WIB'),
    });
    fireEvent.click(screen.getByTestId('delete-all'));
    const dialog = screen.getByTestId('confirm-dialog');
    const note = within(dialog).getByTestId('confirm-note');
    expect(note.textContent).toContain(says);
    // Read out with the question: the note is part of the dialog's description.
    expect(dialog.getAttribute('aria-describedby')?.split(' ')).toContain(note.id);
    fireEvent.click(screen.getByTestId('confirm-yes'));
    await screen.findByTestId('history-empty');
    expect((await ledger.counts()).records).toBe(0);
    expect((await listRequests(ledger.db)).requests).toHaveLength(1);
    ledger.close();
  });

  it('a site’s confirmation has no such note', async () => {
    await open('en-GB');
    fireEvent.click(within(row(KEDAI)).getByTestId('delete-site'));
    const dialog = screen.getByTestId('confirm-dialog');
    expect(within(dialog).queryByTestId('confirm-note')).toBeNull();
    expect(dialog.getAttribute('aria-describedby')).toBe('confirm-body');
  });
});
