import type { Localized } from '../rulebooks';
import { LEGAL_JARGON, READABILITY } from './data/readability';
import { consentEvidence } from './lib/evidence';
import { hasTerm, normalize, sentences, words } from './lib/text';
import type { Hit, Rule } from './types';

type Problem = 'long' | 'dense' | 'legalistic';

const PROBLEM_TEXT: Readonly<Record<Problem, Localized>> = {
  long: { id: 'panjang', en: 'long' },
  dense: { id: 'kalimatnya panjang dan padat', en: 'long, dense sentences' },
  legalistic: { id: 'penuh istilah hukum', en: 'legal jargon' },
};

export function readabilityProblems(text: string): Problem[] {
  const out: Problem[] = [];
  const wordCount = words(text).length;
  if (wordCount > READABILITY.LONG_WORDS) out.push('long');
  const sentenceCount = Math.max(1, sentences(text).length);
  if (
    wordCount >= READABILITY.DENSE_MIN_WORDS &&
    wordCount / sentenceCount > READABILITY.DENSE_WORDS_PER_SENTENCE
  ) {
    out.push('dense');
  }
  const norm = normalize(text);
  const jargon = [...LEGAL_JARGON.en, ...LEGAL_JARGON.id].filter((t) => hasTerm(norm, t));
  if (jargon.length >= READABILITY.LEGALISTIC_MIN_TERMS) out.push('legalistic');
  return out;
}

export const consentReadability: Rule = {
  id: 'consent.readability',
  version: 1,
  severity: 'low',
  severityWhy:
    'Hard reading weakens informed consent, but the consent is still asked for and visible.',
  needsLive: false,
  evaluate({ page }) {
    const hits: Hit[] = [];
    for (const c of page.consents) {
      const problems = readabilityProblems(c.text);
      if (problems.length === 0) continue;
      hits.push({
        evidence: [consentEvidence(c)],
        note: {
          id: `Masalah: ${problems.map((p) => PROBLEM_TEXT[p].id).join(', ')}.`,
          en: `Problem: ${problems.map((p) => PROBLEM_TEXT[p].en).join(', ')}.`,
        },
      });
    }
    return hits;
  },
};
