import type { DataCategory, Sensitivity } from '../model/scan-report';

// Lexicon terms are regular-expression fragments over *normalised* text
// (see classify/tokenize.ts): lower-case, punctuation turned into spaces, one
// space between tokens, contractions expanded ("don't" → "do not"), "&" kept
// as its own token, abbreviations expanded ("tgl" → "tanggal", "no. hp" →
// "nomor hp"). A space in a term is a token boundary; terms always match whole
// tokens. Keep fragments free of capture groups: use (?:…).

/** Terms for one concept, per language. `note` records known false positives. */
export interface Lexicon {
  readonly en: readonly string[];
  readonly id: readonly string[];
  readonly note?: string;
}

/** A field concept: a finer meaning than the report's DataCategory. */
export interface FieldConcept extends Lexicon {
  readonly concept: string;
  readonly category: DataCategory;
  /** Only for `other` concepts that are still personal data (mother's maiden name). */
  readonly sensitivity?: Sensitivity;
}

/** A concept recognised from the choices of a select or radio group. */
export interface OptionConcept extends Lexicon {
  readonly concept: string;
  readonly category: DataCategory;
  /** How many distinct options must match before the concept fires. */
  readonly minHits: number;
}
