// @vitest-environment happy-dom
import { fakeBackground, fakeBrowser, openActiveTab, type Answer } from './fake-browser';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/popup/app';
import { formatCitations } from '../../../components/format';
import { getSettings, saveSettings } from '../../../utils/settings-store';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import type { TabView } from '../../../utils/protocol';
import {
  analysedView,
  DEMO_HTML,
  DEMO_URL,
  emptyView,
  formlessPermissionView,
  GEOLOCATION_LIVE,
  NO_PERSONAL_HTML,
  SIGNUP_HTML,
} from './tab-views';

const SEVERITY_RANK = { high: 0, medium: 1, low: 2, info: 3 } as const;

afterEach(() => cleanup());

/** Opens the popup over a tab whose background answers every tab.get with `view`. */
async function openPopup(view: TabView | Answer, uiLanguage = 'id-ID') {
  const tabId = await openActiveTab(
    view instanceof Function ? 'https://toko.example/' : view.url,
    uiLanguage,
  );
  const sent = fakeBackground(view instanceof Function ? view : () => ({ ok: true, view }));
  render(<App />);
  return { tabId, sent };
}

describe('popup on an analysed checkout (the demo shop, real analyzer)', () => {
  const view = analysedView(DEMO_HTML, { url: DEMO_URL });
  const report = view.report;
  if (report === null || report.score === null) throw new Error('demo page must be graded');

  it('asks the background for the active tab and shows the grade letter and score', async () => {
    const { tabId, sent } = await openPopup(view);
    const grade = await screen.findByTestId('grade');
    expect(grade.textContent).toBe(report.score?.grade);
    expect(grade.dataset['score']).toBe(String(report.score?.value));
    expect(sent[0]).toEqual({ type: 'tab.get', tabId });
    expect(screen.queryByTestId('no-grade')).toBeNull();
    expect(screen.queryByTestId('empty-state')).toBeNull();
    expect(document.documentElement.lang).toBe('id');
  });

  it('says when the history could not record the last form sent on this tab', async () => {
    const message = 'Riwayat tidak dapat disimpan: penyimpanan penuh.';
    await openPopup({
      ...view,
      ledgerError: { code: 'quota_exceeded', message, at: '2026-11-25T03:00:00.000Z' },
    });
    const banner = await screen.findByTestId('ledger-error');
    expect(banner.textContent).toBe(message);
    expect(banner.dataset['code']).toBe('quota_exceeded');
    expect(banner.getAttribute('role')).toBe('alert');
  });

  it('shows no history error when the last write succeeded', async () => {
    await openPopup(view);
    await screen.findByTestId('grade');
    expect(screen.queryByTestId('ledger-error')).toBeNull();
  });

  it('lists "why this score" in a collapsible element', async () => {
    await openPopup(view);
    const why = await screen.findByTestId('why-score');
    expect(why.tagName).toBe('DETAILS');
    for (const line of view.explanation) expect(why.textContent).toContain(line);
  });

  it('shows every finding, grouped high → info, with citation and quoted evidence', async () => {
    await openPopup(view);
    const items = await screen.findAllByTestId('finding');
    expect(items).toHaveLength(report.findings.length);
    const ranks = items.map(
      (el) => SEVERITY_RANK[el.dataset['severity'] as keyof typeof SEVERITY_RANK],
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const prechecked = items.find((el) => el.dataset['ruleId'] === 'consent.prechecked');
    const finding = report.findings.find((f) => f.ruleId === 'consent.prechecked');
    expect(prechecked && finding).toBeTruthy();
    if (!prechecked || !finding) return;
    expect(prechecked.textContent).toContain(finding.title);
    expect(prechecked.textContent).toContain(finding.explanation);
    // The citation is the finding's own data with the rulebook's short name.
    expect(prechecked.textContent).toContain('UU PDP (UU 27/2022) Pasal 20(2)(a)');
    expect(prechecked.textContent).toContain(formatCitations(finding.citations, 'id'));
    const quote = prechecked.querySelector('blockquote');
    expect(quote?.textContent).toContain('kirimi saya promo');
    expect(quote?.getAttribute('lang')).toBe('id');
  });

  it('reports on the tab named by ?tab= when opened as a page', async () => {
    await openActiveTab('https://other.example/');
    const sent = fakeBackground(() => ({ ok: true, view }));
    render(<App search="?tab=42" />);
    await screen.findByTestId('grade');
    expect(sent[0]).toEqual({ type: 'tab.get', tabId: 42 });
  });

  it('opens the report for this tab in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const { tabId } = await openPopup(view);
    fireEvent.click(await screen.findByTestId('report-button'));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.lastCall?.[0].url).toMatch(new RegExp(`/report\\.html\\?tab=${tabId}$`));
  });

  it('sends tab.highlight from the "show on page" toggle and reflects it in aria-pressed', async () => {
    let highlighted = false;
    const { tabId, sent } = await openPopup((m) => {
      if (m.type === 'tab.highlight') highlighted = m.on;
      return { ok: true, view: { ...view, highlighted } };
    });
    const toggle = await screen.findByTestId('highlight-toggle');
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('true'));
    expect(sent).toContainEqual({ type: 'tab.highlight', tabId, on: true });
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('false'));
    expect(sent).toContainEqual({ type: 'tab.highlight', tabId, on: false });
  });

  it('opens the settings page from the settings link', async () => {
    const open = vi.fn(() => Promise.resolve());
    await openPopup(view);
    fakeBrowser.runtime.openOptionsPage = open;
    fireEvent.click(await screen.findByTestId('settings-link'));
    expect(open).toHaveBeenCalledOnce();
  });
});

