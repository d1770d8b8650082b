import { z } from 'zod';
import { FindingSchema } from './scan-report';

// The PolicyReport contract (../shared/design/ARCHITECTURE.md, "Contract: the
// command line"). Field names and enum values are a contract: add, never rename.

export const POLICY_REPORT_SCHEMA_VERSION = 1;

export const PolicyElementSchema = z.enum([
  'legal_basis',
  'purposes',
  'data_types',
  'retention',
  'processing_period',
  'rights',
  'contact',
  'recipients',
  'transfer_abroad',
  'security',
  'choice',
  'children',
  'changes',
  'breach_notice',
]);
export type PolicyElement = z.infer<typeof PolicyElementSchema>;
export const POLICY_ELEMENTS = PolicyElementSchema.options;

/** Bounds on evidence so a report stays small whatever the policy's size. */
export const POLICY_EVIDENCE_LIMITS = { sentences: 3, chars: 300 } as const;

export const ElementResultSchema = z.object({
  /** A reader can learn this information from the policy. */
  present: z.boolean(),
  /** Mentioned, but without the substance the law asks for ("as long as necessary", "our partners"). Never true together with `present`. */
  weak: z.boolean(),
  /** The policy's own sentences, at most POLICY_EVIDENCE_LIMITS.sentences, each at most .chars long. */
  evidence: z
    .array(z.string().max(POLICY_EVIDENCE_LIMITS.chars))
    .max(POLICY_EVIDENCE_LIMITS.sentences),
});
export type ElementResult = z.infer<typeof ElementResultSchema>;

export const PolicyElementsSchema = z.object({
  legal_basis: ElementResultSchema,
  purposes: ElementResultSchema,
  data_types: ElementResultSchema,
  retention: ElementResultSchema,
  processing_period: ElementResultSchema,
  rights: ElementResultSchema,
  contact: ElementResultSchema,
  recipients: ElementResultSchema,
  transfer_abroad: ElementResultSchema,
  security: ElementResultSchema,
  choice: ElementResultSchema,
  children: ElementResultSchema,
  changes: ElementResultSchema,
  breach_notice: ElementResultSchema,
});
export type PolicyElements = z.infer<typeof PolicyElementsSchema>;

export const ReadabilitySchema = z.object({
  words: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  avgSentenceLength: z.number().nonnegative(),
  /** Share (0..1) of sentences longer than READABILITY_LONG_SENTENCE_WORDS words. */
  longSentenceShare: z.number().min(0).max(1),
  avgWordLength: z.number().nonnegative(),
  avgSyllablesPerWord: z.number().nonnegative(),
  /** Share (0..1) of hard words: ≥3 syllables in English, ≥4 in Indonesian. */
  hardWordShare: z.number().min(0).max(1),
  /** Flesch Reading Ease (English formula); null unless the text is English. */
  fleschReadingEase: z.number().nullable(),
});
export type Readability = z.infer<typeof ReadabilitySchema>;

export const PolicyReportSchema = z.object({
  schemaVersion: z.literal(POLICY_REPORT_SCHEMA_VERSION),
  source: z.string(),
  /** "id", "en", or "und" when the text is too short or unclear. */
  language: z.string(),
  elements: PolicyElementsSchema,
  readability: ReadabilitySchema,
  findings: z.array(FindingSchema),
  /** True when the input was longer than the analyser's bound and only its start was read. */
  truncated: z.boolean(),
});
export type PolicyReport = z.infer<typeof PolicyReportSchema>;
