// Thresholds for consent.readability. A consent text (a checkbox label or an
// "I agree" statement) is flagged when it is:
// - long: more than LONG_WORDS words — a consent line should fit in a glance;
//   60 words is about four lines of a checkout column;
// - dense: its average sentence is longer than DENSE_WORDS_PER_SENTENCE words
//   (plain-language guides in both languages aim at 15–20), counted only when
//   the text has at least DENSE_MIN_WORDS words, so one long line is not "dense";
// - legalistic: it uses at least LEGALISTIC_MIN_TERMS distinct jargon terms.
export const READABILITY = {
  LONG_WORDS: 60,
  DENSE_WORDS_PER_SENTENCE: 28,
  DENSE_MIN_WORDS: 30,
  LEGALISTIC_MIN_TERMS: 3,
} as const;

/**
 * Legal jargon a shopper should not need to parse. Phrases, matched as whole
 * words. False-positive notes: plain "agree"/"setuju", "data", "pihak ketiga"
 * are normal consent words and are deliberately absent.
 */
export const LEGAL_JARGON = {
  en: [
    'hereby',
    'herein',
    'hereinafter',
    'hereto',
    'hereof',
    'thereof',
    'therein',
    'whereas',
    'whereby',
    'notwithstanding',
    'pursuant to',
    'aforementioned',
    'aforesaid',
    'indemnify',
    'irrevocably',
    'irrevocable',
    'without limitation',
    'to the fullest extent',
    'shall',
    'in accordance with',
    'inter alia',
    'mutatis mutandis',
    'waive',
    'foregoing',
  ],
  id: [
    'dengan ini',
    'sebagaimana dimaksud',
    'tersebut di atas',
    'selanjutnya disebut',
    'dan/atau',
    'tanpa terkecuali',
    'tidak dapat ditarik kembali',
    'membebaskan',
    'melepaskan hak',
    'berdasarkan ketentuan',
    'sehubungan dengan',
    'sepanjang diizinkan',
    'peraturan perundang-undangan',
    'yang berlaku',
    'menyatakan dan menjamin',
    'segala bentuk',
  ],
} as const;
