import { LANGUAGE_MARKERS } from '../data/language-words';
import { words } from './text';

const ID_WORDS: ReadonlySet<string> = new Set(LANGUAGE_MARKERS.id);
const EN_WORDS: ReadonlySet<string> = new Set(LANGUAGE_MARKERS.en);

export interface MarkerCounts {
  readonly id: number;
  readonly en: number;
}

export function markerCounts(text: string): MarkerCounts {
  let id = 0;
  let en = 0;
  for (const w of words(text)) {
    if (ID_WORDS.has(w)) id += 1;
    if (EN_WORDS.has(w)) en += 1;
  }
  return { id, en };
}

/** The text has some Indonesian: a bilingual "I agree / Saya setuju" passes. */
export function hasIndonesian(text: string): boolean {
  const c = markerCounts(text);
  return c.id >= 2 || (c.id >= 1 && c.id >= c.en);
}

/**
 * Confidently not Indonesian: no Indonesian markers to speak of and at least
 * two English ones. Texts too short to tell are not flagged.
 */
export function isClearlyNotIndonesian(text: string): boolean {
  return !hasIndonesian(text) && markerCounts(text).en >= 2;
}
