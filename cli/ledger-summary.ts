import { parseLedgerFile, verifyLedgerFile, LEDGER_FILE_FORMAT } from '../history/file';
import { LedgerError } from '../history/errors';
import { LedgerSummarySchema, ledgerSummaryOf, type LedgerSummary } from '../analyzer/report';
import { InputError, readSource, type ReadOptions } from './input';

// `--ledger` for report and letter: a dashboard export (format "tegas-ledger",
// chain verified here) or a ready summary. The report layer only ever sees the
// summary: dates, sites, categories and hashes, never typed values.

function originOf(url: string | undefined): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
}

/** Reads a ledger; with `pageUrl`, keeps only the records for that page's site. */
export async function readLedger(
  path: string,
  options: ReadOptions,
  pageUrl?: string,
): Promise<LedgerSummary> {
  const { html: text } = await readSource(path, options);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(`${path} is not valid JSON`);
  }
  const isExport =
    typeof data === 'object' &&
    data !== null &&
    'format' in data &&
    data.format === LEDGER_FILE_FORMAT;
  if (isExport) {
    try {
      const file = parseLedgerFile(text);
      const chain = await verifyLedgerFile(file);
      return ledgerSummaryOf(file.records, chain.ok, originOf(pageUrl));
    } catch (error) {
      if (error instanceof LedgerError) throw new InputError(`${path}: ${error.message}`);
      throw error;
    }
  }
  const parsed = LedgerSummarySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `${path} is not a ledger export or summary${issue?.path.length ? ` at ${issue.path.join('.')}` : ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}
