import { describe, expect, it } from 'vitest';
import { buildDisclosure, DisclosureDraftSchema, LedgerError, maskHint } from '../../../history';
import { observation } from './fixtures';

describe('buildDisclosure', () => {
  it('records the categories of fields that had a value, sorted, once each', () => {
    const draft = buildDisclosure(
      observation({
        fields: [
          { category: 'phone', hadValue: true },
          { category: 'email', hadValue: true },
          { category: 'phone', hadValue: true },
          { category: 'national_id', hadValue: false },
          { category: 'other', hadValue: true },
        ],
      }),
    );
    expect(draft.categories).toEqual(['email', 'phone']);
  });

  it('strips query string and fragment from the page and policy URLs', () => {
    const draft = buildDisclosure(
      observation({ pageUrl: 'https://shop.id/checkout?email=jane%40x.com#step2' }),
    );
    expect(draft.pageUrl).toBe('https://shop.id/checkout');
    expect(draft.origin).toBe('https://shop.id');
    expect(draft.policy?.url).toBe('https://www.toko-nusantara.id/privasi');
  });

  it('keeps consent controls with their state and implied statements apart', () => {
    const draft = buildDisclosure(observation());
    expect(draft.consents).toHaveLength(2);
    expect(draft.consents[1]).toMatchObject({
      checked: true,
      prechecked: true,
      bundled: true,
      purposes: ['marketing', 'third_party'],
    });
    expect(draft.statements).toEqual([
      {
        text: 'Dengan melanjutkan, Anda menyetujui Kebijakan Privasi kami.',
        purposes: ['privacy'],
      },
    ]);
  });

  it('keeps grade, findings with rule versions, and schema versions', () => {
    const draft = buildDisclosure(observation());
    expect(draft.scan).toEqual({ grade: 'D', score: 42, rulebook: 'uu-pdp-2022' });
    expect(draft.findings[0]).toEqual({
      ruleId: 'consent.prechecked',
      ruleVersion: 1,
      severity: 'high',
      citations: [{ rulebook: 'uu-pdp-2022', article: 'Pasal 22 ayat (1)' }],
    });
    expect(draft.versions).toEqual({ record: 1, scanReport: 1 });
    expect(buildDisclosure(observation({ score: null })).scan).toBeNull();
  });

  it('bounds page text', () => {
    const long = 'Saya setuju '.repeat(200);
    const draft = buildDisclosure(
      observation({
        consents: [
          {
            text: long,
            control: 'checkbox',
            prechecked: false,
            required: false,
            purposes: [],
            bundled: false,
            checked: false,
          },
        ],
      }),
    );
    expect(draft.consents[0]?.text.length).toBe(600);
    expect(draft.consents[0]?.text.endsWith('…')).toBe(true);
  });

  it('stores masked hints only when the user opted in', () => {
    const hint = maskHint('jane.doe@gmail.com');
    if (hint === null) throw new Error('no hint');
    const input = observation({ fields: [{ category: 'email', hadValue: true, hint }] });
    expect(buildDisclosure(input).hints).toBeUndefined();
    expect(buildDisclosure(input, { storeHints: false }).hints).toBeUndefined();
    expect(buildDisclosure(input, { storeHints: true }).hints).toEqual([
      { category: 'email', hint: 'j***@gmail.com' },
    ]);
  });

  it('refuses a page that is not http(s)', () => {
    expect(() => buildDisclosure(observation({ pageUrl: 'file:///home/jane/page.html' }))).toThrow(
      LedgerError,
    );
  });

  it('gives a draft that the strict schema accepts and that has no unknown keys', () => {
    const draft = buildDisclosure(observation());
    expect(DisclosureDraftSchema.parse(draft)).toEqual(draft);
    expect(DisclosureDraftSchema.safeParse({ ...draft, email: 'x' }).success).toBe(false);
  });
});
