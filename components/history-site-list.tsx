import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Ledger, LedgerError, SiteSummary } from '../history';
import { t, type UiLang } from '../utils/i18n';
import { formatDateTime } from './format';
import { HistoryCategoryChips } from './history-category-chips';
import { HistoryLetterLinks } from './history-letter-links';
import { asLedgerError } from './ledger-async';
import { HistoryRecordList } from './history-record-list';

interface Props {
  readonly ledger: Ledger;
  readonly version: number;
  readonly lang: UiLang;
  readonly busy: boolean;
  readonly onOpen: (id: string) => void;
  readonly onDeleteSite: (site: SiteSummary) => void;
  readonly onError: (error: LedgerError) => void;
}

/** Every shop with the kinds of data it holds, first and last disclosure; searchable by host. */
export function HistorySiteList({
  ledger,
  version,
  lang,
  busy,
  onOpen,
  onDeleteSite,
  onError,
}: Props) {
  const [query, setQuery] = useState('');
  const [sites, setSites] = useState<readonly SiteSummary[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    ledger.searchSites(query).then(
      (rows) => alive && setSites(rows),
      (error: unknown) => alive && onError(asLedgerError(error, 'read_failed')),
    );
    return () => {
      alive = false;
    };
  }, [ledger, query, version, onError]);

  return (
    <section class="view" aria-labelledby="view-sites-title">
      <h2 id="view-sites-title" class="visually-hidden">
        {t('dashViewSites', lang)}
      </h2>
      <div class="field">
        <label for="search-input">{t('dashSearchLabel', lang)}</label>
        <input
          id="search-input"
          type="search"
          data-testid="search-input"
          autocomplete="off"
          spellcheck={false}
          maxLength={256}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      {sites === null ? (
        <p class="muted">{t('loading', lang)}</p>
      ) : sites.length === 0 ? (
        <p class="muted" role="status">
          {t('dashNoSiteMatch', lang, query.trim())}
        </p>
      ) : (
        <ul class="site-list">
          {sites.map((site) => (
            <SiteRow
              key={site.origin}
              site={site}
              lang={lang}
              busy={busy}
              expanded={open === site.origin}
              version={version}
              ledger={ledger}
              onToggle={() => setOpen(open === site.origin ? null : site.origin)}
              onOpen={onOpen}
              onDelete={() => onDeleteSite(site)}
              onError={onError}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface RowProps {
  readonly site: SiteSummary;
  readonly lang: UiLang;
  readonly busy: boolean;
  readonly expanded: boolean;
  readonly version: number;
  readonly ledger: Ledger;
  readonly onToggle: () => void;
  readonly onOpen: (id: string) => void;
  readonly onDelete: () => void;
  readonly onError: (error: LedgerError) => void;
}

function SiteRow(props: RowProps) {
  const { site, lang, busy, expanded, version, ledger, onToggle, onOpen, onDelete, onError } =
    props;
  const listId = `records-${site.host.replace(/[^a-z0-9-]/gi, '-')}`;
  const load = useCallback(
    (offset: number, limit: number) => ledger.siteRecords(site.origin, { offset, limit }),
    [ledger, site.origin],
  );
  return (
    <li class="site-row panel" data-testid="site-row" data-origin={site.origin}>
      <h3 class="site-host">{site.host}</h3>
      <HistoryCategoryChips categories={site.categories} lang={lang} />
      <p class="muted small">
        {t(
          'dashSiteMeta',
          lang,
          formatDateTime(site.first, lang),
          formatDateTime(site.last, lang),
          String(site.count),
        )}
      </p>
      <div class="actions">
        <button
          type="button"
          class="button"
          data-testid="site-records-toggle"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={onToggle}
        >
          {t('dashShowRecords', lang)}
        </button>
        <HistoryLetterLinks origin={site.origin} host={site.host} lang={lang} />
        <button
          type="button"
          class="button danger"
          data-testid="delete-site"
          disabled={busy}
          onClick={onDelete}
        >
          {t('dashDeleteSite', lang)}
        </button>
      </div>
      <div id={listId} hidden={!expanded}>
        {expanded && (
          <HistoryRecordList
            load={load}
            version={version}
            lang={lang}
            testId="site-record"
            label={t('dashRecordsOf', lang, site.host)}
            emptyText={t('dashNoMatch', lang)}
            onOpen={onOpen}
            onError={onError}
          />
        )}
      </div>
    </li>
  );
}
