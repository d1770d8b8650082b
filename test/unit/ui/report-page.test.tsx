// @vitest-environment happy-dom
import { fakeBackground, openActiveTab } from './fake-browser';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ledgerSummaryOf,
  reportHtml,
  reportJson,
  reportMarkdown,
  type ReportInput,
} from '../../../analyzer/report';
import type { ReportFile } from '../../../components/report-files';
import { siteLedgerOpener, type OpenSiteLedger } from '../../../components/report-ledger-source';
import { saveFile } from '../../../components/report-toolbar';
import { App } from '../../../entrypoints/report/app';
import {
  buildDisclosure,
  Ledger,
  LedgerError,
  type DisclosureRecord,
  type SubmitObservation,
} from '../../../history';
import { saveSettings } from '../../../utils/settings-store';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import type { TabView } from '../../../utils/protocol';
import { observation } from '../history/fixtures';
import { POLICY } from '../report/fixtures';
import { analysedView, DEMO_HTML, DEMO_URL, emptyView, GEOLOCATION_LIVE } from './tab-views';

// The report page over a real analysis (tab-views) and a real Ledger on
// fake-indexeddb. Downloads are compared with the pure renderers' output for
// the same input: the page, the print and the files must say the same.

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const SITE = 'https://toko-nusantara.example';
const view = analysedView(DEMO_HTML, { url: DEMO_URL, live: GEOLOCATION_LIVE });
const scan = view.report;
if (scan === null) throw new Error('demo page must be analysed');

function withoutPolicy(o: SubmitObservation): SubmitObservation {
  const { policy: _policy, ...rest } = o;
  return rest;
}

/** A fresh ledger with two records on the demo shop and one elsewhere; its opener for the page. */
async function seededLedger(): Promise<{
  open: OpenSiteLedger;
  ledger: Ledger;
  records: DisclosureRecord[];
}> {
  const indexedDB = new IDBFactory();
  const ledger = new Ledger({ indexedDB, IDBKeyRange });
  await ledger.open();
  const records = [
    await ledger.append(
      buildDisclosure(
        observation({ submittedAt: new Date('2026-03-01T10:00:00Z'), pageUrl: `${SITE}/checkout` }),
      ),
    ),
    await ledger.append(
      buildDisclosure(
        observation({
          submittedAt: new Date('2026-03-02T10:00:00Z'),
          pageUrl: 'https://lain.example/x',
        }),
      ),
    ),
    await ledger.append(
      buildDisclosure(
        withoutPolicy(
          observation({
            submittedAt: new Date('2026-03-04T10:00:00Z'),
            pageUrl: `${SITE}/checkout?step=2`,
          }),
        ),
      ),
    ),
  ];
  return { open: siteLedgerOpener(undefined, { indexedDB, IDBKeyRange }), ledger, records };
}

const noLedger: OpenSiteLedger = () =>
  Promise.resolve({
    records: [],
    more: false,
    verify: () => Promise.reject(new Error('nothing to verify')),
    close: () => undefined,
  });

/** Waits until printing and downloads are enabled (the ledger has settled). */
async function exportsReady(): Promise<void> {
  const print = await screen.findByTestId('report-print');
  await waitFor(() => expect((print as HTMLButtonElement).disabled).toBe(false), { timeout: 5000 });
}

async function renderReport(
  answer: TabView | { ok: false; error: string },
  props: Partial<Parameters<typeof App>[0]> = {},
): Promise<number> {
  const tabId = await openActiveTab('https://elsewhere.example/');
  fakeBackground(() => ('status' in answer ? { ok: true, view: answer } : answer));
  render(<App search={`?tab=${tabId}`} openSiteLedger={noLedger} {...props} />);
  return tabId;
}

