import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatDateTime } from '../analyzer/report';
import {
  deleteRequest,
  dueState,
  listRequests,
  setRequestStatus,
  type DueState,
  type Ledger,
  type LedgerError,
  type TrackedRequest,
  type TrackedStatus,
} from '../history';
import { t, type MessageKey, type UiLang } from '../utils/i18n';
import { hostOf } from './format';
import { ConfirmDialog } from './history-confirm-dialog';
import { KIND_TEXT } from './letter-kind-picker';
import { asLedgerError } from './ledger-async';

// The dashboard's "Requests" view: letters the user marked as sent, with the
// due date and where each stands now (open, due soon, overdue, answered,
// closed), and a follow-up draft when one is overdue.

const STATE_TEXT: Readonly<Record<DueState, MessageKey>> = {
  open: 'requestsStateOpen',
  due_soon: 'requestsStateDueSoon',
  overdue: 'requestsStateOverdue',
  answered: 'requestsStateAnswered',
  closed: 'requestsStateClosed',
};
const REASON_TEXT: Readonly<Record<NonNullable<TrackedRequest['dueReason']>, MessageKey>> = {
  'not-in-law': 'requestsNoDueNotInLaw',
  'none-found': 'requestsNoDueNoneFound',
  'holidays-missing': 'requestsNoDueHolidays',
};

interface Props {
  readonly ledger: Ledger;
  readonly lang: UiLang;
  readonly now?: () => Date;
  readonly onError: (e: LedgerError) => void;
}

export function followUpUrl(id: string, stage: 'reminder' | 'complaint'): string {
  return browser.runtime.getURL(`/letters.html?request=${id}&followup=${stage}`);
}

export function RequestsView({ ledger, lang, now = () => new Date(), onError }: Props) {
  const [list, setList] = useState<{ requests: TrackedRequest[]; invalid: number } | null>(null);
  const [version, setVersion] = useState(0);
  const [confirm, setConfirm] = useState<TrackedRequest | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    let alive = true;
    listRequests(ledger.db).then(
      (l) => alive && setList(l),
      (e: unknown) => alive && onError(asLedgerError(e, 'read_failed')),
    );
    return () => {
      alive = false;
    };
  }, [ledger, version, onError]);

  // States move with the clock (due soon → overdue) while the page stays open.
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 60_000);
    return () => clearInterval(timer);
  }, []);

  const act = (task: () => Promise<unknown>, done: string) => {
    task().then(
      () => {
        setNotice(done);
        setVersion((v) => v + 1);
      },
      (e: unknown) => onError(asLedgerError(e, 'write_failed')),
    );
  };
  const status = (r: TrackedRequest, s: TrackedStatus, done: MessageKey) =>
    act(() => setRequestStatus(ledger.db, r.id, s, now()), t(done, lang));

  if (list === null) return <p class="muted">{t('loading', lang)}</p>;
  const at = now();
  return (
    <section class="requests" aria-labelledby="requests-title" data-testid="requests-view">
      <h2 id="requests-title">{t('requestsHeading', lang)}</h2>
      <p class="small muted">{t('requestsIntro', lang)}</p>
      <p class="small" role="status" aria-live="polite">
        {notice}
      </p>
      {list.invalid > 0 && (
        <p class="notice small" data-testid="requests-invalid">
          {t('requestsInvalid', lang, String(list.invalid))}
        </p>
      )}
      {list.requests.length === 0 ? (
        <p class="empty-state" data-testid="requests-empty">
          {t('requestsEmpty', lang)}
        </p>
      ) : (
        <ul class="request-list">
          {list.requests.map((r) => {
            const state = dueState(r, at);
            const shop = r.controller || (r.origin === null ? '' : hostOf(r.origin));
            return (
              <li
                key={r.id}
                class={`request-row state-${state}`}
                data-testid="request-row"
                data-id={r.id}
                data-kind={r.kind}
                data-state={state}
              >
                <p>
                  <span class="label">{t(KIND_TEXT[r.kind].name, lang)}</span> — {shop}{' '}
                  <span class={`request-state ${state}`} data-testid="request-state">
                    {t(STATE_TEXT[state], lang)}
                  </span>
                </p>
                <p class="small">
                  {t('requestsSent', lang, formatDateTime(new Date(r.sentAt), r.zone, lang))}
                  <br />
                  <span data-testid="request-due">
                    {r.dueAt === null
                      ? `${t(REASON_TEXT[r.dueReason ?? 'none-found'], lang)} (${r.dueNote})`
                      : t(
                          'requestsDue',
                          lang,
                          formatDateTime(new Date(r.dueAt), r.zone, lang),
                          r.dueNote,
                        )}
                  </span>
                  {r.remindedAt !== null && (
                    <>
                      <br />
                      {t(
                        'requestsReminded',
                        lang,
                        formatDateTime(new Date(r.remindedAt), r.zone, lang),
                      )}
                    </>
                  )}
                </p>
                <p class="actions">
                  {state === 'overdue' && r.kind !== 'complaint' && (
                    <>
                      <a
                        class="button primary"
                        data-testid="request-followup-reminder"
                        href={followUpUrl(r.id, 'reminder')}
                        target="_blank"
                        rel="noopener"
                      >
                        {t('requestsDraftReminder', lang)}
                      </a>{' '}
                      <a
                        class="button"
                        data-testid="request-followup-complaint"
                        href={followUpUrl(r.id, 'complaint')}
                        target="_blank"
                        rel="noopener"
                      >
                        {t('requestsDraftComplaint', lang)}
                      </a>{' '}
                    </>
                  )}
                  {r.status === 'sent' && (
                    <>
                      <button
                        type="button"
                        class="button"
                        data-testid="request-answered"
                        onClick={() => status(r, 'answered', 'requestsMarkedAnswered')}
                      >
                        {t('requestsMarkAnswered', lang)}
                      </button>{' '}
                      <button
                        type="button"
                        class="button"
                        data-testid="request-close"
                        onClick={() => status(r, 'closed', 'requestsMarkedClosed')}
                      >
                        {t('requestsClose', lang)}
                      </button>{' '}
                    </>
                  )}
                  {r.status !== 'sent' && (
                    <>
                      <button
                        type="button"
                        class="button"
                        data-testid="request-reopen"
                        onClick={() => status(r, 'sent', 'requestsReopened')}
                      >
                        {t('requestsReopen', lang)}
                      </button>{' '}
                    </>
                  )}
                  <button
                    type="button"
                    class="button danger"
                    data-testid="request-delete"
                    onClick={() => setConfirm(r)}
                  >
                    {t('requestsDelete', lang)}
                  </button>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {confirm !== null && (
        <ConfirmDialog
          title={t('requestsConfirmTitle', lang)}
          body={t('requestsConfirmBody', lang, t(KIND_TEXT[confirm.kind].name, lang))}
          lang={lang}
          onConfirm={() => {
            const r = confirm;
            setConfirm(null);
            act(() => deleteRequest(ledger.db, r.id), t('requestsDeleted', lang));
          }}
          onCancel={() => setConfirm(null)}
        />
      )}
    </section>
  );
}
