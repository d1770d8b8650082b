import type { Lexicon } from '../lexicon/types';

// Lexicons compile once, at module load, into word-bounded regexes over
// normalised text. Nothing here runs per call.

/** All terms of a lexicon, both languages. */
export function termsOf(lexicon: Lexicon): readonly string[] {
  return [...lexicon.en, ...lexicon.id];
}

/** One regex matching any term as whole tokens of normalised text. */
export function compileTerms(terms: readonly string[], flags = ''): RegExp {
  if (terms.length === 0) return /(?!)/;
  return new RegExp(`(?:^| )(?:${terms.join('|')})(?= |$)`, flags);
}

/** compileTerms over a lexicon's en and id sections. */
export function compileLexicon(lexicon: Lexicon): RegExp {
  return compileTerms(termsOf(lexicon));
}

/**
 * One regex with a capture group per lexicon, in order. It matches zero-width
 * (inside a lookahead) at every token start, so a long match of a later
 * lexicon cannot hide an overlapping one of an earlier lexicon ("nomor kartu"
 * inside "nomor kartu keluarga"). At one position the earliest group wins.
 */
export function compileGroups(lexicons: readonly Lexicon[]): RegExp {
  const groups = lexicons.map((l) => `(${termsOf(l).join('|') || '(?!)'})`);
  return new RegExp(`(?:^| )(?=(?:${groups.join('|')})(?= |$))`, 'g');
}

/** Indices (into the lexicon list) of every group compileGroups' regex matched. */
export function matchedGroups(re: RegExp, text: string, onMatch: (index: number) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        onMatch(g - 1);
        break;
      }
    }
    // Matches are (nearly) zero-width: move on by one character to the next token start.
    re.lastIndex = m.index + 1;
  }
}
