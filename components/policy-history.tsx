import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { RulebookId } from '../analyzer/rulebooks/ids';
import {
  forgetUntrackedPolicies,
  policyDocs,
  trackedPolicies,
  type Ledger,
  type LedgerError,
  type PolicyDoc,
  type PolicyFailureReason,
  type TrackedPolicy,
} from '../history';
import { t, type MessageKey, type UiLang } from '../utils/i18n';
import {
  PolicyRecheckResponseSchema,
  type PolicyCheckOutcome,
  type UiToBackground,
} from '../utils/protocol';
import { formatDateTime } from './format';
import { asLedgerError } from './ledger-async';
import './policy-history.css';
import { PolicyHistoryChanges } from './policy-history-changes';

// The dashboard's "Policies" view: each privacy policy the user disclosed data
// under, how its last check went, and its change history. "Check now" asks the
// background (the one that may fetch) to re-check them one by one, with
// progress; the view reads what it stored from the ledger.

export type RecheckResult =
  | { readonly ok: true; readonly results: readonly PolicyCheckOutcome[] }
  | { readonly ok: false; readonly error: string; readonly reachable: boolean };

/** Asks the background to re-check one tracked policy now. */
export type Recheck = (url: string) => Promise<RecheckResult>;

export const askRecheck: Recheck = async (url) => {
  const message: UiToBackground = { type: 'policy.recheck', url };
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage(message);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err), reachable: false };
  }
  const parsed = PolicyRecheckResponseSchema.safeParse(answer);
  if (!parsed.success) return { ok: false, error: 'unexpected answer', reachable: false };
  return parsed.data.ok
    ? { ok: true, results: parsed.data.results }
    : { ok: false, error: parsed.data.error, reachable: true };
};

const REASON_TEXT: Readonly<Record<PolicyFailureReason, MessageKey>> = {
  timeout: 'polhistReasonTimeout',
  too_large: 'polhistReasonTooLarge',
  unsupported_type: 'polhistReasonUnsupportedType',
  binary: 'polhistReasonBinary',
  http_status: 'polhistReasonHttpStatus',
  network: 'polhistReasonNetwork',
  login_wall: 'polhistReasonLoginWall',
  empty: 'polhistReasonEmpty',
  not_allowed: 'polhistReasonNotAllowed',
};

interface Row {
  readonly policy: TrackedPolicy;
  readonly doc: PolicyDoc | null;
}

interface Progress {
  readonly done: number;
  readonly total: number;
}

interface Props {
  readonly ledger: Ledger;
  readonly version: number;
  readonly lang: UiLang;
  readonly rulebook: RulebookId;
  readonly onError: (error: LedgerError) => void;
  readonly recheck?: Recheck;
}