describe('report page (report.html?tab=<id>): what the issue lists', () => {
  it('shows URL, time, grade, rulebook, and every finding with explanation, citation and quotes', async () => {
    await renderReport(view);
    const root = await screen.findByTestId('report-root');
    await screen.findByTestId('report-findings');
    expect(screen.getByTestId('report-url').textContent).toBe(DEMO_URL);
    expect(screen.getByTestId('report-time').textContent).toBe(
      'Kamis, 5 Maret 2026 pukul 14.05 WIB',
    );
    expect(screen.getByTestId('report-grade').textContent).toBe(
      `${scan.score?.grade} (${scan.score?.value}/100)`,
    );
    expect(screen.getByTestId('report-rulebook').textContent).toContain(
      'UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi',
    );
    const findings = screen.getAllByTestId('finding');
    expect(findings).toHaveLength(scan.findings.length);
    for (const f of scan.findings) {
      const el = findings.find((e) => e.dataset['ruleId'] === f.ruleId);
      expect(el?.textContent, f.ruleId).toContain(f.explanation);
      for (const c of f.citations)
        expect(within(el as HTMLElement).getByTestId('citation').textContent).toContain(c.article);
    }
    const quotes = root.querySelectorAll('[data-testid="finding"] blockquote');
    expect(quotes.length).toBe(scan.findings.flatMap((f) => f.evidence.slice(0, 5)).length);
    expect(screen.getByTestId('why-score').hasAttribute('open')).toBe(true);
  });

  it('lists consent controls with their default state, the data categories and permission requests', async () => {
    await renderReport(view);
    const consents = await screen.findAllByTestId('consent');
    expect(consents).toHaveLength(scan.consents.length);
    const promo = consents.find((c) => c.textContent?.includes('kirimi saya promo'));
    expect(promo?.dataset['prechecked']).toBe('true');
    expect(promo?.textContent).toContain('SUDAH DICENTANG');
    expect(consents.some((c) => c.dataset['control'] === 'implied_text')).toBe(true);
    const payment = screen
      .getAllByTestId('category')
      .find((c) => c.dataset['category'] === 'payment_card');
    expect(payment?.dataset['specific']).toBe('true');
    expect(payment?.textContent).toContain('Nomor Kartu');
    const perms = screen.getAllByTestId('permission-request');
    expect(perms.map((p) => [p.dataset['permission'], p.dataset['userGesture']])).toEqual([
      ['geolocation', 'false'],
      ['notifications', 'true'],
    ]);
  });

  it("lists the site's ledger records with consent state, policy URL and hash, and the chain verified", async () => {
    const { open, records } = await seededLedger();
    await renderReport(view, { openSiteLedger: open });
    const verified = await screen.findByTestId('ledger-verified', {}, { timeout: 5000 });
    expect(verified.dataset['ok']).toBe('true');
    expect(verified.textContent).toContain('Rantai hash terverifikasi');
    const rows = screen.getAllByTestId('ledger-record');
    // Only this site's two records, oldest first; the other shop's is not in this report.
    expect(rows.map((r) => r.querySelector('.hash')?.textContent)).toEqual([
      records[0]?.hash,
      records[2]?.hash,
    ]);
    expect(rows[0]?.textContent).toContain('Minggu, 1 Maret 2026 pukul 17.00 WIB');
    expect(rows[0]?.textContent).toContain(
      '“Kirimi saya promo dan bagikan data ke mitra”: dicentang (sudah dicentang sejak awal)',
    );
    expect(rows[0]?.textContent).toContain('https://www.toko-nusantara.id/privasi');
    expect(rows[1]?.textContent).not.toContain('/privasi');
  });

  it('warns when the chain does not verify', async () => {
    const { open, ledger, records } = await seededLedger();
    const first = records[0];
    if (first === undefined) throw new Error('seeded');
    await ledger.db.records.update(first.id, { categories: ['name'] });
    await renderReport(view, { openSiteLedger: open });
    const verified = await screen.findByTestId('ledger-verified', {}, { timeout: 5000 });
    expect(verified.dataset['ok']).toBe('false');
    expect(verified.textContent).toContain('TIDAK terverifikasi');
  });

  it('says so when the ledger cannot be opened, and still offers the report', async () => {
    const save = vi.fn<(file: ReportFile) => void>();
    await renderReport(view, {
      openSiteLedger: () => Promise.reject(new LedgerError('unavailable')),
      save,
    });
    const error = await screen.findByTestId('ledger-error', {}, { timeout: 5000 });
    expect(error.dataset['code']).toBe('unavailable');
    await exportsReady();
    fireEvent.click(screen.getByTestId('report-download-json'));
    expect(save).toHaveBeenCalledOnce();
    expect(JSON.parse(save.mock.calls[0]?.[0].text ?? '')).not.toHaveProperty('ledger');
  });

  it('leaves the ledger section out when nothing was disclosed on the site', async () => {
    await renderReport(view);
    await exportsReady();
    expect(screen.queryByTestId('report-ledger')).toBeNull();
  });
});

