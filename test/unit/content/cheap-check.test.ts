import { describe, expect, it } from 'vitest';
import { looksLikeFormPage } from '../../../entrypoints/consent.content/cheap-check';
import { DOM_NAMES, DOMS } from '../../support/dom';

const doc = (domName: (typeof DOM_NAMES)[number], body: string): Document =>
  DOMS[domName](`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);

describe.each(DOM_NAMES)('looksLikeFormPage in %s', (domName) => {
  it.each([
    ['a password field', '<form><input type="password" name="p"></form>'],
    ['an email field', '<input type="email">'],
    ['a phone field', '<input type="tel">'],
    ['address autofill', '<input autocomplete="shipping street-address">'],
    ['a postal code', '<input autocomplete="postal-code">'],
    ['payment autofill', '<input autocomplete="cc-number">'],
    ['a text field with autocomplete=email', '<input autocomplete="email">'],
  ])('finds %s', (_name, body) => {
    expect(looksLikeFormPage(doc(domName, body), 'https://toko.example/')).toBe(true);
  });

  it.each([
    ['a blog post', '<article><h1>Resep</h1><p>Teks</p></article>'],
    ['a search box only', '<form role="search"><input type="search" name="q"></form>'],
    ['a newsletter-less footer', '<footer><a href="/privacy">Privasi</a></footer>'],
  ])('skips %s', (_name, body) => {
    expect(looksLikeFormPage(doc(domName, body), 'https://toko.example/blog/resep')).toBe(false);
  });
});

describe('looksLikeFormPage by URL', () => {
  const empty = DOMS.linkedom('<html><body></body></html>');
  it.each([
    'https://toko.example/checkout',
    'https://toko.example/checkout/step-2',
    'https://toko.example/cart?x=1',
    'https://toko.example/keranjang',
    'https://toko.example/daftar',
    'https://toko.example/id/register/',
    'https://toko.example/signup.html',
    'https://toko.example/#/checkout',
  ])('matches %s', (url) => {
    expect(looksLikeFormPage(empty, url)).toBe(true);
  });
  it.each([
    'https://checkout.example/',
    'https://toko.example/blog/cara-checkout-hemat',
    'https://toko.example/cartoon',
    'https://toko.example/daftar-harga',
  ])('does not match %s', (url) => {
    expect(looksLikeFormPage(empty, url)).toBe(false);
  });
});
