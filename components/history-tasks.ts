import { z } from 'zod';
// Direct module imports: the worker bundle needs the ledger, not the draft builder and its rules.
import type { ChainResult } from '../history/chain';
import { LEDGER_ERROR_CODES, LedgerError } from '../history/errors';
import type { ImportResult, Ledger } from '../history/ledger';
import { asLedgerError } from './ledger-async';
import { exportBlob, importFile, type ExportedFile } from './history-transfer';

// The dashboard's long operations (verify, export, import take seconds at
// 100,000 records: JSON.parse, zod and hashing). The page hands them to a
// worker with its own connection to the same database, so the page keeps
// answering; in-page is the fallback and what the component tests use.

export interface LongTasks {
  verify(): Promise<ChainResult>;
  exportFile(): Promise<ExportedFile>;
  importFile(file: Blob): Promise<ImportResult>;
  close(): void;
}

export function inPageTasks(ledger: Ledger): LongTasks {
  return {
    verify: () => ledger.verify(),
    exportFile: () => exportBlob(ledger),
    importFile: (file) => importFile(ledger, file),
    close: () => undefined,
  };
}

export const TaskRequestSchema = z.discriminatedUnion('op', [
  z.object({ id: z.number().int(), op: z.enum(['verify', 'export']) }),
  z.object({ id: z.number().int(), op: z.literal('import'), file: z.instanceof(Blob) }),
]);
export type TaskRequest = z.infer<typeof TaskRequestSchema>;

export type TaskResponse =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | {
      readonly id: number;
      readonly ok: false;
      readonly code: LedgerError['code'];
      readonly detail?: string | undefined;
    };

const ResponseSchema = z.discriminatedUnion('ok', [
  z.object({ id: z.number(), ok: z.literal(true), value: z.unknown() }),
  z.object({
    id: z.number(),
    ok: z.literal(false),
    code: z.enum(LEDGER_ERROR_CODES),
    detail: z.string().optional(),
  }),
]);
const ChainResultSchema = z.union([
  z.object({
    ok: z.literal(true),
    records: z.number(),
    tombstones: z.number(),
    headHash: z.string(),
  }),
  z.object({
    ok: z.literal(false),
    firstBrokenIndex: z.number(),
    id: z.string().optional(),
    reason: z.enum([
      'invalid_entry',
      'seq_gap',
      'bad_genesis',
      'link_broken',
      'hash_mismatch',
      'head_mismatch',
    ]),
  }),
]);
const ExportedSchema = z.object({
  blob: z.instanceof(Blob),
  fileName: z.string(),
  records: z.number(),
});
const ImportResultSchema = z.object({ added: z.number(), alreadyPresent: z.number() });

/** The page's side of the worker: one promise per request, answers checked. */
export function workerTasks(worker: Worker): LongTasks {
  let next = 0;
  const pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: unknown) => void }
  >();
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const parsed = ResponseSchema.safeParse(event.data);
    if (!parsed.success) return;
    const answer = parsed.data;
    const waiter = pending.get(answer.id);
    pending.delete(answer.id);
    if (answer.ok) waiter?.resolve(answer.value);
    else waiter?.reject(new LedgerError(answer.code, answer.detail));
  });
  worker.addEventListener('error', () => {
    for (const waiter of pending.values()) waiter.reject(new LedgerError('unavailable', 'worker'));
    pending.clear();
  });
  const ask = <T>(request: TaskRequest, schema: z.ZodType<T>): Promise<T> =>
    new Promise<unknown>((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    }).then((value) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new LedgerError('read_failed', 'unexpected worker answer');
      return parsed.data;
    });
  return {
    verify: () =>
      ask({ id: next++, op: 'verify' }, ChainResultSchema).then((r): ChainResult =>
        r.ok ? r : { ...r, id: r.id },
      ),
    exportFile: () => ask({ id: next++, op: 'export' }, ExportedSchema),
    importFile: (file) => ask({ id: next++, op: 'import', file }, ImportResultSchema),
    close: () => worker.terminate(),
  };
}

/** The worker's side: runs each request on its own ledger connection. */
export async function answerTask(ledger: Ledger, request: TaskRequest): Promise<TaskResponse> {
  const tasks = inPageTasks(ledger);
  try {
    const value =
      request.op === 'import'
        ? await tasks.importFile(request.file)
        : request.op === 'verify'
          ? await tasks.verify()
          : await tasks.exportFile();
    return { id: request.id, ok: true, value };
  } catch (error) {
    const failure = asLedgerError(error, request.op === 'import' ? 'write_failed' : 'read_failed');
    return { id: request.id, ok: false, code: failure.code, detail: failure.detail };
  }
}
