// @vitest-environment happy-dom
import { fakeBackground, openActiveTab } from './fake-browser';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../entrypoints/report/app';
import { saveSettings } from '../../../utils/settings-store';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { analysedView, DEMO_HTML, DEMO_URL, emptyView, GEOLOCATION_LIVE } from './tab-views';

afterEach(() => cleanup());

describe('report page (report.html?tab=<id>)', () => {
  const view = analysedView(DEMO_HTML, { url: DEMO_URL, live: GEOLOCATION_LIVE });
  const report = view.report;
  if (report === null) throw new Error('demo page must be analysed');

  it('asks for the tab in ?tab= and shows URL, time, grade, rulebook and every finding in full', async () => {
    const tabId = await openActiveTab('https://elsewhere.example/');
    const sent = fakeBackground(() => ({ ok: true, view }));
    render(<App search={`?tab=${tabId}`} />);
    const root = await screen.findByTestId('report-root');
    await screen.findByTestId('grade');
    expect(sent).toEqual([{ type: 'tab.get', tabId }]);
    expect(root.textContent).toContain(DEMO_URL);
    expect(root.textContent).toContain('UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi');
    expect(root.textContent).toContain('Maret 2026'); // analysedAt, in Indonesian
    const findings = screen.getAllByTestId('finding');
    expect(findings).toHaveLength(report.findings.length);
    for (const [i, f] of report.findings.entries()) {
      const el = findings.find((e) => e.dataset['ruleId'] === f.ruleId);
      expect(el?.textContent, `finding ${i}`).toContain(f.explanation);
    }
    // Every quote, not the popup's first two, and the selector it points at.
    const quotes = root.querySelectorAll('[data-testid="finding"] blockquote');
    const evidenceTexts = report.findings.flatMap((f) => f.evidence.filter((e) => e.text));
    expect(quotes.length).toBe(evidenceTexts.length);
    expect(screen.getByTestId('why-score').hasAttribute('open')).toBe(true);
  });

  it('lists consent controls with their default state, the data categories and permission requests', async () => {
    const tabId = await openActiveTab('https://elsewhere.example/');
    fakeBackground(() => ({ ok: true, view }));
    render(<App search={`?tab=${tabId}`} />);
    const consents = await screen.findAllByTestId('consent');
    expect(consents).toHaveLength(report.consents.length);
    const promo = consents.find((c) => c.textContent?.includes('kirimi saya promo'));
    expect(promo?.textContent).toContain('sudah dicentang sejak awal');
    const implied = consents.find((c) => c.dataset['control'] === 'implied_text');
    expect(implied?.textContent).toContain('Hanya pernyataan, tanpa kotak');
    const payment = screen
      .getAllByTestId('category')
      .find((c) => c.dataset['category'] === 'payment_card');
    expect(payment?.dataset['specific']).toBe('true');
    expect(payment?.textContent).toContain('Nomor Kartu');
    expect(screen.getAllByTestId('permission-request')).toHaveLength(2);
  });

  it('is in English when the language setting says so', async () => {
    const tabId = await openActiveTab('https://elsewhere.example/');
    await saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    fakeBackground(() => ({
      ok: true,
      view: analysedView(DEMO_HTML, { url: DEMO_URL, lang: 'en' }),
    }));
    render(<App search={`?tab=${tabId}`} />);
    await screen.findByText('Personal-data consent report');
    await screen.findByText('How consent is asked for');
  });

  it('says why there is nothing to report for a tab without a form', async () => {
    const tabId = await openActiveTab('https://elsewhere.example/');
    fakeBackground(() => ({ ok: true, view: emptyView('not_form', 'https://toko.example/') }));
    render(<App search={`?tab=${tabId}`} />);
    expect((await screen.findByTestId('empty-state')).dataset['reason']).toBe('not_form');
  });

  it('shows an error without a valid ?tab=', async () => {
    await openActiveTab('https://elsewhere.example/');
    render(<App search="?tab=abc" />);
    expect((await screen.findByTestId('empty-state')).dataset['reason']).toBe('error');
  });
});
