import { z } from 'zod';
import { verifyChain, type ChainResult } from './chain';
import { LedgerError } from './errors';
import { DisclosureRecordSchema, HashSchema, TombstoneSchema } from './record';

// The export file: versioned JSON, parsed strictly on import. Everything that
// could be hostile is rejected before any record is looked at: size, JSON
// syntax, keys that pollute prototypes, a foreign format tag, a newer
// version, any field the schema does not know, over-long strings.

export const LEDGER_FILE_FORMAT = 'tegas-ledger';
export const LEDGER_FILE_VERSION = 1;
/** Upper bound on an import, in UTF-16 code units (≤ UTF-8 bytes); the dashboard checks File.size first. */
export const MAX_FILE_CHARS = 200 * 1024 * 1024;
export const MAX_FILE_ENTRIES = 200_000;

export const LedgerFileSchema = z.strictObject({
  format: z.literal(LEDGER_FILE_FORMAT),
  version: z.literal(LEDGER_FILE_VERSION),
  exportedAt: z.iso.datetime(),
  /** Entry count and last hash at export, so a truncated tail is caught too. */
  head: z.strictObject({ count: z.number().int().min(1), hash: HashSchema }).nullable(),
  records: z.array(DisclosureRecordSchema).max(MAX_FILE_ENTRIES),
  /** Links left by deleted records (see README, "Deletion"). */
  tombstones: z.array(TombstoneSchema).max(MAX_FILE_ENTRIES),
});
export type LedgerFile = z.infer<typeof LedgerFileSchema>;

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAY_HIDE_UNSAFE_KEY = /__proto__|constructor|prototype|\\u/;

export interface ParseFileOptions {
  readonly maxChars?: number;
}

/** Parses an export file; throws LedgerError with a file_* code. Does not check the chain. */
export function parseLedgerFile(text: string, options: ParseFileOptions = {}): LedgerFile {
  const maxChars = options.maxChars ?? MAX_FILE_CHARS;
  if (text.length > maxChars)
    throw new LedgerError('file_too_large', `${mb(text.length)} MB, limit ${mb(maxChars)} MB`);
  let json: unknown;
  try {
    // The key-checking reviver costs ~40%; skip it when no such key can be spelled in the text.
    json = MAY_HIDE_UNSAFE_KEY.test(text)
      ? JSON.parse(text, (key, value: unknown) => {
          if (UNSAFE_KEYS.has(key)) throw new UnsafeKey(key);
          return value;
        })
      : JSON.parse(text);
  } catch (error) {
    if (error instanceof UnsafeKey) throw new LedgerError('file_unsafe_key', `"${error.key}"`);
    throw new LedgerError('file_not_json', error instanceof Error ? error.message : undefined);
  }
  const envelope = z.object({ format: z.unknown(), version: z.unknown() }).safeParse(json);
  if (!envelope.success || envelope.data.format !== LEDGER_FILE_FORMAT)
    throw new LedgerError('file_wrong_format');
  const version = envelope.data.version;
  if (typeof version === 'number' && version > LEDGER_FILE_VERSION)
    throw new LedgerError('file_unsupported_version', `version ${version}`);
  const parsed = LedgerFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') || '(top level)' : '';
    throw new LedgerError('file_invalid', `${where}: ${issue?.message ?? 'invalid'}`.slice(0, 200));
  }
  const seen = new Set<string>();
  for (const entry of [...parsed.data.records, ...parsed.data.tombstones]) {
    if (seen.has(entry.id)) throw new LedgerError('file_duplicate_id', `id ${entry.id}`);
    seen.add(entry.id);
  }
  return parsed.data;
}

/** Checks the file's chain and that it ends at the head the file declares. */
export function verifyLedgerFile(file: LedgerFile): Promise<ChainResult> {
  return verifyChain([...file.records, ...file.tombstones], file.head, { alreadyParsed: true });
}

class UnsafeKey extends Error {
  constructor(readonly key: string) {
    super(`unsafe key ${key}`);
  }
}

const mb = (chars: number) => (chars / (1024 * 1024)).toFixed(1);
