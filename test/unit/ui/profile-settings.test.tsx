// @vitest-environment happy-dom
import { openActiveTab } from './fake-browser';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../entrypoints/options/app';
import { getProfile, saveProfile } from '../../../utils/profile';
import { saveSettings } from '../../../utils/settings-store';
import { DEFAULT_SETTINGS } from '../../../utils/settings';

// Settings: "Your details for letters" — shown, saved, refused when invalid
// (nothing lost), and forgotten.

afterEach(() => cleanup());

describe.each(['id', 'en'] as const)('settings: details for letters (%s)', (lang) => {
  beforeEach(async () => {
    await openActiveTab('https://toko.example/', lang === 'id' ? 'id-ID' : 'en-GB');
    await saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: lang });
  });

  it('explains the use, saves valid details and forgets them', async () => {
    await saveProfile({ name: 'Siti Rahma' });
    render(<App />);
    const section = await screen.findByTestId('profile-section');
    expect(section.textContent).toContain(
      lang === 'id' ? 'hanya dipakai untuk mengisi draf surat' : 'used only to fill letter drafts',
    );
    const name = (await screen.findByTestId('profile-name')) as HTMLInputElement;
    expect(name.value).toBe('Siti Rahma');
    fireEvent.input(screen.getByTestId('profile-place'), { target: { value: 'Bandung' } });
    fireEvent.click(screen.getByTestId('profile-save'));
    await waitFor(async () =>
      expect(await getProfile()).toEqual({ name: 'Siti Rahma', place: 'Bandung' }),
    );
    fireEvent.click(screen.getByTestId('profile-forget'));
    await waitFor(async () => expect(await getProfile()).toEqual({}));
    await waitFor(() => expect(name.value).toBe(''));
  });

  it('flags a bad e-mail, saves nothing, and keeps what was typed', async () => {
    render(<App />);
    const email = (await screen.findByTestId('profile-email')) as HTMLInputElement;
    fireEvent.input(email, { target: { value: 'siti di contoh' } });
    fireEvent.click(screen.getByTestId('profile-save'));
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByTestId('profile-status').textContent).not.toBe('');
    expect(email.value).toBe('siti di contoh');
    expect(await getProfile()).toEqual({});
  });
});
