import { describe, expect, it } from 'vitest';
import {
  contentSettings,
  isIgnoredHost as contentIsIgnoredHost,
} from '../../../entrypoints/consent.content/settings';
import { isIgnoredHost, parseSettings } from '../../../utils/settings';

// The content script reads two settings without zod; it must agree with parseSettings.

describe('contentSettings agrees with parseSettings', () => {
  it.each<[string, unknown]>([
    ['nothing stored', undefined],
    ['defaults', { mode: 'auto', ignoredSites: [] }],
    ['click mode', { mode: 'click', ignoredSites: ['example.com'] }],
    ['unknown mode', { mode: 'sometimes', ignoredSites: ['a.example'] }],
    ['sites not an array', { mode: 'click', ignoredSites: 'example.com' }],
    ['a string', 'click'],
  ])('%s', (_name, stored) => {
    const full = parseSettings(stored);
    expect(contentSettings(stored)).toEqual({ mode: full.mode, ignoredSites: full.ignoredSites });
  });
});

describe('isIgnoredHost agrees with utils/settings', () => {
  const ignored = ['example.com', '*.toko.test', 'Shop.ID.', ''];
  it.each([
    'example.com',
    'www.example.com',
    'notexample.com',
    'a.toko.test',
    'toko.test',
    'shop.id',
    'x.shop.id',
    'shop.id.evil.com',
    'example.com.',
  ])('%s', (host) => {
    expect(contentIsIgnoredHost(host, ignored)).toBe(isIgnoredHost(host, ignored));
  });
});
