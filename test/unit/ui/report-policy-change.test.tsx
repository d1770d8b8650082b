// @vitest-environment happy-dom
import { fakeBackground, openActiveTab } from './fake-browser';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RulebookId } from '../../../analyzer/rulebooks';
import { reportHtml, reportJson, reportMarkdown } from '../../../analyzer/report';
import type { OpenSiteLedger } from '../../../components/report-ledger-source';
import type { ReportFile } from '../../../components/report-files';
import { App } from '../../../entrypoints/report/app';
import type { TabView } from '../../../utils/protocol';
import { POLICY } from '../report/fixtures';
import { analysedView, DEMO_HTML, DEMO_URL } from './tab-views';

// The report page shows TabView.policy.changed as the popup does: when the
// user last gave data on the site, the sentence counts, and the article of
// the report's rulebook (analyzer/policy/changes.ts); the downloads say the same.

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const CHANGED = { since: '2026-03-01T10:00:00.000Z', added: 4, removed: 2 };

const noLedger: OpenSiteLedger = () =>
  Promise.resolve({
    records: [],
    more: false,
    verify: () => Promise.reject(new Error('nothing to verify')),
    close: () => undefined,
  });

function viewWith(rulebook: RulebookId, changed?: typeof CHANGED): TabView {
  const base = analysedView(DEMO_HTML, { url: DEMO_URL, rulebook });
  return {
    ...base,
    policy: {
      url: 'https://toko.example/kebijakan-privasi',
      state: 'ok',
      report: POLICY,
      fetchedAt: '2026-03-05T07:06:00.000Z',
      ...(changed === undefined ? {} : { changed }),
    },
  };
}

async function renderReport(view: TabView, save?: (file: ReportFile) => void) {
  const tabId = await openActiveTab('https://elsewhere.example/');
  fakeBackground(() => ({ ok: true, view }));
  render(
    <App
      search={`?tab=${tabId}`}
      openSiteLedger={noLedger}
      {...(save === undefined ? {} : { save })}
    />,
  );
}

describe('report page: the policy changed since the last disclosure', () => {
  it('shows the date, the counts and UU 27/2022 Pasal 21(2) under UU PDP', async () => {
    await renderReport(viewWith('uu-pdp-2022', CHANGED));
    const notice = await screen.findByTestId('report-policy-changed-notice');
    expect(notice.textContent).toContain('1 Maret 2026 pukul 17.00 WIB');
    expect(notice.textContent).toContain('4 kalimat ditambahkan, 2 kalimat dihapus');
    expect(screen.getByTestId('report-policy-changed').textContent).toContain(
      'Kebijakan privasi berubah',
    );
    const citation = screen.getByTestId('report-policy-changed-citation').textContent ?? '';
    expect(citation).toContain('Pasal 21(2)');
    expect(citation).not.toContain('Art. 13(3)');
  });

  it('cites the report’s own rulebook (GDPR Art. 13(3)), none for Permenkominfo 20/2016', async () => {
    await renderReport(viewWith('gdpr', CHANGED));
    const citation = await screen.findByTestId('report-policy-changed-citation');
    expect(citation.textContent).toContain('Art. 13(3)');
    expect(citation.textContent).not.toContain('Pasal 21(2)');
    cleanup();

    await renderReport(viewWith('pm-20-2016', CHANGED));
    await screen.findByTestId('report-policy-changed-notice');
    expect(screen.queryByTestId('report-policy-changed-citation')).toBeNull();
  });

  it('shows nothing when the policy did not change', async () => {
    await renderReport(viewWith('uu-pdp-2022'));
    await screen.findByTestId('report-policy-checklist');
    expect(screen.queryByTestId('report-policy-changed')).toBeNull();
  });

  it('puts the notice in the downloads, from the same input', async () => {
    const save = vi.fn<(file: ReportFile) => void>();
    const view = viewWith('uu-pdp-2022', CHANGED);
    await renderReport(view, save);
    const print = await screen.findByTestId('report-print');
    await waitFor(() => expect((print as HTMLButtonElement).disabled).toBe(false));
    const scan = view.report;
    if (scan === null) throw new Error('analysed');
    const input = {
      scan,
      analysedAt: view.analysedAt ?? '',
      policy: POLICY,
      policyChange: CHANGED,
    };
    fireEvent.click(screen.getByTestId('report-download-md'));
    fireEvent.click(screen.getByTestId('report-download-html'));
    fireEvent.click(screen.getByTestId('report-download-json'));
    const [md, html, json] = save.mock.calls.map((c) => c[0].text);
    expect(md).toBe(reportMarkdown(input, 'id'));
    expect(md).toContain('4 kalimat ditambahkan');
    expect(html).toBe(reportHtml(input, 'id'));
    expect(json).toBe(reportJson(input));
    expect(JSON.parse(json ?? '{}').policyChange).toEqual(CHANGED);
  });
});
