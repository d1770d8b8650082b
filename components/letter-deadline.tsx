import { formatDateTime, formatLocalDate, type Letter } from '../analyzer/report';
import { t, type UiLang } from '../utils/i18n';

// The computed deadline (a request's response deadline as date and time, or
// a complaint's filing deadline) and the letter's notes for the user.

export function LetterDeadline({
  letter,
  lang,
}: {
  readonly letter: Letter;
  readonly lang: UiLang;
}) {
  const r = letter.responseDeadline;
  const f = letter.filingDeadline;
  let line: preact.ComponentChildren = null;
  if (r !== undefined) {
    line = r.hasDeadline ? (
      <p data-testid="letter-deadline" data-kind="response" data-iso={r.deadlineIso}>
        <span class="label">{t('lettersResponseDue', lang)}</span>{' '}
        <strong>{formatDateTime(r.deadline, r.zone, lang)}</strong>{' '}
        <span class="small muted">
          ({r.citation.instrument} {r.citation.article})
        </span>
      </p>
    ) : (
      <p data-testid="letter-deadline" data-kind="none">
        <span class="label">{t('lettersResponseDue', lang)}</span> {r.note[lang]}
      </p>
    );
  } else if (f !== undefined) {
    line = (
      <p
        data-testid="letter-deadline"
        data-kind="filing"
        data-iso={f.deadlineIso}
        data-complete={f.complete ? 'true' : 'false'}
      >
        <span class="label">{t('lettersFilingDue', lang)}</span>{' '}
        <strong>
          {formatLocalDate(f.deadlineLocalDate, lang, true)} ({f.zone})
        </strong>{' '}
        <span class="small muted">
          ({f.citation.instrument} {f.citation.article})
        </span>
        {!f.complete && (
          <span class="warn small block" data-testid="letter-deadline-incomplete">
            {t('lettersHolidaysMissing', lang, f.missingYears.join(', '))}
          </span>
        )}
      </p>
    );
  } else if (letter.kind === 'complaint') {
    line = (
      <p data-testid="letter-deadline" data-kind="unknown" class="muted">
        {t('lettersFilingUnknown', lang)}
      </p>
    );
  }
  return (
    <section class="letter-deadline" aria-labelledby="h-deadline">
      <h2 id="h-deadline">{t('lettersDeadlineHeading', lang)}</h2>
      {line}
      <details open>
        <summary>{t('lettersNotes', lang)}</summary>
        <ul class="small" data-testid="letter-notes">
          {letter.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
