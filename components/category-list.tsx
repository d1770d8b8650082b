import type { Field } from '../analyzer/model/scan-report';
import { t, type UiLang } from '../utils/i18n';
import { requestedCategories } from './format';

interface Props {
  readonly fields: readonly Field[];
  readonly lang: UiLang;
  /** Show the page's own field labels under each category (the report page). */
  readonly showLabels?: boolean;
}

/** The personal data the page asks for, by category; specific data marked in words, not colour alone. */
export function CategoryList({ fields, lang, showLabels = false }: Props) {
  const rows = requestedCategories(fields, lang);
  if (rows.length === 0) return <p class="muted">{t('noCategories', lang)}</p>;
  return (
    <ul class={showLabels ? 'categories detailed' : 'categories'}>
      {rows.map((row) => (
        <li
          key={row.category}
          class={row.specific ? 'category specific' : 'category'}
          data-testid="category"
          data-category={row.category}
          data-specific={row.specific ? 'true' : 'false'}
        >
          <span class="category-name">{row.name}</span>
          {row.specific && <span class="tag tag-specific">{t('specificData', lang)}</span>}
          {row.credential && <span class="tag">{t('credentialData', lang)}</span>}
          {!row.required && <span class="tag tag-quiet">{t('optionalField', lang)}</span>}
          {showLabels && row.labels.length > 0 && (
            <span class="category-labels">
              {t('fieldLabelsOnPage', lang)} {row.labels.map((l) => `“${l}”`).join(', ')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
