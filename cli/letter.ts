import { DATA_CATEGORIES, type DataCategory } from '../analyzer/model/scan-report';
import {
  LETTER_KINDS,
  REQUEST_KINDS,
  followUp,
  isLetterKind,
  letter,
  type BreachGround,
  type ComplaintInput,
  type Letter,
  type LetterInput,
  type RequestKind,
  type UnansweredGround,
} from '../analyzer/report';
import type { Zone } from '../analyzer/report/deadlines';
import { InputError, parseCommand, type ReadOptions } from './input';
import { readLedger } from './ledger-summary';
import { instantOption, readPolicy, zoneOption } from './report';
import { cliLang, loadScan, rulebookOption } from './scan-page';

// `tegas letter <kind>`: a complaint or data-subject request draft, printed
// for the user to edit and send. Tegas itself sends nothing.

function parse(argv: string[]) {
  return parseCommand(argv, {
    json: { type: 'boolean', default: false },
    lang: { type: 'string' },
    zone: { type: 'string' },
    scan: { type: 'string' },
    url: { type: 'string' },
    rulebook: { type: 'string' },
    policy: { type: 'string' },
    ledger: { type: 'string' },
    'analysed-at': { type: 'string' },
    date: { type: 'string' },
    'known-date': { type: 'string' },
    'sent-at': { type: 'string' },
    name: { type: 'string' },
    address: { type: 'string' },
    email: { type: 'string' },
    phone: { type: 'string' },
    place: { type: 'string' },
    controller: { type: 'string' },
    contact: { type: 'string' },
    recipient: { type: 'string' },
    details: { type: 'string' },
    reminder: { type: 'boolean', default: false },
    breach: { type: 'boolean', default: false },
    leaked: { type: 'string' },
    'leaked-category': { type: 'string', multiple: true },
    'breach-learned': { type: 'string' },
    'breach-source': { type: 'string' },
    notified: { type: 'string' },
    'not-notified': { type: 'boolean', default: false },
    unanswered: { type: 'string' },
    'request-sent': { type: 'string' },
    'no-consent': { type: 'boolean', default: false },
  });
}

type Values = ReturnType<typeof parse>['values'];

function requestKindOf(value: string, flag: string): RequestKind {
  const found = REQUEST_KINDS.find((k) => k === value);
  if (found === undefined)
    throw new InputError(`${flag} must be one of ${REQUEST_KINDS.join(', ')}, not "${value}"`);
  return found;
}

function categoriesOf(values: readonly string[] | undefined): DataCategory[] {
  return (values ?? []).map((v) => {
    const found = DATA_CATEGORIES.find((c) => c === v);
    if (found === undefined)
      throw new InputError(`--leaked-category "${v}" is not a data category`);
    return found;
  });
}

function breachOf(values: Values, zone: Zone): BreachGround | undefined {
  const any =
    values.breach ||
    values.leaked !== undefined ||
    values['breach-learned'] !== undefined ||
    values.notified !== undefined ||
    values['not-notified'] ||
    values['leaked-category'] !== undefined;
  if (!any) return undefined;
  if (values.notified !== undefined && values['not-notified'])
    throw new InputError('--notified and --not-notified cannot both be given');
  const notice: BreachGround['notice'] =
    values.notified !== undefined
      ? { given: true, at: instantOption('notified', values.notified, zone) }
      : values['not-notified']
        ? { given: false }
        : { given: 'unknown' };
  const categories = categoriesOf(values['leaked-category']);
  return {
    notice,
    ...(values.leaked === undefined ? {} : { leaked: values.leaked }),
    ...(categories.length === 0 ? {} : { categories }),
    ...(values['breach-learned'] === undefined
      ? {}
      : { learnedAt: instantOption('breach-learned', values['breach-learned'], zone) }),
    ...(values['breach-source'] === undefined ? {} : { source: values['breach-source'] }),
  };
}