describe('popup data categories and permission requests', () => {
  const view = analysedView(SIGNUP_HTML, {
    url: 'https://toko.example/daftar',
    live: GEOLOCATION_LIVE,
  });

  it('lists each requested category once and marks specific data in words', async () => {
    await openPopup(view);
    const cats = await screen.findAllByTestId('category');
    const byCat = new Map(cats.map((el) => [el.dataset['category'], el]));
    expect([...byCat.keys()].sort()).toEqual(['email', 'health', 'name', 'password']);
    expect(byCat.get('health')?.dataset['specific']).toBe('true');
    expect(byCat.get('health')?.textContent).toContain('Data spesifik');
    expect(byCat.get('name')?.dataset['specific']).toBe('false');
    expect(cats[0]?.dataset['category']).toBe('health'); // specific data first
  });

  it('shows the permission requests the page reported, with the user-gesture flag', async () => {
    await openPopup(view);
    const reqs = await screen.findAllByTestId('permission-request');
    expect(reqs.map((r) => [r.dataset['permission'], r.dataset['userGesture']])).toEqual([
      ['geolocation', 'false'],
      ['notifications', 'true'],
    ]);
    expect(reqs[0]?.textContent).toContain('Lokasi');
    expect(reqs[0]?.textContent).toContain('tanpa tindakan Anda');
    expect(document.body.textContent).toContain('Dilaporkan oleh kode halaman');
  });
});

