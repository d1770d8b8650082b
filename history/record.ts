import { z } from 'zod';
import {
  ConsentControlKindSchema,
  DataCategorySchema,
  GradeSchema,
  PageKindSchema,
  PurposeSchema,
  SeveritySchema,
} from '../analyzer/model/scan-report';
import { MaskedHintSchema } from './mask';

// The disclosure record: what kinds of data went to which site, under which
// consent and policy, at what grade — never a value the user typed. Every
// string here comes from the page, the analyzer or Tegas itself; the only
// trace of a typed value is the opt-in masked hint, whose shape the schema
// pins (see mask.ts). Shipped shapes are append-only: a new shape gets a new
// `recordVersion`.

export const RECORD_VERSION = 1;

export const LIMITS = {
  url: 2048,
  origin: 256,
  consentText: 600,
  consents: 40,
  statements: 20,
  purposes: 7,
  findings: 60,
  citations: 12,
  ruleId: 64,
  rulebook: 32,
  article: 120,
  hints: 8,
} as const;

/** Chain links are lowercase hex SHA-256. */
export const HashSchema = z.string().regex(/^[0-9a-f]{64}$/);
/** prevHash of the first entry of a ledger. */
export const GENESIS_HASH = '0'.repeat(64);

const IsoTimeSchema = z.iso.datetime();

/** An http(s) URL with no query string, fragment or credentials (see sanitizeUrl). */
export const CleanUrlSchema = z
  .string()
  .max(LIMITS.url)
  .refine((value) => {
    if (value.includes('?') || value.includes('#') || !URL.canParse(value)) return false;
    const url = new URL(value);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.search === '' &&
      url.hash === '' &&
      url.username === '' &&
      url.password === ''
    );
  }, 'must be an http(s) URL without query string, fragment or credentials');

export const OriginSchema = z
  .string()
  .max(LIMITS.origin)
  .refine(
    (value) => URL.canParse(value) && new URL(value).origin === value,
    'must be a URL origin',
  );

const PurposesSchema = z.array(PurposeSchema).max(LIMITS.purposes);
const PageTextSchema = z.string().max(LIMITS.consentText);

export const ConsentAtSubmitSchema = z.strictObject({
  control: ConsentControlKindSchema.exclude(['implied_text']),
  /** Page text of the control's label (bounded), never user input. */
  text: PageTextSchema,
  checked: z.boolean(),
  prechecked: z.boolean(),
  required: z.boolean(),
  bundled: z.boolean(),
  purposes: PurposesSchema,
});
export type ConsentAtSubmit = z.infer<typeof ConsentAtSubmitSchema>;

export const StatementSchema = z.strictObject({
  text: PageTextSchema,
  purposes: PurposesSchema,
});
export type Statement = z.infer<typeof StatementSchema>;

export const RecordFindingSchema = z.strictObject({
  // A pattern rather than RuleIdSchema: a record written by a newer rule set must still import.
  ruleId: z
    .string()
    .max(LIMITS.ruleId)
    .regex(/^[a-z][a-z_]*\.[a-z][a-z_]*$/),
  ruleVersion: z.number().int().min(0).max(10_000).optional(),
  severity: SeveritySchema,
  citations: z
    .array(
      z.strictObject({
        rulebook: z.string().max(LIMITS.rulebook),
        article: z.string().max(LIMITS.article),
      }),
    )
    .max(LIMITS.citations),
});
export type RecordFinding = z.infer<typeof RecordFindingSchema>;

export const RecordScanSchema = z.strictObject({
  grade: GradeSchema,
  score: z.number().min(0).max(100),
  rulebook: z
    .string()
    .max(LIMITS.rulebook)
    .regex(/^[a-z0-9-]+$/),
});

export const RecordHintSchema = z.strictObject({
  category: z.enum(['email', 'phone']),
  hint: MaskedHintSchema,
});
export type RecordHint = z.infer<typeof RecordHintSchema>;

const uniqueSorted = (values: readonly string[]) =>
  values.every((value, i) => i === 0 || (values[i - 1] ?? '') < value);

/** What the caller's observation becomes before the ledger links it into the chain. */
export const DisclosureDraftSchema = z.strictObject({
  time: IsoTimeSchema,
  origin: OriginSchema,
  pageUrl: CleanUrlSchema,
  pageKind: PageKindSchema,
  /** Categories of fields that had a value at submit; sorted, unique; never the values. */
  categories: z
    .array(DataCategorySchema)
    .max(DataCategorySchema.options.length)
    .refine(uniqueSorted, 'categories must be sorted and unique'),
  consents: z.array(ConsentAtSubmitSchema).max(LIMITS.consents),
  /** Implied-consent statements shown on the page ("By ordering you agree…"). */
  statements: z.array(StatementSchema).max(LIMITS.statements),
  policy: z.strictObject({ url: CleanUrlSchema, textHash: HashSchema.optional() }).optional(),
  /** null when the page was not graded (it asked for no personal data). */
  scan: RecordScanSchema.nullable(),
  findings: z.array(RecordFindingSchema).max(LIMITS.findings),
  versions: z.strictObject({
    record: z.literal(RECORD_VERSION),
    scanReport: z.number().int().min(1).max(1000),
  }),
  /** Opt-in identification hints (`j***@gmail.com`, `0812****7890`); absent by default. */
  hints: z.array(RecordHintSchema).max(LIMITS.hints).optional(),
});
export type DisclosureDraft = z.infer<typeof DisclosureDraftSchema>;

export const DisclosureRecordSchema = DisclosureDraftSchema.extend({
  id: z.uuid(),
  /** Position in the chain, from 0, shared with tombstones; no gaps. */
  seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  /** Random; makes a deleted record's hash impossible to confirm by guessing its content. */
  nonce: z.string().regex(/^[0-9a-f]{32}$/),
  prevHash: HashSchema,
  hash: HashSchema,
});
export type DisclosureRecord = z.infer<typeof DisclosureRecordSchema>;

/** What a deleted record leaves behind: its link in the chain and nothing about its content. */
export const TombstoneSchema = z.strictObject({
  id: z.uuid(),
  seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  prevHash: HashSchema,
  hash: HashSchema,
  deletedAt: IsoTimeSchema,
});
export type Tombstone = z.infer<typeof TombstoneSchema>;
