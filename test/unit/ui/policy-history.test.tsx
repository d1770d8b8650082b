// @vitest-environment happy-dom
import './fake-browser';
import { createHash } from 'node:crypto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PolicyHistory, type Recheck } from '../../../components/policy-history';
import {
  buildDisclosure,
  Ledger,
  recordPolicyVersion,
  type DisclosureRecord,
} from '../../../history';
import { observation } from '../history/fixtures';

// The dashboard's Policies view over a real Ledger on fake-indexeddb; the
// background's "Check now" is injected (it writes the new version itself).

const POLICY = 'https://www.toko-nusantara.id/privasi';
const HOSTILE = '<img src=x onerror="alert(1)"> Kami menjual data Anda.';
const V1 = 'Kami mengumpulkan nama Anda. Kami tidak menjual data Anda kepada siapa pun.';
// A new line of its own: a sentence that starts with "<" is not split from the one before.
const V2 = `Kami mengumpulkan nama Anda.\n${HOSTILE}`;
const hashOf = (text: string) =>
  createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
const fetched = (text: string) => ({ url: POLICY, text, hash: hashOf(text) });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openLedger(): Promise<Ledger> {
  const ledger = new Ledger({ indexedDB: new IDBFactory(), IDBKeyRange });
  await ledger.open();
  return ledger;
}

async function disclose(
  ledger: Ledger,
  time: string,
  textHash?: string,
): Promise<DisclosureRecord> {
  return ledger.append(
    buildDisclosure(
      observation({
        submittedAt: new Date(time),
        policy: { url: POLICY, ...(textHash === undefined ? {} : { textHash }) },
      }),
    ),
  );
}

function view(
  ledger: Ledger,
  recheck: Recheck,
  rulebook: 'uu-pdp-2022' | 'pm-20-2016' = 'uu-pdp-2022',
) {
  return render(
    <PolicyHistory
      ledger={ledger}
      version={0}
      lang="en"
      rulebook={rulebook}
      onError={(e) => {
        throw e;
      }}
      recheck={recheck}
    />,
  );
}

const noRecheck: Recheck = () => Promise.reject(new Error('not expected'));

