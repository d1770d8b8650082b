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
export { DB_NAME, LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
export type { SiteSummary } from './sites';
