import { OPT_OUT, PURPOSES, UNTICK_TO_REFUSE } from '../lexicon/consent-purposes';
import { PurposeSchema, type Purpose } from '../model/scan-report';
import { compileLexicon } from './compile';
import { englishRefuses } from './english';
import { normalize } from './tokenize';

export interface ConsentClassification {
  /** Distinct purposes, in a fixed order; ['other'] when none is recognised. */
  purposes: Purpose[];
  /** Two or more distinct purposes in one control or statement (terms + privacy counts). */
  bundled: boolean;
  /** Checking the control refuses ("Saya tidak ingin menerima promo"). */
  optOut: boolean;
}

const PURPOSE_RES = PURPOSES.map((p) => ({
  purpose: p.purpose,
  weak: p.weak === true,
  re: compileLexicon(p),
}));
const OPT_OUT_RE = compileLexicon(OPT_OUT);
const UNTICK_RE = compileLexicon(UNTICK_TO_REFUSE);
// The contract's order, so that reports list purposes consistently.
const PURPOSE_ORDER: readonly Purpose[] = PurposeSchema.options;
const MAX_CHARS = 2000;

/** Purposes of a consent text, whether it bundles them, and whether it is a refusal. */
export function classifyConsentText(text: string): ConsentClassification {
  const clipped = text.slice(0, MAX_CHARS);
  const t = normalize(clipped);
  const strong = new Set<Purpose>();
  const weak = new Set<Purpose>();
  for (const { purpose, weak: isWeak, re } of PURPOSE_RES) {
    if (re.test(t)) (isWeak ? weak : strong).add(purpose);
  }
  // A weak cue ("processing of my personal data") stands for privacy only when
  // nothing more specific than the terms names what the data is for.
  const specific = [...strong].some((p) => p !== 'terms' && p !== 'privacy');
  if (!specific) for (const p of weak) strong.add(p);
  // "(the list of partners is in our Privacy Notice)" points to the policy; it
  // does not ask agreement to it when the text is about another purpose.
  if (specific && strong.has('privacy') && !privacyOutsideParentheses(clipped))
    strong.delete('privacy');
  const purposes = PURPOSE_ORDER.filter((p) => strong.has(p));
  if (purposes.length === 0) purposes.push('other');
  const optOut = !UNTICK_RE.test(t) && (OPT_OUT_RE.test(t) || englishRefuses(clipped));
  return { purposes, bundled: isBundled(purposes), optOut };
}

// Sharing data with partners so that they can send offers is one purpose
// (partner marketing), as in EDPB Guidelines 05/2020's granularity examples;
// any other pair of purposes is two matters in one request.
function isBundled(purposes: readonly Purpose[]): boolean {
  if (purposes.length === 2 && purposes.includes('marketing') && purposes.includes('third_party'))
    return false;
  return purposes.length >= 2;
}

function privacyOutsideParentheses(text: string): boolean {
  const outside = normalize(text.replace(/\([^()]*\)/g, ' '));
  return PURPOSE_RES.some(
    ({ purpose, weak, re }) => purpose === 'privacy' && !weak && re.test(outside),
  );
}
