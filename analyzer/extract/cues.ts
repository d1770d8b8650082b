import { termsOf } from '../classify/compile';
import { NOT_SUBMIT_TEXT, SUBMIT_TEXT } from '../lexicon/submit';

// Language cues the extractor itself needs before classification: which
// controls are search boxes, which radio choice says "yes", which text nodes
// may hold an implied-consent statement. Data, grouped by language.

const SEARCH = {
  en: ['search', 'find products', 'what are you looking for'],
  id: ['cari', 'pencarian', 'telusuri', 'mau belanja apa'],
} as const;

const AFFIRMATIVE = {
  en: ['yes', 'subscribe', 'i agree', 'agree', 'opt in', 'sure'],
  id: ['ya', 'iya', 'mau', 'setuju', 'berlangganan', 'bersedia'],
} as const;

const NEGATIVE = {
  en: ['no', 'not', "don't", 'do not', 'unsubscribe', 'opt out'],
  // Note: "tidak" also appears in "tidak wajib" (optional); only choice labels are tested here.
  id: ['tidak', 'jangan', 'tak', 'nggak', 'enggak'],
} as const;

// A cheap prefilter for text nodes that may belong to an implied-consent
// statement; classify/detect decides for real on the whole block.
const STATEMENT_HINT = {
  en: [
    'agree',
    'accept',
    'consent',
    'privacy',
    'personal data',
    'terms',
    'acknowledge',
    'allow',
    'authori',
    'permit',
    'permission',
  ],
  id: [
    'setuju',
    'menyetujui',
    'persetujuan',
    'privasi',
    'data pribadi',
    'syarat',
    'ketentuan',
    'menerima',
    'izin',
    'kuasa',
    'bersedia',
  ],
} as const;

function wordsPattern(groups: Record<string, readonly string[]>, whole: boolean): RegExp {
  const words = Object.values(groups)
    .flat()
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return whole
    ? new RegExp(`(?:^|[^\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'iu')
    : new RegExp(words.join('|'), 'i');
}

export const SEARCH_RE = wordsPattern(SEARCH, false);
export const AFFIRMATIVE_RE = wordsPattern(AFFIRMATIVE, true);
export const NEGATIVE_RE = wordsPattern(NEGATIVE, true);
export const STATEMENT_HINT_RE = wordsPattern(STATEMENT_HINT, false);
// Submit-like captions, from the submit lexicon, matched on a light
// normalisation (lower case, punctuation to spaces) so that the tokenizer and
// its abbreviation tables stay out of the content script.
const SUBMIT_START_RE = new RegExp(`^(?:${termsOf(SUBMIT_TEXT).join('|')})(?= |$)`);
const NOT_SUBMIT_START_RE = new RegExp(`^(?:${termsOf(NOT_SUBMIT_TEXT).join('|')})(?= |$)`);
const MAX_SUBMIT_CHARS = 80;

export function looksLikeSubmitButton(text: string): boolean {
  if (text.length > MAX_SUBMIT_CHARS) return false;
  const t = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
  return SUBMIT_START_RE.test(t) && !NOT_SUBMIT_START_RE.test(t);
}

// Links that may be privacy-policy links; classify/detect decides on their text and URL.
export const POLICY_LINK_HINT_RE =
  /priva|kebijakan|pemberitahuan|perlindungan|data[\s_-]*prote|polic|datenschutz|gdpr|pdp/i;

/** Names and ids that honeypot fields use across platforms. */
export const HONEYPOT_RE =
  /honey\s*pot|(?:^|[-_])hp(?:[-_]|$)|bot[-_]?(?:field|trap|check)|ak_hp|leave[-_ ]?(?:this[-_ ]?)?(?:blank|empty)/i;
