// @vitest-environment happy-dom
import { fakeBackground, openActiveTab } from './fake-browser';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../entrypoints/popup/app';
import type { TabView } from '../../../utils/protocol';
import type { PolicyView } from '../../../utils/policy-view';
import { analysedView, DEMO_HTML, DEMO_URL } from './tab-views';

// The popup's collapsed privacy-policy section: it follows a loading policy until
// it settles, and "Read again" sends tab.policy for the tab (never a URL).

afterEach(() => cleanup());

const base = analysedView(DEMO_HTML, { url: DEMO_URL });
const POLICY_URL = 'https://toko-nusantara.example/kebijakan-privasi';
const loading: PolicyView = { url: POLICY_URL, state: 'loading', report: null, fetchedAt: null };
const pdf: PolicyView = {
  url: POLICY_URL,
  state: 'error',
  reason: 'unsupported_type',
  report: null,
  fetchedAt: null,
};
const withPolicy = (policy: PolicyView): TabView => ({ ...base, policy });

describe('popup privacy-policy section', () => {
  it('is collapsed under the findings and follows a loading policy until it settles', async () => {
    const tabId = await openActiveTab(DEMO_URL);
    let asked = 0;
    const sent = fakeBackground(() => {
      asked += 1;
      return { ok: true, view: withPolicy(asked < 3 ? loading : pdf) };
    });
    render(<App />);
    const section = await screen.findByTestId('policy-section');
    expect(section.tagName).toBe('DETAILS');
    expect(section.hasAttribute('open')).toBe(false);
    expect(screen.getByTestId('policy-state').dataset['state']).toBe('loading');
    await waitFor(
      () => expect(screen.getByTestId('policy-state').dataset['reason']).toBe('unsupported_type'),
      { timeout: 5000 },
    );
    expect(screen.getByTestId('policy-state').textContent).toContain('PDF');
    expect(sent.every((m) => m.type === 'tab.get' && m.tabId === tabId)).toBe(true);
  });

  it('"Read again" asks the background for the tab’s policy', async () => {
    const tabId = await openActiveTab(DEMO_URL);
    const sent = fakeBackground((m) => ({
      ok: true,
      view: withPolicy(m.type === 'tab.policy' ? { ...pdf, reason: 'timeout' } : pdf),
    }));
    render(<App />);
    fireEvent.click(await screen.findByTestId('policy-retry'));
    await waitFor(() =>
      expect(screen.getByTestId('policy-state').dataset['reason']).toBe('timeout'),
    );
    expect(sent).toContainEqual({ type: 'tab.policy', tabId });
  });
});
