import { readFile, stat } from 'node:fs/promises';
// The pure parts only: the CLI never loads Dexie.
import { CHAIN_PROBLEM_TEXT } from '../history/chain';
import { LedgerError } from '../history/errors';
import {
  MAX_FILE_CHARS,
  parseLedgerFile,
  verifyLedgerFile,
  type LedgerFile,
} from '../history/file';
import { InputError, parseCommand } from './input';
import { cliLang } from './scan-page';

// `tegas ledger verify <export.json>`: checks a disclosure-ledger export made
// by the dashboard. Exit 0 intact (counts and dates), 1 chain broken (where),
// 2 not a readable export (one line, via InputError).

type Lang = 'id' | 'en';

const TEXT = {
  id: {
    ok: (records: number, deleted: number) =>
      `Rantai utuh: ${records} catatan, ${deleted} dihapus (tautan tetap).`,
    span: (first: string, last: string) => `Catatan pertama ${first}, terakhir ${last}.`,
    head: 'Hash akhir',
    broken: (at: number, id: string, why: string) => `Rantai rusak pada entri #${at}${id}: ${why}.`,
  },
  en: {
    ok: (records: number, deleted: number) =>
      `Chain intact: ${records} records, ${deleted} deleted (links kept).`,
    span: (first: string, last: string) => `First record ${first}, last ${last}.`,
    head: 'Head hash',
    broken: (at: number, id: string, why: string) => `Chain broken at entry #${at}${id}: ${why}.`,
  },
} as const;

export async function ledger(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const parsed = parseCommand(argv, { lang: { type: 'string' } });
  const [sub, path, extra] = parsed.positionals;
  if (sub !== 'verify' || path === undefined || extra !== undefined)
    throw new InputError('usage: tegas ledger verify <export.json> [--lang id|en]');
  const lang = cliLang(parsed.values.lang, env);
  const file = await readExport(path, lang);
  const result = await verifyLedgerFile(file);
  const text = TEXT[lang];
  if (!result.ok) {
    const id = result.id ? ` (${result.id})` : '';
    process.stdout.write(
      `${text.broken(result.firstBrokenIndex, id, CHAIN_PROBLEM_TEXT[result.reason][lang])}\n`,
    );
    return 1;
  }
  const times = file.records.map((r) => r.time).sort();
  const lines = [text.ok(result.records, result.tombstones)];
  const [first, last] = [times[0], times[times.length - 1]];
  if (first !== undefined && last !== undefined) lines.push(text.span(first, last));
  lines.push(`${text.head}: ${result.headHash}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

async function readExport(path: string, lang: Lang): Promise<LedgerFile> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`not a file: ${path}`);
    if (info.size > MAX_FILE_CHARS)
      throw new LedgerError('file_too_large', `${(info.size / 2 ** 20).toFixed(1)} MB`);
    return parseLedgerFile(await readFile(path, 'utf8'));
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof LedgerError) throw new InputError(`${path}: ${error.messageIn(lang)}`);
    throw new InputError(`cannot read ${path}: no such file`);
  }
}
