import type { Consent } from '../analyzer/model/scan-report';
import { PURPOSE_NAMES } from '../analyzer/report/labels';
import { t, type MessageKey, type UiLang } from '../utils/i18n';

const CONTROL_NAMES: Readonly<Record<Consent['control'], MessageKey>> = {
  checkbox: 'controlCheckbox',
  radio: 'controlRadio',
  toggle: 'controlToggle',
  implied_text: 'controlImplied',
};

interface Props {
  readonly consents: readonly Consent[];
  readonly lang: UiLang;
  readonly pageLang?: string | undefined;
}

/** Every consent control or statement with its kind, default state, whether it is required and its purposes. */
export function ConsentList({ consents, lang, pageLang }: Props) {
  if (consents.length === 0) return <p class="muted">{t('noConsents', lang)}</p>;
  return (
    <ul class="consents">
      {consents.map((c, i) => (
        <li key={i} class="consent" data-testid="consent" data-control={c.control}>
          <p class="consent-meta">
            <span class="tag">{t(CONTROL_NAMES[c.control], lang)}</span>
            {c.control !== 'implied_text' && (
              <span class={c.prechecked ? 'tag tag-warn' : 'tag tag-quiet'}>
                {t(c.prechecked ? 'defaultOn' : 'defaultOff', lang)}
              </span>
            )}
            <span class="tag tag-quiet">
              {t(c.required ? 'consentRequired' : 'consentOptional', lang)}
            </span>
            {c.bundled && <span class="tag tag-warn">{t('consentBundled', lang)}</span>}
          </p>
          <blockquote lang={pageLang}>{c.text.replace(/\s+/g, ' ').trim()}</blockquote>
          {c.purposes.length > 0 && (
            <p class="small">
              <span class="label">{t('purposes', lang)}</span>{' '}
              {c.purposes.map((p) => PURPOSE_NAMES[lang][p]).join(', ')}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
