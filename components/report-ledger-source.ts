import { ledgerSummaryOf, type LedgerSummary } from '../analyzer/report';
import type { ChainResult } from '../history/chain';
import type { LedgerError } from '../history/errors';
import { Ledger, type LedgerOptions } from '../history/ledger';
import { MAX_PAGE } from '../history/queries';
import type { DisclosureRecord } from '../history/record';
import { originOf } from '../history/sanitize';
import { inPageTasks, type LongTasks } from './history-tasks';
import { asLedgerError } from './ledger-async';

// The report page's view of the ledger: the records of the analysed page's
// site, and whether the whole chain verifies. Verification reads every record,
// so it runs where the dashboard runs it (a worker in the extension).

export interface SiteLedger {
  /** The site's latest records, newest first (at most MAX_PAGE). */
  readonly records: readonly DisclosureRecord[];
  /** More records than `records` exist for the site. */
  readonly more: boolean;
  verify(): Promise<ChainResult>;
  close(): void;
}

/** Opens the ledger for the site of `pageUrl`; rejects with a LedgerError. */
export type OpenSiteLedger = (pageUrl: string) => Promise<SiteLedger>;

export function siteLedgerOpener(
  makeTasks: (ledger: Ledger) => LongTasks = inPageTasks,
  options: LedgerOptions = {},
): OpenSiteLedger {
  return async (pageUrl) => {
    const origin = originOf(pageUrl);
    const ledger = new Ledger(options);
    try {
      await ledger.open();
      const page =
        origin === null
          ? { records: [], hasMore: false }
          : await ledger.siteRecords(origin, { limit: MAX_PAGE });
      const tasks = makeTasks(ledger);
      return {
        records: page.records,
        more: page.hasMore,
        verify: () => tasks.verify(),
        close: () => {
          tasks.close();
          ledger.close();
        },
      };
    } catch (error) {
      ledger.close();
      throw asLedgerError(error, 'unavailable');
    }
  };
}

export type LedgerState =
  | { readonly kind: 'loading' }
  /** Records read; the chain is being verified. */
  | { readonly kind: 'verifying'; readonly count: number }
  /** Nothing disclosed on this site is recorded. */
  | { readonly kind: 'none' }
  | { readonly kind: 'ready'; readonly summary: LedgerSummary; readonly more: boolean }
  | { readonly kind: 'error'; readonly error: LedgerError };

/** The report's ledger summary once the site's records are read and the chain checked. */
export function readySummary(site: SiteLedger, chain: ChainResult): LedgerState {
  return {
    kind: 'ready',
    summary: ledgerSummaryOf(site.records, chain.ok),
    more: site.more,
  };
}
