import { answerTask, TaskRequestSchema, type TaskResponse } from '../../components/history-tasks';
import { LedgerError } from '../../history/errors';
import { Ledger } from '../../history/ledger';

// The dashboard's worker: verify, export and import off the page's thread,
// on its own connection to the ledger's database.

let versionChanged = false;
const ledger = new Ledger({ onVersionChange: () => (versionChanged = true) });
const opened = ledger.open();

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = TaskRequestSchema.safeParse(event.data);
  if (!parsed.success) return;
  const request = parsed.data;
  void opened
    .then(() => {
      if (versionChanged) throw new LedgerError('version_changed');
      return answerTask(ledger, request);
    })
    .catch((error: unknown): TaskResponse => ({
      id: request.id,
      ok: false,
      code: error instanceof LedgerError ? error.code : 'unavailable',
      detail: error instanceof LedgerError ? error.detail : undefined,
    }))
    .then((response) => self.postMessage(response));
});
