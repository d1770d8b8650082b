import type { DataCategory } from '../analyzer/model/scan-report';
import { t, type UiLang } from '../utils/i18n';
import { categoryChips } from './history-format';

interface Props {
  readonly categories: readonly DataCategory[];
  readonly lang: UiLang;
}

/** The kinds of data a shop was given; specific data marked in words, not colour alone. */
export function HistoryCategoryChips({ categories, lang }: Props) {
  if (categories.length === 0) return <p class="muted small">{t('dashNoData', lang)}</p>;
  return (
    <ul class="categories">
      {categoryChips(categories, lang).map((chip) => (
        <li
          key={chip.category}
          class={chip.specific ? 'category specific' : 'category'}
          data-testid="ledger-category"
          data-category={chip.category}
          data-specific={chip.specific ? 'true' : 'false'}
        >
          <span class="category-name">{chip.name}</span>
          {chip.specific && <span class="tag tag-specific">{t('specificData', lang)}</span>}
        </li>
      ))}
    </ul>
  );
}
