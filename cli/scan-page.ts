import { stat } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../analyzer';
import { ScanReportSchema, type ScanReport } from '../analyzer/model/scan-report';
import { DEFAULT_RULEBOOK, RULEBOOK_IDS, type RulebookId } from '../analyzer/rulebooks';
import { InputError, readPage, readSource, type ReadOptions } from './input';
import type { CliLang } from './messages';

// Shared by `tegas scan`, `report` and `letter`: options every command reads,
// and turning a page or a saved scan.json into a ScanReport.

export function cliLang(value: string | undefined, env: NodeJS.ProcessEnv = process.env): CliLang {
  if (value === 'id' || value === 'en') return value;
  if (value !== undefined) throw new InputError(`--lang must be "id" or "en", not "${value}"`);
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^(?:id|in)(?:[_.-]|$)/i.test(locale) ? 'id' : 'en';
}

export function rulebookOption(value: string | undefined): RulebookId {
  if (value === undefined) return DEFAULT_RULEBOOK;
  const found = RULEBOOK_IDS.find((id) => id === value);
  if (!found)
    throw new InputError(`unknown rulebook "${value}" (one of: ${RULEBOOK_IDS.join(', ')})`);
  return found;
}

export interface ScanOptions {
  readonly url?: string | undefined;
  readonly rulebook: RulebookId;
  readonly lang: CliLang;
}

/** Reads a page (file or URL) and runs the analyzer on it, as `tegas scan` does. */
export async function scanPage(
  source: string,
  opts: ScanOptions,
  options: ReadOptions = {},
): Promise<ScanReport> {
  if (opts.url !== undefined && !URL.canParse(opts.url))
    throw new InputError(`--url is not a valid URL: "${opts.url}"`);
  const page = await readPage(source, opts.url, options);
  const { document } = parseHTML(page.html);
  return analyzeDocument(document as unknown as Document, {
    url: page.url,
    rulebook: opts.rulebook,
    lang: opts.lang,
  });
}

export function isScanJsonSource(source: string): boolean {
  return /\.json$/i.test(source.replace(/[?#].*$/, ''));
}

/** A saved ScanReport, validated with ScanReportSchema; any problem is one line (exit 2). */
export async function readScanJson(
  source: string,
  options: ReadOptions = {},
): Promise<{ scan: ScanReport; modified?: Date }> {
  const { html: text } = await readSource(source, options);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(`${source} is not valid JSON`);
  }
  const parsed = ScanReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new InputError(
      `${source} is not a Tegas scan report${where}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const modified = /^https?:\/\//i.test(source)
    ? undefined
    : await stat(source).then(
        (s) => s.mtime,
        () => undefined,
      );
  return modified === undefined ? { scan: parsed.data } : { scan: parsed.data, modified };
}

/** scan.json → validated report; anything else → scanned page. */
export async function loadScan(
  source: string,
  opts: ScanOptions,
  options: ReadOptions = {},
): Promise<{ scan: ScanReport; analysedAt: Date }> {
  if (isScanJsonSource(source)) {
    const { scan, modified } = await readScanJson(source, options);
    return { scan, analysedAt: modified ?? new Date() };
  }
  return { scan: await scanPage(source, opts, options), analysedAt: new Date() };
}
