import { describe, expect, it } from 'vitest';
import { classifyConsentText } from '../../../analyzer/classify';
import { englishRefuses } from '../../../analyzer/classify/english';
import type { Purpose } from '../../../analyzer/model/scan-report';

type Row = readonly [text: string, purposes: readonly Purpose[], optOut?: boolean];

const CASES: readonly Row[] = [
  // terms and privacy
  ['I agree to the Terms and Conditions', ['terms']],
  ['I accept the Terms of Service', ['terms']],
  ['I have read the Privacy Policy', ['privacy']],
  ['I agree to the Terms of Use and the Privacy Policy', ['terms', 'privacy']],
  ['I have read and agree to the website terms and conditions', ['terms']],
  ['Saya setuju dengan Syarat & Ketentuan', ['terms']],
  ['Saya menyetujui Syarat dan Ketentuan', ['terms']],
  ['Saya setuju dengan S&K yang berlaku', ['terms']],
  ['Saya telah membaca Kebijakan Privasi', ['privacy']],
  ['Saya menyetujui Syarat & Ketentuan serta Kebijakan Privasi', ['terms', 'privacy']],
  ['Saya menyetujui pemrosesan data pribadi saya sesuai Pemberitahuan Privasi', ['privacy']],
  ['I consent to the processing of my personal data', ['privacy']],
  ['Saya menyetujui pengumpulan dan penggunaan data pribadi saya', ['privacy']],
  // marketing
  ['Email me with news and offers', ['marketing']],
  ['Subscribe to our newsletter', ['marketing']],
  ['Keep me updated on new collections', ['marketing']],
  ['Sign me up for exclusive deals and discounts', ['marketing']],
  ['Send me promotions by SMS and WhatsApp', ['marketing']],
  ['Berlangganan newsletter', ['marketing']],
  ['Kirimi saya promo dan penawaran terbaru', ['marketing']],
  ['Saya ingin menerima info promosi melalui email', ['marketing']],
  ['Ya, saya mau menerima voucher dan diskon via WhatsApp', ['marketing']],
  ['I consent to the processing of my personal data for marketing purposes', ['marketing']],
  // third parties and profiling
  ['Share my details with selected partners', ['third_party']],
  ['Saya mengizinkan data saya dibagikan kepada pihak ketiga', ['third_party']],
  ['Saya setuju data saya dibagikan kepada mitra kami', ['third_party']],
  ['Receive offers from our partners', ['marketing', 'third_party']],
  ['Show me personalised ads based on my browsing', ['marketing', 'profiling']],
  ['Saya setuju dengan analisis perilaku belanja untuk rekomendasi yang relevan', ['profiling']],
  ['Tampilkan iklan yang dipersonalisasi', ['marketing', 'profiling']],
  // age
  ['I am over 18', ['age_confirmation']],
  ['I confirm I am 16 years or older', ['age_confirmation']],
  ['Saya berusia 18 tahun ke atas', ['age_confirmation']],
  ['Saya sudah dewasa', ['age_confirmation']],
  ['Saya berusia minimal 17 tahun', ['age_confirmation']],
  // bundles
  ['I agree to the Terms and would like to receive the newsletter', ['terms', 'marketing']],
  [
    'Saya menyetujui S&K, Kebijakan Privasi dan bersedia menerima promo',
    ['terms', 'privacy', 'marketing'],
  ],
  ['I am over 18 and accept the terms', ['terms', 'age_confirmation']],
  [
    'Saya setuju dengan Syarat & Ketentuan dan data saya dibagikan kepada mitra',
    ['terms', 'third_party'],
  ],
  // other
  ['I agree', ['other']],
  ['Saya setuju', ['other']],
  ['I authorise the seller to contact me about this order', ['other']],
  // refusals keep their purposes
  ['I do not want to receive marketing emails', ['marketing'], true],
  ["I don't want to receive offers", ['marketing'], true],
  ['Please do not send me newsletters', ['marketing'], true],
  ["I'd rather not get promotional emails", ['marketing'], true],
  ['Please don’t ever email me special offers', ['marketing'], true],
  ['Do not share my data with third parties', ['third_party'], true],
  ['Jangan kirimi saya promo', ['marketing'], true],
  ['Saya tidak ingin menerima penawaran melalui email', ['marketing'], true],
  ['Saya tidak mau data saya dibagikan kepada pihak ketiga', ['third_party'], true],
  ['Saya ga mau dikirimi newsletter', ['marketing'], true],
  // not refusals although they contain a negation
  ['You can unsubscribe at any time', ['marketing'], false],
  ['Anda dapat berhenti berlangganan kapan saja', ['marketing'], false],
  [
    'We will never sell your data to third parties. Subscribe to our newsletter',
    ['marketing', 'third_party'],
    false,
  ],
  ["Don't miss out! Get our newsletter", ['marketing'], false],
  ['Jangan lewatkan promo terbaru kami', ['marketing'], false],
  ['I agree to the Terms. Not sure? Read the Privacy Policy', ['terms', 'privacy'], false],
  ['I agree to the terms, we never sell data', ['terms'], false],
  // conditional refusals: ticking refuses, unless the instruction is to untick
  ['Tick this box if you do not wish to receive offers', ['marketing'], true],
  ['Centang jika Anda tidak ingin menerima promo', ['marketing'], true],
  ["Untick if you don't want newsletters", ['marketing'], false],
  ['Hapus centang jika Anda tidak ingin menerima promo', ['marketing'], false],
  // negation only compromise resolves (adverbs, inflection, "you" after a first-person preference)
  ["I really really don't ever want emails", ['marketing'], true],
  ["I'd prefer you didn't email me about offers", ['marketing'], true],
];

