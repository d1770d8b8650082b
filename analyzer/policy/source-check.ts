// Is a fetched document a privacy policy we can read? The pure half of fetching
// (the browser's background and the CLI share it): media type, binary content,
// login walls. Fetching itself, and turning HTML into text, happen elsewhere.

/** Why a policy could not be read. A contract: add, never rename. */
export const POLICY_FETCH_FAILURES = [
  'timeout',
  'too_large',
  'unsupported_type',
  'binary',
  'http_status',
  'network',
  'login_wall',
  'empty',
  'not_allowed',
] as const;
export type PolicyFetchFailureReason = (typeof POLICY_FETCH_FAILURES)[number];

/** Only web pages: no file:, data:, chrome:, javascript: or anything else. (No URL API in the pure layer.) */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i.test(url);
}

/**
 * 'html' or 'text' for the media types we read; null for anything else (a PDF,
 * an image, JSON). No content type at all: 'unknown', decided by sniffing.
 */
export function policyMediaType(contentType: string | null): 'html' | 'text' | 'unknown' | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === '') return 'unknown';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain') return 'text';
  return null;
}

/** The charset named in a Content-Type header, if any. */
export function charsetOf(contentType: string | null): string | undefined {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return match?.[1];
}

/**
 * Binary, not text: a NUL byte in the first 8 KiB (images, PDFs, archives), or
 * more than one in ten bytes there a control character other than tab/newline.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control += 1;
  }
  return head.length > 0 && control / head.length > 0.1;
}

/** True when the start of a text is HTML markup rather than plain text. */
export function looksLikeHtml(body: string): boolean {
  return /^\s*(?:<!doctype\s+html|<html|<head|<body)|<\/(?:p|div|h[1-6]|li)>/i.test(
    body.slice(0, 50_000),
  );
}

export interface PolicyPageSignals {
  /** The URL the document came from after redirects. */
  finalUrl: string;
  /** The document's <title>; '' for plain text. */
  title: string;
  /** The document has a password field. */
  hasPassword: boolean;
  /** Its readable text (without forms). */
  text: string;
}

const LOGIN_PATH =
  /(?:^|[/_.-])(?:log-?in|sign-?in|masuk|auth|sso|account\/login|session)(?:$|[/_.?-])/i;
const LOGIN_TITLE = /\b(?:log\s*-?\s*in|sign\s*-?\s*in|masuk|login)\b/i;
// Words every privacy policy uses, in either language.
const POLICY_WORDS =
  /\b(?:privasi|privacy|data pribadi|personal (?:data|information)|informasi pribadi|kebijakan|policy|cookies?|mengumpulkan|collect|pengolahan|pemrosesan|process(?:ing)?)\b/gi;
const WORD = /[\p{L}\p{N}]+/gu;

/** Below this many words with a login hint, the page is a sign-in form, not a policy. */
export const LOGIN_WALL_MAX_WORDS = 250;

/**
 * A sign-in page instead of the policy: a login hint (a password field, a
 * login URL after redirects, a "Login"/"Masuk" title) on a page with very
 * little text or hardly any policy vocabulary. A real policy page with a login
 * box in its header keeps its long text and is not a wall.
 */
export function looksLikeLoginWall(signals: PolicyPageSignals): boolean {
  // Path and query, without scheme and host.
  const path = signals.finalUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  const hint =
    signals.hasPassword || LOGIN_PATH.test(path) || LOGIN_TITLE.test(signals.title.slice(0, 200));
  if (!hint) return false;
  const sample = signals.text.slice(0, 200_000);
  const words = sample.match(WORD)?.length ?? 0;
  const vocabulary = sample.match(POLICY_WORDS)?.length ?? 0;
  return words < LOGIN_WALL_MAX_WORDS || vocabulary < 3;
}

/** Whitespace collapsed: the form of the text that is hashed, so reflowing a page is no change. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
