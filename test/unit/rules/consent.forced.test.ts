import { describe, expect, it } from 'vitest';
import { cleanCheckout, consent, page, run } from './builders';

const ID = 'consent.forced';

describe(ID, () => {
  it.each([
    ['Saya setuju menerima promo (wajib).', ['marketing'] as const],
    ['I agree to the Terms and to share my data with partners.', ['terms', 'third_party'] as const],
  ])('fires on a required box with an optional purpose: %s', (text, purposes) => {
    const c = consent({ text, purposes: [...purposes], required: true });
    const [f] = run(ID, page({ consents: [c] }));
    expect(f?.severity).toBe('high');
    expect(f?.evidence[0]?.selector).toBe(c.selector);
  });

  it('does not fire on an optional marketing box or a required privacy box', () => {
    const a = consent({ required: false });
    const b = consent({ purposes: ['privacy'], required: true });
    expect(run(ID, page({ consents: [a, b] }))).toEqual([]);
  });

  it('does not fire on a required opt-out box or an implied statement', () => {
    const a = consent({ required: true, optOut: true });
    const b = consent({ control: 'implied_text', required: true });
    expect(run(ID, page({ consents: [a, b] }))).toEqual([]);
  });

  it('does not fire on a required radio group (it still offers "No")', () => {
    expect(run(ID, page({ consents: [consent({ control: 'radio', required: true })] }))).toEqual(
      [],
    );
  });

  it('fires on a required toggle', () => {
    expect(
      run(ID, page({ consents: [consent({ control: 'toggle', required: true })] })),
    ).toHaveLength(1);
  });

  it('is silent on a clean checkout', () => {
    expect(run(ID, cleanCheckout())).toEqual([]);
  });
});
