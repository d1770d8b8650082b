// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { POLICY_ELEMENTS } from '../../../analyzer/model/policy-report';
import { analyzePolicy } from '../../../analyzer/policy';
import { POLICY_FETCH_FAILURES } from '../../../analyzer/policy/source-check';
import { PolicyChecklist } from '../../../components/policy-checklist';
import { policyDocument } from '../../../utils/policy-document';
import type { PolicyView } from '../../../utils/policy-view';

// The policy checklist: every state has its own test id and text, in both languages.

afterEach(() => cleanup());

const html = readFileSync(
  join(import.meta.dirname, '..', '..', 'e2e', 'shops', 'kebijakan-privasi.html'),
  'utf8',
);
const URL_ = 'https://toko.example/kebijakan-privasi';
const report = analyzePolicy(policyDocument(html).text, { source: URL_, locale: 'id' });
const ok: PolicyView = { url: URL_, state: 'ok', report, fetchedAt: '2026-11-25T05:00:00.000Z' };

const stateOf = () => screen.getByTestId('policy-state').getAttribute('data-state');

describe('PolicyChecklist', () => {
  it('lists the 14 elements as present, vague or missing, with quoted evidence', () => {
    render(<PolicyChecklist policy={ok} lang="id" />);
    expect(stateOf()).toBe('ok');
    for (const element of POLICY_ELEMENTS) {
      const row = screen.getByTestId(`policy-element-${element}`);
      const e = report.elements[element];
      expect(row.getAttribute('data-state')).toBe(
        e.present ? 'present' : e.weak ? 'weak' : 'missing',
      );
    }
    const retention = screen.getByTestId('policy-element-retention');
    expect(retention.getAttribute('data-state')).toBe('weak');
    expect(retention.textContent).toContain('Jangka waktu penyimpanan');
    expect(retention.querySelector('details blockquote')?.textContent).toContain(
      'selama diperlukan',
    );
    expect(screen.getByTestId('policy-element-transfer_abroad').getAttribute('data-state')).toBe(
      'missing',
    );
    const findings = screen.getAllByTestId('policy-finding');
    expect(findings.length).toBe(report.findings.length);
    expect(findings.map((f) => f.textContent).join(' ')).toContain('Pasal 21(1)(d)');
    expect(screen.getByTestId('policy-url').getAttribute('href')).toBe(URL_);
    expect(screen.getByTestId('policy-readability').textContent).toMatch(/\d+ kata/);
  });

  it('renders evidence as text, never as markup', () => {
    const hostile = structuredClone(report);
    hostile.elements.contact.evidence = ['<img src=x onerror=alert(1)> hubungi kami'];
    const { container } = render(<PolicyChecklist policy={{ ...ok, report: hostile }} lang="en" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says so when the page links to no policy', () => {
    render(<PolicyChecklist policy={undefined} lang="en" />);
    expect(stateOf()).toBe('none');
    expect(screen.getByTestId('policy-state').textContent).toMatch(/links to no privacy policy/);
  });

  it('shows loading', () => {
    render(<PolicyChecklist policy={{ ...ok, state: 'loading', report: null }} lang="id" />);
    expect(stateOf()).toBe('loading');
    expect(screen.queryByTestId('policy-checklist')).toBeNull();
  });

  it.each(POLICY_FETCH_FAILURES)(
    'explains the failure %s in both languages, with a retry',
    (reason) => {
      const failed: PolicyView = {
        url: URL_,
        state: 'error',
        reason,
        status: 404,
        report: null,
        fetchedAt: null,
      };
      const onRetry = vi.fn();
      const texts = (['id', 'en'] as const).map((lang) => {
        const { unmount } = render(
          <PolicyChecklist policy={failed} lang={lang} onRetry={onRetry} />,
        );
        const state = screen.getByTestId('policy-state');
        expect(state.getAttribute('data-state')).toBe('error');
        expect(state.getAttribute('data-reason')).toBe(reason);
        const text = state.textContent ?? '';
        fireEvent.click(screen.getByTestId('policy-retry'));
        unmount();
        return text;
      });
      expect(texts[0]).not.toBe(texts[1]);
      expect(onRetry).toHaveBeenCalledTimes(2);
      if (reason === 'unsupported_type') expect(texts[0]).toContain('PDF');
      if (reason === 'http_status') expect(texts[1]).toContain('HTTP 404');
    },
  );

  it('shows a change reported by change tracking', () => {
    render(
      <PolicyChecklist
        policy={{ ...ok, changed: { since: '2026-10-01T00:00:00.000Z', added: 3, removed: 1 } }}
        lang="en"
      />,
    );
    expect(screen.getByTestId('policy-changed').textContent).toMatch(
      /3 sentences added, 1 removed/,
    );
  });
});