describe('classifyConsentText', () => {
  it.each(CASES.map((c) => [c[0], c] as const))('%s', (_text, [text, purposes, optOut]) => {
    const r = classifyConsentText(text);
    expect(r.purposes).toEqual(purposes);
    const partnerMarketing =
      purposes.length === 2 && purposes.includes('marketing') && purposes.includes('third_party');
    expect(r.bundled).toBe(
      purposes.length >= 2 && !purposes.includes('other') && !partnerMarketing,
    );
    if (optOut !== undefined) expect(r.optOut).toBe(optOut);
  });

  it('has at least 40 consent texts', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it('counts terms + privacy as bundled (UU PDP Pasal 22(4)(a): consent must be distinguishable from other matters)', () => {
    expect(
      classifyConsentText('Saya menyetujui Syarat & Ketentuan dan Kebijakan Privasi').bundled,
    ).toBe(true);
  });

  it('treats sharing with partners for their offers as one purpose, but not terms + marketing', () => {
    expect(
      classifyConsentText('Share my email with partners so they can send me offers').bundled,
    ).toBe(false);
    expect(
      classifyConsentText('I agree to the Terms and to receive marketing emails').bundled,
    ).toBe(true);
    expect(
      classifyConsentText('Bagikan data saya ke mitra (lihat Kebijakan Privasi) untuk promo')
        .purposes,
    ).toEqual(['marketing', 'third_party']);
  });

  it('a single purpose is never bundled and never opt-out by default', () => {
    expect(classifyConsentText('Berlangganan newsletter')).toEqual({
      purposes: ['marketing'],
      bundled: false,
      optOut: false,
    });
  });
});

describe('englishRefuses (compromise negation scope)', () => {
  it.each([
    ["I really really don't ever want emails", true],
    ["I'd prefer you didn't email me", true],
    ["Don't send me offers", true],
    ['Never share my data', true],
    ["We won't share your data", false],
    ["Don't forget to subscribe", false],
    ["Don't miss out! Get our newsletter", false],
    ['I do not have a promo code', false],
    ['Subscribe to our newsletter', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(englishRefuses(text)).toBe(expected);
  });
});
