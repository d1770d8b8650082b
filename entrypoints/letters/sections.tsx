import { ZONES } from '../../analyzer/report/deadlines';
import { LetterDetailsFields } from '../../components/letter-details-fields';
import type { LetterForm } from '../../components/letter-form';
import { KIND_TEXT } from '../../components/letter-kind-picker';
import { t, type UiLang } from '../../utils/i18n';
import type { ProfileDraft, ProfileField } from '../../utils/profile';
import type { LettersSource } from './source';
import type { ReminderFor } from './state';

// The letters page's sections that only render what app.tsx hands them.

/** Before the page has its inputs: the site's record count while its chain is checked. */
export function LettersLoading({
  verifying,
  lang,
}: {
  readonly verifying: number | null;
  readonly lang: UiLang;
}) {
  return (
    <main class="letters" data-testid="letters-root" aria-busy="true">
      <h1>{t('lettersTitle', lang)}</h1>
      <p class="muted" role="status" data-testid="letters-loading">
        {verifying === null ? t('loading', lang) : t('leVerifying', lang, String(verifying))}
      </p>
    </main>
  );
}

export function LettersHeader({
  url,
  lang,
}: {
  readonly url: string | null;
  readonly lang: UiLang;
}) {
  return (
    <header class="letters-header">
      <p class="brand">Tegas</p>
      <h1>{t('lettersTitle', lang)}</h1>
      <p class="muted">{t('lettersIntro', lang)}</p>
      {url !== null && (
        <p class="small" data-testid="letters-site">
          {t('lettersFor', lang, url)}
        </p>
      )}
    </header>
  );
}

export type ProfileNote = '' | 'saved' | 'forgotten' | 'failed';

interface YouProps {
  readonly draft: ProfileDraft;
  readonly invalid: readonly ProfileField[];
  readonly remember: boolean;
  readonly note: ProfileNote;
  readonly lang: UiLang;
  readonly onDraft: (user: ProfileDraft) => void;
  readonly onRemember: (on: boolean) => void;
}

/** The user's own details, and whether Tegas remembers them. */
export function YouSection({
  draft,
  invalid,
  remember,
  note,
  lang,
  onDraft,
  onRemember,
}: YouProps) {
  return (
    <section aria-labelledby="h-you">
      <h2 id="h-you">{t('lettersYouHeading', lang)}</h2>
      <p class="small muted">{t('lettersYouHelp', lang)}</p>
      <LetterDetailsFields
        idPrefix="letter-user"
        draft={draft}
        invalid={invalid}
        lang={lang}
        onChange={onDraft}
      />
      <label class="check">
        <input
          type="checkbox"
          data-testid="letter-remember"
          checked={remember}
          onChange={(e) => onRemember(e.currentTarget.checked)}
        />
        {t('lettersRemember', lang)}
      </label>
      <p class="small" role="status" aria-live="polite" data-testid="letter-profile-status">
        {note === 'saved' && remember
          ? t('profileSaved', lang)
          : note === 'forgotten'
            ? t('profileForgotten', lang)
            : note === 'failed'
              ? t('saveFailed', lang)
              : ''}
      </p>
    </section>
  );
}

export function ReminderNotice({
  reminderFor,
  lang,
}: {
  readonly reminderFor: ReminderFor;
  readonly lang: UiLang;
}) {
  return (
    <p class="notice" data-testid="letters-reminder">
      {t(
        'lettersReminderFor',
        lang,
        t(KIND_TEXT[reminderFor.kind].name, lang),
        new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
          dateStyle: 'long',
          timeStyle: 'short',
        }).format(reminderFor.sentAt),
      )}
    </p>
  );
}

export function ZoneField({
  form,
  lang,
  onForm,
}: {
  readonly form: LetterForm;
  readonly lang: UiLang;
  readonly onForm: (p: Partial<LetterForm>) => void;
}) {
  return (
    <div class="field">
      <label for="letter-zone">{t('lettersZone', lang)}</label>
      <select
        id="letter-zone"
        data-testid="letter-zone"
        value={form.zone}
        onChange={(e) => {
          const zone = ZONES.find((z) => z === e.currentTarget.value);
          if (zone !== undefined) onForm({ zone });
        }}
      >
        {ZONES.map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Problems({
  source,
  lang,
}: {
  readonly source: LettersSource;
  readonly lang: UiLang;
}) {
  return (
    <>
      {source.tabProblem !== null && (
        <p class="notice" data-testid="letters-tab-problem" data-reason={source.tabProblem}>
          {t(source.tabProblem === 'gone' ? 'lettersTabGone' : 'lettersTabNotAnalysed', lang)}
        </p>
      )}
      {source.requestMissing && (
        <p class="notice" data-testid="letters-request-missing">
          {t('lettersRequestMissing', lang)}
        </p>
      )}
      {source.ledgerError !== null && (
        <p
          class="alert"
          role="alert"
          data-testid="ledger-error"
          data-code={source.ledgerError.code}
        >
          {source.ledgerError.messages[lang]}
        </p>
      )}
    </>
  );
}

interface EvidenceProps {
  readonly source: LettersSource;
  readonly form: LetterForm;
  readonly lang: UiLang;
  readonly onForm: (p: Partial<LetterForm>) => void;
}

/** The site's history records the letter cites: date, categories, hash. */
export function Evidence({ source, form, lang, onForm }: EvidenceProps) {
  const ledger = source.ledger;
  return (
    <section aria-labelledby="h-evidence" data-testid="letter-evidence">
      <h2 id="h-evidence">{t('lettersEvidenceHeading', lang)}</h2>
      {ledger === undefined || ledger.records.length === 0 ? (
        <p class="small muted">{t('lettersEvidenceNone', lang)}</p>
      ) : (
        <>
          <label class="check">
            <input
              type="checkbox"
              data-testid="letter-use-ledger"
              checked={form.useLedger}
              onChange={(e) => onForm({ useLedger: e.currentTarget.checked })}
            />
            {t('lettersEvidenceUse', lang, String(ledger.records.length))}
          </label>
          <p
            class="small"
            data-testid="letter-chain"
            data-ok={ledger.chainVerified ? 'true' : 'false'}
          >
            {t(ledger.chainVerified ? 'lettersChainOk' : 'lettersChainBroken', lang)}
          </p>
          <ul class="small evidence-list">
            {ledger.records.map((r) => (
              <li key={r.hash} data-testid="letter-evidence-record">
                {new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                }).format(new Date(r.at))}{' '}
                — <code title={r.hash}>{r.hash.slice(0, 16)}…</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
