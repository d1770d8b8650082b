import { formatScan } from './format';
import { InputError, parseCommand, type ReadOptions } from './input';
import { ledger } from './ledger';
import { letterCommand } from './letter';
import { formatPolicy, readPolicy } from './policy';
import { reportCommand } from './report';
import { cliLang, rulebookOption, scanPage } from './scan-page';
import { usage } from './messages';

export { cliLang } from './scan-page';

// `tegas` — the command line over the analyzer. Exit codes: 0 success,
// 1 nothing to analyse, 2 bad input (one line on stderr, never a stack trace).

export async function main(argv: string[], options: ReadOptions = {}): Promise<number> {
  try {
    return await run(argv, options);
  } catch (error) {
    const message =
      error instanceof InputError
        ? error.message
        : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`tegas: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

async function run(argv: string[], options: ReadOptions): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(usage);
    return command === undefined ? 2 : 0;
  }
  if (command === 'scan') return scan(rest, options);
  if (command === 'policy') return policy(rest, options);
  if (command === 'ledger') return ledger(rest);
  if (command === 'report') return reportCommand(rest, options);
  if (command === 'letter') return letterCommand(rest, options);
  throw new InputError(`unknown command "${command}" (try: tegas --help)`);
}

function parse(argv: string[]) {
  return parseCommand(argv, {
    json: { type: 'boolean', default: false },
    rulebook: { type: 'string' },
    lang: { type: 'string' },
    url: { type: 'string' },
  });
}

async function scan(argv: string[], options: ReadOptions): Promise<number> {
  const { values, positionals } = parse(argv);
  const [source, extra] = positionals;
  if (source === undefined)
    throw new InputError('scan needs a file or URL: tegas scan <page.html | url> [--json]');
  if (extra !== undefined) throw new InputError(`scan takes one page, got also "${extra}"`);
  const lang = cliLang(values.lang);
  const report = await scanPage(
    source,
    { url: values.url, rulebook: rulebookOption(values.rulebook), lang },
    options,
  );
  process.stdout.write(
    values.json ? JSON.stringify(report, null, 2) + '\n' : formatScan(report, lang),
  );
  return report.fields.length === 0 && report.consents.length === 0 ? 1 : 0;
}

async function policy(argv: string[], options: ReadOptions): Promise<number> {
  const { values, positionals } = parse(argv);
  const [source, extra] = positionals;
  if (source === undefined)
    throw new InputError(
      'policy needs a file or URL: tegas policy <policy.html | policy.txt | url> [--json]',
    );
  if (extra !== undefined) throw new InputError(`policy takes one document, got also "${extra}"`);
  const lang = cliLang(values.lang);
  const report = await readPolicy(source, lang, options);
  process.stdout.write(
    values.json ? JSON.stringify(report, null, 2) + '\n' : formatPolicy(report, lang),
  );
  return report.readability.words === 0 ? 1 : 0;
}
