import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

// Fixture shops on 127.0.0.1:<random port>: never live sites. Every shop form
// posts to /submit/<shop>, which records the fields it received so a test can
// compare what the page sends with and without the extension.

/** The session-replay vendor host the checkout loads; browsers map it to 127.0.0.1. */
export const TRACKER_HOST = 'static.hotjar.com';

export const SHOPS = {
  /** (a) Indonesian checkout: pre-ticked marketing box, session-replay script. */
  checkout: { path: '/toko-a/checkout', file: 'toko-a-checkout.html' },
  /** (b) Clean signup. */
  signup: { path: '/toko-b/daftar', file: 'toko-b-daftar.html' },
  /** (c) SPA checkout: the form appears after ~1 s, rendered by script, no <form>. */
  spa: { path: '/toko-c/checkout', file: 'toko-c-spa.html' },
  /** (d) Asks for geolocation on load; no form. */
  geolocation: { path: '/toko-d/toko-terdekat', file: 'toko-d-lokasi.html' },
  /** (e) Plain article without forms. */
  article: { path: '/blog/tips-belanja-aman', file: 'artikel.html' },
} as const;
export type ShopName = keyof typeof SHOPS;

export interface Submission {
  /** The shop id from the endpoint path (a, b, c…). */
  shop: string;
  contentType: string;
  /** Name/value pairs in the order received. */
  fields: [string, string][];
}

export interface ShopServer {
  readonly origin: string;
  readonly port: number;
  /** Requests for the tracker stub, as proof the page loaded it from the mapped host. */
  readonly trackerHits: string[];
  readonly submissions: Submission[];
  url(shop: ShopName): string;
  close(): Promise<void>;
}

const DIR = import.meta.dirname;

function readShop(file: string): string {
  return readFileSync(join(DIR, file), 'utf8');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > 1_000_000) throw new Error('body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseFields(contentType: string, body: string): [string, string][] {
  if (contentType.startsWith('application/json')) {
    const parsed: unknown = JSON.parse(body);
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((pair: unknown): [string, string][] =>
      Array.isArray(pair) && pair.length === 2 ? [[String(pair[0]), String(pair[1])]] : [],
    );
  }
  return [...new URLSearchParams(body)];
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** `extraPages`: more pages by path (the benchmarks add generated ones). */
export async function startShopServer(
  options: { extraPages?: Readonly<Record<string, string>> } = {},
): Promise<ShopServer> {
  const submissions: Submission[] = [];
  const trackerHits: string[] = [];
  let port = 0;
  const pages = new Map<string, string>(
    Object.values(SHOPS).map((s) => [s.path, readShop(s.file)] as const),
  );
  for (const [path, html] of Object.entries(options.extraPages ?? {})) pages.set(path, html);
  const stub = readShop('hotjar-stub.js');

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const host = (req.headers.host ?? '').split(':')[0] ?? '';
    if (host === TRACKER_HOST || url.pathname.startsWith(`/${TRACKER_HOST}/`)) {
      trackerHits.push(url.pathname);
      send(res, 200, 'text/javascript; charset=utf-8', stub);
      return;
    }
    const page = pages.get(url.pathname);
    if (req.method === 'GET' && page !== undefined) {
      const html = page.replaceAll('__TRACKER_ORIGIN__', `http://${TRACKER_HOST}:${port}`);
      send(res, 200, 'text/html; charset=utf-8', html);
      return;
    }
    const submit = /^\/submit\/([a-z])$/.exec(url.pathname);
    if (req.method === 'POST' && submit?.[1] !== undefined) {
      const shop = submit[1];
      const contentType = req.headers['content-type'] ?? '';
      readBody(req)
        .then((body) => {
          submissions.push({ shop, contentType, fields: parseFields(contentType, body) });
          send(
            res,
            200,
            'text/html; charset=utf-8',
            '<!doctype html><html lang="id"><title>Terima kasih</title><h1 id="thanks">Terima kasih, pesanan diterima</h1></html>',
          );
        })
        .catch(() => send(res, 400, 'text/plain', 'bad request'));
      return;
    }
    if (req.method === 'GET' && url.pathname === '/') {
      const links = Object.values(SHOPS)
        .map((s) => `<li><a href="${s.path}">${s.path}</a></li>`)
        .join('');
      send(res, 200, 'text/html; charset=utf-8', `<!doctype html><ul>${links}</ul>`);
      return;
    }
    // Policy pages and anything else the shops link to: a small page, never a 404 storm.
    send(res, 200, 'text/html; charset=utf-8', '<!doctype html><p>Halaman contoh.</p>');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    trackerHits,
    submissions,
    url: (shop) => origin + SHOPS[shop].path,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
