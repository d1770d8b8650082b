import { t, type UiLang } from '../utils/i18n';

interface Props {
  readonly lines: readonly string[];
  readonly lang: UiLang;
  /** Open by default (the printable report), or collapsed (the popup). */
  readonly open?: boolean;
}

/** "Why this score": the analyzer's explanation lines, collapsible with the keyboard. */
export function WhyScore({ lines, lang, open = false }: Props) {
  if (lines.length === 0) return null;
  return (
    <details class="why-score" data-testid="why-score" open={open}>
      <summary>{t('whyScore', lang)}</summary>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
