import { z } from 'zod';

// The ScanReport contract (../shared/design/ARCHITECTURE.md). Field names and
// enum values are a contract: add fields, never rename.

export const SCAN_REPORT_SCHEMA_VERSION = 1;

export const DataCategorySchema = z.enum([
  'name',
  'email',
  'phone',
  'address',
  'postal_code',
  'city',
  'country',
  'birth_date',
  'gender',
  'national_id',
  'tax_id',
  'passport',
  'payment_card',
  'card_expiry',
  'card_cvc',
  'bank_account',
  'password',
  'username',
  'company',
  'religion',
  'marital_status',
  'nationality',
  'health',
  'biometric',
  'other',
]);
export type DataCategory = z.infer<typeof DataCategorySchema>;
export const DATA_CATEGORIES = DataCategorySchema.options;

export const SensitivitySchema = z.enum(['general', 'specific', 'credential', 'none']);
export type Sensitivity = z.infer<typeof SensitivitySchema>;

export const PageKindSchema = z.enum(['checkout', 'signup', 'login', 'account', 'other']);
export type PageKind = z.infer<typeof PageKindSchema>;

export const PurposeSchema = z.enum([
  'terms',
  'privacy',
  'marketing',
  'third_party',
  'profiling',
  'age_confirmation',
  'other',
]);
export type Purpose = z.infer<typeof PurposeSchema>;

export const ConsentControlKindSchema = z.enum(['checkbox', 'radio', 'toggle', 'implied_text']);
export type ConsentControlKind = z.infer<typeof ConsentControlKindSchema>;

export const FieldSchema = z.object({
  selector: z.string(),
  name: z.string().optional(),
  id: z.string().optional(),
  label: z.string(),
  inputType: z.string(),
  category: DataCategorySchema,
  sensitivity: SensitivitySchema,
  required: z.boolean(),
});
export type Field = z.infer<typeof FieldSchema>;

export const ConsentSchema = z.object({
  selector: z.string().optional(),
  text: z.string(),
  control: ConsentControlKindSchema,
  prechecked: z.boolean(),
  required: z.boolean(),
  purposes: z.array(PurposeSchema),
  bundled: z.boolean(),
  links: z.array(z.string()),
});
export type Consent = z.infer<typeof ConsentSchema>;

export const PolicyLinkSchema = z.object({ href: z.string(), text: z.string() });
export type PolicyLink = z.infer<typeof PolicyLinkSchema>;

export const PermissionRequestSchema = z.object({
  permission: z.string(),
  at: z.string(),
  userGesture: z.boolean(),
});
export type PermissionRequest = z.infer<typeof PermissionRequestSchema>;

export const SeveritySchema = z.enum(['info', 'low', 'medium', 'high']);
export type Severity = z.infer<typeof SeveritySchema>;

export const CitationSchema = z.object({ rulebook: z.string(), article: z.string() });
export type Citation = z.infer<typeof CitationSchema>;

export const EvidenceSchema = z.object({
  selector: z.string().optional(),
  text: z.string().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FindingSchema = z.object({
  ruleId: z.string(),
  severity: SeveritySchema,
  title: z.string(),
  explanation: z.string(),
  citations: z.array(CitationSchema),
  evidence: z.array(EvidenceSchema),
});
export type Finding = z.infer<typeof FindingSchema>;

export const GradeSchema = z.enum(['A', 'B', 'C', 'D', 'E']);
export type Grade = z.infer<typeof GradeSchema>;

export const ScoreSchema = z.object({
  value: z.number().min(0).max(100),
  grade: GradeSchema,
  rulebook: z.string(),
});
export type Score = z.infer<typeof ScoreSchema>;

export const ScanReportSchema = z.object({
  schemaVersion: z.literal(SCAN_REPORT_SCHEMA_VERSION),
  url: z.string(),
  pageKind: PageKindSchema,
  language: z.string(),
  fields: z.array(FieldSchema),
  consents: z.array(ConsentSchema),
  policyLinks: z.array(PolicyLinkSchema),
  permissionRequests: z.array(PermissionRequestSchema),
  findings: z.array(FindingSchema),
  // null when the page asks for no personal data: such a page gets no grade.
  score: ScoreSchema.nullable(),
});
export type ScanReport = z.infer<typeof ScanReportSchema>;
