import { browser, type Browser } from 'wxt/browser';
import { Ledger, LedgerError, ledgerMessage, LEDGER_ERROR_CODES } from '../../history';
import type { LedgerErrorCode } from '../../history';
import type { TabView } from '../../utils/protocol';

// The background's one Ledger, opened on the first disclosure (never at start-up:
// a user with keepHistory off never opens the database), and the last ledger
// failure per tab, which the popup shows (TabView.ledgerError). The failure is
// kept in storage.session beside the tab state and survives the page's
// navigation: a submit is usually followed by one.

let opening: Promise<Ledger> | null = null;

/** The opened ledger; a failed open is retried on the next call. */
export function backgroundLedger(): Promise<Ledger> {
  opening ??= openLedger().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

async function openLedger(): Promise<Ledger> {
  const ledger = new Ledger({
    // The global factory, read now rather than when Dexie loaded (tests swap it).
    ...(typeof indexedDB === 'undefined' ? {} : { indexedDB, IDBKeyRange }),
    // A newer Tegas took the database: open again next time.
    onVersionChange: () => {
      opening = null;
    },
  });
  await ledger.open();
  return ledger;
}

/** After an error that leaves the connection unusable, the next write reopens. */
export function dropLedgerOnError(error: LedgerError): void {
  const reopen: readonly LedgerErrorCode[] = ['unavailable', 'blocked', 'version_changed'];
  if (!reopen.includes(error.code)) return;
  const current = opening;
  opening = null;
  void current?.then((l) => l.close()).catch(() => undefined);
}

// --- last failure per tab ------------------------------------------------------

const KEY_PREFIX = 'tegas:ledger-error:';

interface StoredError {
  code: LedgerErrorCode;
  at: string;
}

const memory = new Map<number, StoredError>();

function sessionArea(): Browser.storage.StorageArea | undefined {
  return browser.storage?.session;
}

export async function setLedgerError(tabId: number, code: LedgerErrorCode): Promise<void> {
  const value: StoredError = { code, at: new Date().toISOString() };
  memory.set(tabId, value);
  await sessionArea()
    ?.set({ [KEY_PREFIX + String(tabId)]: value })
    .catch(() => undefined);
}

export async function clearLedgerError(tabId: number): Promise<void> {
  const had = memory.delete(tabId);
  if (!had && sessionArea() === undefined) return;
  await sessionArea()
    ?.remove(KEY_PREFIX + String(tabId))
    .catch(() => undefined);
}

const CODES: ReadonlySet<string> = new Set(LEDGER_ERROR_CODES);

async function getLedgerError(tabId: number): Promise<StoredError | null> {
  const cached = memory.get(tabId);
  if (cached !== undefined) return cached;
  const key = KEY_PREFIX + String(tabId);
  try {
    const stored: Record<string, unknown> = (await sessionArea()?.get(key)) ?? {};
    const raw = stored[key];
    if (typeof raw !== 'object' || raw === null) return null;
    const { code, at } = raw as Partial<Record<keyof StoredError, unknown>>;
    if (typeof code !== 'string' || !CODES.has(code) || typeof at !== 'string') return null;
    const value: StoredError = { code: code as LedgerErrorCode, at: at.slice(0, 64) };
    memory.set(tabId, value);
    return value;
  } catch {
    return null;
  }
}

/** The view with the tab's last ledger failure, in the view's language. */
export async function withLedgerError(tabId: number, view: TabView): Promise<TabView> {
  const error = await getLedgerError(tabId);
  if (error === null) return view;
  const message = ledgerMessage(error.code)[view.lang];
  return { ...view, ledgerError: { code: error.code, message, at: error.at } };
}
