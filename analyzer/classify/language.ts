import { LANGUAGE_STOPWORDS } from '../lexicon/language';
import { tokenize } from './tokenize';

// Language of the visible text by stop-word counts. Text decides between the
// Indonesian/Malay family and English; the html lang attribute breaks ties,
// covers too-short text, and tells Malay ('ms') from Indonesian.

const ID_WORDS: ReadonlySet<string> = new Set(LANGUAGE_STOPWORDS.id);
const EN_WORDS: ReadonlySet<string> = new Set(LANGUAGE_STOPWORDS.en);
const MIN_HITS = 3;
const MAX_CHARS = 6000;
const LANG_SUBTAG = /^[a-z]{2,3}$/;

/** Primary subtag of an html lang attribute ("id-ID" → "id"; legacy "in" → "id"), or undefined. */
function primarySubtag(htmlLang: string | undefined): string | undefined {
  if (htmlLang === undefined) return undefined;
  const primary = htmlLang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!LANG_SUBTAG.test(primary)) return undefined;
  return primary === 'in' ? 'id' : primary;
}

/** 'id', 'en', 'ms' or another html lang subtag; 'und' when nothing tells. */
export function detectLanguage(text: string, htmlLang?: string): string {
  let id = 0;
  let en = 0;
  for (const token of tokenize(text.slice(0, MAX_CHARS))) {
    if (ID_WORDS.has(token)) id++;
    else if (EN_WORDS.has(token)) en++;
  }
  const declared = primarySubtag(htmlLang);
  if (id + en < MIN_HITS || id === en) return declared ?? 'und';
  if (id > en) return declared === 'ms' ? 'ms' : 'id';
  return 'en';
}
