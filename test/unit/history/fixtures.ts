import {
  GENESIS_HASH,
  hashRecord,
  type DisclosureDraft,
  type DisclosureRecord,
  type SubmitObservation,
} from '../../../history';

// A realistic submit observation and a pure chain builder, shared by unit and integration tests.

export function observation(overrides: Partial<SubmitObservation> = {}): SubmitObservation {
  return {
    submittedAt: new Date('2026-03-01T10:00:00.000Z'),
    pageUrl: 'https://www.toko-nusantara.id/checkout',
    pageKind: 'checkout',
    fields: [
      { category: 'name', hadValue: true },
      { category: 'email', hadValue: true },
      { category: 'phone', hadValue: true },
      { category: 'national_id', hadValue: false },
    ],
    consents: [
      {
        text: 'Saya setuju dengan Syarat & Ketentuan',
        control: 'checkbox',
        prechecked: false,
        required: true,
        purposes: ['terms'],
        bundled: false,
        checked: true,
      },
      {
        text: 'Kirimi saya promo dan bagikan data ke mitra',
        control: 'checkbox',
        prechecked: true,
        required: false,
        purposes: ['marketing', 'third_party'],
        bundled: true,
        checked: true,
      },
      {
        text: 'Dengan melanjutkan, Anda menyetujui Kebijakan Privasi kami.',
        control: 'implied_text',
        prechecked: false,
        required: false,
        purposes: ['privacy'],
        bundled: false,
        checked: false,
      },
    ],
    policy: { url: 'https://www.toko-nusantara.id/privasi?ref=footer', textHash: 'a'.repeat(64) },
    score: { value: 42, grade: 'D', rulebook: 'uu-pdp-2022' },
    findings: [
      {
        ruleId: 'consent.prechecked',
        severity: 'high',
        citations: [{ rulebook: 'uu-pdp-2022', article: 'Pasal 22 ayat (1)' }],
      },
      {
        ruleId: 'consent.bundled',
        severity: 'medium',
        citations: [{ rulebook: 'uu-pdp-2022', article: 'Pasal 22 ayat (4)' }],
      },
    ],
    ...overrides,
  };
}

/** Links drafts into a chain without a database (what Ledger.append does). */
export async function link(
  drafts: readonly DisclosureDraft[],
  start: { count: number; hash: string } = { count: 0, hash: GENESIS_HASH },
): Promise<DisclosureRecord[]> {
  const records: DisclosureRecord[] = [];
  let prevHash = start.hash;
  for (const [i, draft] of drafts.entries()) {
    const unhashed = {
      ...draft,
      id: crypto.randomUUID(),
      seq: start.count + i,
      nonce: '0123456789abcdef'.repeat(2),
      prevHash,
    };
    const hash = await hashRecord(unhashed);
    records.push({ ...unhashed, hash });
    prevHash = hash;
  }
  return records;
}
