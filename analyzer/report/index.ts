// Public API of the report layer: reports (Markdown, HTML, JSON), letters and
// their deadlines. Pure: no DOM, no storage, no clock reads. See README.md.

export { reportMarkdown } from './markdown';
export { reportHtml } from './html';
export { reportJson, REPORT_JSON_SCHEMA_VERSION } from './json';
export { buildReportView, type ReportOptions, type ReportView } from './report-model';
export {
  LedgerRecordSchema,
  LedgerSummarySchema,
  PolicyChangeSchema,
  type PolicyChange,
  type LedgerRecord,
  type LedgerSummary,
  type ReportInput,
} from './input';
export { type PolicyChangeView } from './policy-change';
export { ledgerSummaryOf, type LedgerEntryLike } from './ledger-summary';
export { categoriesOf, type CategoryUse } from './categories';
export { cleanText, escapeHtml, escapeMarkdown } from './escape';
export { formatDate, formatDateTime, formatLocalDate, parseInstant } from './dates';
export * from './letters';
export type { UiLang } from './labels';