describe('report page exports', () => {
  it('downloads exactly what the pure renderers make of the same input, with the ledger', async () => {
    const { open, records } = await seededLedger();
    const save = vi.fn<(file: ReportFile) => void>();
    await renderReport(view, { openSiteLedger: open, save });
    await screen.findByTestId('ledger-verified', {}, { timeout: 5000 });
    const input: ReportInput = {
      scan,
      analysedAt: view.analysedAt ?? '',
      ledger: ledgerSummaryOf(records, true, SITE),
    };
    for (const format of ['md', 'html', 'json'] as const)
      fireEvent.click(screen.getByTestId(`report-download-${format}`));
    const files = save.mock.calls.map(([file]) => file);
    expect(files.map((f) => f.name)).toEqual([
      'tegas-report-toko-nusantara.example-2026-03-05.md',
      'tegas-report-toko-nusantara.example-2026-03-05.html',
      'tegas-report-toko-nusantara.example-2026-03-05.json',
    ]);
    expect(files[0]?.text).toBe(reportMarkdown(input, 'id'));
    expect(files[1]?.text).toBe(reportHtml(input, 'id'));
    expect(files[2]?.text).toBe(reportJson(input));
    expect(files.map((f) => f.type)).toEqual([
      'text/markdown;charset=utf-8',
      'text/html;charset=utf-8',
      'application/json;charset=utf-8',
    ]);
  });

  it('switches the page and the downloads to English', async () => {
    const save = vi.fn<(file: ReportFile) => void>();
    await renderReport(view, { save });
    await screen.findByTestId('report-findings');
    fireEvent.click(screen.getByTestId('report-lang-en'));
    await screen.findByText(`Findings (${scan.findings.length})`);
    expect(screen.getByTestId('report-lang-en').getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    await exportsReady();
    fireEvent.click(screen.getByTestId('report-download-md'));
    expect(save.mock.calls[0]?.[0].text).toBe(
      reportMarkdown({ scan, analysedAt: view.analysedAt ?? '' }, 'en'),
    );
  });

  it('prints with one click once the ledger is checked, not before', async () => {
    const print = vi.fn();
    const gate: { finish?: (ok: boolean) => void } = {};
    const slow: OpenSiteLedger = async () => {
      const { records } = await seededLedger();
      return {
        records,
        more: false,
        verify: () =>
          new Promise((resolve) => {
            gate.finish = (ok) =>
              resolve(
                ok
                  ? { ok: true, records: 3, tombstones: 0, headHash: 'f'.repeat(64) }
                  : { ok: false, firstBrokenIndex: 0, id: undefined, reason: 'hash_mismatch' },
              );
          }),
        close: () => undefined,
      };
    };
    await renderReport(view, { openSiteLedger: slow, print });
    const ledger = await screen.findByTestId('report-ledger');
    await waitFor(() => expect(ledger.dataset['state']).toBe('verifying'));
    expect((screen.getByTestId('report-print') as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(gate.finish).toBeDefined());
    gate.finish?.(true);
    await waitFor(() => expect(ledger.dataset['state']).toBe('ready'));
    fireEvent.click(screen.getByTestId('report-print'));
    expect(print).toHaveBeenCalledOnce();
  });

  it('hands a file to the browser through a blob: URL and <a download>', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:tegas/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href });
    });
    saveFile({ name: 'tegas-report-x-2026-03-05.md', type: 'text/markdown', text: '# Laporan' });
    expect(clicked).toEqual([{ download: 'tegas-report-x-2026-03-05.md', href: 'blob:tegas/1' }]);
    expect(await blobs[0]?.text()).toBe('# Laporan');
  });

  it('links to the letters page for this tab', async () => {
    const tabId = await renderReport(view);
    const complaint = await screen.findByTestId('report-letter-complaint');
    expect(complaint.getAttribute('href')).toBe(`letters.html?tab=${tabId}&kind=complaint`);
    expect(screen.getByTestId('report-letter-access').getAttribute('href')).toBe(
      `letters.html?tab=${tabId}&kind=access`,
    );
  });
});

