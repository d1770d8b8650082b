import {
  NOT_SUBMIT_TEXT,
  OPTIONAL_WORDS,
  POLICY_HREF_PATTERNS,
  POLICY_LINK_DOC,
  POLICY_LINK_NOT,
  POLICY_LINK_TEXT,
  REQUIRED_WORDS,
  SUBMIT_TEXT,
} from '../lexicon/ui';
import { compileLexicon, termsOf } from './compile';
import { normalize } from './tokenize';

// Cheap predicates for the content script's extractor. This module must not
// import compromise (or anything that does): it ships in the content-script
// bundle. Every regex is built once, here, at load. Deciding what is a consent
// (consent-detect.ts) happens in the background, on the extracted evidence.

const POLICY_TEXT_RE = compileLexicon(POLICY_LINK_TEXT);
const POLICY_NOT_RE = compileLexicon(POLICY_LINK_NOT);
const POLICY_DOC_RE = compileLexicon(POLICY_LINK_DOC);
const POLICY_HREF_RE = new RegExp(
  `(?:^|[/#?&=._-])(?:${POLICY_HREF_PATTERNS.join('|')})(?:$|[/#?&=._-])`,
);
const REQUIRED_RE = compileLexicon(REQUIRED_WORDS);
const OPTIONAL_RE = compileLexicon(OPTIONAL_WORDS);
const ASTERISK_EDGE = /^[\s:(]*\*|\*[\s:)]*$/;
const SUBMIT_RE = new RegExp(`^(?:${termsOf(SUBMIT_TEXT).join('|')})(?= |$)`);
const NOT_SUBMIT_RE = new RegExp(`^(?:${termsOf(NOT_SUBMIT_TEXT).join('|')})(?= |$)`);
const MAX_SUBMIT_CHARS = 80;

/** A link to a privacy policy, judged by its text or, failing that, its URL path. */
export function looksLikePolicyLink(text: string, href: string): boolean {
  const t = normalize(text);
  if (POLICY_NOT_RE.test(t) && !POLICY_DOC_RE.test(t)) return false;
  if (POLICY_TEXT_RE.test(t)) return true;
  return POLICY_HREF_RE.test(pathOf(href)) && !POLICY_NOT_RE.test(t);
}

/** A label that marks its field required ("*", "(wajib)", "harus diisi"), not optional. */
export function hasRequiredMarker(text: string): boolean {
  const t = normalize(text);
  if (OPTIONAL_RE.test(t)) return false;
  return ASTERISK_EDGE.test(text) || REQUIRED_RE.test(t);
}

/** A button text that sends the form ("Place order", "Buat Pesanan", "Daftar", "Masuk"). */
export function looksLikeSubmit(text: string): boolean {
  if (text.length > MAX_SUBMIT_CHARS) return false;
  const t = normalize(text);
  return SUBMIT_RE.test(t) && !NOT_SUBMIT_RE.test(t);
}

// The href's path, query and fragment, lower-cased; the host is dropped so
// that privacy.example.com alone does not count.
function pathOf(href: string): string {
  const lower = href.toLowerCase();
  const scheme = lower.indexOf('://');
  if (scheme < 0) return lower;
  const slash = lower.indexOf('/', scheme + 3);
  return slash < 0 ? '' : lower.slice(slash);
}
