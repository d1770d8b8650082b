import { describe, expect, it } from 'vitest';
import { cleanCheckout, consent, field, page, run, statement } from './builders';

const ID = 'consent.language';
const EN_BOX = consent({ text: 'I agree to receive offers from our partners.' });
const GLOBAL = 'https://shop.example.com/checkout';

describe(ID, () => {
  it.each([
    ['a .co.id domain', page({ consents: [EN_BOX], language: 'en' })],
    [
      'lang="id"',
      page({ url: GLOBAL, language: 'en', consents: [EN_BOX], snapshot: { htmlLang: 'id' } }),
    ],
    [
      'Rupiah prices',
      page({
        url: GLOBAL,
        language: 'en',
        consents: [EN_BOX],
        snapshot: { textSample: 'Total: Rp 250.000' },
      }),
    ],
    [
      'IDR prices',
      page({
        url: GLOBAL,
        language: 'en',
        consents: [EN_BOX],
        snapshot: { textSample: 'Total IDR 250,000' },
      }),
    ],
  ])('fires on English consent text on a site aimed at Indonesia (%s)', (_why, p) => {
    const [f] = run(ID, p);
    expect(f?.severity).toBe('medium');
    expect(f?.evidence[0]?.text).toBe(EN_BOX.text);
  });

  it('needs two weak signals: +62 phone and kecamatan field together fire', () => {
    const p = page({
      url: GLOBAL,
      language: 'en',
      consents: [EN_BOX],
      fields: [field('address', { label: 'Kecamatan' })],
      snapshot: { textSample: 'Call us +62 812 3456 7890' },
    });
    expect(run(ID, p)).toHaveLength(1);
  });

  it('does not fire on one weak signal alone', () => {
    const p = page({
      url: GLOBAL,
      language: 'en',
      consents: [EN_BOX],
      snapshot: { textSample: 'Office: +62 21 555 1234' },
    });
    expect(run(ID, p)).toEqual([]);
  });

  it('does not fire on a site not aimed at Indonesia', () => {
    expect(
      run(
        ID,
        page({ url: GLOBAL, language: 'en', consents: [EN_BOX], snapshot: { htmlLang: 'en' } }),
      ),
    ).toEqual([]);
  });

  it('accepts Indonesian and bilingual texts, and ignores too-short ones', () => {
    const p = page({
      consents: [
        consent({ text: 'Saya setuju menerima promo.' }),
        consent({ text: 'I agree / Saya setuju' }),
        statement('Dengan mendaftar, Anda menyetujui Kebijakan Privasi.'),
        consent({ text: 'Newsletter' }),
      ],
    });
    expect(run(ID, p)).toEqual([]);
  });

  it('checks implied statements too', () => {
    const s = statement('By placing your order you agree to our Privacy Policy.');
    expect(run(ID, page({ consents: [s] }))[0]?.evidence).toEqual([
      { text: s.text, selector: s.selector },
    ]);
  });

  it('is silent on a clean checkout', () => {
    expect(run(ID, cleanCheckout())).toEqual([]);
  });
});
