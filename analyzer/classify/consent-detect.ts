import { CONSENT_CUES, IMPLIED_CONSENT, NOT_CONSENT } from '../lexicon/consent-cues';
import { compileLexicon } from './compile';
import { normalize } from './tokenize';

// Which extracted choice controls are consent requests, and which text blocks
// infer consent from an action. Judged in the background on the snapshot's
// evidence, so the content script ships none of these lexicons.

const CONSENT_RE = compileLexicon(CONSENT_CUES);
const NOT_CONSENT_RE = compileLexicon(NOT_CONSENT);
const IMPLIED_RE = compileLexicon(IMPLIED_CONSENT);
const MAX_IMPLIED_CHARS = 2000;

/** A checkbox/radio/switch label that asks for consent (terms, privacy, marketing, sharing, age). */
export function looksLikeConsent(text: string): boolean {
  const t = normalize(text);
  return CONSENT_RE.test(t) && !NOT_CONSENT_RE.test(t);
}

/** A statement that infers consent from an action ("By placing your order, you agree…"). */
export function looksLikeImpliedConsent(text: string): boolean {
  return IMPLIED_RE.test(normalize(text.slice(0, MAX_IMPLIED_CHARS)));
}
