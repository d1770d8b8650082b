// The disclosure ledger (README.md). Owned by the background and extension
// pages; never imported by a content script.

export { buildDisclosure } from './build';
export type { BuildOptions, ConsentInput, FieldAtSubmit, SubmitObservation } from './build';
export {
  CHAIN_PROBLEM_TEXT,
  canonicalJson,
  hashRecord,
  sha256Hex,
  verifyChain,
  type ChainProblem,
  type ChainResult,
} from './chain';
export {
  LEDGER_ERROR_CODES,
  LedgerError,
  ledgerMessage,
  type LedgerErrorCode,
  type LedgerMessage,
} from './errors';
export {
  LEDGER_FILE_FORMAT,
  LEDGER_FILE_VERSION,
  LedgerFileSchema,
  MAX_FILE_CHARS,
  MAX_FILE_ENTRIES,
  parseLedgerFile,
  verifyLedgerFile,
  type LedgerFile,
} from './file';
export { Ledger, type Head, type ImportResult, type LedgerOptions } from './ledger';
export { maskHint, MaskedHintSchema, type MaskedHint } from './mask';
export type { CategoryHolder, TimelinePage, TimelineQuery } from './queries';
export {
  DisclosureDraftSchema,
  DisclosureRecordSchema,
  GENESIS_HASH,
  RECORD_VERSION,
  TombstoneSchema,
  type DisclosureDraft,
  type DisclosureRecord,
  type Tombstone,
} from './record';
export { originOf, sanitizeUrl } from './sanitize';
export {
  DUE_SOON_HOURS,
  addRequest,
  deleteRequest,
  dueState,
  getRequest,
  listRequests,
  markReminded,
  setRequestStatus,
  trackedRequest,
  type Due,
  type DueState,
  type NewRequest,
  type RequestList,
} from './requests';
export {
  DUE_REASONS,
  REQUEST_STATUSES,
  TRACKED_KINDS,
  TrackedRequestSchema,
  type DueReason,
  type TrackedKind,
  type TrackedRequest,
  type TrackedStatus,
} from './request-record';
export { DB_NAME, LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
export type { SiteSummary } from './sites';
export {
  MAX_POLICY_DISCLOSURES,
  MAX_TRACKED_POLICIES,
  changeAfter,
  changesSince,
  disclosuresUnderOlderVersion,
  ensurePolicyDoc,
  forgetUntrackedPolicies,
  policyDoc,
  policyDocs,
  policyHistory,
  recordPolicyFailure,
  recordPolicyVersion,
  trackedPolicies,
  trackedPolicyUrls,
  versionOf,
  type FetchedPolicy,
  type PolicyChangeSince,
  type PolicyDisclosure,
  type RecordedVersion,
  type TrackedPolicy,
} from './policies';
export {
  MAX_POLICY_VERSIONS,
  POLICY_FAILURE_REASONS,
  PolicyDocSchema,
  PolicyFailureReasonSchema,
  PolicyVersionSchema,
  type PolicyCheckError,
  type PolicyDoc,
  type PolicyFailureReason,
  type PolicyVersion,
} from './policy-record';