export function PolicyHistory({
  ledger,
  version,
  lang,
  rulebook,
  onError,
  recheck = askRecheck,
}: Props) {
  const [rows, setRows] = useState<readonly Row[] | null>(null);
  const [reload, setReload] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [summary, setSummary] = useState('');
  const [checkError, setCheckError] = useState<string | null>(null);
  const running = useRef(false);

  // After a deletion in the dashboard (version changes), forget the policies of deleted
  // disclosures: kept, their list would still say which shops the user used.
  const pruned = useMemo(
    () => forgetUntrackedPolicies(ledger.db).catch(() => 0),
    // `version` is the trigger: it changes after a deletion.
    [ledger, version],
  );

  useEffect(() => {
    let alive = true;
    Promise.all([trackedPolicies(ledger.db), pruned.then(() => policyDocs(ledger.db))]).then(
      ([tracked, docs]) => {
        if (!alive) return;
        const byUrl = new Map(docs.map((d) => [d.url, d]));
        setRows(tracked.map((policy) => ({ policy, doc: byUrl.get(policy.url) ?? null })));
      },
      (error: unknown) => alive && onError(asLedgerError(error, 'read_failed')),
    );
    return () => {
      alive = false;
    };
  }, [ledger, pruned, reload, onError]);

  /** One policy at a time, so the user sees progress and one failure does not stop the rest. */
  const checkNow = async () => {
    if (rows === null || running.current) return;
    running.current = true;
    setCheckError(null);
    setSummary('');
    const urls = rows.map((r) => r.policy.url);
    const outcomes: PolicyCheckOutcome[] = [];
    try {
      for (const [i, url] of urls.entries()) {
        setProgress({ done: i, total: urls.length });
        const answer = await recheck(url);
        if (!answer.ok) {
          setCheckError(answer.reachable ? answer.error : t('polhistUnreachable', lang));
          break;
        }
        outcomes.push(...answer.results);
      }
      const changed = outcomes.filter((o) => o.outcome === 'changed').length;
      const failed = outcomes.filter((o) => o.outcome === 'failed').length;
      if (outcomes.length > 0)
        setSummary(
          t('polhistCheckDone', lang, String(outcomes.length), String(changed), String(failed)),
        );
    } finally {
      running.current = false;
      setProgress(null);
      setReload((n) => n + 1);
    }
  };

  return (
    <section class="view" aria-labelledby="view-policies-title">
      <div class="panel-head">
        <h2 id="view-policies-title">{t('polhistView', lang)}</h2>
        <button
          type="button"
          class="button primary"
          data-testid="policy-check-now"
          disabled={rows === null || rows.length === 0 || progress !== null}
          aria-describedby="policy-check-status"
          onClick={() => void checkNow()}
        >
          {t('polhistCheckNow', lang)}
        </button>
      </div>
      <p class="muted small">{t('polhistIntro', lang)}</p>
      <p id="policy-check-status" class="busy" role="status" aria-live="polite">
        {progress !== null ? (
          <span data-testid="policy-check-progress" class="busy-text">
            <span class="spinner" aria-hidden="true" />
            {t('polhistChecking', lang, String(progress.done + 1), String(progress.total))}
          </span>
        ) : (
          summary !== '' && <span data-testid="policy-check-summary">{summary}</span>
        )}
      </p>
      {checkError !== null && (
        <div class="alert" role="alert" data-testid="policy-check-error">
          <p>{t('polhistCheckError', lang, checkError)}</p>
        </div>
      )}
      {rows === null ? (
        <p class="muted">{t('loading', lang)}</p>
      ) : rows.length === 0 ? (
        <div class="empty-state" data-testid="policy-empty">
          <h3>{t('polhistEmptyTitle', lang)}</h3>
          <p>{t('polhistEmptyBody', lang)}</p>
        </div>
      ) : (
        <ul class="policy-list">
          {rows.map((row, i) => (
            <PolicyRow
              key={row.policy.url}
              index={i}
              row={row}
              expanded={open === row.policy.url}
              onToggle={() => setOpen(open === row.policy.url ? null : row.policy.url)}
              ledger={ledger}
              version={version + reload}
              lang={lang}
              rulebook={rulebook}
              onError={onError}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface RowProps {
  readonly index: number;
  readonly row: Row;
  readonly expanded: boolean;
  readonly onToggle: () => void;
  readonly ledger: Ledger;
  readonly version: number;
  readonly lang: UiLang;
  readonly rulebook: RulebookId;
  readonly onError: (error: LedgerError) => void;
}

function PolicyRow({
  index,
  row,
  expanded,
  onToggle,
  ledger,
  version,
  lang,
  rulebook,
  onError,
}: RowProps) {
  const { policy, doc } = row;
  const host = new URL(policy.url).host;
  const panelId = `policy-changes-${index}`;
  const status = statusOf(doc, lang);
  return (
    <li class="panel policy-row" data-testid="policy-row" data-url={policy.url}>
      <h3 class="site-host">{host}</h3>
      <p class="url">{policy.url}</p>
      <dl class="policy-facts small">
        <dt>{t('polhistLastChecked', lang)}</dt>
        <dd data-testid="policy-checked">
          {doc?.checkedAt == null ? t('polhistNever', lang) : formatDateTime(doc.checkedAt, lang)}
        </dd>
        <dt>{t('polhistLastChanged', lang)}</dt>
        <dd data-testid="policy-changed-at">
          {doc?.changedAt == null
            ? t('polhistNoChange', lang)
            : formatDateTime(doc.changedAt, lang)}
        </dd>
        <dt>{t('polhistVersions', lang)}</dt>
        <dd data-testid="policy-version-count">{String(doc?.versions ?? 0)}</dd>
        <dt>{t('polhistDisclosures', lang)}</dt>
        <dd>{String(policy.disclosureCount)}</dd>
        <dt>{t('polhistStatus', lang)}</dt>
        <dd
          data-testid="policy-status"
          data-state={status.state}
          {...(doc?.lastError == null ? {} : { 'data-reason': doc.lastError.reason })}
          class={status.state === 'failed' ? 'policy-status-failed' : undefined}
        >
          {status.text}
        </dd>
      </dl>
      <div class="actions">
        <button
          type="button"
          class="button"
          data-testid="policy-toggle"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={onToggle}
        >
          {t('polhistShowChanges', lang)}
        </button>
      </div>
      <div id={panelId} hidden={!expanded} aria-label={t('polhistHistoryOf', lang, host)}>
        {expanded && (
          <PolicyHistoryChanges
            ledger={ledger}
            policy={policy}
            version={version}
            lang={lang}
            rulebook={rulebook}
            onError={onError}
          />
        )}
      </div>
    </li>
  );
}

function statusOf(
  doc: PolicyDoc | null,
  lang: UiLang,
): { state: 'pending' | 'ok' | 'failed'; text: string } {
  if (doc === null || doc.checkedAt === null)
    return { state: 'pending', text: t('polhistStatusPending', lang) };
  if (doc.lastError === null) return { state: 'ok', text: t('polhistStatusOk', lang) };
  const reason = t(REASON_TEXT[doc.lastError.reason], lang, String(doc.lastError.status ?? ''));
  return { state: 'failed', text: t('polhistStatusFailed', lang, reason) };
}
