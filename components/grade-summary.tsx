import type { Grade, ScanReport } from '../analyzer/model/scan-report';
import { getRulebook, type RulebookId } from '../analyzer/rulebooks';
import { t, type MessageKey, type UiLang } from '../utils/i18n';

const GRADE_WORD: Readonly<Record<Grade, MessageKey>> = {
  A: 'gradeWordA',
  B: 'gradeWordB',
  C: 'gradeWordC',
  D: 'gradeWordD',
  E: 'gradeWordE',
};

interface Props {
  readonly report: ScanReport;
  readonly rulebook: RulebookId;
  /** "Why this score" lines; the first says why there is no grade when there is none. */
  readonly explanation: readonly string[];
  readonly lang: UiLang;
}

/** The grade letter with its colour, word and score — or, with no score, why there is none. */
export function GradeSummary({ report, rulebook, explanation, lang }: Props) {
  const book = getRulebook(rulebook);
  const { score } = report;
  return (
    <section class="grade-summary" aria-labelledby="grade-heading">
      <h2 id="grade-heading" class="visually-hidden">
        {t('gradeHeading', lang)}
      </h2>
      {score === null ? (
        <div class="no-grade" data-testid="no-grade">
          <p class="no-grade-title">{t('noGradeTitle', lang)}</p>
          <p class="muted">{explanation[0] ?? t('noGradeReason', lang)}</p>
        </div>
      ) : (
        <div class="grade-row">
          <span
            class={`grade grade-${score.grade}`}
            data-testid="grade"
            data-score={String(score.value)}
            aria-label={t('gradeAria', lang, score.grade, String(score.value))}
          >
            {score.grade}
          </span>
          <div class="grade-text">
            <p class="grade-word">{t(GRADE_WORD[score.grade], lang)}</p>
            <p class="grade-score">{t('scoreOutOf100', lang, String(score.value))}</p>
          </div>
        </div>
      )}
      <p class="rulebook-line">
        {t('measuredAgainst', lang, book.shortName[lang])}
        <span class="muted"> — {book.status[lang]}</span>
      </p>
    </section>
  );
}
