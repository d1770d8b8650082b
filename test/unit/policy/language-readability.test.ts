import { describe, expect, it } from 'vitest';
import {
  detectLanguage,
  englishSyllables,
  indonesianSyllables,
  readability,
} from '../../../analyzer/policy/index';

describe('detectLanguage', () => {
  it.each([
    [
      'Kami mengumpulkan data pribadi Anda untuk memproses pesanan dan tidak akan membagikannya kepada pihak lain.',
      'id',
    ],
    [
      'We collect your personal data to process your order and we will not share it with anyone.',
      'en',
    ],
    ['Privacy', 'und'],
    ['', 'und'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('syllables', () => {
  it.each([
    ['cat', 1],
    ['table', 2],
    ['information', 4],
    ['privacy', 3],
    ['policy', 3],
    ['the', 1],
    ['used', 1],
  ])('English %s has %i', (w, n) => expect(englishSyllables(w)).toBe(n));
  it.each([
    ['data', 2],
    ['pribadi', 3],
    ['pantai', 2],
    ['kerbau', 2],
    ['pelindungan', 4],
    ['kami', 2],
  ])('Indonesian %s has %i', (w, n) => expect(indonesianSyllables(w)).toBe(n));
});

describe('readability', () => {
  it('computes Flesch Reading Ease for a known English text', () => {
    // 2 sentences, 10 words, 11 syllables: 206.835 − 1.015·5 − 84.6·1.1
    const r = readability(['The cat sat on the mat.', 'We keep your data.'], 'en');
    expect(r).toMatchObject({
      words: 10,
      sentences: 2,
      avgSentenceLength: 5,
      longSentenceShare: 0,
    });
    expect(r.avgSyllablesPerWord).toBe(1.1);
    expect(r.fleschReadingEase).toBe(round(206.835 - 1.015 * 5 - 84.6 * 1.1));
  });

  it('gives Indonesian syllable and word-length measures, no Flesch', () => {
    const r = readability(['Kami menyimpan data pribadi Anda.'], 'id');
    // ka-mi me-nyim-pan da-ta pri-ba-di an-da = 2+3+2+3+2 = 12 syllables over 5 words
    expect(r).toMatchObject({
      words: 5,
      sentences: 1,
      avgSyllablesPerWord: 2.4,
      fleschReadingEase: null,
      hardWordShare: 0,
    });
    expect(r.avgWordLength).toBe(5.6); // 28 letters / 5 words
  });

  it('counts long sentences', () => {
    const long = `${'kata '.repeat(30)}akhir.`;
    const r = readability([long, 'Pendek.'], 'id');
    expect(r.longSentenceShare).toBe(0.5);
  });

  it('is all zeros for no text', () => {
    expect(readability([], 'und')).toMatchObject({
      words: 0,
      sentences: 0,
      fleschReadingEase: null,
    });
  });
});

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
