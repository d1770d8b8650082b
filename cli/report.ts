import type { PolicyReport } from '../analyzer/model/policy-report';
import { parseZone, isZone, type Zone } from '../analyzer/report/deadlines';
import { parseInstant, reportHtml, reportJson, reportMarkdown } from '../analyzer/report';
import { readLedger } from './ledger-summary';
import { InputError, parseCommand, readSource, type ReadOptions } from './input';
import { policyFromSource } from './policy';
import { cliLang, loadScan, rulebookOption } from './scan-page';

// `tegas report <scan.json | page.html | url>`: the printable report as
// Markdown (default), standalone HTML or JSON.

const FORMATS = ['md', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

function parse(argv: string[]) {
  return parseCommand(argv, {
    format: { type: 'string' },
    json: { type: 'boolean', default: false },
    lang: { type: 'string' },
    rulebook: { type: 'string' },
    url: { type: 'string' },
    policy: { type: 'string' },
    ledger: { type: 'string' },
    'analysed-at': { type: 'string' },
    zone: { type: 'string' },
  });
}

export function zoneOption(value: string | undefined): Zone {
  if (value === undefined) return 'WIB';
  const upper = value.toUpperCase();
  if (!isZone(upper)) throw new InputError(`--zone must be WIB, WITA or WIT, not "${value}"`);
  return parseZone(upper);
}

/** A date or date-time option; a bare date is midnight in the zone. */
export function instantOption(name: string, value: string, zone: Zone): Date {
  const date = parseInstant(value, zone);
  if (date === undefined)
    throw new InputError(`--${name} must be a date (YYYY-MM-DD) or ISO date-time, not "${value}"`);
  return date;
}

export async function readPolicy(
  source: string,
  lang: 'id' | 'en',
  options: ReadOptions,
): Promise<PolicyReport> {
  const { html: body } = await readSource(source, options);
  return policyFromSource(body, source, lang);
}

function formatOf(format: string | undefined, json: boolean): Format {
  if (json) {
    if (format !== undefined && format !== 'json')
      throw new InputError(`--json conflicts with --format ${format}`);
    return 'json';
  }
  if (format === undefined) return 'md';
  const found = FORMATS.find((f) => f === format);
  if (found === undefined)
    throw new InputError(`--format must be md, html or json, not "${format}"`);
  return found;
}

export async function reportCommand(argv: string[], options: ReadOptions = {}): Promise<number> {
  const { values, positionals } = parse(argv);
  const [source, extra] = positionals;
  if (source === undefined)
    throw new InputError(
      'report needs a scan or a page: tegas report <scan.json | page.html> [--format md|html|json]',
    );
  if (extra !== undefined) throw new InputError(`report takes one input, got also "${extra}"`);
  const format = formatOf(values.format, values.json);
  const lang = cliLang(values.lang);
  const zone = zoneOption(values.zone);
  const loaded = await loadScan(
    source,
    { url: values.url, rulebook: rulebookOption(values.rulebook), lang },
    options,
  );
  const analysedAt =
    values['analysed-at'] === undefined
      ? loaded.analysedAt
      : instantOption('analysed-at', values['analysed-at'], zone);
  const policy =
    values.policy === undefined ? undefined : await readPolicy(values.policy, lang, options);
  const ledger =
    values.ledger === undefined
      ? undefined
      : await readLedger(values.ledger, options, loaded.scan.url);
  const input = {
    scan: loaded.scan,
    analysedAt,
    ...(policy === undefined ? {} : { policy }),
    ...(ledger === undefined ? {} : { ledger }),
  };
  const out =
    format === 'json'
      ? reportJson(input)
      : format === 'html'
        ? reportHtml(input, lang, { zone })
        : reportMarkdown(input, lang, { zone });
  process.stdout.write(out);
  return loaded.scan.fields.length === 0 && loaded.scan.consents.length === 0 ? 1 : 0;
}