describe('report page states', () => {
  it('is in English when the language setting says so', async () => {
    const tabId = await openActiveTab('https://elsewhere.example/');
    await saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    fakeBackground(() => ({ ok: true, view }));
    render(<App search={`?tab=${tabId}`} openSiteLedger={noLedger} />);
    await screen.findByText('Personal-data consent report');
    await screen.findByRole('heading', { name: 'Consent controls' });
    expect(screen.getByTestId('report-print').textContent).toBe('Print or save as PDF');
  });

  it('says why there is nothing to report for a tab without a form', async () => {
    await renderReport(emptyView('not_form', 'https://toko.example/'));
    expect((await screen.findByTestId('empty-state')).dataset['reason']).toBe('not_form');
    expect(screen.queryByTestId('report-toolbar')).toBeNull();
  });

  it('says the tab is not analysed yet', async () => {
    await renderReport(emptyView('unknown', 'https://toko.example/'));
    expect((await screen.findByTestId('empty-state')).dataset['reason']).toBe('unknown');
  });

  it('shows an error when the background answers with one', async () => {
    await renderReport({ ok: false, error: 'tab closed' });
    expect((await screen.findByTestId('empty-state')).dataset['reason']).toBe('error');
  });

  it('shows an error without a valid ?tab=', async () => {
    await openActiveTab('https://elsewhere.example/');
    render(<App search="?tab=abc" openSiteLedger={noLedger} />);
    expect((await screen.findByTestId('empty-state')).dataset['reason']).toBe('error');
  });

  it('renders hostile page text as text', async () => {
    const hostile = '<img src=x onerror="alert(1)"> Saya setuju';
    const bad: TabView = {
      ...view,
      report: { ...scan, consents: scan.consents.map((c) => ({ ...c, text: hostile })) },
    };
    await renderReport(bad);
    const consents = await screen.findAllByTestId('consent');
    expect(consents[0]?.textContent).toContain('<img src=x');
    expect(screen.getByTestId('report-root').querySelector('img')).toBeNull();
  });
});

describe('report page: the privacy-policy checklist', () => {
  const policyView = (state: 'loading' | 'ok'): TabView => ({
    ...view,
    policy: {
      url: `${SITE}/kebijakan-privasi`,
      state,
      report: state === 'ok' ? POLICY : null,
      fetchedAt: state === 'ok' ? '2026-03-05T07:06:00.000Z' : null,
    },
  });

  it('shows the checklist from the same view as the downloads, which include the policy', async () => {
    const save = vi.fn<(file: ReportFile) => void>();
    await renderReport(policyView('ok'), { save });
    const checklist = await screen.findByTestId('report-policy-checklist');
    const rows = within(checklist).getAllByTestId('policy-row');
    expect(rows).toHaveLength(Object.keys(POLICY.elements).length);
    expect(rows.some((r) => r.dataset['state'] === 'missing')).toBe(true);
    expect(within(checklist).queryAllByTestId('policy-finding')).toHaveLength(
      POLICY.findings.length,
    );
    expect(screen.getAllByTestId('finding')).toHaveLength(scan.findings.length);
    await exportsReady();
    fireEvent.click(screen.getByTestId('report-download-md'));
    expect(save.mock.calls[0]?.[0].text).toBe(
      reportMarkdown({ scan, analysedAt: view.analysedAt ?? '', policy: POLICY }, 'id'),
    );
  });

  it('says the policy is being read, and asks the background again until it is', async () => {
    const tabId = await openActiveTab('https://elsewhere.example/');
    let asked = 0;
    const sent = fakeBackground(() => {
      asked += 1;
      return { ok: true, view: policyView(asked < 2 ? 'loading' : 'ok') };
    });
    render(<App search={`?tab=${tabId}`} openSiteLedger={noLedger} />);
    const state = await screen.findByTestId('policy-state');
    expect(state.dataset['state']).toBe('loading');
    await screen.findByTestId('report-policy-checklist', {}, { timeout: 5000 });
    expect(sent.every((m) => m.type === 'tab.get' && m.tabId === tabId)).toBe(true);
  });
});
