import { NEWSLETTER_SIGNALS, PAGE_KIND_SIGNALS, type FormPageKind } from '../lexicon/page-kind';
import type { DataCategory, PageKind } from '../model/scan-report';
import { compileLexicon } from './compile';
import { normalize } from './tokenize';

export interface PageKindInput {
  url: string;
  title: string;
  headings: string[];
  submitTexts: string[];
  categories: DataCategory[];
  fieldCount: number;
  hasPasswordField: boolean;
  hasNewPasswordOrConfirm: boolean;
  textSample: string;
}

// Weights of each kind of evidence: the URL and the submit button say most.
const W_URL = 3;
const W_SUBMIT = 3;
const W_HEADING = 2;
const W_SAMPLE = 1;
const DECISIVE = 4;
const LIKELY = 3;
const MAX_SAMPLE = 3000;

const KINDS: readonly FormPageKind[] = ['checkout', 'signup', 'login', 'account'];
const COMPILED = KINDS.map((kind) => {
  const s = PAGE_KIND_SIGNALS[kind];
  return {
    kind,
    url: new RegExp(s.url.join('|')),
    text: compileLexicon(s.text),
    submit: new RegExp(`^(?:${[...s.submit.en, ...s.submit.id].join('|')})(?= |$)`),
  };
});
const NEWSLETTER_RE = compileLexicon(NEWSLETTER_SIGNALS);
const CHECKOUT_DATA: ReadonlySet<DataCategory> = new Set([
  'address',
  'city',
  'postal_code',
  'payment_card',
  'card_expiry',
  'card_cvc',
]);
const IDENTIFIERS: ReadonlySet<DataCategory> = new Set(['email', 'phone', 'username']);
const LOGIN_ONLY: ReadonlySet<DataCategory> = new Set([
  'email',
  'phone',
  'username',
  'password',
  'other',
]);

function pathOf(url: string): string {
  const lower = url.toLowerCase();
  const scheme = lower.indexOf('://');
  if (scheme < 0) return lower;
  const slash = lower.indexOf('/', scheme + 3);
  return slash < 0 ? '/' : lower.slice(slash);
}

function scores(input: PageKindInput): Record<FormPageKind, number> {
  const path = pathOf(input.url);
  const headings = [input.title, ...input.headings].map(normalize);
  const submits = input.submitTexts.map(normalize);
  const sample = normalize(input.textSample.slice(0, MAX_SAMPLE));
  const out: Record<FormPageKind, number> = { checkout: 0, signup: 0, login: 0, account: 0 };
  for (const c of COMPILED) {
    let score = 0;
    if (c.url.test(path)) score += W_URL;
    if (submits.some((s) => c.submit.test(s))) score += W_SUBMIT;
    if (headings.some((h) => c.text.test(h))) score += W_HEADING;
    if (c.text.test(sample)) score += W_SAMPLE;
    out[c.kind] = score;
  }
  return out;
}

// "Daftar" / "Subscribe" over a lone email field: a newsletter box.
function isNewsletterBox(input: PageKindInput, personal: readonly DataCategory[]): boolean {
  if (input.hasPasswordField || !personal.every((c) => c === 'email')) return false;
  return [input.title, ...input.headings, ...input.submitTexts].some((t) =>
    NEWSLETTER_RE.test(normalize(t)),
  );
}

/**
 * What job the page's form does. Precedence: checkout (an optional
 * create-account section does not make it a signup) > signup (a login +
 * register page is a signup) > login > account > other. A page whose fields
 * ask for no personal data is `other` whatever it says.
 */
export function classifyPageKind(input: PageKindInput): PageKind {
  const personal = input.categories.filter((c) => c !== 'other');
  if (input.fieldCount === 0 || personal.length === 0) return 'other';
  if (isNewsletterBox(input, personal)) return 'other';
  const s = scores(input);
  const hasCheckoutData = personal.some((c) => CHECKOUT_DATA.has(c));
  const hasIdentifier = personal.some((c) => IDENTIFIERS.has(c));
  const loginOnly = personal.every((c) => LOGIN_ONLY.has(c));

  if (s.checkout >= DECISIVE && (hasCheckoutData || s.checkout >= DECISIVE + W_HEADING))
    return 'checkout';
  if (hasIdentifier && s.signup >= LIKELY) return 'signup';
  // A new-password + confirm pair is a registration unless the page is an account editor.
  if (hasIdentifier && input.hasNewPasswordOrConfirm && s.account < LIKELY) return 'signup';
  if (input.hasPasswordField && !input.hasNewPasswordOrConfirm && loginOnly) return 'login';
  if (s.account >= LIKELY) return 'account';
  if (s.login >= LIKELY && loginOnly) return 'login';
  if (s.checkout >= LIKELY && hasCheckoutData) return 'checkout';
  return 'other';
}
