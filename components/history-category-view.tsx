import { useEffect, useState } from 'preact/hooks';
import type { DataCategory } from '../analyzer/model/scan-report';
import { CATEGORY_NAMES } from '../analyzer/report/labels';
import type { CategoryHolder, Ledger, LedgerError } from '../history';
import { t, type UiLang } from '../utils/i18n';
import { formatDateTime } from './format';
import { LEDGER_CATEGORIES } from './history-format';
import { asLedgerError } from './ledger-async';

interface Props {
  readonly ledger: Ledger;
  readonly version: number;
  readonly lang: UiLang;
  readonly category: DataCategory;
  readonly onCategory: (category: DataCategory) => void;
  readonly onError: (error: LedgerError) => void;
}

/** "Who has my NIK?": pick a kind of data, see the shops that were given it, and when. */
export function HistoryCategoryView({
  ledger,
  version,
  lang,
  category,
  onCategory,
  onError,
}: Props) {
  const [holders, setHolders] = useState<readonly CategoryHolder[] | null>(null);
  useEffect(() => {
    let alive = true;
    setHolders(null);
    ledger.whoHas(category).then(
      (rows) => alive && setHolders(rows),
      (error: unknown) => alive && onError(asLedgerError(error, 'read_failed')),
    );
    return () => {
      alive = false;
    };
  }, [ledger, category, version, onError]);

  const name = CATEGORY_NAMES[lang][category];
  return (
    <section class="view" aria-labelledby="view-category-title">
      <div class="field">
        <label for="category-picker">{t('dashCategoryLabel', lang)}</label>
        <select
          id="category-picker"
          data-testid="category-picker"
          value={category}
          onChange={(e) => {
            const picked = LEDGER_CATEGORIES.find((c) => c === e.currentTarget.value);
            if (picked !== undefined) onCategory(picked);
          }}
        >
          {LEDGER_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_NAMES[lang][c]}
            </option>
          ))}
        </select>
      </div>
      <h2 id="view-category-title">{t('dashWhoHas', lang, name)}</h2>
      {holders === null ? (
        <p class="muted">{t('loading', lang)}</p>
      ) : holders.length === 0 ? (
        <p class="muted" data-testid="no-holders">
          {t('dashNoHolders', lang)}
        </p>
      ) : (
        <ul class="holder-list">
          {holders.map((h) => (
            <li key={h.origin} class="holder-row" data-testid="holder-row" data-origin={h.origin}>
              <span class="site-host">{h.host}</span>
              <span class="muted small">
                {t(
                  'dashHolderMeta',
                  lang,
                  String(h.count),
                  formatDateTime(h.first, lang),
                  formatDateTime(h.last, lang),
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