describe('PolicyHistory', () => {
  it('says what it will do when no policy is tracked yet', async () => {
    const ledger = await openLedger();
    view(ledger, noRecheck);
    const empty = await screen.findByTestId('policy-empty');
    expect(empty.textContent).toContain(
      'Tegas tracks the privacy policy of each shop you submit personal data to.',
    );
    expect((screen.getByTestId('policy-check-now') as HTMLButtonElement).disabled).toBe(true);
    ledger.close();
  });

  it('lists a tracked policy and shows its changes, as text, and the policy.changed flag', async () => {
    const ledger = await openLedger();
    await recordPolicyVersion(ledger.db, fetched(V1), '2026-02-01T00:00:00.000Z');
    const old = await disclose(ledger, '2026-02-10T12:00:00.000Z', hashOf(V1));
    await recordPolicyVersion(ledger.db, fetched(V2), '2026-03-01T00:00:00.000Z');
    const fresh = await disclose(ledger, '2026-03-05T12:00:00.000Z', hashOf(V2));
    view(ledger, noRecheck);

    const row = await screen.findByTestId('policy-row');
    expect(row.getAttribute('data-url')).toBe(POLICY);
    expect(within(row).getByTestId('policy-version-count').textContent).toBe('2');
    expect(within(row).getByTestId('policy-status').getAttribute('data-state')).toBe('ok');
    const toggle = within(row).getByTestId('policy-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    const added = await within(row).findAllByTestId('policy-added');
    expect(added.map((li) => li.textContent)).toEqual([`+ ${HOSTILE}`]);
    expect(row.querySelector('img')).toBeNull();
    expect(
      within(row)
        .getAllByTestId('policy-removed')
        .map((li) => li.textContent),
    ).toEqual(['− Kami tidak menjual data Anda kepada siapa pun.']);
    const versions = within(row).getAllByTestId('policy-version');
    expect(versions.map((v) => v.getAttribute('data-current'))).toEqual(['true', 'false']);

    const flag = within(row).getByTestId('policy-changed-flag');
    expect(flag.getAttribute('data-rule-id')).toBe('policy.changed');
    expect(within(flag).getByTestId('policy-changed-citation').textContent).toContain(
      'Pasal 21(2)',
    );
    const affected = within(flag).getAllByTestId('policy-affected-disclosure');
    expect(affected.map((a) => a.getAttribute('data-id'))).toEqual([old.id]);
    expect(affected.map((a) => a.getAttribute('data-id'))).not.toContain(fresh.id);
    ledger.close();
  });

  it('raises no flag under a rulebook without an article for it, but still shows the changes', async () => {
    const ledger = await openLedger();
    await recordPolicyVersion(ledger.db, fetched(V1), '2026-02-01T00:00:00.000Z');
    await disclose(ledger, '2026-02-10T12:00:00.000Z', hashOf(V1));
    await recordPolicyVersion(ledger.db, fetched(V2), '2026-03-01T00:00:00.000Z');
    view(ledger, noRecheck, 'pm-20-2016');
    fireEvent.click(await screen.findByTestId('policy-toggle'));
    expect(await screen.findAllByTestId('policy-added')).toHaveLength(1);
    expect(screen.queryByTestId('policy-changed-flag')).toBeNull();
    ledger.close();
  });

  it('Check now: progress, then the new version and a summary', async () => {
    const ledger = await openLedger();
    await recordPolicyVersion(ledger.db, fetched(V1), '2026-02-01T00:00:00.000Z');
    await disclose(ledger, '2026-02-10T12:00:00.000Z', hashOf(V1));
    let release: () => void = () => undefined;
    const recheck = vi.fn<Recheck>(async (url) => {
      await new Promise<void>((r) => (release = r));
      await recordPolicyVersion(ledger.db, fetched(V2), '2026-03-01T00:00:00.000Z');
      return { ok: true, results: [{ url, outcome: 'changed', added: 1, removed: 1 }] };
    });
    view(ledger, recheck);
    await screen.findByTestId('policy-row');
    fireEvent.click(screen.getByTestId('policy-check-now'));
    expect((await screen.findByTestId('policy-check-progress')).textContent).toContain('1 of 1');
    expect((screen.getByTestId('policy-check-now') as HTMLButtonElement).disabled).toBe(true);
    release();
    expect((await screen.findByTestId('policy-check-summary')).textContent).toBe(
      'Policies checked: 1; changed: 1; could not be read: 0.',
    );
    expect(recheck).toHaveBeenCalledWith(POLICY);
    await waitFor(() => expect(screen.getByTestId('policy-version-count').textContent).toBe('2'));
    ledger.close();
  });

  it('Check now: a background that does not answer gives a clear error and loses nothing', async () => {
    const ledger = await openLedger();
    await recordPolicyVersion(ledger.db, fetched(V1), '2026-02-01T00:00:00.000Z');
    await disclose(ledger, '2026-02-10T12:00:00.000Z');
    view(ledger, async () => ({ ok: false, error: 'no receiver', reachable: false }));
    await screen.findByTestId('policy-row');
    fireEvent.click(screen.getByTestId('policy-check-now'));
    const alert = await screen.findByTestId('policy-check-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain("Tegas's background did not answer");
    expect(screen.getByTestId('policy-version-count').textContent).toBe('1');
    ledger.close();
  });

  it('shows a failed last check with its reason', async () => {
    const ledger = await openLedger();
    await disclose(ledger, '2026-02-10T12:00:00.000Z');
    const { recordPolicyFailure } = await import('../../../history');
    await recordPolicyFailure(
      ledger.db,
      POLICY,
      { reason: 'http_status', status: 404 },
      '2026-02-11T00:00:00.000Z',
    );
    view(ledger, noRecheck);
    const status = await screen.findByTestId('policy-status');
    expect(status.getAttribute('data-state')).toBe('failed');
    expect(status.getAttribute('data-reason')).toBe('http_status');
    expect(status.textContent).toBe('Could not be read: the site answered with error 404');
    ledger.close();
  });
});
