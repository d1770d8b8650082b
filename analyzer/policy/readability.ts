import type { Readability } from '../model/policy-report';
import type { DetectedLanguage } from './language';

// Formulas (see README.md):
//   avgSentenceLength = words / sentences
//   longSentenceShare = sentences with > LONG_SENTENCE_WORDS words / sentences
//   fleschReadingEase (en only) = 206.835 − 1.015·(words/sentences) − 84.6·(syllables/words)
//   hardWordShare = words with ≥ 3 syllables (en) or ≥ 4 (id, whose base words are mostly disyllabic) / words

export const LONG_SENTENCE_WORDS = 25;
const HARD_WORD_SYLLABLES = { en: 3, id: 4 } as const;

const WORD = /\p{L}+(?:['’-]\p{L}+)*|\p{N}+(?:[.,]\p{N}+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** English syllables by vowel groups, minus a silent final e / -ed / -es. Approximate by design. */
export function englishSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  w = w
    .replace(/(?:[^laeiouy]es|[^laeiouy]e|[^tdaeiouy]ed)$/, (m) => m.charAt(0))
    .replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g);
  return Math.max(1, groups ? groups.length : 0);
}

/** Indonesian syllables: one per vowel, except a word-final diphthong (ai, au, oi, ei) counts once. */
export function indonesianSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-zé]/g, '');
  if (w.length === 0) return 0;
  const vowels = w.match(/[aeioué]/g);
  let n = vowels ? vowels.length : 0;
  if (/(?:ai|au|oi|ei)$/.test(w)) n--;
  return Math.max(1, n);
}

const round = (x: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export function readability(sentences: readonly string[], language: DetectedLanguage): Readability {
  const syllablesOf = language === 'id' ? indonesianSyllables : englishSyllables;
  const hardAt = language === 'id' ? HARD_WORD_SYLLABLES.id : HARD_WORD_SYLLABLES.en;
  let words = 0;
  let letters = 0;
  let syllables = 0;
  let hard = 0;
  let long = 0;
  let counted = 0;
  for (const s of sentences) {
    let inSentence = 0;
    for (const m of s.matchAll(WORD)) {
      const w = m[0];
      inSentence++;
      if (!/\p{L}/u.test(w)) {
        syllables += 1;
        letters += w.length;
        continue;
      }
      const syl = syllablesOf(w);
      syllables += syl;
      letters += w.replace(/['’-]/g, '').length;
      if (syl >= hardAt) hard++;
    }
    if (inSentence === 0) continue;
    counted++;
    words += inSentence;
    if (inSentence > LONG_SENTENCE_WORDS) long++;
  }
  if (words === 0 || counted === 0) {
    return {
      words: 0,
      sentences: 0,
      avgSentenceLength: 0,
      longSentenceShare: 0,
      avgWordLength: 0,
      avgSyllablesPerWord: 0,
      hardWordShare: 0,
      fleschReadingEase: null,
    };
  }
  const asl = words / counted;
  const asw = syllables / words;
  return {
    words,
    sentences: counted,
    avgSentenceLength: round(asl, 1),
    longSentenceShare: round(long / counted, 3),
    avgWordLength: round(letters / words),
    avgSyllablesPerWord: round(asw),
    hardWordShare: round(hard / words, 3),
    fleschReadingEase: language === 'en' ? round(206.835 - 1.015 * asl - 84.6 * asw, 1) : null,
  };
}
