// @vitest-environment happy-dom
import { openActiveTab } from './fake-browser';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { DBCore } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, type OpenLedger } from '../../../entrypoints/dashboard/app';
import { buildDisclosure, Ledger, LedgerError, type DisclosureRecord } from '../../../history';
import { saveSettings } from '../../../utils/settings-store';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { observation } from '../history/fixtures';

// The dashboard over a real Ledger on fake-indexeddb, seeded through its API
// with buildDisclosure: no fake data layer. Failures are injected below the
// ledger, in Dexie's storage layer, the way a full disk would fail.

const TOKO = 'https://www.toko-nusantara.id';
const SHOP_B = 'https://shop-b.id';
const KEDAI = 'https://kedai.example.com';
const HOSTILE = '<img src=x onerror="alert(1)"> Saya setuju';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

interface Setup {
  /** A second connection to the dashboard's database, for seeding and checking. */
  readonly ledger: Ledger;
  readonly indexedDB: IDBFactory;
  readonly seeded: readonly DisclosureRecord[];
}

async function seed(ledger: Ledger): Promise<DisclosureRecord[]> {
  return [
    await ledger.append(
      buildDisclosure(
        observation({ submittedAt: new Date('2026-01-15T12:00:00Z'), pageUrl: `${KEDAI}/bayar` }),
      ),
    ),
    await ledger.append(
      buildDisclosure(
        observation({
          submittedAt: new Date('2026-02-10T12:00:00Z'),
          pageUrl: `${SHOP_B}/daftar?ref=ig`,
          pageKind: 'signup',
          fields: [
            { category: 'name', hadValue: true },
            { category: 'national_id', hadValue: true },
          ],
          consents: [],
          score: null,
          findings: [],
        }),
      ),
    ),
    await ledger.append(
      buildDisclosure(
        observation({
          submittedAt: new Date('2026-03-01T12:00:00Z'),
          fields: [
            { category: 'email', hadValue: true },
            { category: 'national_id', hadValue: true },
          ],
        }),
      ),
    ),
    await ledger.append(
      buildDisclosure(
        observation({
          submittedAt: new Date('2026-03-05T12:00:00Z'),
          fields: [
            { category: 'email', hadValue: true },
            { category: 'payment_card', hadValue: true },
          ],
          consents: [
            {
              text: HOSTILE,
              control: 'checkbox',
              prechecked: true,
              required: false,
              purposes: ['marketing'],
              bundled: false,
              checked: false,
            },
            {
              text: 'Dengan membayar, Anda menyetujui Kebijakan Privasi.',
              control: 'implied_text',
              prechecked: false,
              required: false,
              purposes: ['privacy'],
              bundled: false,
              checked: false,
            },
          ],
        }),
      ),
    ),
  ];
}

/** Renders the dashboard on a fresh database; `wrap` may add a storage-layer trap. */
async function open(
  options: {
    uiLanguage?: string;
    empty?: boolean;
    wrap?: (ledger: Ledger) => void;
  } = {},
): Promise<Setup> {
  await openActiveTab('https://toko.example/', options.uiLanguage ?? 'id-ID');
  const indexedDB = new IDBFactory();
  const ledger = new Ledger({ indexedDB, IDBKeyRange });
  await ledger.open();
  const seeded = options.empty ? [] : await seed(ledger);
  const openLedger: OpenLedger = async (onVersionChange) => {
    const own = new Ledger({ indexedDB, IDBKeyRange, onVersionChange });
    options.wrap?.(own);
    await own.open();
    return own;
  };
  render(<App openLedger={openLedger} />);
  await screen.findAllByTestId(options.empty ? 'history-empty' : 'site-row');
  return { ledger, indexedDB, seeded };
}

const byTestId = (id: string) => screen.queryAllByTestId(id);
const origins = (id: string) => byTestId(id).map((el) => el.dataset['origin']);

async function dump(ledger: Ledger): Promise<string> {
  return JSON.stringify([
    await ledger.db.records.orderBy('seq').toArray(),
    await ledger.db.tombstones.orderBy('seq').toArray(),
    await ledger.db.sites.orderBy('origin').toArray(),
  ]);
}