/** Only the options actually given, so absent details become placeholders. */
function given<K extends string>(
  entries: readonly (readonly [K, string | undefined])[],
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const [key, value] of entries) if (value !== undefined) out[key] = value;
  return out;
}

function unansweredOf(values: Values, zone: Zone): UnansweredGround | undefined {
  if (values.unanswered === undefined) {
    if (values['request-sent'] !== undefined)
      throw new InputError('--request-sent needs --unanswered <kind>');
    return undefined;
  }
  const request = requestKindOf(values.unanswered, '--unanswered');
  if (values['request-sent'] === undefined)
    throw new InputError('--unanswered needs --request-sent (when the request was sent)');
  return { request, sentAt: instantOption('request-sent', values['request-sent'], zone) };
}

export async function letterCommand(argv: string[], options: ReadOptions = {}): Promise<number> {
  const { values, positionals } = parse(argv);
  const [kind, extra] = positionals;
  if (kind === undefined || !isLetterKind(kind))
    throw new InputError(
      `letter needs a kind: tegas letter <${LETTER_KINDS.join('|')}>${kind === undefined ? '' : ` (not "${kind}")`}`,
    );
  if (extra !== undefined) throw new InputError(`letter takes one kind, got also "${extra}"`);
  const lang = cliLang(values.lang);
  const zone = zoneOption(values.zone);
  const date = values.date === undefined ? new Date() : instantOption('date', values.date, zone);

  const loaded =
    values.scan === undefined
      ? undefined
      : await loadScan(
          values.scan,
          { url: values.url, rulebook: rulebookOption(values.rulebook), lang },
          options,
        );
  const analysedAt =
    values['analysed-at'] !== undefined
      ? instantOption('analysed-at', values['analysed-at'], zone)
      : loaded?.analysedAt;
  const policy =
    values.policy === undefined ? undefined : await readPolicy(values.policy, lang, options);
  const ledger =
    values.ledger === undefined
      ? undefined
      : await readLedger(values.ledger, options, loaded?.scan.url);

  const breach = breachOf(values, zone);
  const unanswered = unansweredOf(values, zone);
  if (kind !== 'complaint' && (breach !== undefined || unanswered !== undefined))
    throw new InputError(
      '--breach, --notified, --unanswered and the like belong to: tegas letter complaint',
    );
  const complaint: ComplaintInput = {
    ...(values.recipient === undefined ? {} : { recipient: values.recipient }),
    ...(values['known-date'] === undefined
      ? {}
      : { knownDate: instantOption('known-date', values['known-date'], zone) }),
    ...(values['no-consent'] ? { consent: false } : {}),
    ...(breach === undefined ? {} : { breach }),
    ...(unanswered === undefined ? {} : { unanswered }),
  };
  const sentAt =
    values['sent-at'] === undefined ? undefined : instantOption('sent-at', values['sent-at'], zone);

  const input: LetterInput = {
    date,
    zone,
    user: given([
      ['name', values.name],
      ['address', values.address],
      ['email', values.email],
      ['phone', values.phone],
      ['place', values.place],
    ]),
    controller: given([
      ['name', values.controller],
      ['contact', values.contact],
    ]),
    complaint,
    ...(loaded === undefined ? {} : { scan: loaded.scan }),
    ...(analysedAt === undefined ? {} : { analysedAt }),
    ...(policy === undefined ? {} : { policy }),
    ...(ledger === undefined ? {} : { ledger }),
    ...(sentAt === undefined ? {} : { sentAt }),
    ...(values.details === undefined ? {} : { details: values.details }),
  };

  let result: Letter;
  if (values.reminder) {
    if (kind === 'complaint')
      throw new InputError(
        '--reminder is for request letters; to escalate, use: tegas letter complaint --unanswered <kind> --request-sent <date>',
      );
    if (sentAt === undefined)
      throw new InputError('--reminder needs --sent-at (when the first request was sent)');
    result = followUp('reminder', { kind, sentAt }, input, lang);
  } else result = letter(kind, input, lang);

  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : result.text);
  return 0;
}
