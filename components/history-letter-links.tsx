import { LETTER_KINDS, type LetterKind } from '../analyzer/report';
import { t, type UiLang } from '../utils/i18n';
import { KIND_TEXT } from './letter-kind-picker';

// The way from a site in the dashboard to the letters page, which drafts the
// letter from the site's history (letters.html?site=<origin>&kind=<kind>).

/** The letters page's URL contract for a site's history (entrypoints/letters/params.ts). */
export function siteLettersUrl(origin: string, kind: LetterKind): string {
  return `letters.html?${new URLSearchParams({ site: origin, kind }).toString()}`;
}

interface Props {
  readonly origin: string;
  readonly host: string;
  readonly lang: UiLang;
}

/**
 * "Write a letter": a disclosure (native <details>, so Enter/Space open it)
 * listing one link per letter kind, each opening the letters page in a new tab.
 */
export function HistoryLetterLinks({ origin, host, lang }: Props) {
  return (
    <details class="letter-links" data-testid="site-letters">
      <summary class="button" data-testid="site-letters-toggle">
        {t('leWriteLetter', lang)}
        <span class="visually-hidden"> {t('leWriteLetterTo', lang, host)}</span>
      </summary>
      <ul class="letter-link-list small" aria-label={t('leWriteLetterTo', lang, host)}>
        {LETTER_KINDS.map((kind) => (
          <li key={kind}>
            <a
              href={siteLettersUrl(origin, kind)}
              target="_blank"
              rel="noopener"
              data-testid={`site-letter-${kind}`}
              data-kind={kind}
            >
              {t(KIND_TEXT[kind].name, lang)}
            </a>
            <span class="muted"> — {t(KIND_TEXT[kind].what, lang)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
