import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildReportView, type ReportInput } from '../../analyzer/report';
import { EmptyState } from '../../components/empty-state';
import { PolicyChecklist } from '../../components/policy-checklist';
import { hostOf } from '../../components/format';
import { asLedgerError, nextFrame } from '../../components/ledger-async';
import { ReportDocument } from '../../components/report-document';
import type { ReportFile } from '../../components/report-files';
import { ReportLedger } from '../../components/report-ledger';
import {
  readySummary,
  siteLedgerOpener,
  type LedgerState,
  type OpenSiteLedger,
} from '../../components/report-ledger-source';
import { ReportToolbar } from '../../components/report-toolbar';
import { askBackground, tabIdFromSearch, type ViewResult } from '../../components/ui-api';
import { useSettings } from '../../components/use-settings';
import { applyDocumentLang, t, type UiLang } from '../../utils/i18n';
import type { TabView } from '../../utils/protocol';

/** While the background reads the policy: ask again this often, this many times (~15 s). */
const POLICY_POLL_MS = 500;
const POLICY_POLL_TRIES = 30;

type Load = { readonly kind: 'loading' } | { readonly kind: 'done'; readonly result: ViewResult };

interface Props {
  readonly search: string;
  /** Where the site's ledger comes from: the extension's IndexedDB by default. */
  readonly openSiteLedger?: OpenSiteLedger;
  readonly save?: (file: ReportFile) => void;
  readonly print?: () => void;
}

const openDefault = siteLedgerOpener();

/**
 * The report of one tab's analysis (report.html?tab=<id>): drawn from the
 * same ReportView as the Markdown/HTML/JSON downloads, with the site's ledger
 * records and the chain check, printable on A4.
 */
export function App({ search, openSiteLedger = openDefault, save, print }: Props) {
  const settings = useSettings();
  const [chosenLang, setChosenLang] = useState<UiLang | null>(null);
  const lang = chosenLang ?? settings.lang;
  const tabId = tabIdFromSearch(search);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [openedAt] = useState(() => new Date().toISOString());

  useEffect(() => applyDocumentLang(lang), [lang, settings.lang]);

  useEffect(() => {
    if (tabId === null) return;
    let alive = true;
    void askBackground({ type: 'tab.get', tabId }).then((result) => {
      if (alive) setLoad({ kind: 'done', result });
    });
    return () => {
      alive = false;
    };
  }, [tabId]);

  const view = load.kind === 'done' && load.result.ok ? load.result.view : null;

  // The background may still be reading the policy: ask again until it is done (bounded).
  const [policyTries, setPolicyTries] = useState(0);
  const policyLoading = view?.policy?.state === 'loading';
  useEffect(() => {
    if (tabId === null || !policyLoading || policyTries >= POLICY_POLL_TRIES) return;
    const timer = setTimeout(() => {
      void askBackground({ type: 'tab.get', tabId }).then((result) => {
        if (result.ok) setLoad({ kind: 'done', result });
        setPolicyTries((n) => n + 1);
      });
    }, POLICY_POLL_MS);
    return () => clearTimeout(timer);
  }, [tabId, policyLoading, policyTries]);
  const [retrying, setRetrying] = useState(false);
  const retryPolicy = async () => {
    if (tabId === null) return;
    setRetrying(true);
    const result = await askBackground({ type: 'tab.policy', tabId });
    setRetrying(false);
    if (result.ok) setLoad({ kind: 'done', result });
  };
  useEffect(() => {
    document.title =
      view === null ? t('reportTitle', lang) : `${t('reportTitle', lang)} — ${hostOf(view.url)}`;
  }, [view, lang]);

  let body;
  if (tabId === null || (load.kind === 'done' && !load.result.ok)) {
    body = (
      <EmptyState
        reason="error"
        title={t('reportUnavailableTitle', lang)}
        body={t(tabId === null ? 'reportNoTab' : 'errorBody', lang)}
      />
    );
  } else if (view === null) {
    body = <p class="muted">{t('loading', lang)}</p>;
  } else if (view.status !== 'analysed' || view.report === null) {
    const reason = view.status === 'analysed' ? 'unknown' : view.status;
    body = (
      <EmptyState
        reason={reason}
        title={t('reportNothingTitle', lang)}
        body={t(reason === 'not_form' ? 'emptyNotFormBody' : 'reportNothingBody', lang)}
      />
    );
  } else {
    body = (
      <AnalysedReport
        view={view}
        tabId={tabId}
        lang={lang}
        onLang={setChosenLang}
        openSiteLedger={openSiteLedger}
        analysedAt={view.analysedAt ?? openedAt}
        policyStatus={
          <PolicyChecklist
            policy={view.policy}
            lang={lang}
            busy={retrying}
            onRetry={() => void retryPolicy()}
          />
        }
        {...(save === undefined ? {} : { save })}
        {...(print === undefined ? {} : { print })}
      />
    );
  }
  return (
    <main class="report" data-testid="report-root">
      <header class="report-header">
        <p class="brand">Tegas</p>
        <h1>{t('reportTitle', lang)}</h1>
      </header>
      {body}
    </main>
  );
}

