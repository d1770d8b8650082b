import { formatDateTime } from '../analyzer/report';
import type { TrackedRequest } from '../history';
import { t, type UiLang } from '../utils/i18n';

// "Mark as sent": the user sends the letter themselves, then tells Tegas when,
// so the dashboard can follow the request and its due date.

export type MarkState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly request: TrackedRequest }
  | { readonly kind: 'reminded' }
  | { readonly kind: 'failed'; readonly message: string };

interface Props {
  readonly sentAt: string;
  readonly badSentAt: boolean;
  readonly lang: UiLang;
  readonly state: MarkState;
  /** No ledger (it could not be opened): tracking is unavailable, the letter still works. */
  readonly available: boolean;
  readonly reminder: boolean;
  readonly dashboardUrl: string;
  readonly onSentAt: (value: string) => void;
  readonly onMark: () => void;
}

export function LetterMarkSent(props: Props) {
  const { sentAt, badSentAt, lang, state, available, reminder, dashboardUrl } = props;
  return (
    <section class="letter-sent" aria-labelledby="h-sent">
      <h2 id="h-sent">{t('lettersSentHeading', lang)}</h2>
      <div class="field">
        <label for="letter-sent-at">{t('lettersSentAt', lang)}</label>
        <input
          id="letter-sent-at"
          data-testid="letter-sent-at"
          type="datetime-local"
          value={sentAt}
          aria-invalid={badSentAt}
          aria-describedby="letter-sent-help"
          onInput={(e) => props.onSentAt(e.currentTarget.value)}
        />
        <p id="letter-sent-help" class="small muted">
          {t('lettersSentAtHelp', lang)}
        </p>
        {badSentAt && <p class="field-error small">{t('lettersBadDate', lang)}</p>}
      </div>
      <p>
        <button
          type="button"
          class="button"
          data-testid="letter-mark-sent"
          disabled={!available || badSentAt || sentAt.trim() === '' || state.kind === 'saving'}
          onClick={props.onMark}
        >
          {t(reminder ? 'lettersMarkReminded' : 'lettersMarkSent', lang)}
        </button>
      </p>
      {!available && <p class="small muted">{t('lettersTrackingUnavailable', lang)}</p>}
      <div
        role="status"
        aria-live="polite"
        data-testid="letter-mark-status"
        data-state={state.kind}
      >
        {state.kind === 'saved' && (
          <p>
            {state.request.dueAt === null
              ? t('lettersTrackedNoDue', lang)
              : t(
                  'lettersTracked',
                  lang,
                  formatDateTime(new Date(state.request.dueAt), state.request.zone, lang),
                )}{' '}
            <a
              href={dashboardUrl}
              target="_blank"
              rel="noopener"
              data-testid="letter-dashboard-link"
            >
              {t('lettersOpenDashboard', lang)}
            </a>
          </p>
        )}
        {state.kind === 'reminded' && <p>{t('lettersReminded', lang)}</p>}
        {state.kind === 'failed' && <p class="warn">{state.message}</p>}
      </div>
    </section>
  );
}
