import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DataCategory } from '../../analyzer/model/scan-report';
import { formatDateTime } from '../../components/format';
import { HistoryCategoryView } from '../../components/history-category-view';
import { ConfirmDialog } from '../../components/history-confirm-dialog';
import { asLedgerError, nextFrame } from '../../components/ledger-async';
import { HistoryRecordDetail } from '../../components/history-record-detail';
import { HistorySiteList } from '../../components/history-site-list';
import {
  HistoryTimeline,
  NO_FILTERS,
  type TimelineFilters,
} from '../../components/history-timeline';
import { HistoryTools, type ImportOutcome } from '../../components/history-tools';
import { PolicyHistory } from '../../components/policy-history';
import { RequestsView } from '../../components/request-list';
import { inPageTasks, type LongTasks } from '../../components/history-tasks';
import { downloadBlob } from '../../components/history-transfer';
import { useSettings } from '../../components/use-settings';
import {
  Ledger,
  LedgerError,
  type ChainResult,
  type DisclosureRecord,
  type SiteSummary,
} from '../../history';
import { t, type MessageKey, type UiLang } from '../../utils/i18n';
import { DEFAULT_SETTINGS } from '../../utils/settings';

/** Opens the ledger; the page passes `onVersionChange` so a newer Tegas can take the database. */
export type OpenLedger = (onVersionChange: () => void) => Promise<Ledger>;

const openDefault: OpenLedger = async (onVersionChange) => {
  const ledger = new Ledger({ onVersionChange });
  await ledger.open();
  return ledger;
};

type View = 'sites' | 'categories' | 'timeline' | 'policies' | 'requests';
const VIEWS: readonly { readonly view: View; readonly label: MessageKey }[] = [
  { view: 'sites', label: 'dashViewSites' },
  { view: 'categories', label: 'dashViewCategories' },
  { view: 'timeline', label: 'dashViewTimeline' },
  { view: 'policies', label: 'polhistView' },
  { view: 'requests', label: 'dashViewRequests' },
];

type Busy = 'export' | 'import' | 'verify' | 'delete';
const BUSY_TEXT: Readonly<Record<Busy, MessageKey>> = {
  export: 'dashBusyExport',
  import: 'dashBusyImport',
  verify: 'dashBusyVerify',
  delete: 'dashBusyDelete',
};

type Confirm =
  | { readonly kind: 'record'; readonly record: DisclosureRecord }
  | { readonly kind: 'site'; readonly site: SiteSummary }
  | { readonly kind: 'all' };

interface Counts {
  readonly records: number;
  readonly tombstones: number;
  readonly sites: number;
}

/**
 * The history dashboard: an extension page that opens the ledger itself (it
 * is an extension origin, so IndexedDB here is Tegas's own).
 */
interface Props {
  readonly openLedger?: OpenLedger;
  /** Where verify, export and import run: a worker in the extension, in-page by default. */
  readonly makeTasks?: (ledger: Ledger) => LongTasks;
}

