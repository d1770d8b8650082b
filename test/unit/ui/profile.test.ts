import { fakeBrowser } from './fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  EMPTY_DRAFT,
  forgetProfile,
  getProfile,
  parseProfile,
  saveProfile,
  validateProfile,
} from '../../../utils/profile';

// The user's details for letters: validated, stored only in storage.local
// under their own key, readable as empty when damaged, and forgettable.

beforeEach(() => fakeBrowser.reset());

describe('validateProfile', () => {
  it('keeps filled fields trimmed and leaves out empty ones', () => {
    const r = validateProfile({ ...EMPTY_DRAFT, name: '  Siti Rahma ', email: 'siti@contoh.id' });
    expect(r).toEqual({ ok: true, profile: { name: 'Siti Rahma', email: 'siti@contoh.id' } });
  });

  it.each([
    ['email', 'siti at contoh', ['email']],
    ['phone', 'call me', ['phone']],
    ['name', 'x'.repeat(201), ['name']],
    ['address', 'y'.repeat(501), ['address']],
  ] as const)('flags a bad %s and nothing else', (field, value, invalid) => {
    const r = validateProfile({ ...EMPTY_DRAFT, name: 'Siti', [field]: value });
    expect(r).toEqual({ ok: false, invalid });
  });

  it('accepts Indonesian phone numbers in the usual spellings', () => {
    for (const phone of ['0812-3456-7890', '+62 812 3456 7890', '(021) 555 0101'])
      expect(validateProfile({ ...EMPTY_DRAFT, phone }).ok, phone).toBe(true);
  });
});

describe('stored profile', () => {
  it('round-trips through storage.local under its own key, never sync', async () => {
    await saveProfile({ name: 'Siti', place: 'Bandung' });
    expect(await getProfile()).toEqual({ name: 'Siti', place: 'Bandung' });
    const local = await fakeBrowser.storage.local.get(null);
    expect(local['letterProfile']).toEqual({ name: 'Siti', place: 'Bandung' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('reads a damaged or foreign value as empty', async () => {
    await fakeBrowser.storage.local.set({ letterProfile: { name: 42, evil: '<script>' } });
    expect(await getProfile()).toEqual({});
    expect(parseProfile('nonsense')).toEqual({});
    expect(parseProfile({ name: 'Siti', extra: 1 })).toEqual({});
  });

  it('refuses to save an invalid profile, keeping the stored one', async () => {
    await saveProfile({ name: 'Siti' });
    await expect(saveProfile({ email: 'not-an-email' })).rejects.toThrow();
    expect(await getProfile()).toEqual({ name: 'Siti' });
  });

  it('forgets everything, version marker included', async () => {
    await saveProfile({ name: 'Siti', email: 'siti@contoh.id' });
    await forgetProfile();
    expect(await getProfile()).toEqual({});
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys.filter((k) => k.startsWith('letterProfile'))).toEqual([]);
  });
});
