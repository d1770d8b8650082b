import { describe, expect, it } from 'vitest';
import { cleanCheckout, consent, page, run } from './builders';

const ID = 'consent.prechecked';

describe(ID, () => {
  it.each([
    ['id', 'Saya mau menerima promo dan penawaran.', ['marketing'] as const],
    ['en', 'Send me offers and news by email.', ['marketing'] as const],
    ['id', 'Bagikan data saya kepada mitra kami.', ['third_party'] as const],
    ['en', 'Personalise my recommendations.', ['profiling'] as const],
  ])('fires on a pre-ticked optional box (%s: %s)', (_lang, text, purposes) => {
    const c = consent({ text, purposes: [...purposes], prechecked: true });
    const [f] = run(ID, page({ consents: [c] }));
    expect(f?.severity).toBe('high');
    expect(f?.evidence).toEqual([{ selector: c.selector, text }]);
  });

  it('fires on an opt-out box left unticked (opted in by default), with a note', () => {
    const c = consent({
      text: 'Saya tidak ingin menerima promo.',
      optOut: true,
      prechecked: false,
    });
    const [f] = run(ID, page({ consents: [c] }), { lang: 'en' });
    expect(f?.explanation).toMatch(/left unticked/);
  });

  it('does not fire on a ticked opt-out box (opted out by default)', () => {
    expect(run(ID, page({ consents: [consent({ optOut: true, prechecked: true })] }))).toEqual([]);
  });

  it('does not fire on a pre-ticked box for terms only, or on an implied statement', () => {
    const terms = consent({ purposes: ['terms'], prechecked: true });
    const implied = consent({ control: 'implied_text', prechecked: true });
    expect(run(ID, page({ consents: [terms, implied] }))).toEqual([]);
  });

  it('fires on a pre-selected radio or toggle too', () => {
    const r = consent({ control: 'radio', prechecked: true });
    const t = consent({ control: 'toggle', prechecked: true, purposes: ['third_party'] });
    expect(run(ID, page({ consents: [r, t] }))).toHaveLength(2);
  });

  it('treats radios by selection: a preselected "No" or an unselected "No" is fine', () => {
    const no = consent({ control: 'radio', text: 'Tidak, terima kasih', optOut: true });
    const noSelected = consent({
      control: 'radio',
      text: 'No thanks',
      optOut: true,
      prechecked: true,
    });
    expect(run(ID, page({ consents: [no, noSelected] }))).toEqual([]);
  });

  it('is silent on a clean checkout', () => {
    expect(run(ID, cleanCheckout())).toEqual([]);
  });

  it('says "likely not explicit consent" in both languages', () => {
    const p = page({ consents: [consent({ prechecked: true })] });
    expect(run(ID, p, { lang: 'id' })[0]?.explanation).toMatch(
      /kemungkinan besar bukan persetujuan yang tegas/,
    );
    expect(run(ID, p, { lang: 'en' })[0]?.explanation).toMatch(/likely not explicit consent/);
  });
});
