import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ScanReport } from '../../analyzer/model/scan-report';
import type { RulebookId } from '../../analyzer/rulebooks';
import { CategoryList } from '../../components/category-list';
import { EmptyState } from '../../components/empty-state';
import { FindingList } from '../../components/finding-list';
import { formatDateTime, hostOf, isWebUrl, quoteLang } from '../../components/format';
import { GradeSummary } from '../../components/grade-summary';
import { openDashboard } from '../../components/history-open';
import { PermissionList } from '../../components/permission-list';
import { RulebookSelect } from '../../components/rulebook-select';
import {
  activeTabId,
  askBackground,
  openReport,
  openSettings,
  tabIdFromSearch,
  type ViewResult,
} from '../../components/ui-api';
import { useSettings } from '../../components/use-settings';
import { PopupPolicySection } from './policy-section';
import { WhyScore } from '../../components/why-score';
import { t, type UiLang } from '../../utils/i18n';
import type { TabView } from '../../utils/protocol';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { saveSettings } from '../../utils/settings-store';

type Load =
  | { readonly kind: 'loading' }
  | { readonly kind: 'no-tab' }
  /** `message`: the background's own explanation; null when it could not be reached. */
  | { readonly kind: 'error'; readonly message: string | null }
  | { readonly kind: 'view'; readonly tabId: number; readonly view: TabView };

/** How often and how long the popup re-asks while a page loads or an analysis runs. */
export const POLL_MS = 500;
export const POLL_TRIES = 10;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The toolbar popup. It reports on the active tab of its window; `?tab=<id>`
 * (the popup page opened in a tab, as the E2E tests do) names the tab instead.
 */
