import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../analyzer';
import { DEFAULT_RULEBOOK, RULEBOOK_IDS, type RulebookId } from '../analyzer/rulebooks';
import { formatScan } from './format';
import { InputError, readPage, readSource, type ReadOptions } from './input';
import { formatPolicy, policyFromSource } from './policy';
import { type CliLang, usage } from './messages';

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
  throw new InputError(`unknown command "${command}" (try: tegas --help)`);
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        rulebook: { type: 'string' },
        lang: { type: 'string' },
        url: { type: 'string' },
      },
    });
  } catch (error) {
    throw new InputError(error instanceof Error ? error.message : 'bad arguments');
  }
}

export function cliLang(value: string | undefined, env: NodeJS.ProcessEnv = process.env): CliLang {
  if (value === 'id' || value === 'en') return value;
  if (value !== undefined) throw new InputError(`--lang must be "id" or "en", not "${value}"`);
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^(?:id|in)(?:[_.-]|$)/i.test(locale) ? 'id' : 'en';
}

function rulebookOf(value: string | undefined): RulebookId {
  if (value === undefined) return DEFAULT_RULEBOOK;
  const found = RULEBOOK_IDS.find((id) => id === value);
  if (!found)
    throw new InputError(`unknown rulebook "${value}" (one of: ${RULEBOOK_IDS.join(', ')})`);
  return found;
}

async function scan(argv: string[], options: ReadOptions): Promise<number> {
  const { values, positionals } = parse(argv);
  const [source, extra] = positionals;
  if (source === undefined)
    throw new InputError('scan needs a file or URL: tegas scan <page.html | url> [--json]');
  if (extra !== undefined) throw new InputError(`scan takes one page, got also "${extra}"`);
  const lang = cliLang(values.lang);
  const rulebook = rulebookOf(values.rulebook);
  if (values.url !== undefined && !URL.canParse(values.url))
    throw new InputError(`--url is not a valid URL: "${values.url}"`);
  const page = await readPage(source, values.url, options);
  const { document } = parseHTML(page.html);
  const report = analyzeDocument(document as unknown as Document, {
    url: page.url,
    rulebook,
    lang,
  });
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
  const { html: body } = await readSource(source, options);
  const report = policyFromSource(body, source, lang);
  process.stdout.write(
    values.json ? JSON.stringify(report, null, 2) + '\n' : formatPolicy(report, lang),
  );
  return report.readability.words === 0 ? 1 : 0;
}
