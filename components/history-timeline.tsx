import { useCallback } from 'preact/hooks';
import { PageKindSchema, type DataCategory, type PageKind } from '../analyzer/model/scan-report';
import { CATEGORY_NAMES, PAGE_KIND_NAMES } from '../analyzer/report/labels';
import type { Ledger, LedgerError, TimelineQuery } from '../history';
import { t, type UiLang } from '../utils/i18n';
import { dayBound, LEDGER_CATEGORIES } from './history-format';
import { HistoryRecordList } from './history-record-list';

export interface TimelineFilters {
  readonly pageKind: PageKind | '';
  readonly category: DataCategory | '';
  /** `<input type="date">` values: the user's local days, inclusive. */
  readonly from: string;
  readonly to: string;
}

export const NO_FILTERS: TimelineFilters = { pageKind: '', category: '', from: '', to: '' };

/** The ledger query for the filters; an unfinished date is ignored rather than an error. */
export function timelineQuery(filters: TimelineFilters): TimelineQuery {
  const from = dayBound(filters.from, 'start');
  const to = dayBound(filters.to, 'end');
  return {
    ...(filters.pageKind === '' ? {} : { pageKind: filters.pageKind }),
    ...(filters.category === '' ? {} : { category: filters.category }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
}

interface Props {
  readonly ledger: Ledger;
  readonly version: number;
  readonly lang: UiLang;
  readonly filters: TimelineFilters;
  readonly onFilters: (filters: TimelineFilters) => void;
  readonly onOpen: (id: string) => void;
  readonly onError: (error: LedgerError) => void;
}

/** Every record, newest first, paged; filtered by page kind, kind of data and date range. */
export function HistoryTimeline({
  ledger,
  version,
  lang,
  filters,
  onFilters,
  onOpen,
  onError,
}: Props) {
  // A new function only when the filters change: the list starts again from the top.
  const load = useCallback(
    (offset: number, limit: number) =>
      ledger.timeline({ ...timelineQuery(filters), offset, limit }),
    [ledger, filters],
  );
  const kinds = PageKindSchema.options;
  const set = (patch: Partial<TimelineFilters>) => onFilters({ ...filters, ...patch });

  return (
    <section class="view" aria-labelledby="view-timeline-title">
      <h2 id="view-timeline-title" class="visually-hidden">
        {t('dashViewTimeline', lang)}
      </h2>
      <fieldset class="filters">
        <legend>{t('dashFiltersLegend', lang)}</legend>
        <div class="field">
          <label for="filter-kind">{t('dashFilterKind', lang)}</label>
          <select
            id="filter-kind"
            data-testid="filter-kind"
            value={filters.pageKind}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set({ pageKind: kinds.find((k) => k === v) ?? '' });
            }}
          >
            <option value="">{t('dashFilterAll', lang)}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {PAGE_KIND_NAMES[lang][k]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-category">{t('dashCategoryLabel', lang)}</label>
          <select
            id="filter-category"
            data-testid="filter-category"
            value={filters.category}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set({ category: LEDGER_CATEGORIES.find((c) => c === v) ?? '' });
            }}
          >
            <option value="">{t('dashFilterAll', lang)}</option>
            {LEDGER_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_NAMES[lang][c]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-from">{t('dashFilterFrom', lang)}</label>
          <input
            id="filter-from"
            type="date"
            data-testid="filter-from"
            value={filters.from}
            onChange={(e) => set({ from: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="filter-to">{t('dashFilterTo', lang)}</label>
          <input
            id="filter-to"
            type="date"
            data-testid="filter-to"
            value={filters.to}
            onChange={(e) => set({ to: e.currentTarget.value })}
          />
        </div>
      </fieldset>
      <HistoryRecordList
        load={load}
        version={version}
        lang={lang}
        testId="timeline-item"
        label={t('dashViewTimeline', lang)}
        emptyText={t('dashNoMatch', lang)}
        onOpen={onOpen}
        onError={onError}
      />
    </section>
  );
}