describe('popup states without a grade', () => {
  it('analysed page asking for no personal data: no grade, with the reason', async () => {
    const view = analysedView(NO_PERSONAL_HTML, { url: 'https://toko.example/checkout' });
    expect(view.report?.score).toBeNull();
    await openPopup(view);
    const noGrade = await screen.findByTestId('no-grade');
    expect(noGrade.textContent).toContain(view.explanation[0] ?? '');
    expect(screen.queryByTestId('grade')).toBeNull();
  });

  it('not_form: "Tidak ada formulir data pribadi di halaman ini"', async () => {
    await openPopup(emptyView('not_form', 'https://toko.example/'));
    const empty = await screen.findByTestId('empty-state');
    expect(empty.dataset['reason']).toBe('not_form');
    expect(empty.textContent).toContain('Tidak ada formulir data pribadi di halaman ini');
  });

  it('skipped: explains why and offers the analyse button, which analyses and shows the result', async () => {
    const url = 'https://toko.example/masuk';
    const analysed = analysedView(SIGNUP_HTML, { url });
    let done = false;
    const { tabId, sent } = await openPopup((m) => {
      if (m.type === 'tab.analyse') done = true;
      return { ok: true, view: done ? analysed : emptyView('skipped', url) };
    });
    const empty = await screen.findByTestId('empty-state');
    expect(empty.dataset['reason']).toBe('skipped');
    fireEvent.click(within(empty).getByTestId('analyse-button'));
    expect(await screen.findByTestId('grade')).toBeTruthy();
    expect(sent).toContainEqual({ type: 'tab.analyse', tabId });
  });

  it('not_form on a page that asked for permissions: the empty state and the requests', async () => {
    await openPopup(formlessPermissionView('https://promo.example/'));
    expect((await screen.findByTestId('empty-state')).dataset['reason']).toBe('not_form');
    const reqs = screen.getAllByTestId('permission-request');
    expect(reqs.map((r) => r.dataset['permission'])).toEqual(['geolocation', 'notifications']);
    expect(screen.queryByTestId('grade')).toBeNull();
  });

  it("analyse failing in the background shows the background's reason and keeps the view", async () => {
    const url = 'https://toko.example/masuk';
    await openPopup((m) =>
      m.type === 'tab.analyse'
        ? { ok: false, error: 'Tegas tidak dapat membaca halaman ini.' }
        : { ok: true, view: emptyView('skipped', url) },
    );
    fireEvent.click(await screen.findByTestId('analyse-button'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Tegas tidak dapat membaca halaman ini.',
    );
    expect(screen.getByTestId('empty-state').dataset['reason']).toBe('skipped');
  });

  it('unknown on a browser page: says Tegas only checks web pages, no analyse button', async () => {
    await openPopup(emptyView('unknown', 'chrome://newtab/'));
    const empty = await screen.findByTestId('empty-state');
    expect(empty.dataset['reason']).toBe('unknown');
    expect(empty.textContent).toContain('http');
    expect(screen.queryByTestId('analyse-button')).toBeNull();
  });

  it('error: the background is unreachable', async () => {
    await openActiveTab('https://toko.example/');
    render(<App />); // no listener: sendMessage rejects
    const empty = await screen.findByTestId('empty-state');
    expect(empty.dataset['reason']).toBe('error');
    expect(empty.textContent).toContain('Tegas tidak merespons');
  });

  it('error: the background answers with something that is not a UiResponse', async () => {
    await openPopup(() => ({ view: 'nope' }));
    expect((await screen.findByTestId('empty-state')).dataset['reason']).toBe('error');
  });
});

describe('popup language and rulebook', () => {
  it('follows the stored language override, and switches live when it changes', async () => {
    await openActiveTab('https://toko.example/', 'id-ID');
    await saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    fakeBackground(() => ({ ok: true, view: emptyView('not_form', 'https://toko.example/') }));
    render(<App />);
    await screen.findByText('No personal-data form on this page');
    expect(document.documentElement.lang).toBe('en');
    await saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'id' });
    await screen.findByText('Tidak ada formulir data pribadi di halaman ini');
    await waitFor(() => expect(document.documentElement.lang).toBe('id'));
  });

  it('"auto" follows the browser language', async () => {
    await openPopup(emptyView('not_form', 'https://toko.example/'), 'en-US');
    await screen.findByText('No personal-data form on this page');
  });

  it('the rulebook selector saves the choice and re-fetches the view under it', async () => {
    const url = DEMO_URL;
    const { sent } = await openPopup(async () => {
      const { rulebook } = await getSettings();
      return { ok: true, view: analysedView(DEMO_HTML, { url, rulebook }) };
    });
    await screen.findByTestId('grade');
    const select = (await screen.findByTestId('rulebook-select')) as HTMLSelectElement;
    await waitFor(() => expect(select.disabled).toBe(false));
    fireEvent.change(select, { target: { value: 'gdpr' } });
    await waitFor(async () => expect((await getSettings()).rulebook).toBe('gdpr'));
    await waitFor(() => expect(screen.getAllByTestId('finding')[0]?.textContent).toContain('GDPR'));
    expect(sent.filter((m) => m.type === 'tab.get').length).toBeGreaterThanOrEqual(2);
  });
});

describe('page text is shown as text', () => {
  it("markup in the page's labels is not turned into elements", async () => {
    const html = DEMO_HTML.replace(
      'Ya, kirimi saya promo',
      '&lt;img src=x onerror="alert(1)"&gt; Ya, kirimi saya promo',
    );
    await openPopup(analysedView(html, { url: DEMO_URL }));
    const item = (await screen.findAllByTestId('finding')).find(
      (el) => el.dataset['ruleId'] === 'consent.prechecked',
    );
    expect(item?.querySelector('blockquote')?.textContent).toContain('onerror="alert(1)"');
    expect(document.querySelector('img')).toBeNull();
  });
});
