import { POLICY_REPORT_SCHEMA_VERSION, type PolicyReport } from '../model/policy-report';
import { detectElements } from './elements';
import { missingElementFindings, type Locale } from './findings';
import { detectLanguage } from './language';
import { readability } from './readability';
import { segmentPolicy } from './segment';

export {
  segmentPolicy,
  splitSentences,
  type PolicySegmentation,
  type PolicySentence,
  type PolicySection,
} from './segment';
export { detectLanguage, type DetectedLanguage } from './language';
export {
  readability,
  englishSyllables,
  indonesianSyllables,
  countWords,
  LONG_SENTENCE_WORDS,
} from './readability';
export {
  detectElements,
  classifySentence,
  sentenceViews,
  type SentenceHit,
  type SentenceView,
} from './elements';
export {
  missingElementFindings,
  MISSING_ELEMENT_RULES,
  POLICY_MISSING_RULE_ID,
  type Locale,
} from './findings';
export { POLICY_LEXICON } from './lexicon';
export {
  compactPolicy,
  diffPolicies,
  normalizeSentence,
  isVolatileSentence,
  sameSentences,
  policyChangedFinding,
  COMPACT_LIMITS,
  POLICY_CHANGED_CITATIONS,
  POLICY_CHANGED_EVIDENCE,
  POLICY_CHANGED_RULE_ID,
  type CompactPolicy,
  type PolicyChangeInput,
  type PolicyChangedOptions,
  type PolicyDiff,
} from './changes';

/** Bounds: a 50 MB input must not hang. Only the start is analysed; the report says so. */
export const POLICY_LIMITS = {
  /** Characters read before anything else (≈ 2× a 200k-word policy's needs are never reached). */
  maxChars: 1_500_000,
  /** Words analysed. The longest real policies are ~20k words. */
  maxWords: 200_000,
} as const;

export interface AnalyzePolicyOptions {
  /** Where the text came from (URL or file path); copied into the report. */
  source: string;
  /** Force the policy's language instead of detecting it. */
  lang?: 'id' | 'en';
  /** Language of the findings' titles and explanations; default Indonesian. */
  locale?: Locale;
}

/** Cut the text to the bounds, at a word boundary. */
export function boundPolicyText(text: string): { text: string; truncated: boolean } {
  let truncated = false;
  let t = text;
  if (t.length > POLICY_LIMITS.maxChars) {
    t = t.slice(0, POLICY_LIMITS.maxChars);
    truncated = true;
  }
  let words = 0;
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (++words > POLICY_LIMITS.maxWords) {
      t = t.slice(0, m.index);
      truncated = true;
      break;
    }
  }
  return { text: t, truncated };
}

export function analyzePolicy(text: string, opts: AnalyzePolicyOptions): PolicyReport {
  const bounded = boundPolicyText(text);
  const seg = segmentPolicy(bounded.text);
  const sentences = seg.sentences.map((s) => s.text);
  const language = opts.lang ?? detectLanguage(bounded.text);
  const elements = detectElements(seg);
  const read = readability(sentences, language);
  return {
    schemaVersion: POLICY_REPORT_SCHEMA_VERSION,
    source: opts.source,
    language,
    elements,
    readability: read,
    // Nothing to judge in an empty text: no findings rather than fourteen "missing".
    findings: read.words === 0 ? [] : missingElementFindings(elements, opts.locale ?? 'id'),
    truncated: bounded.truncated,
  };
}
