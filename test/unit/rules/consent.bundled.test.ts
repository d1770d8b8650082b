import { describe, expect, it } from 'vitest';
import { cleanCheckout, consent, page, run, statement } from './builders';

const ID = 'consent.bundled';

describe(ID, () => {
  it('fires high when terms and marketing share one box (id text)', () => {
    const c = consent({
      text: 'Saya menyetujui Syarat & Ketentuan dan bersedia menerima promo.',
      purposes: ['terms', 'marketing'],
      bundled: true,
    });
    expect(run(ID, page({ consents: [c] }))[0]?.severity).toBe('high');
  });

  it('fires high when two optional purposes share one box (en text)', () => {
    const c = consent({
      text: 'Send me offers and share my data with partners.',
      purposes: ['marketing', 'third_party'],
      bundled: true,
    });
    expect(run(ID, page({ consents: [c] }))[0]?.severity).toBe('high');
  });

  it('fires medium for a terms + privacy bundle, in a statement too', () => {
    const s = statement('By placing the order you agree to our Terms and Privacy Policy.', {
      bundled: true,
    });
    const [f] = run(ID, page({ consents: [s] }));
    expect(f?.severity).toBe('medium');
    expect(f?.evidence[0]).toEqual({ text: s.text, selector: s.selector });
  });

  it('trusts the classifier: no flag, no finding', () => {
    const c = consent({ purposes: ['terms', 'marketing'], bundled: false });
    expect(run(ID, page({ consents: [c] }))).toEqual([]);
  });

  it('is silent on a clean checkout', () => {
    expect(run(ID, cleanCheckout())).toEqual([]);
  });

  it('is not reported under Permenkominfo 20/2016, which has no article for it', () => {
    const c = consent({ purposes: ['terms', 'marketing'], bundled: true });
    expect(run(ID, page({ consents: [c] }), { rulebook: 'pm-20-2016' })).toEqual([]);
  });
});