export function App({ search = '' }: { readonly search?: string }) {
  const { settings, lang, setSettings } = useSettings();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [busy, setBusy] = useState<'analyse' | null>(null);
  const [notice, setNotice] = useState<string>('');
  const [alert, setAlert] = useState<string>('');
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const show = useCallback((tabId: number, res: ViewResult): TabView | null => {
    if (!alive.current) return null;
    setLoad(
      res.ok
        ? { kind: 'view', tabId, view: res.view }
        : { kind: 'error', message: res.reachable ? res.error : null },
    );
    return res.ok ? res.view : null;
  }, []);

  /** Re-ask until `settled` holds for the view (an analysis finished, a page loaded). */
  const pollUntil = useCallback(
    async (tabId: number, settled: (v: TabView) => boolean) => {
      for (let i = 0; i < POLL_TRIES && alive.current; i++) {
        await sleep(POLL_MS);
        if (!alive.current) return;
        const v = show(tabId, await askBackground({ type: 'tab.get', tabId }));
        if (v === null || settled(v)) return;
      }
    },
    [show],
  );

  const fetchView = useCallback(async () => {
    const tabId = tabIdFromSearch(search) ?? (await activeTabId());
    if (tabId === null) {
      if (alive.current) setLoad({ kind: 'no-tab' });
      return;
    }
    const view = show(tabId, await askBackground({ type: 'tab.get', tabId }));
    // A web page still loading: wait a little for the content script's answer.
    if (view !== null && view.status === 'unknown' && isWebUrl(view.url)) {
      await pollUntil(tabId, (v) => v.status !== 'unknown');
    }
  }, [show, pollUntil, search]);

  useEffect(() => {
    void fetchView();
  }, [fetchView]);

  // The background waits for the page's fresh snapshot before it answers.
  const analyse = async (tabId: number) => {
    setBusy('analyse');
    setAlert('');
    setNotice(t('analysing', lang));
    const res = await askBackground({ type: 'tab.analyse', tabId });
    if (!alive.current) return;
    if (!res.ok) {
      setBusy(null);
      setNotice('');
      setAlert(res.reachable ? res.error : t('errorBody', lang));
      return;
    }
    setLoad({ kind: 'view', tabId, view: res.view });
    if (res.view.status === 'unknown') await pollUntil(tabId, (v) => v.status !== 'unknown');
    if (!alive.current) return;
    setBusy(null);
    setNotice(t('analysisDone', lang));
  };

  const toggleHighlight = async (tabId: number, view: TabView) => {
    const on = !view.highlighted;
    setLoad({ kind: 'view', tabId, view: { ...view, highlighted: on } });
    const res = await askBackground({ type: 'tab.highlight', tabId, on });
    if (!alive.current) return;
    if (res.ok) {
      setLoad({ kind: 'view', tabId, view: res.view });
      setAlert('');
    } else {
      setLoad({ kind: 'view', tabId, view });
      setAlert(res.reachable ? res.error : t('highlightFailed', lang));
    }
  };

  const changeRulebook = async (rulebook: RulebookId) => {
    const saved = await saveSettings({ ...(settings ?? DEFAULT_SETTINGS), rulebook });
    setSettings(saved);
    const tabId = tabIdFromSearch(search) ?? (await activeTabId());
    if (tabId === null) return;
    // The background may read the new setting a moment after storage changes.
    const view = show(tabId, await askBackground({ type: 'tab.get', tabId }));
    if (view !== null && view.rulebook !== rulebook) {
      await pollUntil(tabId, (v) => v.rulebook === rulebook);
    }
  };

  const rulebook =
    load.kind === 'view' ? load.view.rulebook : (settings?.rulebook ?? DEFAULT_SETTINGS.rulebook);

  return (
    <div class="popup" data-testid="popup-root">
      <header class="topbar">
        <h1 class="brand">Tegas</h1>
        {load.kind === 'view' && isWebUrl(load.view.url) && (
          <p class="host" title={load.view.url}>
            {hostOf(load.view.url)}
          </p>
        )}
      </header>
      <main class="popup-main">
        {alert !== '' && (
          <p class="alert" role="alert">
            {alert}
          </p>
        )}
        {load.kind === 'view' && load.view.ledgerError && (
          // The history could not record the last form sent on this tab; the background says why.
          <p
            class="alert"
            role="alert"
            data-testid="ledger-error"
            data-code={load.view.ledgerError.code}
          >
            {load.view.ledgerError.message}
          </p>
        )}
        <Body
          load={load}
          lang={lang}
          busy={busy}
          onRetry={() => {
            setLoad({ kind: 'loading' });
            void fetchView();
          }}
          onAnalyse={(tabId) => void analyse(tabId)}
          onToggle={(tabId, view) => void toggleHighlight(tabId, view)}
        />
        <p class="visually-hidden" role="status" aria-live="polite">
          {notice}
        </p>
      </main>
      <footer class="popup-footer">
        <div class="field-inline">
          <label for="popup-rulebook">{t('rulebookLabel', lang)}</label>
          <RulebookSelect
            id="popup-rulebook"
            testId="rulebook-select"
            value={rulebook}
            lang={lang}
            short
            disabled={settings === null}
            onChange={(rb) => void changeRulebook(rb)}
          />
        </div>
        <button
          type="button"
          class="link-button"
          data-testid="dashboard-link"
          onClick={() => void openDashboard()}
        >
          {t('dashOpen', lang)}
        </button>
        <button
          type="button"
          class="link-button"
          data-testid="settings-link"
          onClick={() => void openSettings()}
        >
          {t('openSettings', lang)}
        </button>
      </footer>
    </div>
  );
}

interface BodyProps {
  readonly load: Load;
  readonly lang: UiLang;
  readonly busy: 'analyse' | null;
  readonly onRetry: () => void;
  readonly onAnalyse: (tabId: number) => void;
  readonly onToggle: (tabId: number, view: TabView) => void;
}

