import {
  POLICY_ELEMENTS,
  type PolicyElement,
  type PolicyReport,
} from '../analyzer/model/policy-report';
import type { PolicyFetchFailureReason } from '../analyzer/policy/source-check';
import { POLICY_ELEMENT_NAMES } from '../analyzer/report/labels';
import { t, type MessageKey, type UiLang } from '../utils/i18n';
import type { PolicyView } from '../utils/policy-view';
import { CitationLine } from './finding-list';
import { formatDateTime, isWebUrl, quoteLang } from './format';
import './policy-checklist.css';

// The privacy policy the analysed page links to, as a checklist of its 14
// information elements: present / vague / missing, each with the policy's own
// sentences (quoted as text, expandable), the missing-element findings with
// their UU PDP Pasal 21(1) letters, readability, and where it was read from.
// Every state has its own plain explanation: loading, no link, each failure.
// Shared by the popup, the report page and the dashboard.

interface Props {
  /** TabView.policy: undefined when the page links to no policy. */
  readonly policy: PolicyView | undefined;
  readonly lang: UiLang;
  /** Fetch again ("retry"); without it no button is shown. */
  readonly onRetry?: (() => void) | undefined;
  /** A retry is running. */
  readonly busy?: boolean | undefined;
}

export type ElementState = 'present' | 'weak' | 'missing';

export function elementState(report: PolicyReport, element: PolicyElement): ElementState {
  const e = report.elements[element];
  return e.present ? 'present' : e.weak ? 'weak' : 'missing';
}

const STATE_LABEL: Record<ElementState, MessageKey> = {
  present: 'pclPresent',
  weak: 'pclWeak',
  missing: 'pclMissing',
};
const STATE_MARK: Record<ElementState, string> = { present: '✓', weak: '~', missing: '✗' };

const REASON_TEXT: Record<PolicyFetchFailureReason, MessageKey> = {
  timeout: 'pclReasonTimeout',
  too_large: 'pclReasonTooLarge',
  unsupported_type: 'pclReasonUnsupportedType',
  binary: 'pclReasonBinary',
  http_status: 'pclReasonHttpStatus',
  network: 'pclReasonNetwork',
  login_wall: 'pclReasonLoginWall',
  empty: 'pclReasonEmpty',
  not_allowed: 'pclReasonNotAllowed',
};

/** The plain explanation of a failed fetch, in `lang`. */
export function failureText(
  reason: PolicyFetchFailureReason | undefined,
  status: number | undefined,
  lang: UiLang,
): string {
  return t(REASON_TEXT[reason ?? 'network'], lang, String(status ?? '?'));
}

export function PolicyChecklist({ policy, lang, onRetry, busy = false }: Props) {
  const retry = onRetry !== undefined && (
    <button
      type="button"
      class="button"
      data-testid="policy-retry"
      disabled={busy}
      aria-busy={busy}
      onClick={onRetry}
    >
      {t(busy ? 'pclRetrying' : 'pclRetry', lang)}
    </button>
  );
  if (policy === undefined) {
    return (
      <div class="policy-checklist">
        <p class="muted" data-testid="policy-state" data-state="none">
          {t('pclNone', lang)}
        </p>
      </div>
    );
  }
  const source = <PolicySource policy={policy} lang={lang} />;
  if (policy.state === 'loading') {
    return (
      <div class="policy-checklist" aria-busy="true">
        <p class="muted loading" data-testid="policy-state" data-state="loading" role="status">
          {t('pclLoading', lang)}
        </p>
        {source}
      </div>
    );
  }
  if (policy.state === 'error') {
    return (
      <div class="policy-checklist">
        <div
          class="policy-error"
          data-testid="policy-state"
          data-state="error"
          data-reason={policy.reason ?? 'network'}
        >
          <p class="policy-error-title">
            <strong>{t('pclErrorTitle', lang)}</strong>
          </p>
          <p>{failureText(policy.reason, policy.status, lang)}</p>
        </div>
        {source}
        {retry}
      </div>
    );
  }
  const report = policy.report;
  if (report === null) {
    return (
      <div class="policy-checklist">
        <p class="muted" data-testid="policy-state" data-state="unavailable">
          {t('pclUnavailable', lang)}
        </p>
        {source}
        {retry}
      </div>
    );
  }
  return (
    <div class="policy-checklist">
      <p class="policy-summary" data-testid="policy-state" data-state="ok">
        <Summary report={report} lang={lang} />
      </p>
      {policy.changed !== undefined && (
        <p class="alert" data-testid="policy-changed">
          {t(
            'pclChanged',
            lang,
            formatDateTime(policy.changed.since, lang),
            String(policy.changed.added),
            String(policy.changed.removed),
          )}
        </p>
      )}
      {report.truncated && <p class="muted">{t('pclTruncated', lang)}</p>}
      <ul
        class="policy-elements"
        data-testid="policy-checklist"
        aria-label={t('pclChecklistLabel', lang)}
      >
        {POLICY_ELEMENTS.map((element) => (
          <ElementRow key={element} report={report} element={element} lang={lang} />
        ))}
      </ul>
      <h3 class="policy-subheading">{t('pclFindingsHeading', lang)}</h3>
      {report.findings.length === 0 ? (
        <p class="muted">{t('pclNoFindings', lang)}</p>
      ) : (
        <ul class="policy-findings">
          {report.findings.map((f, i) => (
            <li
              key={`${f.ruleId}-${i}`}
              class={`finding sev-${f.severity}`}
              data-testid="policy-finding"
              data-rule-id={f.ruleId}
              data-severity={f.severity}
            >
              <p class="finding-title">{f.title}</p>
              <p class="finding-explanation">{f.explanation}</p>
              <CitationLine citations={f.citations} lang={lang} />
            </li>
          ))}
        </ul>
      )}
      <Readability report={report} lang={lang} />
      {source}
      {retry}
    </div>
  );
}

