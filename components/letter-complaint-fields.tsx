import { DATA_CATEGORIES, type DataCategory, type Finding } from '../analyzer/model/scan-report';
import { REQUEST_KINDS, type RequestKind } from '../analyzer/report';
import { CATEGORY_NAMES } from '../analyzer/report/labels';
import type { TrackedRequest } from '../history';
import { t, type UiLang } from '../utils/i18n';
import { formatDateTime } from './format';
import { KIND_TEXT } from './letter-kind-picker';
import { localInput, type DateField, type LetterForm } from './letter-form';

// The complaint's inputs: the grounds users actually have (consent problems
// found on the page, a data breach, a request left unanswered), the recipient
// (typed or picked from suggestions, never filled in as fact) and when the
// user learned of the problem.

/** Suggestions only; REFERENCE.md: the PDP agency is not yet formed, Komdigi supervises meanwhile. */
export const RECIPIENT_SUGGESTIONS = [
  'Kementerian Komunikasi dan Digital Republik Indonesia (Komdigi)',
  'Direktorat Jenderal Pengawasan Ruang Digital, Kementerian Komunikasi dan Digital',
] as const;

const PICKABLE: readonly DataCategory[] = DATA_CATEGORIES.filter((c) => c !== 'other');

interface Props {
  readonly form: LetterForm;
  readonly lang: UiLang;
  /** The scan's findings above info, cited as the consent ground. */
  readonly findings: readonly Finding[];
  /** Tracked data-subject requests the user can pick as the unanswered one. */
  readonly tracked: readonly TrackedRequest[];
  readonly badDates: readonly DateField[];
  readonly onForm: (patch: Partial<LetterForm>) => void;
}

function DateError({ id, show, lang }: { id: string; show: boolean; lang: UiLang }) {
  return show ? (
    <p id={id} class="field-error small">
      {t('lettersBadDate', lang)}
    </p>
  ) : null;
}

