import {
  charsetOf,
  collapseWhitespace,
  isWebUrl,
  looksBinary,
  looksLikeLoginWall,
  policyMediaType,
  type PolicyFetchFailureReason,
} from '../../../analyzer/policy/source-check';
import { policyDocument } from '../../../utils/policy-document';

// Fetching the privacy policy an analysed page links to: the one network
// request Tegas makes. No cookies, no referrer, a timeout, a streamed size cap,
// HTML or plain text only; every way it can fail is a reason, never a throw.
// Which URL may be fetched is the caller's rule (handlers/policy.ts: only a
// policy link of the tab's analysed page). No browser APIs here, so the CLI
// uses the same code.

/** Why a policy could not be read: the shared list in analyzer/policy/source-check.ts. */
export type PolicyFetchFailure = PolicyFetchFailureReason;

export interface PolicyFetchOk {
  ok: true;
  url: string;
  finalUrl: string;
  /** Plain text (HTML turned into text). */
  text: string;
  /** SHA-256 hex of the text with whitespace collapsed. */
  hash: string;
  fetchedAt: string;
}
export interface PolicyFetchError {
  ok: false;
  url: string;
  reason: PolicyFetchFailure;
  /** The HTTP status, for 'http_status'. */
  status?: number;
}
export type PolicyFetchResult = PolicyFetchOk | PolicyFetchError;

export interface PolicyFetchOptions {
  fetchImpl?: typeof fetch;
  now?: () => Date;
  timeoutMs?: number;
  maxBytes?: number;
}

export const POLICY_FETCH_TIMEOUT_MS = 10_000;
export const POLICY_MAX_BYTES = 2 * 1024 * 1024;

type Listener = (fetched: PolicyFetchOk) => void | Promise<void>;
const listeners: Listener[] = [];

/** Called after each successful fetch (change tracking registers here); a failing listener is logged. */
export function addPolicyListener(listener: Listener): void {
  listeners.push(listener);
}

/** A fetch given up for a reason (thrown inside, returned as a PolicyFetchError). */
class Abort extends Error {
  constructor(readonly reason: PolicyFetchFailure) {
    super(reason);
  }
}

class HttpStatus extends Abort {
  constructor(readonly status: number) {
    super('http_status');
  }
}

export async function fetchPolicy(
  url: string,
  options: PolicyFetchOptions = {},
): Promise<PolicyFetchResult> {
  if (!isWebUrl(url)) return { ok: false, url, reason: 'not_allowed' };
  const fetchImpl = options.fetchImpl ?? globalThis.fetch.bind(globalThis);
  const maxBytes = options.maxBytes ?? POLICY_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? POLICY_FETCH_TIMEOUT_MS);
  try {
    const fetched = await read(url, fetchImpl, controller.signal, maxBytes);
    const doc = policyDocument(fetched.body, fetched.kind);
    const text = doc.text.trim();
    const signals = { finalUrl: fetched.finalUrl, title: doc.title, hasPassword: doc.hasPassword };
    if (looksLikeLoginWall({ ...signals, text })) return { ok: false, url, reason: 'login_wall' };
    if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, url, reason: 'empty' };
    const result: PolicyFetchOk = {
      ok: true,
      url,
      finalUrl: fetched.finalUrl,
      text,
      hash: await sha256Hex(collapseWhitespace(text)),
      fetchedAt: (options.now ?? (() => new Date()))().toISOString(),
    };
    await notify(result);
    return result;
  } catch (error) {
    if (error instanceof HttpStatus)
      return { ok: false, url, reason: 'http_status', status: error.status };
    if (error instanceof Abort) return { ok: false, url, reason: error.reason };
    // fetch rejects with a TypeError for network failures and endless redirects,
    // and with an AbortError once the timer fired.
    return { ok: false, url, reason: timedOut ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

interface Fetched {
  finalUrl: string;
  kind: 'html' | 'text' | 'unknown';
  body: string;
}

async function read(
  url: string,
  fetchImpl: typeof fetch,
  signal: AbortSignal,
  maxBytes: number,
): Promise<Fetched> {
  const response = await untilAborted(
    signal,
    fetchImpl(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      cache: 'no-store',
      signal,
      headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9' },
    }),
  );
  const finalUrl = response.url === '' ? url : response.url;
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new HttpStatus(response.status);
  }
  if (!isWebUrl(finalUrl)) throw new Abort('not_allowed');
  const contentType = response.headers.get('content-type');
  const kind = policyMediaType(contentType);
  if (kind === null) {
    await response.body?.cancel().catch(() => undefined);
    throw new Abort('unsupported_type');
  }
  const declared = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new Abort('too_large');
  }
  const bytes = await readBounded(response, signal, maxBytes);
  if (looksBinary(bytes)) throw new Abort('binary');
  return { finalUrl, kind, body: decode(bytes, charsetOf(contentType)) };
}

/** `promise`, or an AbortError when the signal fires first (a fetch that ignores its signal cannot hang us). */
function untilAborted<T>(signal: AbortSignal, promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('aborted', 'AbortError'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The body, read chunk by chunk and given up past `maxBytes`: a 50 MB page is never buffered. */
async function readBounded(
  response: Response,
  signal: AbortSignal,
  maxBytes: number,
): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  // A stream that ignores the fetch's signal still stops when the timer fires.
  const stop = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', stop, { once: true });
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) throw new Abort('timeout');
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new Abort('too_large');
      }
      chunks.push(value);
    }
  } finally {
    signal.removeEventListener('abort', stop);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function decode(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown label: UTF-8, with replacement characters where it does not fit.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function notify(result: PolicyFetchOk): Promise<void> {
  const settled = await Promise.allSettled(listeners.map(async (l) => l(result)));
  for (const s of settled) {
    if (s.status === 'rejected') console.warn('[tegas] policy listener failed', String(s.reason));
  }
}
