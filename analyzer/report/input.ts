import { z } from 'zod';
import type { PolicyReport } from '../model/policy-report';
import { DataCategorySchema, type ScanReport } from '../model/scan-report';

// What a report or a letter is built from. The ledger arrives as a summary
// (dates, categories, hashes), never the values the user typed.

export const LedgerRecordSchema = z.object({
  /** When the user disclosed the data (ISO 8601). */
  at: z.string().min(1).max(64),
  /** Origin or URL of the page the data went to. */
  site: z.string().max(2048),
  categories: z.array(DataCategorySchema).max(64),
  /** The record's hash in the chain, e.g. hex SHA-256. */
  hash: z.string().min(1).max(256),
  prevHash: z.string().max(256).optional(),
  /** The consent controls at submit: page text (bounded) and whether each was ticked. */
  consents: z
    .array(z.object({ text: z.string().max(600), checked: z.boolean(), prechecked: z.boolean() }))
    .max(150)
    .optional(),
  /** The privacy-policy link the page showed, without query or fragment. */
  policyUrl: z.string().max(2048).optional(),
});
export type LedgerRecord = z.infer<typeof LedgerRecordSchema>;

export const LedgerSummarySchema = z.object({
  records: z.array(LedgerRecordSchema).max(10_000),
  /** True when every record's hash and link to the previous one were recomputed and matched. */
  chainVerified: z.boolean(),
  /** Hash algorithm, e.g. "SHA-256". */
  algorithm: z.string().max(32).optional(),
});
export type LedgerSummary = z.infer<typeof LedgerSummarySchema>;

/**
 * The page's privacy policy changed since the user's last disclosure on the
 * site under it (TabView.policy.changed): that disclosure's time and how many
 * sentences were added and removed since. Counts only, never the text.
 */
export const PolicyChangeSchema = z.object({
  since: z.string().min(1).max(64),
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
});
export type PolicyChange = z.infer<typeof PolicyChangeSchema>;

export interface ReportInput {
  readonly scan: ScanReport;
  /** When the page was analysed (ISO 8601 or Date). */
  readonly analysedAt: Date | string;
  readonly policy?: PolicyReport;
  readonly ledger?: LedgerSummary;
  readonly policyChange?: PolicyChange;
}

export function toDate(value: Date | string): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