interface AnalysedProps {
  readonly view: TabView;
  readonly tabId: number;
  readonly lang: UiLang;
  readonly onLang: (lang: UiLang) => void;
  readonly openSiteLedger: OpenSiteLedger;
  readonly analysedAt: string;
  /** The policy section while the policy is not in the report (loading, none, failed). */
  readonly policyStatus: ComponentChildren;
  readonly save?: (file: ReportFile) => void;
  readonly print?: () => void;
}

function AnalysedReport(props: AnalysedProps) {
  const { view, lang } = props;
  const ledger = useSiteLedger(view.url, props.openSiteLedger);
  const policy = view.policy;
  const scan = view.report;
  const input = useMemo((): ReportInput | null => {
    if (scan === null) return null;
    return {
      scan,
      analysedAt: props.analysedAt,
      ...(policy?.state === 'ok' && policy.report !== null ? { policy: policy.report } : {}),
      ...(ledger.kind === 'ready' ? { ledger: ledger.summary } : {}),
      ...(policy?.changed === undefined ? {} : { policyChange: policy.changed }),
    };
  }, [scan, props.analysedAt, policy, ledger]);
  const v = useMemo(() => (input === null ? null : buildReportView(input, lang)), [input, lang]);
  if (input === null || v === null) return null;
  const settled = ledger.kind !== 'loading' && ledger.kind !== 'verifying';
  return (
    <>
      <ReportToolbar
        lang={lang}
        onLang={props.onLang}
        input={settled ? input : null}
        tabId={props.tabId}
        {...(props.save === undefined ? {} : { save: props.save })}
        {...(props.print === undefined ? {} : { print: props.print })}
      />
      <ReportDocument v={v} policyStatus={props.policyStatus} />
      {ledger.kind !== 'none' && <ReportLedger state={ledger} v={v} lang={lang} />}
      <footer class="report-footer small muted">
        <p>{v.t.disclaimer}</p>
      </footer>
    </>
  );
}

/** Reads the site's records, then verifies the chain (in a worker in the extension). */
function useSiteLedger(pageUrl: string, open: OpenSiteLedger): LedgerState {
  const [state, setState] = useState<LedgerState>({ kind: 'loading' });
  useEffect(() => {
    let alive = true;
    let close: () => void = () => undefined;
    setState({ kind: 'loading' });
    void (async () => {
      try {
        const site = await open(pageUrl);
        close = () => site.close();
        if (!alive) return close();
        if (site.records.length === 0) return setState({ kind: 'none' });
        setState({ kind: 'verifying', count: site.records.length });
        await nextFrame();
        const chain = await site.verify();
        if (alive) setState(readySummary(site, chain));
      } catch (error) {
        if (alive) setState({ kind: 'error', error: asLedgerError(error, 'read_failed') });
      }
    })();
    return () => {
      alive = false;
      close();
    };
  }, [pageUrl, open]);
  return state;
}