export function App({ openLedger = openDefault, makeTasks = inPageTasks }: Props) {
  const { settings, lang } = useSettings();
  const [ledger, setLedger] = useState<Ledger | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<LedgerError | null>(null);
  const [counts, setCounts] = useState<Counts | null>(null);
  const [version, setVersion] = useState(0);
  const [view, setView] = useState<View>('sites');
  const [category, setCategory] = useState<DataCategory>('national_id');
  const [filters, setFilters] = useState<TimelineFilters>(NO_FILTERS);
  const [detail, setDetail] = useState<DisclosureRecord | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [verify, setVerify] = useState<ChainResult | null>(null);
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  const [notice, setNotice] = useState('');
  const title = useRef<HTMLHeadingElement>(null);
  const detailOpener = useRef<Element | null>(null);
  const running = useRef(false);

  useEffect(() => {
    document.title = `${t('dashTitle', lang)} · Tegas`;
  }, [lang]);

  useEffect(() => {
    let alive = true;
    let opened: Ledger | null = null;
    openLedger(() => setError(new LedgerError('version_changed'))).then(
      (l) => {
        opened = l;
        if (alive) setLedger(l);
        else l.close();
      },
      (e: unknown) => alive && setError(asLedgerError(e, 'unavailable')),
    );
    return () => {
      alive = false;
      opened?.close();
    };
  }, [openLedger, attempt]);

  useEffect(() => {
    if (ledger === null) return undefined;
    let alive = true;
    ledger.counts().then(
      (c) => alive && setCounts(c),
      (e: unknown) => alive && setError(asLedgerError(e, 'read_failed')),
    );
    return () => {
      alive = false;
    };
  }, [ledger, version]);

  const tasks = useMemo(() => (ledger === null ? null : makeTasks(ledger)), [ledger, makeTasks]);
  useEffect(() => () => tasks?.close(), [tasks]);

  const onError = useCallback((e: LedgerError) => setError(e), []);

  /** One long operation at a time; the busy state is painted before it starts. */
  const run = async (kind: Busy, task: (l: Ledger, long: LongTasks) => Promise<void>) => {
    if (ledger === null || tasks === null || running.current) return;
    running.current = true;
    setBusy(kind);
    setNotice('');
    await nextFrame();
    try {
      await task(ledger, tasks);
    } catch (e) {
      setError(
        asLedgerError(e, kind === 'export' || kind === 'verify' ? 'read_failed' : 'write_failed'),
      );
    } finally {
      running.current = false;
      setBusy(null);
    }
  };

  /** After a write: views reload, an earlier verification no longer describes the ledger. */
  const changed = () => {
    setVersion((v) => v + 1);
    setVerify(null);
  };

  const openDetail = async (id: string) => {
    if (ledger === null) return;
    detailOpener.current = document.activeElement;
    try {
      setDetail((await ledger.record(id)) ?? null);
    } catch (e) {
      setError(asLedgerError(e, 'read_failed'));
    }
  };

  const closeDetail = () => {
    setDetail(null);
    const opener = detailOpener.current;
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    else title.current?.focus();
  };

  const confirmed = (what: Confirm) => {
    setConfirm(null);
    void run('delete', async (l) => {
      setError(null);
      try {
        if (what.kind === 'record') {
          await l.deleteRecord(what.record.id);
          setDetail(null);
          setNotice(t('dashDeletedRecord', lang));
        } else if (what.kind === 'site') {
          const n = await l.deleteSite(what.site.origin);
          if (detail?.origin === what.site.origin) setDetail(null);
          setNotice(t('dashDeletedSite', lang, String(n), what.site.host));
        } else {
          await l.deleteAll();
          setDetail(null);
          setImported(null);
          setNotice(t('dashDeletedAll', lang));
        }
      } finally {
        changed();
      }
      // The button that asked is gone with what it deleted.
      title.current?.focus();
    });
  };

  const doVerify = () =>
    void run('verify', async (_l, long) => {
      setVerify(null);
      setVerify(await long.verify());
    });

  const doExport = () =>
    void run('export', async (_l, long) => {
      const file = await long.exportFile();
      downloadBlob(file.blob, file.fileName);
      setNotice(t('dashExported', lang, String(file.records)));
    });

  const doImport = (file: File) =>
    void run('import', async (_l, long) => {
      setImported(null);
      try {
        const result = await long.importFile(file);
        setImported({ ok: true, result });
        setError(null);
      } catch (e) {
        setImported({ ok: false, error: asLedgerError(e, 'write_failed') });
      } finally {
        changed();
      }
    });

  const hasRecords = (counts?.records ?? 0) > 0;
  const hasData = hasRecords || (counts?.tombstones ?? 0) > 0;
  return (
    <>
      <div class="dashboard" inert={confirm !== null} aria-busy={busy !== null}>
        <header class="dash-header">
          <h1 ref={title} tabIndex={-1}>
            {t('dashTitle', lang)}
          </h1>
          <p class="muted">{t('dashIntro', lang)}</p>
          {counts !== null && hasRecords && (
            <p class="small" data-testid="history-summary">
              {t('dashSummary', lang, String(counts.records), String(counts.sites))}
            </p>
          )}
          {settings?.keepHistory === false && (
            <p class="notice small">{t('dashHistoryOff', lang)}</p>
          )}
        </header>
        <main class="dash-main">
          {error !== null && (
            <LedgerAlert
              error={error}
              lang={lang}
              onRetry={ledger === null ? () => setAttempt((n) => n + 1) : null}
            />
          )}
          <p class="busy" role="status" aria-live="polite">
            {busy !== null && (
              <span data-testid="busy" class="busy-text">
                <span class="spinner" aria-hidden="true" />
                {t(BUSY_TEXT[busy], lang)}
              </span>
            )}
            {busy === null && notice}
          </p>
          {ledger === null || counts === null ? (
            error === null && <p class="muted">{t('loading', lang)}</p>
          ) : (
            <>
              <nav class="view-switch" aria-label={t('dashViewsLabel', lang)}>
                {VIEWS.map((v) => (
                  <button
                    key={v.view}
                    type="button"
                    class="button"
                    data-testid={`view-${v.view}`}
                    aria-pressed={view === v.view}
                    onClick={() => setView(v.view)}
                  >
                    {t(v.label, lang)}
                  </button>
                ))}
              </nav>
              {/* Requests are the user's own log: shown even when the history is empty. */}
              {view === 'requests' ? (
                <RequestsView ledger={ledger} lang={lang} onError={onError} />
              ) : !hasRecords ? (
                <section
                  class="empty-state"
                  data-testid="history-empty"
                  aria-labelledby="empty-title"
                >
                  <h2 id="empty-title">{t('dashEmptyTitle', lang)}</h2>
                  <p>{t('dashEmptyBody', lang)}</p>
                </section>
              ) : (
                <>
                  {detail !== null && (
                    <HistoryRecordDetail
                      record={detail}
                      lang={lang}
                      disabled={busy !== null}
                      onClose={closeDetail}
                      onDelete={(record) => setConfirm({ kind: 'record', record })}
                    />
                  )}
                  {view === 'sites' && (
                    <HistorySiteList
                      ledger={ledger}
                      version={version}
                      lang={lang}
                      busy={busy !== null}
                      onOpen={(id) => void openDetail(id)}
                      onDeleteSite={(site) => setConfirm({ kind: 'site', site })}
                      onError={onError}
                    />
                  )}
                  {view === 'categories' && (
                    <HistoryCategoryView
                      ledger={ledger}
                      version={version}
                      lang={lang}
                      category={category}
                      onCategory={setCategory}
                      onError={onError}
                    />
                  )}
                  {view === 'timeline' && (
                    <HistoryTimeline
                      ledger={ledger}
                      version={version}
                      lang={lang}
                      filters={filters}
                      onFilters={setFilters}
                      onOpen={(id) => void openDetail(id)}
                      onError={onError}
                    />
                  )}
                  {view === 'policies' && (
                    <PolicyHistory
                      ledger={ledger}
                      version={version}
                      lang={lang}
                      rulebook={settings?.rulebook ?? DEFAULT_SETTINGS.rulebook}
                      onError={onError}
                    />
                  )}
                </>
              )}
            </>
          )}
          {ledger !== null && counts !== null && (
            <HistoryTools
              lang={lang}
              busy={busy !== null}
              hasData={hasData}
              verify={verify}
              imported={imported}
              onVerify={doVerify}
              onExport={doExport}
              onImport={doImport}
              onDeleteAll={() => setConfirm({ kind: 'all' })}
            />
          )}
        </main>
      </div>
      {confirm !== null && (
        <ConfirmDialog
          {...confirmText(confirm, lang)}
          lang={lang}
          onConfirm={() => confirmed(confirm)}
          onCancel={() => setConfirm(null)}
        />
      )}
    </>
  );
}

