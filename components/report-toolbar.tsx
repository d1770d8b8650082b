import type { ReportInput } from '../analyzer/report';
import { t, type UiLang } from '../utils/i18n';
import { downloadBlob } from './history-transfer';
import { REPORT_FORMATS, reportFile, type ReportFile, type ReportFormat } from './report-files';

// The report page's actions (never printed): language, print / save as PDF,
// downloads built by the pure renderers, and the way on to the letters page.

/** Hands a report file to the browser's downloads (Blob + <a download>; no permission needed). */
export function saveFile(file: ReportFile): void {
  downloadBlob(new Blob([file.text], { type: file.type }), file.name);
}

/** The letters page's URL contract: letters.html?tab=<tabId>&kind=<letter kind>. */
export function lettersUrl(tabId: number, kind: 'complaint' | 'access'): string {
  return `letters.html?${new URLSearchParams({ tab: String(tabId), kind }).toString()}`;
}

const FORMAT_LABEL = {
  md: 'rptDownloadMd',
  html: 'rptDownloadHtml',
  json: 'rptDownloadJson',
} as const satisfies Record<ReportFormat, string>;

const LANGS: readonly { readonly lang: UiLang; readonly name: string }[] = [
  { lang: 'id', name: 'Bahasa Indonesia' },
  { lang: 'en', name: 'English' },
];

interface Props {
  readonly lang: UiLang;
  readonly onLang: (lang: UiLang) => void;
  /** null while the report is not complete yet (the ledger is still being read or verified). */
  readonly input: ReportInput | null;
  readonly tabId: number;
  readonly save?: (file: ReportFile) => void;
  readonly print?: () => void;
}

export function ReportToolbar({
  lang,
  onLang,
  input,
  tabId,
  save = saveFile,
  print = () => window.print(),
}: Props) {
  const waiting = input === null;
  return (
    <div class="report-toolbar no-print" data-testid="report-toolbar">
      <div class="toolbar-row" role="group" aria-label={t('rptLanguageLabel', lang)}>
        {LANGS.map((l) => (
          <button
            key={l.lang}
            type="button"
            class="button small-button"
            lang={l.lang}
            aria-pressed={lang === l.lang}
            data-testid={`report-lang-${l.lang}`}
            onClick={() => onLang(l.lang)}
          >
            {l.name}
          </button>
        ))}
      </div>
      <div class="toolbar-row" role="group" aria-label={t('rptExportsLabel', lang)}>
        <button
          type="button"
          class="button primary"
          data-testid="report-print"
          disabled={waiting}
          onClick={print}
        >
          {t('printReport', lang)}
        </button>
        {REPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            class="button"
            data-testid={`report-download-${format}`}
            data-format={format}
            disabled={waiting}
            onClick={() => input !== null && save(reportFile(input, format, lang))}
          >
            {t(FORMAT_LABEL[format], lang)}
          </button>
        ))}
      </div>
      {waiting && (
        <p class="muted small" role="status">
          {t('rptExportsWait', lang)}
        </p>
      )}
      <div class="toolbar-row" role="group" aria-label={t('rptLettersLabel', lang)}>
        <a
          class="button"
          href={lettersUrl(tabId, 'complaint')}
          target="_blank"
          rel="noopener"
          data-testid="report-letter-complaint"
        >
          {t('rptLetterComplaint', lang)}
        </a>
        <a
          class="button"
          href={lettersUrl(tabId, 'access')}
          target="_blank"
          rel="noopener"
          data-testid="report-letter-access"
        >
          {t('rptLetterRequest', lang)}
        </a>
      </div>
    </div>
  );
}