export function LetterComplaintFields({ form, lang, findings, tracked, badDates, onForm }: Props) {
  const breach = form.breach;
  const un = form.unanswered;
  const setBreach = (patch: Partial<LetterForm['breach']>) =>
    onForm({ breach: { ...breach, ...patch } });
  const setUn = (patch: Partial<LetterForm['unanswered']>) =>
    onForm({ unanswered: { ...un, ...patch } });
  const requests = tracked.filter((r) => r.kind !== 'complaint');
  return (
    <div class="complaint-fields" data-testid="complaint-fields">
      <div class="field">
        <label for="letter-recipient">{t('lettersRecipient', lang)}</label>
        <input
          id="letter-recipient"
          data-testid="letter-recipient"
          list="letter-recipient-suggestions"
          value={form.recipient}
          maxLength={300}
          aria-describedby="letter-recipient-help"
          onInput={(e) => onForm({ recipient: e.currentTarget.value })}
        />
        <datalist id="letter-recipient-suggestions">
          {RECIPIENT_SUGGESTIONS.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <p id="letter-recipient-help" class="small muted">
          {t('lettersRecipientHelp', lang)}
        </p>
      </div>
      <div class="field">
        <label for="letter-known-date">{t('lettersKnownDate', lang)}</label>
        <input
          id="letter-known-date"
          data-testid="letter-known-date"
          type="date"
          value={form.knownDate}
          aria-invalid={badDates.includes('knownDate')}
          aria-describedby="letter-known-help"
          onInput={(e) => onForm({ knownDate: e.currentTarget.value })}
        />
        <p id="letter-known-help" class="small muted">
          {t('lettersKnownDateHelp', lang)}
        </p>
        <DateError id="letter-known-error" show={badDates.includes('knownDate')} lang={lang} />
      </div>

      <fieldset>
        <legend>{t('lettersGrounds', lang)}</legend>
        <label class="check">
          <input
            type="checkbox"
            data-testid="ground-consent"
            checked={form.consent && findings.length > 0}
            disabled={findings.length === 0}
            onChange={(e) => onForm({ consent: e.currentTarget.checked })}
          />
          {findings.length === 0
            ? t('lettersGroundConsentNone', lang)
            : t('lettersGroundConsent', lang, String(findings.length))}
        </label>
        {findings.length > 0 && form.consent && (
          <ul class="small ground-findings">
            {findings.map((f, i) => (
              <li key={i} data-testid="ground-finding">
                {f.title}
              </li>
            ))}
          </ul>
        )}

        <label class="check">
          <input
            type="checkbox"
            data-testid="ground-breach"
            checked={breach.on}
            onChange={(e) => setBreach({ on: e.currentTarget.checked })}
          />
          {t('lettersGroundBreach', lang)}
        </label>
        {breach.on && (
          <div class="ground" data-testid="breach-fields">
            <div class="field">
              <label for="breach-leaked">{t('lettersBreachLeaked', lang)}</label>
              <input
                id="breach-leaked"
                data-testid="breach-leaked"
                value={breach.leaked}
                maxLength={500}
                onInput={(e) => setBreach({ leaked: e.currentTarget.value })}
              />
            </div>
            <fieldset>
              <legend class="small">{t('lettersBreachCategories', lang)}</legend>
              <div class="category-checks">
                {PICKABLE.map((c) => (
                  <label key={c} class="check small">
                    <input
                      type="checkbox"
                      data-testid="breach-category"
                      data-category={c}
                      checked={breach.categories.includes(c)}
                      onChange={(e) =>
                        setBreach({
                          categories: e.currentTarget.checked
                            ? [...breach.categories, c]
                            : breach.categories.filter((x) => x !== c),
                        })
                      }
                    />
                    {CATEGORY_NAMES[lang][c]}
                  </label>
                ))}
              </div>
            </fieldset>
            <div class="field">
              <label for="breach-learned">{t('lettersBreachLearned', lang)}</label>
              <input
                id="breach-learned"
                data-testid="breach-learned"
                type="date"
                value={breach.learnedAt}
                aria-invalid={badDates.includes('learnedAt')}
                onInput={(e) => setBreach({ learnedAt: e.currentTarget.value })}
              />
              <DateError
                id="breach-learned-error"
                show={badDates.includes('learnedAt')}
                lang={lang}
              />
            </div>
            <div class="field">
              <label for="breach-source">{t('lettersBreachSource', lang)}</label>
              <input
                id="breach-source"
                data-testid="breach-source"
                value={breach.source}
                maxLength={300}
                onInput={(e) => setBreach({ source: e.currentTarget.value })}
              />
            </div>
            <fieldset>
              <legend class="small">{t('lettersBreachNotice', lang)}</legend>
              {(['unknown', 'no', 'yes'] as const).map((choice) => (
                <label key={choice} class="check small">
                  <input
                    type="radio"
                    name="breach-notice"
                    data-testid={`breach-notice-${choice}`}
                    checked={breach.notice === choice}
                    onChange={() => setBreach({ notice: choice })}
                  />
                  {t(
                    choice === 'unknown'
                      ? 'lettersNoticeUnknown'
                      : choice === 'no'
                        ? 'lettersNoticeNo'
                        : 'lettersNoticeYes',
                    lang,
                  )}
                </label>
              ))}
              {breach.notice === 'yes' && (
                <div class="field">
                  <label for="breach-notice-at">{t('lettersNoticeAt', lang)}</label>
                  <input
                    id="breach-notice-at"
                    data-testid="breach-notice-at"
                    type="datetime-local"
                    value={breach.noticeAt}
                    aria-invalid={badDates.includes('noticeAt')}
                    onInput={(e) => setBreach({ noticeAt: e.currentTarget.value })}
                  />
                  <DateError
                    id="notice-at-error"
                    show={badDates.includes('noticeAt')}
                    lang={lang}
                  />
                </div>
              )}
            </fieldset>
          </div>
        )}

        <label class="check">
          <input
            type="checkbox"
            data-testid="ground-unanswered"
            checked={un.on}
            onChange={(e) => setUn({ on: e.currentTarget.checked })}
          />
          {t('lettersGroundUnanswered', lang)}
        </label>
        {un.on && (
          <div class="ground" data-testid="unanswered-fields">
            <div class="field">
              <label for="unanswered-pick">{t('lettersUnansweredPick', lang)}</label>
              <select
                id="unanswered-pick"
                data-testid="unanswered-pick"
                value={un.requestId}
                onChange={(e) => {
                  const id = e.currentTarget.value;
                  const picked = requests.find((r) => r.id === id);
                  if (picked === undefined || picked.kind === 'complaint') setUn({ requestId: '' });
                  else
                    setUn({
                      requestId: id,
                      kind: picked.kind,
                      sentAt: localInput(new Date(picked.sentAt), form.zone),
                    });
                }}
              >
                <option value="">{t('lettersUnansweredManual', lang)}</option>
                {requests.map((r) => (
                  <option key={r.id} value={r.id}>
                    {`${r.kind === 'complaint' ? '' : t(KIND_TEXT[r.kind].name, lang)} — ${r.controller || r.origin || ''} — ${formatDateTime(r.sentAt, lang)}`}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="unanswered-kind">{t('lettersUnansweredKind', lang)}</label>
              <select
                id="unanswered-kind"
                data-testid="unanswered-kind"
                value={un.kind}
                disabled={un.requestId !== ''}
                onChange={(e) => {
                  const k = REQUEST_KINDS.find((x) => x === e.currentTarget.value);
                  if (k !== undefined) setUn({ kind: k });
                }}
              >
                {REQUEST_KINDS.map((k: RequestKind) => (
                  <option key={k} value={k}>
                    {t(KIND_TEXT[k].name, lang)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="unanswered-sent">{t('lettersUnansweredSent', lang)}</label>
              <input
                id="unanswered-sent"
                data-testid="unanswered-sent"
                type="datetime-local"
                value={un.sentAt}
                disabled={un.requestId !== ''}
                aria-invalid={badDates.includes('unansweredSentAt')}
                onInput={(e) => setUn({ sentAt: e.currentTarget.value })}
              />
              <DateError
                id="unanswered-sent-error"
                show={badDates.includes('unansweredSentAt')}
                lang={lang}
              />
            </div>
          </div>
        )}
      </fieldset>
    </div>
  );
}
