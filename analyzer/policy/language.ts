// Language of a policy by stop-word counts: enough for id vs en, no dependency.

const STOP_WORDS = {
  id: [
    'yang',
    'dan',
    'di',
    'ke',
    'dari',
    'untuk',
    'dengan',
    'kami',
    'anda',
    'ini',
    'itu',
    'atau',
    'tidak',
    'dalam',
    'akan',
    'pada',
    'adalah',
    'oleh',
    'sebagai',
    'dapat',
    'juga',
    'tersebut',
    'kepada',
    'bahwa',
    'jika',
    'apabila',
    'telah',
    'secara',
    'setiap',
    'serta',
    'atas',
    'hanya',
    'melalui',
    'bagi',
    'kita',
    'kamu',
    'sesuai',
    'termasuk',
  ],
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'we',
    'you',
    'your',
    'our',
    'is',
    'are',
    'for',
    'with',
    'that',
    'this',
    'or',
    'by',
    'may',
    'be',
    'not',
    'on',
    'as',
    'any',
    'will',
    'from',
    'it',
    'have',
    'us',
    'which',
    'such',
    'when',
    'how',
    'if',
    'can',
    'these',
    'about',
    'do',
  ],
} as const;

const ID_SET: ReadonlySet<string> = new Set(STOP_WORDS.id);
const EN_SET: ReadonlySet<string> = new Set(STOP_WORDS.en);

export type DetectedLanguage = 'id' | 'en' | 'und';

/** Below this many words, or stop-word hits, the language is 'und'. */
export const LANGUAGE_MIN_WORDS = 8;
export const LANGUAGE_MIN_HITS = 3;
/** Language is read from the first words only: enough, and bounded. */
const SAMPLE_WORDS = 5000;

export function detectLanguage(text: string): DetectedLanguage {
  let words = 0;
  let id = 0;
  let en = 0;
  for (const m of text.matchAll(/[\p{L}]+/gu)) {
    const w = m[0].toLowerCase();
    words++;
    if (ID_SET.has(w)) id++;
    else if (EN_SET.has(w)) en++;
    if (words >= SAMPLE_WORDS) break;
  }
  if (words < LANGUAGE_MIN_WORDS || id + en < LANGUAGE_MIN_HITS) return 'und';
  // A clear majority is needed: a 50/50 bilingual text is undetermined.
  if (id > en * 1.2) return 'id';
  if (en > id * 1.2) return 'en';
  return 'und';
}
