// @vitest-environment happy-dom
import { fakeBackground, fakeBrowser, openActiveTab } from './fake-browser';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LETTER_KINDS, REQUEST_KINDS, type LetterKind } from '../../../analyzer/report';
import { analyzePolicy } from '../../../analyzer/policy';
import { dueOf } from '../../../components/request-due';
import { App } from '../../../entrypoints/letters/app';
import {
  addRequest,
  buildDisclosure,
  Ledger,
  listRequests,
  type TrackedRequest,
} from '../../../history';
import { saveSettings } from '../../../utils/settings-store';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { getProfile, saveProfile } from '../../../utils/profile';
import { observation } from '../history/fixtures';
import { analysedView, DEMO_HTML, DEMO_URL } from './tab-views';

// The letters page over a real Ledger on fake-indexeddb and a stand-in
// background answering tab.get with a real analysis of the demo checkout.
// The letter text itself comes from analyzer/report/letters; these tests
// check the page gathers the inputs, flags what is missing, and copies,
// downloads and tracks exactly what the user sees.

const NOW = new Date('2026-03-16T03:00:00Z'); // Monday 16 March 2026, 10:00 WIB
const ORIGIN = new URL(DEMO_URL).origin;
const view = analysedView(DEMO_HTML, { url: DEMO_URL });

let indexedDB: IDBFactory;
let seedLedger: Ledger;

beforeEach(async () => {
  indexedDB = new IDBFactory();
  seedLedger = new Ledger({ indexedDB, IDBKeyRange });
  await seedLedger.open();
});
afterEach(() => {
  cleanup();
  seedLedger.close();
  vi.restoreAllMocks();
});

const openLedger = async () => {
  const ledger = new Ledger({ indexedDB, IDBKeyRange });
  await ledger.open();
  return ledger;
};

async function setup(lang: 'id' | 'en', search: (tabId: number) => string) {
  const tabId = await openActiveTab(
    'https://elsewhere.example/',
    lang === 'id' ? 'id-ID' : 'en-GB',
  );
  await saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: lang });
  const sent = fakeBackground(() => ({ ok: true, view }));
  render(<App search={search(tabId)} openLedger={openLedger} now={() => NOW} />);
  await screen.findByTestId('letter-text');
  await waitFor(() => expect(letterText()).not.toBe(''));
  return { tabId, sent };
}

const letterText = () => (screen.getByTestId('letter-text') as HTMLTextAreaElement).value;
function type(testId: string, value: string) {
  const el = screen.getByTestId(testId) as HTMLInputElement | HTMLTextAreaElement;
  el.value = value;
  fireEvent.input(el);
}

const REQUIRED: Record<LetterKind, readonly string[]> = {
  complaint: [
    'letter-recipient',
    'letter-known-date',
    'ground-consent',
    'ground-breach',
    'ground-unanswered',
  ],
  access: ['controller-name', 'controller-contact', 'letter-categories'],
  correction: ['controller-name', 'controller-contact', 'letter-details', 'letter-categories'],
  deletion: ['controller-name', 'controller-contact', 'letter-categories'],
  withdraw: ['controller-name', 'controller-contact', 'letter-details', 'letter-categories'],
  restrict: ['controller-name', 'controller-contact', 'letter-details', 'letter-categories'],
  object: ['controller-name', 'controller-contact', 'letter-categories'],
};
const CITES: Record<LetterKind, string> = {
  complaint: 'Pasal 31',
  access: 'Pasal 7',
  correction: 'Pasal 6',
  deletion: 'Pasal 8',
  withdraw: 'Pasal 9',
  restrict: 'Pasal 11',
  object: 'Pasal 10',
};

