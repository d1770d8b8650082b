import {
  reportHtml,
  reportJson,
  reportMarkdown,
  type ReportInput,
  type UiLang,
} from '../analyzer/report';
import { ZONE_OFFSET_HOURS } from '../analyzer/report/deadlines';
import { toDate } from '../analyzer/report/input';

// The report page's downloads: exactly what the pure renderers return for the
// same input, so a saved file says what the page and `tegas report` say.

export const REPORT_FORMATS = ['md', 'html', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const MIME: Readonly<Record<ReportFormat, string>> = {
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

export interface ReportFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/** The file's text: Markdown and HTML in `lang`; JSON is language-free (the report JSON contract). */
export function reportText(input: ReportInput, format: ReportFormat, lang: UiLang): string {
  if (format === 'json') return reportJson(input);
  return format === 'html' ? reportHtml(input, lang) : reportMarkdown(input, lang);
}

/** "toko.example" from a page URL, safe as part of a file name on every system. */
export function fileHost(url: string): string {
  let host = url;
  try {
    host = new URL(url).hostname;
  } catch {
    // Not a URL: keep what we have, cleaned below.
  }
  const safe = host
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return safe === '' ? 'page' : safe;
}

/** The analysis date in WIB (the report's zone), YYYY-MM-DD; "undated" when unknown. */
export function fileDay(analysedAt: Date | string): string {
  const date = toDate(analysedAt);
  if (date === undefined) return 'undated';
  return new Date(date.getTime() + ZONE_OFFSET_HOURS.WIB * 3_600_000).toISOString().slice(0, 10);
}

/** tegas-report-<host>-<yyyy-mm-dd>.<ext> */
export function reportFileName(input: ReportInput, format: ReportFormat): string {
  return `tegas-report-${fileHost(input.scan.url)}-${fileDay(input.analysedAt)}.${format}`;
}

export function reportFile(input: ReportInput, format: ReportFormat, lang: UiLang): ReportFile {
  return {
    name: reportFileName(input, format),
    type: MIME[format],
    text: reportText(input, format, lang),
  };
}
