import { describe, expect, it } from 'vitest';
import { cleanCheckout, consent, page, run, statement } from './builders';

const ID = 'consent.implied';

describe(ID, () => {
  it.each([
    'Dengan mendaftar, Anda menyetujui Kebijakan Privasi kami.',
    'By creating an account you agree to our Privacy Policy.',
  ])('fires medium on "by clicking you agree" to privacy: %s', (text) => {
    const [f] = run(ID, page({ consents: [statement(text, { purposes: ['privacy'] })] }));
    expect(f?.severity).toBe('medium');
    expect(f?.evidence[0]?.text).toBe(text);
  });

  it('fires high when marketing is read into a click', () => {
    const s = statement('Dengan membayar, Anda setuju menerima promo.', {
      purposes: ['marketing'],
    });
    expect(run(ID, page({ consents: [s] }))[0]?.severity).toBe('high');
  });

  it('does not fire when an unticked box asks for the same data use', () => {
    const s = statement('Dengan mendaftar, Anda menyetujui Syarat dan Kebijakan Privasi.');
    const box = consent({
      text: 'Saya menyetujui Kebijakan Privasi.',
      purposes: ['privacy'],
      required: true,
    });
    expect(run(ID, page({ consents: [s, box] }))).toEqual([]);
  });

  it('still fires when the only box for it is pre-ticked (not affirmative)', () => {
    const s = statement('By registering you agree to our Privacy Policy.', {
      purposes: ['privacy'],
    });
    const box = consent({ purposes: ['privacy'], prechecked: true });
    expect(run(ID, page({ consents: [s, box] }))).toHaveLength(1);
  });

  it('does not fire for terms of sale only', () => {
    const s = statement('Dengan memesan, Anda menyetujui Syarat & Ketentuan.', {
      purposes: ['terms'],
    });
    expect(run(ID, page({ consents: [s] }))).toEqual([]);
  });

  it('is silent on a clean checkout', () => {
    expect(run(ID, cleanCheckout())).toEqual([]);
  });
});
