import { useEffect, useState } from 'preact/hooks';
import { PAGE_KIND_NAMES } from '../analyzer/report/labels';
import type { DisclosureRecord, LedgerError, TimelinePage } from '../history';
import { t, type UiLang } from '../utils/i18n';
import { formatDateTime } from './format';
import { HistoryCategoryChips } from './history-category-chips';
import { asLedgerError } from './ledger-async';

export const RECORDS_PER_PAGE = 25;

interface Props {
  /** Reads one page, newest first. A new function (new filters) starts again from the top. */
  readonly load: (offset: number, limit: number) => Promise<TimelinePage>;
  /** Bumped by the page after every change to the ledger. */
  readonly version: number;
  readonly lang: UiLang;
  readonly testId: string;
  readonly label: string;
  readonly emptyText: string;
  readonly onOpen: (id: string) => void;
  readonly onError: (error: LedgerError) => void;
}

/** A paged list of records, newest first, each with a button to its details. */
export function HistoryRecordList(props: Props) {
  const { load, version, lang, testId, label, emptyText, onOpen, onError } = props;
  const [records, setRecords] = useState<readonly DisclosureRecord[] | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    let alive = true;
    load(0, RECORDS_PER_PAGE).then(
      (page) => {
        if (!alive) return;
        setRecords(page.records);
        setHasMore(page.hasMore);
      },
      (error: unknown) => alive && onError(asLedgerError(error, 'read_failed')),
    );
    return () => {
      alive = false;
    };
  }, [load, version, onError]);

  const more = async () => {
    if (records === null) return;
    setLoadingMore(true);
    try {
      const page = await load(records.length, RECORDS_PER_PAGE);
      setRecords([...records, ...page.records]);
      setHasMore(page.hasMore);
    } catch (error) {
      onError(asLedgerError(error, 'read_failed'));
    } finally {
      setLoadingMore(false);
    }
  };

  if (records === null) return <p class="muted">{t('loading', lang)}</p>;
  if (records.length === 0) return <p class="muted">{emptyText}</p>;
  return (
    <>
      <ul class="record-list" aria-label={label}>
        {records.map((r) => (
          <li key={r.id} class="record-item" data-testid={testId} data-id={r.id}>
            <div class="record-head">
              <span class="record-host">{new URL(r.origin).host}</span>
              <time dateTime={r.time}>{formatDateTime(r.time, lang)}</time>
              <span class="tag tag-quiet">{PAGE_KIND_NAMES[lang][r.pageKind]}</span>
              {r.scan !== null && (
                <span class={`grade-chip grade-${r.scan.grade}`}>
                  <span class="visually-hidden">{t('gradeHeading', lang)} </span>
                  {r.scan.grade}
                </span>
              )}
            </div>
            <HistoryCategoryChips categories={r.categories} lang={lang} />
            <button
              type="button"
              class="link-button record-open"
              data-testid="record-open"
              onClick={() => onOpen(r.id)}
            >
              {t('dashShowDetail', lang)}
              <span class="visually-hidden">
                {' '}
                {t('dashDetailHeading', lang, formatDateTime(r.time, lang), new URL(r.origin).host)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {hasMore && (
        <button
          type="button"
          class="button"
          data-testid="load-more"
          disabled={loadingMore}
          aria-busy={loadingMore}
          onClick={() => void more()}
        >
          {t('dashLoadMore', lang)}
        </button>
      )}
    </>
  );
}
