// @vitest-environment happy-dom
import { openActiveTab } from './fake-browser';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../entrypoints/options/app';
import { getSettings, saveSettings } from '../../../utils/settings-store';
import { DEFAULT_SETTINGS } from '../../../utils/settings';

beforeEach(async () => {
  await openActiveTab('https://toko.example/', 'id-ID');
});
afterEach(() => cleanup());

describe('settings page', () => {
  it('shows the stored settings in the labelled controls', async () => {
    await saveSettings({
      ...DEFAULT_SETTINGS,
      mode: 'click',
      ignoredSites: ['a.example', 'b.example'],
    });
    render(<App />);
    const mode = (await screen.findByTestId('setting-mode')) as HTMLSelectElement;
    expect(mode.value).toBe('click');
    expect((screen.getByTestId('ignored-sites') as HTMLTextAreaElement).value).toBe(
      'a.example\nb.example',
    );
    expect((screen.getByTestId('setting-kind-login') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByLabelText('Bahasa tampilan Tegas')).toBe(
      screen.getByTestId('setting-language'),
    );
  });

  it('saves a changed control at once and announces it in the live region', async () => {
    render(<App />);
    fireEvent.click(await screen.findByTestId('setting-kind-login'));
    await waitFor(async () => expect((await getSettings()).pageKinds.login).toBe(true));
    const status = screen.getByTestId('save-status');
    expect(status.getAttribute('role')).toBe('status');
    await waitFor(() => expect(status.textContent).toBe('Tersimpan.'));
    fireEvent.change(screen.getByTestId('setting-rulebook'), { target: { value: 'ruu-pdp' } });
    await waitFor(async () => expect((await getSettings()).rulebook).toBe('ruu-pdp'));
  });

  it('keeps the history by default, offers masked hints as an opt-in, and saves both', async () => {
    render(<App />);
    const keep = (await screen.findByTestId('setting-keep-history')) as HTMLInputElement;
    const hints = screen.getByTestId('setting-store-hints') as HTMLInputElement;
    expect(keep.checked).toBe(true);
    expect(hints.checked).toBe(false);
    fireEvent.click(hints);
    await waitFor(async () => expect((await getSettings()).storeHints).toBe(true));
    fireEvent.click(keep);
    await waitFor(async () => expect((await getSettings()).keepHistory).toBe(false));
    // Hints mean nothing without a history: the opt-in is disabled while it is off.
    await waitFor(() => expect(hints.disabled).toBe(true));
  });

  it("shows the chosen rulebook's honest status line", async () => {
    render(<App />);
    await screen.findByTestId('setting-rulebook');
    expect(document.getElementById('rulebook-status')?.textContent).toContain('17 Oktober 2022');
  });

  it('switches the page language when the language setting changes', async () => {
    render(<App />);
    fireEvent.change(await screen.findByTestId('setting-language'), { target: { value: 'en' } });
    await screen.findByText('Tegas settings');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect((await getSettings()).uiLanguage).toBe('en');
  });

  it('saves only the valid ignored sites and names the invalid lines', async () => {
    render(<App />);
    const box = await screen.findByTestId('ignored-sites');
    fireEvent.input(box, {
      target: {
        value:
          'Tokoku.co.id\nhttps://www.shop.example/cart?x=1\ntoko saya\n*.ads.example\nbad_host!',
      },
    });
    fireEvent.blur(box);
    await waitFor(async () =>
      expect((await getSettings()).ignoredSites).toEqual([
        'tokoku.co.id',
        'www.shop.example',
        'ads.example',
      ]),
    );
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById('sites-error');
    expect(error?.textContent).toContain('Baris 3: “toko saya”');
    expect(error?.textContent).toContain('Baris 5: “bad_host!”');
    expect(box.getAttribute('aria-describedby')).toContain('sites-error');
    await waitFor(() =>
      expect(screen.getByTestId('save-status').textContent).toBe(
        'Tersimpan, kecuali baris yang tidak valid.',
      ),
    );
  });
});
