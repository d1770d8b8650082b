import { LedgerError } from '../history/errors';
import { MAX_FILE_CHARS } from '../history/file';
import type { ImportResult, Ledger } from '../history/ledger';
import { nextFrame } from './ledger-async';

// Export and import for the dashboard. The export is written in slices with
// a pause between them, so a 100,000-record ledger neither freezes the page
// nor needs one 140 MB string; the result parses to exactly exportFile().

const SLICE = 2000;

export interface ExportedFile {
  readonly blob: Blob;
  readonly fileName: string;
  readonly records: number;
}

export async function exportBlob(ledger: Ledger): Promise<ExportedFile> {
  const { records, tombstones, ...envelope } = await ledger.exportFile();
  const parts: string[] = [JSON.stringify(envelope).slice(0, -1), ',"records":'];
  await pushArray(parts, records);
  parts.push(',"tombstones":');
  await pushArray(parts, tombstones);
  parts.push('}');
  const day = envelope.exportedAt.slice(0, 10);
  return {
    blob: new Blob(parts, { type: 'application/json' }),
    fileName: `tegas-riwayat-${day}.json`,
    records: records.length,
  };
}

async function pushArray(parts: string[], items: readonly unknown[]): Promise<void> {
  parts.push('[');
  for (let i = 0; i < items.length; i += SLICE) {
    if (i > 0) {
      parts.push(',');
      await nextFrame();
    }
    parts.push(
      items
        .slice(i, i + SLICE)
        .map((item) => JSON.stringify(item))
        .join(','),
    );
  }
  parts.push(']');
}

/** Hands a file to the browser's downloads through a temporary blob: URL and <a download>. */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Firefox reads the URL after click() returns; let it go once the download has surely started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Imports a chosen file; the size is checked before reading it. Nothing changes on a rejection. */
export async function importFile(ledger: Ledger, file: Blob): Promise<ImportResult> {
  // Checked before reading, so a huge file is never loaded into memory (bytes ≥ characters).
  if (file.size > MAX_FILE_CHARS)
    throw new LedgerError('file_too_large', `${(file.size / 1048576).toFixed(1)} MB`);
  const text = await file.text();
  await nextFrame();
  return ledger.importJson(text);
}
