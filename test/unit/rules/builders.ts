import type {
  ClassifiedConsent,
  ClassifiedField,
  ClassifiedPage,
} from '../../../analyzer/model/classified';
import type { LiveEvidence } from '../../../analyzer/model/live';
import type { DataCategory, Sensitivity } from '../../../analyzer/model/scan-report';
import type { GroupEvidence, PageSnapshot } from '../../../analyzer/model/snapshot';
import type { Finding } from '../../../analyzer/model/scan-report';
import type { Locale, RuleId, RulebookId } from '../../../analyzer/rulebooks';
import { evaluate } from '../../../analyzer/rules';

// Plain ClassifiedPage objects for rule tests: the defaults describe a clean,
// Indonesian, https checkout with nothing on it; each test adds what it needs.

const SENSITIVITY: Partial<Record<DataCategory, Sensitivity>> = {
  payment_card: 'specific',
  card_expiry: 'specific',
  card_cvc: 'specific',
  bank_account: 'specific',
  health: 'specific',
  biometric: 'specific',
  password: 'credential',
  other: 'none',
};

let counter = 0;

export function field(
  category: DataCategory,
  over: Partial<ClassifiedField> = {},
): ClassifiedField {
  counter += 1;
  return {
    selector: `#f${counter}`,
    label: category,
    inputType: 'text',
    category,
    sensitivity: SENSITIVITY[category] ?? 'general',
    required: true,
    concept: category,
    group: 0,
    ...over,
  };
}

export function consent(over: Partial<ClassifiedConsent> = {}): ClassifiedConsent {
  counter += 1;
  return {
    selector: `#c${counter}`,
    text: 'Saya setuju menerima promo dan penawaran lewat email.',
    control: 'checkbox',
    prechecked: false,
    required: false,
    purposes: ['marketing'],
    bundled: false,
    links: [],
    optOut: false,
    group: 0,
    ...over,
  };
}

/** An "I agree by clicking" statement (no selector, no control). */
export function statement(text: string, over: Partial<ClassifiedConsent> = {}): ClassifiedConsent {
  return consent({ text, control: 'implied_text', purposes: ['terms', 'privacy'], ...over });
}

export function group(over: Partial<GroupEvidence> = {}): GroupEvidence {
  return {
    index: 0,
    selector: 'form#checkout',
    kind: 'form',
    method: 'post',
    submitTexts: ['Buat Pesanan'],
    heading: 'Checkout',
    ...over,
  };
}

export function snapshot(over: Partial<PageSnapshot> = {}): PageSnapshot {
  return {
    schemaVersion: 1,
    url: 'https://toko.example.co.id/checkout',
    title: 'Checkout',
    headings: [],
    textSample: '',
    groups: [group()],
    fields: [],
    controls: [],
    statements: [],
    policyLinks: [],
    scripts: [],
    truncated: false,
    ...over,
  };
}

export interface PageOverrides extends Partial<Omit<ClassifiedPage, 'snapshot'>> {
  readonly snapshot?: Partial<PageSnapshot>;
}

export function page(over: PageOverrides = {}): ClassifiedPage {
  const { snapshot: snap, ...rest } = over;
  const url = rest.url ?? 'https://toko.example.co.id/checkout';
  return {
    url,
    pageKind: 'checkout',
    language: 'id',
    fields: [],
    consents: [],
    policyLinks: [],
    permissionRequests: [],
    ...rest,
    snapshot: snapshot({ url, ...snap }),
  };
}

/** A policy link on the form (group 0); FOOTER_POLICY_LINK is the same page linked only from the footer. */
export const POLICY_LINK = {
  href: 'https://toko.example.co.id/privasi',
  text: 'Kebijakan Privasi',
  group: 0,
};
export const FOOTER_POLICY_LINK = { href: POLICY_LINK.href, text: POLICY_LINK.text };

export function live(over: Partial<LiveEvidence> = {}): LiveEvidence {
  return {
    schemaVersion: 1,
    hiddenConsents: [],
    permissionRequests: [],
    scripts: [],
    truncated: false,
    ...over,
  };
}

/** A well-built Indonesian checkout: what no high-severity rule may accuse. */
export function cleanCheckout(): ClassifiedPage {
  return page({
    fields: [
      field('name', { label: 'Nama Lengkap' }),
      field('phone', { label: 'No. HP', inputType: 'tel' }),
      field('email', { label: 'Email', inputType: 'email' }),
      field('address', { label: 'Alamat', concept: 'street' }),
      field('address', { label: 'Kecamatan', concept: 'district' }),
      field('postal_code', { label: 'Kode Pos' }),
      field('payment_card', { label: 'Nomor Kartu' }),
      field('card_expiry', { label: 'Masa Berlaku' }),
      field('card_cvc', { label: 'CVV' }),
      field('other', { label: 'Catatan untuk penjual', required: false }),
    ],
    consents: [
      consent({
        text: 'Saya telah membaca dan menyetujui Kebijakan Privasi.',
        purposes: ['privacy'],
        required: true,
        links: [POLICY_LINK.href],
      }),
      consent({
        text: 'Kirimi saya promo dan penawaran lewat email (opsional).',
        purposes: ['marketing'],
      }),
    ],
    policyLinks: [POLICY_LINK],
    snapshot: { htmlLang: 'id', textSample: 'Total Rp 150.000 Buat Pesanan' },
  });
}

export interface RunOptions {
  readonly rulebook?: RulebookId;
  readonly lang?: Locale;
  readonly live?: LiveEvidence;
}

/** Findings of one rule, through the public evaluate(). */
export function run(ruleId: RuleId, p: ClassifiedPage, opts: RunOptions = {}): Finding[] {
  return evaluate(p, opts).filter((f) => f.ruleId === ruleId);
}
