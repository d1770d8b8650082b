import { describe, expect, it } from 'vitest';
import { FindingSchema } from '../../../analyzer/model/scan-report';
import {
  DEFAULT_RULEBOOK,
  MAX_EVIDENCE_PER_FINDING,
  RULEBOOK_IDS,
  evaluate,
  getRulebook,
  isRulebookId,
  parseLiveEvidence,
} from '../../../analyzer/rules';
import { POLICY_LINK, cleanCheckout, consent, field, live, page } from './builders';

function cleanSignup() {
  return page({
    pageKind: 'signup',
    url: 'https://www.tokobaju.id/daftar',
    fields: [field('email'), field('password', { inputType: 'password' }), field('name')],
    consents: [
      consent({
        text: 'Saya menyetujui Kebijakan Privasi.',
        purposes: ['privacy'],
        required: true,
        links: [POLICY_LINK.href],
      }),
      consent({ text: 'Saya mau menerima newsletter dan promo.', purposes: ['marketing'] }),
    ],
    policyLinks: [POLICY_LINK],
    snapshot: { htmlLang: 'id' },
  });
}

function cleanGlobalCheckout() {
  return page({
    url: 'https://shop.example.com/checkout',
    language: 'en',
    fields: [field('name'), field('email'), field('address'), field('payment_card')],
    consents: [
      consent({
        text: 'I have read and agree to the Privacy Policy.',
        purposes: ['privacy'],
        required: true,
        links: ['/privacy'],
      }),
      consent({ text: 'Email me offers (optional).', purposes: ['marketing'] }),
    ],
    policyLinks: [{ href: 'https://shop.example.com/privacy', text: 'Privacy Policy' }],
    snapshot: { htmlLang: 'en', textSample: 'Total $25.00' },
  });
}

describe('evaluate()', () => {
  it.each([
    ['clean checkout', cleanCheckout()],
    ['clean signup', cleanSignup()],
    ['clean global checkout', cleanGlobalCheckout()],
  ])('accuses a %s of nothing but info, under every rulebook and in both languages', (_n, p) => {
    for (const rulebook of RULEBOOK_IDS) {
      for (const lang of ['id', 'en'] as const) {
        const fs = evaluate(p, { rulebook, lang, live: live() });
        expect(fs.filter((f) => f.severity !== 'info')).toEqual([]);
      }
    }
  });

  it('defaults to UU 27/2022 and Bahasa Indonesia', () => {
    const [f] = evaluate(page({ consents: [consent({ prechecked: true })] }));
    expect(DEFAULT_RULEBOOK).toBe('uu-pdp-2022');
    expect(f?.citations.every((c) => c.rulebook === 'uu-pdp-2022')).toBe(true);
    expect(f?.title).toMatch(/diaktifkan/);
  });

  it('cites the chosen rulebook only, with its own numbering', () => {
    const p = page({ consents: [consent({ prechecked: true })] });
    const articles = (rulebook: (typeof RULEBOOK_IDS)[number]) =>
      evaluate(p, { rulebook })[0]?.citations.map((c) => `${c.rulebook} ${c.article}`);
    expect(articles('uu-pdp-2022')).toEqual([
      'uu-pdp-2022 Pasal 20(2)(a)',
      'uu-pdp-2022 Pasal 22(1)',
    ]);
    expect(articles('ruu-pdp')).toEqual(['ruu-pdp Pasal 18(1)', 'ruu-pdp Penjelasan Pasal 18(1)']);
    expect(articles('gdpr')?.[0]).toBe('gdpr Art. 4(11)');
  });

  it('returns valid ScanReport findings, highest severity first', () => {
    const p = page({
      url: 'http://toko.example.co.id/checkout',
      fields: [field('email'), field('birth_date')],
      consents: [
        consent({
          text: 'Dengan ini saya menyatakan dan menjamin serta membebaskan penjual.',
          purposes: ['other'],
        }),
      ],
    });
    const fs = evaluate(p);
    for (const f of fs) expect(FindingSchema.safeParse(f).success).toBe(true);
    const rank = { high: 3, medium: 2, low: 1, info: 0 } as const;
    const ranks = fs.map((f) => rank[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(fs[0]?.ruleId).toBe('data.insecure');
  });

  it('bounds evidence per finding and quote length', () => {
    const fields = Array.from({ length: 40 }, () =>
      field('national_id', { label: 'x'.repeat(1000) }),
    );
    const [f] = evaluate(page({ fields, policyLinks: [POLICY_LINK] })).filter(
      (x) => x.ruleId === 'data.excessive',
    );
    expect(f?.evidence).toHaveLength(MAX_EVIDENCE_PER_FINDING);
    expect(f?.evidence[0]?.text?.length).toBeLessThanOrEqual(240);
  });

  it('skips live-only rules without live evidence', () => {
    const page = cleanCheckout();
    const withLive = live({
      hiddenConsents: [
        { selector: page.consents[0]?.selector ?? '', reason: 'collapsed', source: 'extension' },
      ],
    });
    expect(evaluate(page).some((f) => f.ruleId === 'consent.hidden')).toBe(false);
    expect(evaluate(page, { live: withLive }).some((f) => f.ruleId === 'consent.hidden')).toBe(
      true,
    );
  });
});

describe('rulebooks and live evidence helpers', () => {
  it('knows its rulebook ids', () => {
    expect(RULEBOOK_IDS).toEqual(['uu-pdp-2022', 'ruu-pdp', 'pm-20-2016', 'gdpr']);
    expect(isRulebookId('gdpr')).toBe(true);
    expect(isRulebookId('uu-pdp')).toBe(false);
    expect(getRulebook('ruu-pdp').status.en).toMatch(/draft/i);
  });

  it('parses live evidence from the page defensively', () => {
    expect(parseLiveEvidence(live())).not.toBeNull();
    expect(parseLiveEvidence({ schemaVersion: 2 })).toBeNull();
    const spoof = {
      ...live(),
      permissionRequests: [
        { permission: 'camera', at: 'x', userGesture: true, source: 'extension' },
      ],
    };
    expect(parseLiveEvidence(spoof)).toBeNull();
  });
});
