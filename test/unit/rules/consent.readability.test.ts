import { describe, expect, it } from 'vitest';
import { readabilityProblems } from '../../../analyzer/rules/consent.readability';
import { cleanCheckout, consent, page, run } from './builders';

const ID = 'consent.readability';

const LONG_EN = Array.from({ length: 14 }, () => 'We use your data to improve our service.').join(
  ' ',
);
const DENSE_ID =
  'Saya setuju bahwa data pribadi saya yang saya berikan dalam formulir ini akan diproses oleh toko dan mitra pengiriman untuk keperluan pesanan promosi survei analisis dan peningkatan layanan sesuai kebutuhan';
const LEGAL_EN =
  'I hereby irrevocably consent, notwithstanding anything herein, to processing of my data.';

describe(ID, () => {
  it.each([
    ['long (en)', LONG_EN, 'long'],
    ['dense (id)', DENSE_ID, 'dense'],
    ['legalistic (en)', LEGAL_EN, 'legalistic'],
  ])('flags a %s text', (_name, text, problem) => {
    expect(readabilityProblems(text)).toContain(problem);
    const [f] = run(ID, page({ consents: [consent({ text })] }), { lang: 'en' });
    expect(f?.severity).toBe('low');
    expect(f?.explanation).toContain(problem === 'legalistic' ? 'legal jargon' : problem);
  });

  it('flags Indonesian legal jargon, with the reason in Indonesian', () => {
    const text = 'Dengan ini saya menyatakan dan menjamin serta membebaskan penjual dari tuntutan.';
    expect(run(ID, page({ consents: [consent({ text })] }))[0]?.explanation).toMatch(
      /istilah hukum/,
    );
  });

  it('does not flag short plain texts in either language', () => {
    const p = page({
      consents: [
        consent({ text: 'Saya setuju menerima promo lewat email.' }),
        consent({ text: 'I agree to the Privacy Policy.' }),
      ],
    });
    expect(run(ID, p)).toEqual([]);
  });

  it('needs three distinct jargon terms, not one "shall"', () => {
    expect(readabilityProblems('We shall send you offers if you agree.')).toEqual([]);
  });

  it('is silent on a clean checkout', () => {
    expect(run(ID, cleanCheckout())).toEqual([]);
  });
});
