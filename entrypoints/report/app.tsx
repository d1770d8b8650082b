import { useEffect, useState } from 'preact/hooks';
import { PAGE_KIND_NAMES } from '../../analyzer/report/labels';
import { getRulebook } from '../../analyzer/rulebooks';
import { CategoryList } from '../../components/category-list';
import { ConsentList } from '../../components/consent-list';
import { EmptyState } from '../../components/empty-state';
import { FindingList } from '../../components/finding-list';
import { formatDateTime, hostOf, quoteLang } from '../../components/format';
import { GradeSummary } from '../../components/grade-summary';
import { PermissionList } from '../../components/permission-list';
import { askBackground, tabIdFromSearch, type ViewResult } from '../../components/ui-api';
import { useSettings } from '../../components/use-settings';
import { WhyScore } from '../../components/why-score';
import { t, type UiLang } from '../../utils/i18n';
import type { TabView } from '../../utils/protocol';

type Load = { readonly kind: 'loading' } | { readonly kind: 'done'; readonly result: ViewResult };

/** The printable report of one tab's analysis: report.html?tab=<id>. */
export function App({ search }: { readonly search: string }) {
  const { lang } = useSettings();
  const tabId = tabIdFromSearch(search);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

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
  } else {
    body = <ReportBody view={view} lang={lang} />;
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

function ReportBody({ view, lang }: { readonly view: TabView; readonly lang: UiLang }) {
  const report = view.report;
  if (view.status !== 'analysed' || report === null) {
    const reason = view.status === 'analysed' ? 'unknown' : view.status;
    return (
      <EmptyState
        reason={reason}
        title={t('reportNothingTitle', lang)}
        body={t(reason === 'not_form' ? 'emptyNotFormBody' : 'reportNothingBody', lang)}
      />
    );
  }
  const book = getRulebook(view.rulebook);
  const pageLang = quoteLang(report.language);
  return (
    <>
      <dl class="meta">
        <div>
          <dt>{t('reportPage', lang)}</dt>
          <dd class="url">{view.url}</dd>
        </div>
        {view.analysedAt !== null && (
          <div>
            <dt>{t('reportAnalysedAt', lang)}</dt>
            <dd>{formatDateTime(view.analysedAt, lang)}</dd>
          </div>
        )}
        <div>
          <dt>{t('reportPageKind', lang)}</dt>
          <dd>{PAGE_KIND_NAMES[lang][report.pageKind]}</dd>
        </div>
        <div>
          <dt>{t('reportRulebook', lang)}</dt>
          <dd>
            {book.name[lang]}
            <br />
            <span class="muted small">{book.status[lang]}</span>
          </dd>
        </div>
      </dl>
      <p class="no-print">
        <button type="button" class="button primary" onClick={() => window.print()}>
          {t('printReport', lang)}
        </button>
      </p>
      <GradeSummary
        report={report}
        rulebook={view.rulebook}
        explanation={view.explanation}
        lang={lang}
      />
      {report.score !== null && <WhyScore lines={view.explanation} lang={lang} open />}

      <section class="section" aria-labelledby="r-findings">
        <h2 id="r-findings">
          {t('findingsHeading', lang)} ({report.findings.length})
        </h2>
        <FindingList
          findings={report.findings}
          lang={lang}
          findingLang={view.lang}
          pageLang={pageLang}
          compact={false}
        />
      </section>
      <section class="section" aria-labelledby="r-data">
        <h2 id="r-data">{t('dataHeading', lang)}</h2>
        <CategoryList fields={report.fields} lang={lang} showLabels />
      </section>
      <section class="section" aria-labelledby="r-consents">
        <h2 id="r-consents">{t('consentsHeading', lang)}</h2>
        <ConsentList consents={report.consents} lang={lang} pageLang={pageLang} />
      </section>
      <section class="section" aria-labelledby="r-perm">
        <h2 id="r-perm">{t('permissionsHeading', lang)}</h2>
        <PermissionList requests={report.permissionRequests} lang={lang} showTimes />
      </section>
      <section class="section" aria-labelledby="r-links">
        <h2 id="r-links">{t('policyLinksHeading', lang)}</h2>
        {report.policyLinks.length === 0 ? (
          <p class="muted">{t('noPolicyLinks', lang)}</p>
        ) : (
          <ul class="policy-links">
            {report.policyLinks.map((l, i) => (
              <li key={i}>
                {l.text.trim() === '' ? '' : `${l.text.trim()} — `}
                <span class="url">{l.href}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <footer class="report-footer small muted">
        <p>{t('reportDisclaimer', lang)}</p>
      </footer>
    </>
  );
}
