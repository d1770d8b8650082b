import { describe, expect, it } from 'vitest';
import { hasIndonesian, isClearlyNotIndonesian } from '../../../analyzer/rules/lib/language';
import { indonesiaSignals, isAimedAtIndonesia } from '../../../analyzer/rules/lib/indonesia';
import { isLocalHost, parseUrl, registrableDomain } from '../../../analyzer/rules/lib/url';
import { page } from './builders';

describe('registrableDomain (eTLD+1 heuristic)', () => {
  it.each([
    ['shop.tokopedia.com', 'tokopedia.com'],
    ['www.blibli.co.id', 'blibli.co.id'],
    ['a.b.ui.ac.id', 'ui.ac.id'],
    ['layanan.kominfo.go.id', 'kominfo.go.id'],
    ['www.shop.co.uk', 'shop.co.uk'],
    ['x.y.com.au', 'y.com.au'],
    ['example.id', 'example.id'],
    ['localhost', 'localhost'],
    ['192.168.1.10', '192.168.1.10'],
  ])('%s → %s', (host, expected) => {
    expect(registrableDomain(host)).toBe(expected);
  });
});

describe('parseUrl', () => {
  it('reads scheme and host, without port or user info', () => {
    expect(parseUrl('HTTPS://user:pw@Shop.Example.co.id:8443/a?b#c')).toEqual({
      scheme: 'https',
      host: 'shop.example.co.id',
    });
    expect(parseUrl('http://[::1]:3000/')).toEqual({ scheme: 'http', host: '[::1]' });
    expect(parseUrl('/relative/path')).toBeNull();
    expect(isLocalHost('127.0.0.1')).toBe(true);
    expect(isLocalHost('localhost.example.com')).toBe(false);
  });
});

describe('language markers', () => {
  it.each([
    ['Saya setuju dengan Kebijakan Privasi', true, false],
    ['I agree to the Privacy Policy', false, true],
    ['I agree / Saya setuju', true, false],
    ['Newsletter', false, false],
  ])('%s → Indonesian %s, clearly not %s', (text, id, notId) => {
    expect(hasIndonesian(text)).toBe(id);
    expect(isClearlyNotIndonesian(text)).toBe(notId);
  });
});

describe('Indonesia signals', () => {
  it('reads domain, lang, Rupiah', () => {
    const p = page({ snapshot: { htmlLang: 'id-ID', textSample: 'Harga Rp150.000' } });
    expect(indonesiaSignals(p)).toEqual(
      expect.arrayContaining(['id_domain', 'html_lang_id', 'rupiah']),
    );
  });

  it('does not read "Rp" inside words or a bare .id path as signals', () => {
    const p = page({
      url: 'https://shop.example.com/product.id',
      language: 'en',
      snapshot: { textSample: 'Sharp prices, RPG games' },
    });
    expect(indonesiaSignals(p)).toEqual([]);
    expect(isAimedAtIndonesia([])).toBe(false);
  });
});
