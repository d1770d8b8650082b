import type { DataCategory } from '../model/scan-report';
import type { LedgerSummary } from './input';

// A disclosure-ledger record as the report needs it (history/record.ts
// DisclosureRecord fits this shape): dates, categories, consent state, policy
// link and hashes, never what the user typed. Shared by `tegas report --ledger`
// and the extension's report page, so both summarise a ledger the same way.

export interface LedgerEntryLike {
  readonly time: string;
  readonly origin: string;
  readonly categories: readonly DataCategory[];
  readonly hash: string;
  readonly prevHash: string;
  readonly consents: readonly {
    readonly text: string;
    readonly checked: boolean;
    readonly prechecked: boolean;
  }[];
  readonly policy?: { readonly url: string } | undefined;
}

/** The summary of `records` (of `origin` only, when given), oldest first. */
export function ledgerSummaryOf(
  records: readonly LedgerEntryLike[],
  chainVerified: boolean,
  origin?: string,
): LedgerSummary {
  return {
    chainVerified,
    algorithm: 'SHA-256',
    records: records
      .filter((r) => origin === undefined || r.origin === origin)
      .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0))
      .map((r) => ({
        at: r.time,
        site: r.origin,
        categories: [...r.categories],
        hash: r.hash,
        prevHash: r.prevHash,
        consents: r.consents.map((c) => ({
          text: c.text,
          checked: c.checked,
          prechecked: c.prechecked,
        })),
        ...(r.policy === undefined ? {} : { policyUrl: r.policy.url }),
      })),
  };
}