describe.each(['id', 'en'] as const)('letters page (%s)', (lang) => {
  it.each(LETTER_KINDS)(
    '%s: shows the inputs the kind needs and a letter that follows them',
    async (kind) => {
      const { tabId, sent } = await setup(lang, (id) => `?tab=${id}&kind=${kind}`);
      expect(sent).toEqual([{ type: 'tab.get', tabId }]);
      expect(screen.getByTestId('letters-root').dataset['kind']).toBe(kind);
      for (const id of REQUIRED[kind]) expect(screen.getByTestId(id), id).toBeTruthy();
      expect(screen.queryByTestId('letter-details') !== null).toBe(
        REQUIRED[kind].includes('letter-details'),
      );
      // The deadline or filing date is shown; notes are listed.
      expect(screen.getByTestId('letter-deadline').textContent).not.toBe('');
      expect(screen.getByTestId('letter-notes').querySelectorAll('li').length).toBeGreaterThan(0);
      if (kind === 'complaint') {
        expect(letterText()).not.toContain('Rahasia Bocor');
        fireEvent.click(screen.getByTestId('ground-breach'));
        type('breach-leaked', 'Rahasia Bocor NIK dan alamat');
        await waitFor(() => expect(letterText()).toContain('Rahasia Bocor NIK dan alamat'));
        expect(letterText()).toContain('Pasal 46');
      } else {
        expect(letterText()).toContain(CITES[kind]);
        type('controller-name', 'PT Toko Uji Coba');
        await waitFor(() => expect(letterText()).toContain('PT Toko Uji Coba'));
        if (REQUIRED[kind].includes('letter-details')) {
          type('letter-details', 'nomor HP lama 0811 diganti');
          await waitFor(() => expect(letterText()).toContain('nomor HP lama 0811 diganti'));
        }
      }
    },
  );

  it('flags placeholders while details are missing, and drops them once filled', async () => {
    await setup(lang, (id) => `?tab=${id}&kind=access`);
    const name = lang === 'id' ? '[Nama Anda]' : '[Your name]';
    const flagged = () =>
      screen.queryAllByTestId('letter-placeholder').map((e) => e.textContent ?? '');
    expect(flagged()).toContain(name);
    type('letter-user-name', 'Siti Rahma');
    await waitFor(() => expect(flagged()).not.toContain(name));
    expect(letterText()).toContain('Siti Rahma');
  });

  it('copies and downloads exactly the edited text', async () => {
    await setup(lang, (id) => `?tab=${id}&kind=access`);
    const edited = `${letterText().replace('Dengan hormat,', 'Salam,').replace('Dear Sir or Madam,', 'Hello,')}TAMBAHAN SAYA`;
    type('letter-text', edited);
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(screen.getByTestId('letter-copy'));
    await waitFor(() =>
      expect(screen.getByTestId('letter-copy-status').textContent).toBe(
        lang === 'id' ? 'Disalin.' : 'Copied.',
      ),
    );
    expect(writeText).toHaveBeenCalledWith(edited);

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    fireEvent.click(screen.getByTestId('letter-download-txt'));
    fireEvent.click(screen.getByTestId('letter-download-md'));
    expect(names).toEqual([
      expect.stringMatching(/^tegas-access-toko-nusantara\.example-2026-03-16\.txt$/),
      expect.stringMatching(/\.md$/),
    ]);
    expect(await blobs[0]?.text()).toBe(edited);
    expect(await blobs[1]?.text()).toBe(edited);
  });

  it('asks before replacing an edited letter when the inputs change', async () => {
    await setup(lang, (id) => `?tab=${id}&kind=access`);
    type('letter-text', 'Teks saya sendiri');
    type('controller-name', 'PT Baru');
    await screen.findByTestId('letter-regenerate');
    expect(letterText()).toBe('Teks saya sendiri');
    fireEvent.click(screen.getByTestId('letter-keep'));
    expect(screen.queryByTestId('letter-regenerate')).toBeNull();
    expect(letterText()).toBe('Teks saya sendiri');
    type('controller-name', 'PT Lebih Baru');
    fireEvent.click(await screen.findByTestId('letter-replace'));
    expect(letterText()).toContain('PT Lebih Baru');
  });
});

