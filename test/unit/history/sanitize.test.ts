import { describe, expect, it } from 'vitest';
import { originOf, sanitizeUrl } from '../../../history';

describe('sanitizeUrl', () => {
  it.each([
    ['https://shop.id/checkout?email=jane%40x.com&phone=0812', 'https://shop.id/checkout'],
    ['https://shop.id/checkout#token=abc', 'https://shop.id/checkout'],
    ['https://user:secret@shop.id/a/b?x=1#y', 'https://shop.id/a/b'],
    ['http://SHOP.id:8080/Daftar', 'http://shop.id:8080/Daftar'],
    ['https://shop.id', 'https://shop.id/'],
    ['https://shop.id/?', 'https://shop.id/'],
  ])('%s → %s', (raw, clean) => {
    expect(sanitizeUrl(raw)).toBe(clean);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'not a url', 'chrome-extension://x/a'])(
    'rejects %s',
    (raw) => {
      expect(sanitizeUrl(raw)).toBeNull();
    },
  );

  it('gives the origin of a page', () => {
    expect(originOf('https://www.tokopedia.com/cart/shipment?x=1')).toBe(
      'https://www.tokopedia.com',
    );
  });
});
