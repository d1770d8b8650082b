import { describe, expect, it } from 'vitest';
import { cleanCheckout, field, group, page, run } from './builders';

const ID = 'data.insecure';

describe(ID, () => {
  it('fires high on a page served over http:', () => {
    const [f] = run(
      ID,
      page({ url: 'http://toko.example.co.id/checkout', fields: [field('email')] }),
    );
    expect(f?.severity).toBe('high');
    expect(f?.evidence).toEqual([{ text: 'http://toko.example.co.id/checkout' }]);
  });

  it('fires on an https page whose form posts to http:', () => {
    const p = page({
      fields: [field('email')],
      snapshot: { groups: [group({ action: 'http://toko.example.co.id/order' })] },
    });
    expect(run(ID, p)[0]?.evidence).toEqual([
      { selector: 'form#checkout', text: 'action=http://toko.example.co.id/order' },
    ]);
  });

  it.each([
    'http://localhost:3000/',
    'http://127.0.0.1:8080/',
    'http://shop.localhost/',
    'http://[::1]:5173/',
  ])('does not fire on local development hosts (%s)', (url) => {
    expect(run(ID, page({ url, fields: [field('email')] }))).toEqual([]);
  });

  it('does not fire on a saved file or on a page with no personal data', () => {
    expect(run(ID, page({ url: 'file:///tmp/page.html', fields: [field('email')] }))).toEqual([]);
    expect(run(ID, page({ url: 'http://toko.example.co.id/', fields: [field('other')] }))).toEqual(
      [],
    );
  });

  it('is silent on a clean https checkout', () => {
    expect(run(ID, cleanCheckout())).toEqual([]);
  });
});