function Body({ load, lang, busy, onRetry, onAnalyse, onToggle }: BodyProps) {
  switch (load.kind) {
    case 'loading':
      return <p class="muted loading">{t('loading', lang)}</p>;
    case 'no-tab':
      return (
        <EmptyState
          reason="unknown"
          title={t('emptyUnknownTitle', lang)}
          body={t('emptyUnknownNotWeb', lang)}
        />
      );
    case 'error':
      return (
        <EmptyState
          reason="error"
          title={t('errorTitle', lang)}
          body={load.message ?? t('errorBody', lang)}
        >
          <button type="button" class="button" onClick={onRetry}>
            {t('retry', lang)}
          </button>
        </EmptyState>
      );
    case 'view':
      break;
  }
  const { tabId, view } = load;
  const analyseButton = isWebUrl(view.url) && (
    <button
      type="button"
      class="button"
      data-testid="analyse-button"
      disabled={busy === 'analyse'}
      aria-busy={busy === 'analyse'}
      onClick={() => onAnalyse(tabId)}
    >
      {t(busy === 'analyse' ? 'analysing' : 'analyseButton', lang)}
    </button>
  );
  const report = view.report;
  if (view.status !== 'analysed' || report === null) {
    const reason = view.status === 'analysed' ? 'unknown' : view.status;
    const [title, body] =
      reason === 'not_form'
        ? [t('emptyNotFormTitle', lang), t('emptyNotFormBody', lang)]
        : reason === 'skipped'
          ? [t('emptySkippedTitle', lang), t('emptySkippedBody', lang)]
          : [
              t('emptyUnknownTitle', lang),
              t(isWebUrl(view.url) ? 'emptyUnknownLoading' : 'emptyUnknownNotWeb', lang),
            ];
    // A form-less page can still have asked for browser permissions: list them.
    const extra = report !== null && report.permissionRequests.length > 0 ? report : null;
    return (
      <>
        <EmptyState reason={reason} title={title} body={body}>
          {analyseButton}
        </EmptyState>
        {extra !== null && extra.findings.length > 0 && (
          <FindingsSection report={extra} view={view} lang={lang} />
        )}
        {extra !== null && <PermissionsSection report={extra} lang={lang} />}
      </>
    );
  }
  const canHighlight = report.findings.some((f) =>
    f.evidence.some((e) => e.selector !== undefined),
  );
  return (
    <>
      <GradeSummary
        report={report}
        rulebook={view.rulebook}
        explanation={view.explanation}
        lang={lang}
      />
      {report.score !== null && <WhyScore lines={view.explanation} lang={lang} />}
      {view.analysedAt !== null && (
        <p class="muted small">{t('analysedAt', lang, formatDateTime(view.analysedAt, lang))}</p>
      )}
      <div class="actions">
        {canHighlight && (
          <button
            type="button"
            class="button toggle"
            data-testid="highlight-toggle"
            aria-pressed={view.highlighted}
            onClick={() => onToggle(tabId, view)}
          >
            <span class="toggle-box" aria-hidden="true">
              {view.highlighted ? '✓' : ''}
            </span>
            {t('showOnPage', lang)}
          </button>
        )}
        <button
          type="button"
          class="button"
          data-testid="report-button"
          onClick={() => void openReport(tabId)}
        >
          {t('openReport', lang)}
        </button>
        {analyseButton}
      </div>
      <FindingsSection report={report} view={view} lang={lang} />
      <PopupPolicySection tabId={tabId} policy={view.policy} lang={lang} />
      <section class="section" aria-labelledby="data-heading">
        <h2 id="data-heading">{t('dataHeading', lang)}</h2>
        <CategoryList fields={report.fields} lang={lang} />
      </section>
      <PermissionsSection report={report} lang={lang} />
    </>
  );
}

interface SectionProps {
  readonly report: ScanReport;
  readonly lang: UiLang;
}

function FindingsSection({ report, view, lang }: SectionProps & { readonly view: TabView }) {
  return (
    <section class="section" aria-labelledby="findings-heading">
      <h2 id="findings-heading">
        {t('findingsHeading', lang)} <span class="count">({report.findings.length})</span>
      </h2>
      <FindingList
        findings={report.findings}
        lang={lang}
        findingLang={view.lang}
        pageLang={quoteLang(report.language)}
        compact
      />
    </section>
  );
}

function PermissionsSection({ report, lang }: SectionProps) {
  return (
    <section class="section" aria-labelledby="perm-heading">
      <h2 id="perm-heading">{t('permissionsHeading', lang)}</h2>
      <PermissionList requests={report.permissionRequests} lang={lang} />
    </section>
  );
}
