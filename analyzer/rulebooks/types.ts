import type { Locale, RuleId, RulebookId } from './ids';

export type Localized = Readonly<Record<Locale, string>>;

/**
 * Narrows a citation to findings of one kind. A rule's hit declares the tags
 * that apply; a tagged citation is shown only when the hit carries its tag.
 * - `financial` / `special`: data.specific — GDPR cites Art. 32 for card data, Art. 9 for special categories.
 * - `abroad`: data.third_party_post — cross-border articles, only when the recipient is known to be abroad.
 */
export const CITATION_TAGS = ['financial', 'special', 'abroad'] as const;
export type CitationTag = (typeof CITATION_TAGS)[number];

export interface CitationEntry {
  /** Instrument-local article string, transcribed from shared/legal/REFERENCE.md. */
  readonly article: string;
  /** What the article says, in a few words, for tooltips. Not part of the Finding. */
  readonly gloss?: string;
  readonly onlyFor?: readonly CitationTag[];
}

export interface Rulebook {
  readonly id: RulebookId;
  readonly name: Localized;
  readonly shortName: Localized;
  /** Honest legal status, shown next to any score under this rulebook. */
  readonly status: Localized;
  /**
   * Articles per rule. An empty list means the instrument has no article for
   * the rule ("—" or [unverified] in REFERENCE.md): the rule is not reported
   * under this rulebook.
   */
  readonly citations: Readonly<Record<RuleId, readonly CitationEntry[]>>;
}

export interface RuleText {
  readonly title: string;
  readonly explanation: string;
}
export type RuleTexts = Readonly<Record<RuleId, RuleText>>;
