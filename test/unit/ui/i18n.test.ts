import { describe, expect, it } from 'vitest';
import { resolveLang, t } from '../../../utils/i18n';

describe('t', () => {
  it('looks the key up in the chosen language', () => {
    expect(t('emptyNotFormTitle', 'id')).toBe('Tidak ada formulir data pribadi di halaman ini');
    expect(t('emptyNotFormTitle', 'en')).toBe('No personal-data form on this page');
  });

  it('fills named placeholders from the substitutions, in order, as plain text', () => {
    expect(t('gradeAria', 'id', 'C', '62')).toBe('Nilai C, skor 62 dari 100');
    expect(t('sitesInvalidLine', 'en', '3', 'a $1 b')).toBe('Line 3: “a $1 b”');
  });
});

describe('resolveLang', () => {
  it.each([
    ['auto', 'id', 'id'],
    ['auto', 'id-ID', 'id'],
    ['auto', 'en-US', 'en'],
    ['auto', 'fr', 'en'],
    ['auto', '', 'en'],
    ['id', 'en-US', 'id'],
    ['en', 'id-ID', 'en'],
  ] as const)('%s with browser %j → %s', (setting, browser, lang) =>
    expect(resolveLang(setting, browser)).toBe(lang),
  );
});
