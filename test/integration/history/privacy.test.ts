import { describe, expect, it } from 'vitest';
import {
  buildDisclosure,
  maskHint,
  MaskedHintSchema,
  type FieldAtSubmit,
  type MaskedHint,
} from '../../../history';
import type { DataCategory } from '../../../analyzer/model/scan-report';
import { dump, observation, openLedger } from './helpers';

// The ledger records that a category was given, never the value. These tests
// hold distinctive values the way the caller does at submit time and prove
// that none of them reaches storage or an export.

const TYPED: readonly { category: DataCategory; value: string }[] = [
  { category: 'name', value: 'Zulkarnaen Qwertyanto' },
  { category: 'email', value: 'zq.privacy-probe-7731@example-mail.co.id' },
  { category: 'phone', value: '0812-9876-5432' },
  { category: 'national_id', value: '3174099912345678' },
  { category: 'payment_card', value: '4111 2222 3333 4444' },
  { category: 'card_cvc', value: '987' },
  { category: 'address', value: 'Jl. Probe Rahasia No. 77, Kelurahan Uji' },
  { category: 'password', value: 'Sandi-Rahasia!2026' },
  { category: 'birth_date', value: '1991-07-17' },
];

/** What must never appear: each value, and its telling pieces. */
const NEEDLES = [
  ...TYPED.map((t) => t.value),
  'Qwertyanto',
  'zq.privacy-probe',
  'probe-7731',
  '98765432',
  '9876-5432',
  '3174099912345678',
  '4111',
  '3333 4444',
  '33334444',
  'Probe Rahasia',
  'Sandi-Rahasia',
  '1991-07-17',
];

/** The caller's side: it holds the values and passes on only category + hadValue (+ opt-in hint). */
function fieldsAtSubmit(withHints: boolean): FieldAtSubmit[] {
  return TYPED.map(({ category, value }) => {
    const hint =
      withHints && (category === 'email' || category === 'phone') ? maskHint(value) : null;
    return { category, hadValue: value.trim() !== '', ...(hint ? { hint } : {}) };
  });
}

const submit = (withHints: boolean) =>
  observation({
    // A GET form puts the typed values in the URL; the fragment may carry a token.
    pageUrl:
      'https://www.toko-probe.id/checkout?email=zq.privacy-probe-7731%40example-mail.co.id&phone=081298765432&nik=3174099912345678#card=4111222233334444',
    fields: fieldsAtSubmit(withHints),
  });

async function everythingStored(withHints: boolean): Promise<string> {
  const ledger = await openLedger();
  await ledger.append(buildDisclosure(submit(withHints), { storeHints: withHints }));
  const stored = (await dump(ledger)) + (await ledger.exportJson());
  // Ids, nonces and hashes are random hex: blank them so a short needle ("987") cannot match by chance.
  return stored
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
    .replace(/[0-9a-f]{32,64}/g, '<hex>');
}

describe('privacy: values never reach storage', () => {
  it('stores the categories and none of the typed values', async () => {
    const stored = await everythingStored(false);
    for (const { category } of TYPED) expect(stored).toContain(`"${category}"`);
    for (const needle of NEEDLES) expect(stored).not.toContain(needle);
    expect(stored).not.toContain('%40');
    expect(stored).not.toContain('***');
  });

  it('with the opt-in, stores only the masked hints', async () => {
    const stored = await everythingStored(true);
    expect(stored).toContain('z***@example-mail.co.id');
    expect(stored).toContain('0812****5432');
    for (const needle of NEEDLES) expect(stored).not.toContain(needle);
  });

  it('has no input that can carry a value', () => {
    const field: FieldAtSubmit = {
      category: 'email',
      hadValue: true,
      // @ts-expect-error a field has no value property
      value: 'jane@example.com',
    };
    expect(buildDisclosure(observation({ fields: [field] })).categories).toEqual(['email']);
    expect(JSON.stringify(buildDisclosure(observation({ fields: [field] })))).not.toContain(
      'jane@example.com',
    );
    // @ts-expect-error a plain string is not a MaskedHint
    const forged: MaskedHint = 'jane@example.com';
    expect(MaskedHintSchema.safeParse(forged).success).toBe(false);
    expect(() =>
      buildDisclosure(
        observation({ fields: [{ category: 'email', hadValue: true, hint: forged }] }),
        { storeHints: true },
      ),
    ).toThrow(/not valid/);
  });
});
