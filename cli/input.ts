import { readFile, stat } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// Reading a page for the CLI: a file or an http(s) URL, bounded in size and
// time. Every failure becomes an InputError with a one-line reason (exit 2).

export const MAX_PAGE_BYTES = 15 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

export class InputError extends Error {
  override readonly name = 'InputError';
}

export interface PageInput {
  html: string;
  /** The page's own URL: given, recorded in a saved page, or the file's URL. */
  url: string;
}

export interface ReadOptions {
  timeoutMs?: number;
}

export async function readPage(
  source: string,
  urlOverride?: string,
  options: ReadOptions = {},
): Promise<PageInput> {
  const page = await readSource(source, options);
  checkLooksLikeHtml(page.html, source);
  return { html: page.html, url: urlOverride ?? savedFromUrl(page.html) ?? page.url };
}

/** A file or URL as text (HTML or plain), bounded; not yet checked to be a page. */
export async function readSource(source: string, options: ReadOptions = {}): Promise<PageInput> {
  const page = /^https?:\/\//i.test(source)
    ? await fetchPage(source, options.timeoutMs ?? FETCH_TIMEOUT_MS)
    : await readPageFile(source);
  if (page.html.trim() === '') throw new InputError(`${source} is empty`);
  return page;
}

async function readPageFile(path: string): Promise<PageInput> {
  const absolute = resolve(path);
  let size: number;
  try {
    const info = await stat(absolute);
    if (!info.isFile()) throw new InputError(`not a file: ${path}`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${path}: no such file`);
  }
  if (size === 0) throw new InputError(`${path} is empty`);
  if (size > MAX_PAGE_BYTES)
    throw new InputError(`${path} is too large (${mb(size)} MB; limit ${mb(MAX_PAGE_BYTES)} MB)`);
  const bytes = await readFile(absolute);
  return { html: decode(bytes, path), url: pathToFileURL(absolute).href };
}

async function fetchPage(url: string, timeoutMs: number): Promise<PageInput> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9' },
    });
  } catch (error) {
    const reason =
      error instanceof Error && error.name === 'TimeoutError'
        ? `timed out after ${timeoutMs / 1000} s`
        : 'unreachable';
    throw new InputError(`cannot fetch ${url}: ${reason}`);
  }
  if (!response.ok) throw new InputError(`cannot fetch ${url}: HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (type !== '' && !/html|xml|text\/plain/i.test(type))
    throw new InputError(`${url} is not an HTML page (content-type ${type.split(';')[0]})`);
  const bytes = await readBounded(response, url);
  return { html: decode(bytes, url), url: response.url || url };
}

async function readBounded(response: Response, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_PAGE_BYTES)
    throw new InputError(
      `${url} is too large (${mb(declared)} MB; limit ${mb(MAX_PAGE_BYTES)} MB)`,
    );
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_PAGE_BYTES) {
      await reader.cancel();
      throw new InputError(`${url} is too large (over ${mb(MAX_PAGE_BYTES)} MB)`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Uint8Array, source: string): string {
  // NUL bytes in the first KiB: an image, archive or other binary, not a page.
  if (bytes.subarray(0, 1024).includes(0))
    throw new InputError(`${source} is not an HTML page (binary content)`);
  return new TextDecoder('utf-8').decode(bytes);
}

function checkLooksLikeHtml(html: string, source: string): void {
  if (html.trim() === '') throw new InputError(`${source} is empty`);
  if (
    !/<\s*(?:!doctype\s+html|html|head|body|form|input|div|main|p|a|section)\b/i.test(
      html.slice(0, 200_000),
    )
  ) {
    throw new InputError(`${source} is not an HTML page`);
  }
}

/** The URL a browser recorded when the page was saved ("saved from url"), or its canonical link. */
export function savedFromUrl(html: string): string | undefined {
  const head = html.slice(0, 20_000);
  const saved = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+)\s*-->/i.exec(head);
  if (saved?.[1]) return saved[1];
  const canonical = /<link\b[^>]*rel=["']?canonical["']?[^>]*>/i.exec(head)?.[0];
  const href = canonical ? /href=["']?(https?:\/\/[^"'\s>]+)/i.exec(canonical)?.[1] : undefined;
  return href;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** A command's options and positionals; a parse failure is bad input (exit 2), not a stack trace. */
export function parseCommand<const T extends OptionsConfig>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    throw new InputError(error instanceof Error ? error.message : 'bad arguments');
  }
}