async function idle(): Promise<void> {
  await waitFor(() => expect(screen.queryByTestId('busy')).toBeNull());
}

describe('views of the seeded ledger', () => {
  it('lists each shop, most recent first, with its categories, specific data marked', async () => {
    await open();
    expect(origins('site-row')).toEqual([TOKO, SHOP_B, KEDAI]);
    const toko = byTestId('site-row')[0];
    if (toko === undefined) throw new Error('no row');
    const chips = within(toko).getAllByTestId('ledger-category');
    const card = chips.find((c) => c.dataset['category'] === 'payment_card');
    expect(card?.dataset['specific']).toBe('true');
    expect(card?.textContent).toContain('Data spesifik');
    expect(chips.find((c) => c.dataset['category'] === 'email')?.dataset['specific']).toBe('false');
    expect(toko.textContent).toContain('2 catatan');
    expect(toko.textContent).toContain('1 Maret 2026');
    expect(toko.textContent).toContain('5 Maret 2026');
    expect(screen.getByTestId('history-summary').textContent).toBe('4 catatan dari 3 toko');
    expect(document.documentElement.lang).toBe('id');
  });

  it("expands a shop's own records", async () => {
    await open();
    const toko = byTestId('site-row')[0];
    if (toko === undefined) throw new Error('no row');
    const toggle = within(toko).getByTestId('site-records-toggle');
    fireEvent.click(toggle);
    await waitFor(() => expect(within(toko).getAllByTestId('site-record')).toHaveLength(2));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('searches shops by host text', async () => {
    await open();
    const search = screen.getByLabelText('Cari toko berdasarkan nama situs');
    fireEvent.input(search, { target: { value: 'KEDAI' } });
    await waitFor(() => expect(origins('site-row')).toEqual([KEDAI]));
    fireEvent.input(search, { target: { value: 'nothing-here' } });
    await screen.findByText('Tidak ada toko yang cocok dengan “nothing-here”.');
  });

  it('answers "who has my NIK?" and follows the picked category', async () => {
    await open();
    fireEvent.click(screen.getByTestId('view-categories'));
    await screen.findByText('Siapa yang memegang NIK / nomor identitas saya?');
    await waitFor(() => expect(origins('holder-row')).toEqual([TOKO, SHOP_B]));
    fireEvent.change(screen.getByTestId('category-picker'), { target: { value: 'payment_card' } });
    await waitFor(() => expect(origins('holder-row')).toEqual([TOKO]));
    fireEvent.change(screen.getByTestId('category-picker'), { target: { value: 'biometric' } });
    await screen.findByTestId('no-holders');
  });

  it('shows the timeline newest first and filters by page kind, category and dates', async () => {
    const { seeded } = await open();
    fireEvent.click(screen.getByTestId('view-timeline'));
    const ids = () => byTestId('timeline-item').map((el) => el.dataset['id']);
    await waitFor(() => expect(ids()).toEqual(seeded.map((r) => r.id).reverse()));
    fireEvent.change(screen.getByTestId('filter-kind'), { target: { value: 'signup' } });
    await waitFor(() => expect(ids()).toEqual([seeded[1]?.id]));
    fireEvent.change(screen.getByTestId('filter-kind'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('filter-category'), { target: { value: 'national_id' } });
    await waitFor(() => expect(ids()).toEqual([seeded[2]?.id, seeded[1]?.id]));
    fireEvent.change(screen.getByTestId('filter-from'), { target: { value: '2026-02-20' } });
    await waitFor(() => expect(ids()).toEqual([seeded[2]?.id]));
    fireEvent.change(screen.getByTestId('filter-category'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('filter-to'), { target: { value: '2026-03-02' } });
    await waitFor(() => expect(ids()).toEqual([seeded[2]?.id]));
    fireEvent.change(screen.getByTestId('filter-from'), { target: { value: '2027-01-01' } });
    await screen.findByText('Tidak ada catatan yang cocok dengan saringan ini.');
  });

  it('shows a record with its consent evidence, page text as text only', async () => {
    const { seeded } = await open();
    fireEvent.click(screen.getByTestId('view-timeline'));
    await waitFor(() => expect(byTestId('timeline-item')).toHaveLength(4));
    fireEvent.click(within(byTestId('timeline-item')[0] as HTMLElement).getByTestId('record-open'));
    const detail = await screen.findByTestId('record-detail');
    expect(detail.dataset['id']).toBe(seeded[3]?.id);
    const text = detail.textContent ?? '';
    expect(text).toContain(HOSTILE);
    expect(detail.querySelector('img')).toBeNull();
    expect(text).toContain('sudah dicentang sejak awal');
    expect(text).toContain('tidak dicentang saat dikirim');
    expect(text).toContain('pemasaran');
    expect(text).toContain('Dengan membayar, Anda menyetujui Kebijakan Privasi.');
    expect(text).toContain('https://www.toko-nusantara.id/privasi');
    expect(text).not.toContain('ref=footer');
    expect(text).toContain('a'.repeat(64));
    expect(screen.getByTestId('record-grade').textContent).toContain('Nilai D, skor 42 dari 100');
    const findings = within(detail).getAllByTestId('record-finding');
    expect(findings[0]?.textContent).toContain('Pasal 22 ayat (1)');
    expect(text).toContain(seeded[3]?.hash ?? 'no hash');
    await waitFor(() => expect(document.activeElement?.id).toBe('record-detail-title'));
  });
});

describe('deleting, always after a confirmation', () => {
  it('a record: Escape and Cancel keep it, Yes replaces it by a tombstone', async () => {
    const { ledger, seeded } = await open();
    fireEvent.click(screen.getByTestId('view-timeline'));
    await waitFor(() => expect(byTestId('timeline-item')).toHaveLength(4));
    fireEvent.click(within(byTestId('timeline-item')[0] as HTMLElement).getByTestId('record-open'));
    const remove = await screen.findByTestId('delete-record');
    remove.focus();
    fireEvent.click(remove);
    const dialog = screen.getByTestId('confirm-dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('Hapus catatan ini?');
    expect(document.activeElement).toBe(screen.getByTestId('confirm-no'));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(document.activeElement).toBe(remove);
    fireEvent.click(remove);
    fireEvent.click(screen.getByTestId('confirm-no'));
    expect((await ledger.counts()).records).toBe(4);

    fireEvent.click(remove);
    fireEvent.click(screen.getByTestId('confirm-yes'));
    await screen.findByText('Catatan telah dihapus.');
    expect(screen.queryByTestId('record-detail')).toBeNull();
    expect(await ledger.record(seeded[3]?.id ?? '')).toBeUndefined();
    expect(await ledger.counts()).toEqual({ records: 3, tombstones: 1, sites: 3 });
    await waitFor(() => expect(byTestId('timeline-item')).toHaveLength(3));
  });

  it('a site: Cancel keeps it, Yes removes its records', async () => {
    const { ledger } = await open();
    const row = () => byTestId('site-row').find((r) => r.dataset['origin'] === SHOP_B);
    fireEvent.click(within(row() as HTMLElement).getByTestId('delete-site'));
    expect(screen.getByTestId('confirm-dialog').textContent).toContain('shop-b.id');
    fireEvent.click(screen.getByTestId('confirm-no'));
    expect(row()).toBeDefined();
    fireEvent.click(within(row() as HTMLElement).getByTestId('delete-site'));
    fireEvent.click(screen.getByTestId('confirm-yes'));
    await screen.findByText('1 catatan dari shop-b.id telah dihapus.');
    await waitFor(() => expect(origins('site-row')).toEqual([TOKO, KEDAI]));
    expect((await ledger.sites()).map((s) => s.origin)).toEqual([TOKO, KEDAI]);
  });

  it('everything: the page shows the empty state afterwards', async () => {
    const { ledger } = await open();
    fireEvent.click(screen.getByTestId('delete-all'));
    expect(screen.getByTestId('confirm-dialog').textContent).toContain(
      'Hapus seluruh riwayat Anda?',
    );
    fireEvent.click(screen.getByTestId('confirm-yes'));
    await screen.findByTestId('history-empty');
    expect(await ledger.counts()).toEqual({ records: 0, tombstones: 0, sites: 0 });
  });

  it('keeps Tab inside the dialog', async () => {
    await open();
    fireEvent.click(screen.getByTestId('delete-all'));
    const yes = screen.getByTestId('confirm-yes');
    const no = screen.getByTestId('confirm-no');
    yes.focus();
    fireEvent.keyDown(yes, { key: 'Tab' });
    expect(document.activeElement).toBe(no);
    fireEvent.keyDown(no, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(yes);
  });
});

describe('chain verification', () => {
  it('reports an intact chain with its head hash', async () => {
    const { seeded } = await open();
    fireEvent.click(screen.getByTestId('verify-button'));
    const result = await screen.findByTestId('verify-result');
    expect(result.dataset['ok']).toBe('true');
    expect(result.textContent).toContain('4 catatan dan 0 entri terhapus');
    expect(result.textContent).toContain(seeded[3]?.hash ?? 'no hash');
  });

  it('explains a record edited in the database behind the ledger', async () => {
    const { ledger, seeded } = await open();
    const target = seeded[1];
    if (target === undefined) throw new Error('no record');
    await ledger.db.records.put({ ...target, categories: ['name'] });
    fireEvent.click(screen.getByTestId('verify-button'));
    const result = await screen.findByTestId('verify-result');
    expect(result.dataset['ok']).toBe('false');
    expect(result.textContent).toContain('Rantai rusak pada entri ke-2');
    expect(result.textContent).toContain('isi catatan telah diubah');
    expect(result.textContent).toContain('diubah, ditambah, atau dihapus di luar Tegas');
  });
});

describe('export and import', () => {
  it('exports a file (Blob + <a download>) that importJson accepts losslessly', async () => {
    const { ledger } = await open();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:tegas-test';
    });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    fireEvent.click(screen.getByTestId('export-button'));
    await screen.findByText('Berkas ekspor dibuat berisi 4 catatan.');
    expect(clicked[0]?.download).toMatch(/^tegas-riwayat-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await (blobs[0] as Blob).text();
    const other = new Ledger({ indexedDB: new IDBFactory(), IDBKeyRange });
    await other.open();
    expect(await other.importJson(text)).toEqual({ added: 4, alreadyPresent: 0 });
    const mine = JSON.parse(await ledger.exportJson()) as { records: unknown };
    const theirs = JSON.parse(await other.exportJson()) as { records: unknown };
    expect(theirs.records).toEqual(mine.records);
  });

  it('imports an export into an empty ledger and shows the count', async () => {
    const source = new Ledger({ indexedDB: new IDBFactory(), IDBKeyRange });
    await source.open();
    await seed(source);
    const file = new File([await source.exportJson()], 'riwayat.json', {
      type: 'application/json',
    });
    const { ledger } = await open({ empty: true });
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [file] } });
    const result = await screen.findByTestId('import-result');
    expect(result.dataset['ok']).toBe('true');
    expect(result.textContent).toBe('Impor selesai: 4 entri ditambahkan, 0 sudah ada di riwayat.');
    await waitFor(() => expect(origins('site-row')).toEqual([TOKO, SHOP_B, KEDAI]));
    expect((await ledger.counts()).records).toBe(4);
  });

  it.each([
    ['a foreign file', '{"format":"other-app","version":1}', 'file_wrong_format'],
    ['a truncated file', '{"format":"tegas-ledger","version":1,"records":[', 'file_not_json'],
    ['a malicious file', '{"format":"tegas-ledger","__proto__":{"x":1}}', 'file_unsafe_key'],
  ])('rejects %s with a clear message and changes nothing', async (_what, content, code) => {
    const { ledger } = await open();
    const before = await dump(ledger);
    const file = new File([content], 'x.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [file] } });
    const result = await screen.findByTestId('import-result');
    expect(result.dataset['ok']).toBe('false');
    expect(result.dataset['code']).toBe(code);
    expect(result.getAttribute('role')).toBe('alert');
    expect(result.textContent).toContain(new LedgerError(code as 'file_not_json').messages.id);
    expect(result.textContent).toContain('Tidak ada yang berubah pada riwayat Anda.');
    await idle();
    expect(await dump(ledger)).toBe(before);
  });

  it('rejects a file from another ledger as a conflict and changes nothing', async () => {
    const other = new Ledger({ indexedDB: new IDBFactory(), IDBKeyRange });
    await other.open();
    await seed(other);
    const { ledger } = await open();
    const before = await dump(ledger);
    fireEvent.change(screen.getByTestId('import-input'), {
      target: { files: [new File([await other.exportJson()], 'other.json')] },
    });
    const result = await screen.findByTestId('import-result');
    expect(result.dataset['code']).toBe('import_conflict');
    expect(await dump(ledger)).toBe(before);
  });
});

describe('empty, languages, failures', () => {
  it('explains the empty ledger and that values are never stored', async () => {
    await open({ empty: true });
    const empty = screen.getByTestId('history-empty');
    expect(empty.textContent).toContain('Belum ada riwayat');
    expect(empty.textContent).toContain('Isi yang Anda ketik tidak pernah disimpan.');
    expect((screen.getByTestId('export-button') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('import-input') as HTMLInputElement).disabled).toBe(false);
  });

  it('speaks English for an English browser', async () => {
    await open({ uiLanguage: 'en-US' });
    expect(screen.getByTestId('history-summary').textContent).toBe('4 records from 3 shops');
    fireEvent.click(screen.getByTestId('view-categories'));
    await screen.findByText('Who has my National ID number (NIK)?');
    expect(document.documentElement.lang).toBe('en');
  });

  it('follows the language setting over the browser language', async () => {
    await openActiveTab('https://toko.example/', 'id-ID');
    await saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    const indexedDB = new IDBFactory();
    const openLedger: OpenLedger = async () => {
      const l = new Ledger({ indexedDB, IDBKeyRange });
      await l.open();
      return l;
    };
    render(<App openLedger={openLedger} />);
    const empty = await screen.findByTestId('history-empty');
    await waitFor(() => expect(empty.textContent).toContain('No history yet'));
    expect(empty.textContent).toContain('The values you typed are never stored.');
  });

  it('shows a blocked database in plain words with a retry', async () => {
    await openActiveTab('https://toko.example/', 'id-ID');
    let fail = true;
    const indexedDB = new IDBFactory();
    const openLedger: OpenLedger = async () => {
      if (fail) throw new LedgerError('blocked');
      const l = new Ledger({ indexedDB, IDBKeyRange });
      await l.open();
      return l;
    };
    render(<App openLedger={openLedger} />);
    const alert = await screen.findByTestId('ledger-error');
    expect(alert.dataset['code']).toBe('blocked');
    expect(alert.textContent).toContain('Tutup tab Tegas lain lalu coba lagi.');
    fail = false;
    fireEvent.click(within(alert).getByRole('button'));
    await screen.findByTestId('history-empty');
  });

  it('shows a full disk during a delete, and the data stays as it was', async () => {
    let armed = false;
    const { ledger } = await open({
      wrap: (own) =>
        own.db.use({
          stack: 'dbcore',
          name: 'quota-trap',
          create: (down: DBCore): DBCore => ({
            ...down,
            table: (name) => {
              const table = down.table(name);
              return {
                ...table,
                mutate: (req) =>
                  armed && name === 'tombstones'
                    ? Promise.reject(new DOMException('full', 'QuotaExceededError'))
                    : table.mutate(req),
              };
            },
          }),
        }),
    });
    const before = await dump(ledger);
    armed = true;
    fireEvent.click(byTestId('delete-site')[0] as HTMLElement);
    fireEvent.click(screen.getByTestId('confirm-yes'));
    const alert = await screen.findByTestId('ledger-error');
    expect(alert.dataset['code']).toBe('quota_exceeded');
    expect(alert.textContent).toContain('Penyimpanan browser penuh');
    expect(alert.textContent).toContain('Data sebelumnya tetap utuh.');
    await idle();
    expect(await dump(ledger)).toBe(before);
    expect(origins('site-row')).toEqual([TOKO, SHOP_B, KEDAI]);
  });
});