function Summary({ report, lang }: { readonly report: PolicyReport; readonly lang: UiLang }) {
  const states = POLICY_ELEMENTS.map((e) => elementState(report, e));
  const count = (s: ElementState) => String(states.filter((x) => x === s).length);
  return (
    <>
      {t('pclSummary', lang, count('present'))} · {t('pclSummaryWeak', lang, count('weak'))} ·{' '}
      {t('pclSummaryMissing', lang, count('missing'))}
    </>
  );
}

interface RowProps {
  readonly report: PolicyReport;
  readonly element: PolicyElement;
  readonly lang: UiLang;
}

function ElementRow({ report, element, lang }: RowProps) {
  const state = elementState(report, element);
  const evidence = report.elements[element].evidence;
  const name = POLICY_ELEMENT_NAMES[lang][element];
  return (
    <li
      class={`policy-element policy-${state}`}
      data-testid={`policy-element-${element}`}
      data-state={state}
    >
      <span class="policy-mark" aria-hidden="true">
        {STATE_MARK[state]}
      </span>{' '}
      <span class="policy-name">{name}</span>{' '}
      <span class={`policy-tag policy-tag-${state}`}>{t(STATE_LABEL[state], lang)}</span>
      {evidence.length > 0 && (
        <details class="policy-evidence">
          <summary>{t('pclEvidence', lang, String(evidence.length))}</summary>
          <ul>
            {evidence.map((sentence, i) => (
              <li key={i}>
                <blockquote lang={quoteLang(report.language)}>{sentence}</blockquote>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

function Readability({ report, lang }: { readonly report: PolicyReport; readonly lang: UiLang }) {
  const r = report.readability;
  if (r.words === 0) return null;
  const number = (n: number, digits = 0) =>
    new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
      maximumFractionDigits: digits,
    }).format(n);
  return (
    <section class="policy-readability" data-testid="policy-readability">
      <h3 class="policy-subheading">{t('pclReadability', lang)}</h3>
      <ul>
        <li>{t('pclWords', lang, number(r.words))}</li>
        <li>{t('pclSentenceLength', lang, number(r.avgSentenceLength, 1))}</li>
        <li>{t('pclLongSentences', lang, number(r.longSentenceShare * 100))}</li>
        {r.fleschReadingEase !== null && (
          <li>{t('pclFlesch', lang, number(r.fleschReadingEase))}</li>
        )}
      </ul>
    </section>
  );
}

function PolicySource({ policy, lang }: { readonly policy: PolicyView; readonly lang: UiLang }) {
  return (
    <p class="policy-source muted small">
      {t('pclSource', lang)}{' '}
      {isWebUrl(policy.url) ? (
        <a
          href={policy.url}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="policy-url"
          class="policy-url"
        >
          {policy.url}
        </a>
      ) : (
        <span data-testid="policy-url">{policy.url}</span>
      )}
      {policy.fetchedAt !== null && (
        <>
          {' · '}
          {t('pclFetchedAt', lang, formatDateTime(policy.fetchedAt, lang))}
        </>
      )}
    </p>
  );
}
