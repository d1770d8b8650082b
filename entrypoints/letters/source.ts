import type { PolicyReport } from '../../analyzer/model/policy-report';
import type { ScanReport } from '../../analyzer/model/scan-report';
import { ledgerSummaryOf, type LedgerSummary } from '../../analyzer/report';
import { inPageTasks, type LongTasks } from '../../components/history-tasks';
import { asLedgerError } from '../../components/ledger-async';
import { askBackground } from '../../components/ui-api';
import {
  Ledger,
  getRequest,
  listRequests,
  originOf,
  type LedgerError,
  type TrackedRequest,
} from '../../history';
import { MAX_PAGE } from '../../history/queries';
import type { TabView } from '../../utils/protocol';
import type { LettersParams } from './params';

// Everything the letters page starts from: the tab's analysis (scan, policy),
// the site's history records and whether the chain verifies, the tracked
// requests, and the request being followed up. Each part may fail on its own;
// the page still drafts a letter from what it has.

export type OpenLedger = () => Promise<Ledger>;

/**
 * Where the chain check runs: the page passes the dashboard's worker
 * (components/ledger-worker-client.ts); in-page by default and in tests.
 */
export type MakeTasks = (ledger: Ledger) => LongTasks;

export interface LoadOptions {
  readonly makeTasks?: MakeTasks;
  /** Told when the chain check starts, with the site's record count, so the page can say so. */
  readonly onVerifying?: (count: number) => void;
}

export const openDefaultLedger: OpenLedger = async () => {
  const ledger = new Ledger();
  await ledger.open();
  return ledger;
};

export interface LettersSource {
  readonly url: string | null;
  readonly origin: string | null;
  readonly scan?: ScanReport;
  readonly analysedAt?: Date;
  readonly policy?: PolicyReport;
  readonly ledger?: LedgerSummary;
  /** The tab's analysis could not be read (closed, navigated, or not analysed). */
  readonly tabProblem: 'gone' | 'not_analysed' | null;
  readonly db: Ledger | null;
  readonly ledgerError: LedgerError | null;
  readonly tracked: readonly TrackedRequest[];
  /** The request named in ?request=, if it exists. */
  readonly request: TrackedRequest | null;
  readonly requestMissing: boolean;
}

/** The analysis of the privacy policy the page links to, once the background has fetched it. */
export function policyOf(view: TabView): PolicyReport | undefined {
  return view.policy?.report ?? undefined;
}

async function tabPart(tab: number | null): Promise<Partial<LettersSource>> {
  if (tab === null) return { tabProblem: null };
  const result = await askBackground({ type: 'tab.get', tabId: tab });
  if (!result.ok) return { tabProblem: 'gone' };
  const view = result.view;
  const policy = policyOf(view);
  const analysedAt = view.analysedAt === null ? undefined : new Date(view.analysedAt);
  return {
    url: view.url,
    tabProblem: view.report === null || view.status !== 'analysed' ? 'not_analysed' : null,
    ...(view.report === null ? {} : { scan: view.report }),
    ...(analysedAt === undefined || Number.isNaN(analysedAt.getTime()) ? {} : { analysedAt }),
    ...(policy === undefined ? {} : { policy }),
  };
}

export async function loadSource(
  params: LettersParams,
  openLedger: OpenLedger = openDefaultLedger,
  { makeTasks = inPageTasks, onVerifying }: LoadOptions = {},
): Promise<LettersSource> {
  const tab = await tabPart(params.tab);
  let db: Ledger | null = null;
  let ledgerError: LedgerError | null = null;
  let tracked: TrackedRequest[] = [];
  let request: TrackedRequest | null = null;
  let ledger: LedgerSummary | undefined;
  let origin = params.site ?? (typeof tab.url === 'string' ? originOf(tab.url) : null);
  try {
    db = await openLedger();
    tracked = (await listRequests(db.db)).requests;
    const wanted = params.request;
    if (wanted !== null) {
      request = (await getRequest(db.db, wanted)) ?? null;
      if (request?.origin != null) origin = request.origin;
    }
    if (origin !== null) {
      const page = await db.siteRecords(origin, { limit: MAX_PAGE });
      if (page.records.length > 0) {
        // Reads the whole chain: off this page's thread where a worker can start.
        onVerifying?.(page.records.length);
        const tasks = makeTasks(db);
        const ledgerDb = db;
        try {
          // A worker that fails to run (not a broken chain) leaves the check to this page.
          const chain = await tasks
            .verify()
            .catch((error: unknown) =>
              asLedgerError(error, 'read_failed').detail === 'worker'
                ? ledgerDb.verify()
                : Promise.reject(error),
            );
          ledger = ledgerSummaryOf(page.records, chain.ok);
        } finally {
          tasks.close();
        }
      }
    }
  } catch (error) {
    ledgerError = asLedgerError(error, 'unavailable');
  }
  return {
    url: tab.url ?? origin,
    origin,
    tabProblem: tab.tabProblem ?? null,
    ...(tab.scan === undefined ? {} : { scan: tab.scan }),
    ...(tab.analysedAt === undefined ? {} : { analysedAt: tab.analysedAt }),
    ...(tab.policy === undefined ? {} : { policy: tab.policy }),
    ...(ledger === undefined ? {} : { ledger }),
    db,
    ledgerError,
    tracked,
    request,
    requestMissing: params.request !== null && request === null && ledgerError === null,
  };
}
