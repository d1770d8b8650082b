import { ABBREVIATIONS, NUMBERED_NOUNS, NYA_EXCEPTIONS } from '../lexicon/abbreviations';

// Our own tokenizer, shared by both languages (compromise has no Indonesian
// model). It is deliberately simple and allocation-light: it runs on every
// field of every page.

const APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;
const HAS_APOSTROPHE = /['\u2018\u2019\u02bc`´]/;
const CONTRACTIONS: readonly (readonly [RegExp, string])[] = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/n't\b/g, ' not'],
  [/'m\b/g, ' am'],
  [/'re\b/g, ' are'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/'ve\b/g, ' have'],
  [/'s\b/g, ''],
];
const PLUS_AFTER_DIGIT = /(\d)\+/g;
const AMPERSAND = /&/g;
const NON_WORD = /[^\p{L}\p{N}&]+/gu;
const CAMEL = /(\p{Ll})(\p{Lu})/gu;
const LETTER_DIGIT = /(\p{L})(\p{N})|(\p{N})(\p{L})/gu;
const NYA_MIN = 6;

/** Lower-cased tokens with contractions and abbreviations expanded. */
export function tokenize(text: string): string[] {
  let s = text.toLowerCase();
  if (HAS_APOSTROPHE.test(s)) {
    s = s.replace(APOSTROPHES, "'");
    for (const [re, to] of CONTRACTIONS) s = s.replace(re, to);
  }
  if (s.includes('+')) s = s.replace(PLUS_AFTER_DIGIT, '$1 plus');
  if (s.includes('&')) s = s.replace(AMPERSAND, ' & ');
  const raw = s.replace(NON_WORD, ' ').trim();
  if (raw === '') return [];
  const out: string[] = [];
  const parts = raw.split(' ');
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i] ?? '';
    if (t === 'no') {
      const next = parts[i + 1];
      out.push(next !== undefined && NUMBERED_NOUNS.has(next) ? 'nomor' : 'no');
      continue;
    }
    const rewrite = ABBREVIATIONS.get(t);
    if (rewrite !== undefined) {
      out.push(rewrite);
      continue;
    }
    out.push(stripClitic(t));
  }
  return out;
}

/** Tokens joined by single spaces: the form lexicon regexes run on. */
export function normalize(text: string): string {
  return tokenize(text).join(' ');
}

/** Like normalize, but also splits identifiers: billingFirstName, address_line1, customer[email]. */
export function normalizeIdentifier(identifier: string): string {
  return normalize(identifier.replace(CAMEL, '$1 $2').replace(LETTER_DIGIT, '$1$3 $2$4'));
}

/** The last bracket segment of a name like checkout[shipping_address][zip], or undefined. */
export function lastBracketSegment(identifier: string): string | undefined {
  const end = identifier.lastIndexOf(']');
  if (end < 0) return undefined;
  const start = identifier.lastIndexOf('[', end);
  if (start < 0 || end - start < 2) return undefined;
  return identifier.slice(start + 1, end);
}

// Indonesian possessive/definite clitic: "alamatnya" → "alamat", "datanya" → "data".
function stripClitic(token: string): string {
  if (token.length >= NYA_MIN && token.endsWith('nya') && !NYA_EXCEPTIONS.has(token)) {
    return token.slice(0, -3);
  }
  return token;
}
