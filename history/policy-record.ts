import { z } from 'zod';
import { COMPACT_LIMITS } from '../analyzer/policy/changes';
import { POLICY_FETCH_FAILURES } from '../analyzer/policy/source-check';
import { CleanUrlSchema, HashSchema, OriginSchema } from './record';

// Policies the user disclosed data under, as Tegas last saw them, and every
// version seen. Outside the hash chain: these are Tegas's observations of a
// public text, not the user's disclosures. Shapes are append-only.

const IsoTimeSchema = z.iso.datetime();

/** Why the last check of a policy failed: the background's fetch failures. */
export const POLICY_FAILURE_REASONS = POLICY_FETCH_FAILURES;
export const PolicyFailureReasonSchema = z.enum(POLICY_FAILURE_REASONS);
export type PolicyFailureReason = z.infer<typeof PolicyFailureReasonSchema>;

export const PolicyCheckErrorSchema = z.strictObject({
  reason: PolicyFailureReasonSchema,
  /** The HTTP status, for `http_status`. */
  status: z.number().int().min(100).max(599).optional(),
  at: IsoTimeSchema,
});
export type PolicyCheckError = z.infer<typeof PolicyCheckErrorSchema>;

/** Versions kept per policy; beyond it the oldest goes (a page that changes daily is bounded). */
export const MAX_POLICY_VERSIONS = 200;

/** The latest known state of one policy URL. */
export const PolicyDocSchema = z.strictObject({
  url: CleanUrlSchema,
  origin: OriginSchema,
  /** SHA-256 of the current version's whitespace-collapsed text; null until a fetch succeeded. */
  hash: HashSchema.nullable(),
  /** The current version (policyVersions.id); null until a fetch succeeded. */
  currentId: z.uuid().nullable(),
  /** Last check, successful or not; null when never checked. */
  checkedAt: IsoTimeSchema.nullable(),
  /** Last successful fetch. */
  okAt: IsoTimeSchema.nullable(),
  /** When a change from the previous version was first seen; null while there is one version. */
  changedAt: IsoTimeSchema.nullable(),
  /** Versions stored. */
  versions: z.number().int().min(0).max(MAX_POLICY_VERSIONS),
  /** The last check's failure; null when it succeeded. History is kept either way. */
  lastError: PolicyCheckErrorSchema.nullable(),
  /** Failed checks in a row. */
  failures: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});
export type PolicyDoc = z.infer<typeof PolicyDocSchema>;

const SentenceSchema = z.string().max(COMPACT_LIMITS.sentenceChars);

/** One version of a policy: its compact text and what changed from the version before. */
export const PolicyVersionSchema = z.strictObject({
  id: z.uuid(),
  url: CleanUrlSchema,
  hash: HashSchema,
  firstSeen: IsoTimeSchema,
  lastSeen: IsoTimeSchema,
  /** The URL the fetch ended at, when a redirect moved it (no query string or fragment). */
  finalUrl: CleanUrlSchema.optional(),
  language: z.enum(['id', 'en', 'und']),
  /**
   * The compact text: normalized sentences (analyzer/policy compactPolicy). Kept for
   * the current and the previous version only; older ones keep just their diff.
   */
  sentences: z.array(SentenceSchema).max(COMPACT_LIMITS.sentences),
  /** A bound cut the text. */
  truncated: z.boolean(),
  /** The version this one replaced; null for the first one seen. */
  previousId: z.uuid().nullable(),
  /** Sentences added and removed relative to the previous version (bounded; counts exact). */
  added: z.array(SentenceSchema).max(COMPACT_LIMITS.diffSentences),
  removed: z.array(SentenceSchema).max(COMPACT_LIMITS.diffSentences),
  addedCount: z.number().int().min(0),
  removedCount: z.number().int().min(0),
});
export type PolicyVersion = z.infer<typeof PolicyVersionSchema>;
