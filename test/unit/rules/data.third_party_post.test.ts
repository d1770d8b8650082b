import { describe, expect, it } from 'vitest';
import { field, group, page, run } from './builders';

const ID = 'data.third_party_post';

function posting(action: string, url = 'https://toko.example.co.id/checkout') {
  return page({ url, fields: [field('email')], snapshot: { groups: [group({ action })] } });
}

describe(ID, () => {
  it('fires medium when the form posts to another registrable domain', () => {
    const [f] = run(ID, posting('https://forms.collector.com/s'));
    expect(f?.severity).toBe('medium');
    expect(f?.evidence).toEqual([
      { selector: 'form#checkout', text: 'action=https://forms.collector.com/s' },
    ]);
  });

  it('treats another shop under co.id as a third party', () => {
    expect(run(ID, posting('https://other.co.id/collect'))).toHaveLength(1);
  });

  it.each([
    ['a subdomain of the same .co.id site', 'https://api.example.co.id/order'],
    ['the same host', 'https://toko.example.co.id/order'],
    ['a relative action resolved to the page', 'https://toko.example.co.id/checkout?step=2'],
  ])('does not fire for %s', (_why, action) => {
    expect(run(ID, posting(action))).toEqual([]);
  });

  it('handles co.uk and com.au suffixes', () => {
    expect(run(ID, posting('https://pay.shop.co.uk/x', 'https://www.shop.co.uk/checkout'))).toEqual(
      [],
    );
    expect(run(ID, posting('https://b.com.au/x', 'https://a.com.au/checkout'))).toHaveLength(1);
  });

  it('is low, with a note, for a known payment provider', () => {
    const [f] = run(ID, posting('https://app.midtrans.com/snap/v2'), { lang: 'en' });
    expect(f?.severity).toBe('low');
    expect(f?.explanation).toMatch(/payment provider/);
  });

  it('does not cite the cross-border article without knowing the recipient is abroad', () => {
    const [f] = run(ID, posting('https://forms.collector.com/s'));
    expect(f?.citations).toEqual([{ rulebook: 'uu-pdp-2022', article: 'Pasal 21(1)' }]);
  });

  it('ignores groups with no personal fields and pages that are not on the web', () => {
    const noPersonal = page({
      fields: [field('other')],
      snapshot: { groups: [group({ action: 'https://x.com/' })] },
    });
    expect(run(ID, noPersonal)).toEqual([]);
    expect(run(ID, posting('https://x.com/', 'file:///tmp/saved.html'))).toEqual([]);
  });
});