function confirmText(c: Confirm, lang: UiLang): { title: string; body: string; note?: string } {
  switch (c.kind) {
    case 'record': {
      const host = new URL(c.record.origin).host;
      return {
        title: t('dashConfirmRecordTitle', lang),
        body: t('dashConfirmRecordBody', lang, formatDateTime(c.record.time, lang), host),
      };
    }
    case 'site':
      return {
        title: t('dashConfirmSiteTitle', lang, c.site.host),
        body: t('dashConfirmSiteBody', lang, String(c.site.count)),
      };
    case 'all':
      return {
        title: t('dashConfirmAllTitle', lang),
        body: t('dashConfirmAllBody', lang),
        // Requests live beside the history, not in it: deleting it leaves them.
        note: t('leConfirmAllKept', lang),
      };
  }
}

interface AlertProps {
  readonly error: LedgerError;
  readonly lang: UiLang;
  /** Set when the ledger could not be opened: try again. */
  readonly onRetry: (() => void) | null;
}

/**
 * A storage failure in plain words (quota, blocked, failed write: each message
 * says what happened to the data), with the technical detail apart.
 */
function LedgerAlert({ error, lang, onRetry }: AlertProps) {
  return (
    <div class="alert ledger-error" data-testid="ledger-error" data-code={error.code} role="alert">
      <p class="label">{error.messages[lang]}</p>
      {error.detail !== undefined && (
        <p class="small">
          {t('dashTechnical', lang)} <span lang="en">{error.detail}</span>
        </p>
      )}
      {onRetry !== null && (
        <button type="button" class="button" onClick={onRetry}>
          {t('retry', lang)}
        </button>
      )}
    </div>
  );
}