describe('letters page: history, tracking and follow-ups', () => {
  it('lists the site’s history records as evidence and their categories', async () => {
    await seedLedger.append(
      buildDisclosure(
        observation({
          submittedAt: new Date('2026-03-01T05:00:00Z'),
          pageUrl: `${ORIGIN}/checkout`,
          fields: [{ category: 'passport', hadValue: true }],
        }),
      ),
    );
    await setup('id', (id) => `?tab=${id}&kind=complaint`);
    expect(screen.getAllByTestId('letter-evidence-record')).toHaveLength(1);
    expect(screen.getByTestId('letter-chain').dataset['ok']).toBe('true');
    expect(letterText()).toContain('rantai hash terverifikasi');
  });

  it('marks a request as sent: tracked with its due date, no letter text or user details', async () => {
    await setup('id', (id) => `?tab=${id}&kind=access`);
    type('letter-user-name', 'Siti Rahma');
    type('letter-sent-at', '2026-03-13T10:00');
    fireEvent.click(screen.getByTestId('letter-mark-sent'));
    await waitFor(() =>
      expect(screen.getByTestId('letter-mark-status').dataset['state']).toBe('saved'),
    );
    const { requests } = await listRequests(seedLedger.db);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      kind: 'access',
      origin: ORIGIN,
      sentAt: '2026-03-13T03:00:00.000Z',
      dueAt: '2026-03-16T03:00:00.000Z',
    });
    expect(JSON.stringify(requests)).not.toContain('Siti');
    expect(requests[0]?.categories.length).toBeGreaterThan(0);
  });

  it('remembers the details only when asked, and forgets them when unticked', async () => {
    await setup('en', (id) => `?tab=${id}&kind=access`);
    type('letter-user-name', 'Siti Rahma');
    expect(await getProfile()).toEqual({});
    fireEvent.click(screen.getByTestId('letter-remember'));
    await waitFor(async () => expect(await getProfile()).toEqual({ name: 'Siti Rahma' }));
    fireEvent.click(screen.getByTestId('letter-remember'));
    await waitFor(async () => expect(await getProfile()).toEqual({}));
  });

  it('prefills stored details', async () => {
    fakeBrowser.reset();
    await saveProfile({ name: 'Budi Santoso', place: 'Surabaya' });
    const tabId = await (async () => {
      fakeBrowser.i18n.getUILanguage = () => 'id-ID';
      await fakeBrowser.windows.create({ focused: true });
      return (await fakeBrowser.tabs.create({ url: 'https://x.example/', active: true })).id ?? 0;
    })();
    fakeBackground(() => ({ ok: true, view }));
    render(<App search={`?tab=${tabId}&kind=access`} openLedger={openLedger} now={() => NOW} />);
    await screen.findByTestId('letter-text');
    await waitFor(() => expect(letterText()).toContain('Budi Santoso'));
    expect(letterText()).toContain('Surabaya, 16 Maret 2026');
    expect((screen.getByTestId('letter-remember') as HTMLInputElement).checked).toBe(true);
  });

  it('takes the shop contact from the privacy policy the page links to, and says so', async () => {
    const report = analyzePolicy(
      'Kebijakan Privasi. Jika Anda memiliki pertanyaan tentang data pribadi Anda, hubungi kami melalui email privasi@toko-nusantara.example atau telepon 021-555-0101.',
      { source: `${ORIGIN}/kebijakan-privasi`, lang: 'id' },
    );
    const withPolicy = {
      ...view,
      policy: {
        url: `${ORIGIN}/kebijakan-privasi`,
        state: 'ok' as const,
        report,
        fetchedAt: NOW.toISOString(),
      },
    };
    const tabId = await openActiveTab('https://elsewhere.example/', 'id-ID');
    await saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'id' });
    fakeBackground(() => ({ ok: true, view: withPolicy }));
    render(<App search={`?tab=${tabId}&kind=access`} openLedger={openLedger} now={() => NOW} />);
    const hint = await screen.findByTestId('policy-contact');
    expect(hint.textContent).toContain('privasi@toko-nusantara.example');
    await waitFor(() => expect(letterText()).toContain('privasi@toko-nusantara.example'));
    expect(screen.getByTestId('letter-notes').textContent).toContain('kebijakan privasinya');
    // A contact the user types wins.
    type('controller-contact', 'dpo@toko.example');
    await waitFor(() => expect(letterText()).toContain('dpo@toko.example'));
  });

  async function overdue(): Promise<TrackedRequest> {
    const sentAt = new Date('2026-03-02T03:00:00Z');
    return addRequest(seedLedger.db, {
      kind: 'access',
      origin: ORIGIN,
      controller: 'PT Toko Nusantara',
      categories: ['email'],
      sentAt,
      zone: 'WIB',
      due: dueOf('access', sentAt, 'WIB'),
    });
  }

  it('drafts a reminder citing the missed deadline, and notes it when sent', async () => {
    const r = await overdue();
    await setup('id', () => `?request=${r.id}&followup=reminder`);
    expect(screen.getByTestId('letters-reminder')).toBeTruthy();
    expect(screen.queryByTestId('letter-kinds')).toBeNull();
    expect(letterText()).toContain('Pengingat');
    expect(letterText()).toContain('Batas waktu tersebut telah lewat');
    expect(letterText()).toContain('PT Toko Nusantara');
    fireEvent.click(screen.getByTestId('letter-mark-sent'));
    await waitFor(() =>
      expect(screen.getByTestId('letter-mark-status').dataset['state']).toBe('reminded'),
    );
    expect((await listRequests(seedLedger.db)).requests[0]?.remindedAt).toBe(NOW.toISOString());
  });

  it('escalates to a complaint with the unanswered request as a ground', async () => {
    const r = await overdue();
    await setup('en', () => `?request=${r.id}&followup=complaint`);
    expect(screen.getByTestId('letters-root').dataset['kind']).toBe('complaint');
    expect((screen.getByTestId('ground-unanswered') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('unanswered-pick') as HTMLSelectElement).value).toBe(r.id);
    expect(letterText()).toMatch(/Pasal 32/);
    fireEvent.click(screen.getByTestId('letter-mark-sent'));
    await waitFor(() =>
      expect(screen.getByTestId('letter-mark-status').dataset['state']).toBe('saved'),
    );
    const complaint = (await listRequests(seedLedger.db)).requests.find(
      (x) => x.kind === 'complaint',
    );
    expect(complaint?.followUpOf).toBe(r.id);
  });

  it('shows a bad date as an error, keeps the text, and does not track', async () => {
    await setup('id', (id) => `?tab=${id}&kind=access`);
    type('letter-sent-at', '2026-02-31T10:00');
    await waitFor(() =>
      expect((screen.getByTestId('letter-mark-sent') as HTMLButtonElement).disabled).toBe(true),
    );
    expect(letterText()).toContain('Pasal 7');
  });

  it('works without a tab: a site from the dashboard', async () => {
    await setup('en', () => `?site=${encodeURIComponent(ORIGIN)}&kind=deletion`);
    expect(screen.getByTestId('letters-site').textContent).toContain(ORIGIN);
    expect(screen.getByTestId('letter-deadline').dataset['kind']).toBe('none');
    expect(REQUEST_KINDS).toContain('deletion');
  });
});
