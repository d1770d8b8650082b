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

/** The realistic Indonesian privacy policy the checkout links (most elements; vague retention, no transfer abroad). */
export const POLICY_PATH = '/kebijakan-privasi';

/**
 * Bad privacy-policy links: `/uji-kebijakan/<case>/checkout` is shop (a) with its policy link
 * pointing to `/uji-kebijakan/<case>/kebijakan`, which answers with the case.
 */
export const POLICY_CASES = {
  /** A PDF (application/pdf). */
  pdf: 'unsupported_type',
  /** 50 MB of HTML, streamed without Content-Length. */
  besar: 'too_large',
  /** A redirect to itself, without end. */
  putar: 'network',
  /** Binary junk served as text/html. */
  biner: 'binary',
  /** A redirect to a sign-in page. */
  masuk: 'login_wall',
} as const;
export type PolicyCase = keyof typeof POLICY_CASES;

/**
 * Shop (a) with one slow image: `/lambat/checkout?ms=N` holds the page's load event for N ms;
 * `?ms=never` never lets it fire (the image's response stays open until the server closes).
 */
export const SLOW_CHECKOUT_PATH = '/lambat/checkout';
const SLOW_IMAGE_PATH = '/lambat/gambar.gif';
/** A 1×1 transparent GIF. */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

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
  /** Shop (a)'s checkout whose policy link is the bad `policyCase`. */
  policyCaseUrl(policyCase: PolicyCase): string;
  /** Requests for the policy pages, by path (without query). */
  readonly policyHits: string[];
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

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** `extraPages`: more pages by path (the benchmarks add generated ones). */
export async function startShopServer(
  options: {
    extraPages?: Readonly<Record<string, string>>;
    /** The policy page's HTML per request (the benchmarks serve long, changing policies). */
    policyHtml?: () => string;
  } = {},
): Promise<ShopServer> {
  const submissions: Submission[] = [];
  const trackerHits: string[] = [];
  let port = 0;
  const pages = new Map<string, string>(
    Object.values(SHOPS).map((s) => [s.path, readShop(s.file)] as const),
  );
  const checkout = readShop(SHOPS.checkout.file);
  for (const name of Object.keys(POLICY_CASES)) {
    pages.set(
      `/uji-kebijakan/${name}/checkout`,
      checkout.replaceAll(`href="${POLICY_PATH}"`, `href="/uji-kebijakan/${name}/kebijakan"`),
    );
  }
  const policyHtml = readShop('kebijakan-privasi.html');
  const policyHits: string[] = [];
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
    if (url.pathname === POLICY_PATH || url.pathname.startsWith('/uji-kebijakan/')) {
      policyHits.push(url.pathname);
    }
    if (req.method === 'GET' && url.pathname === POLICY_PATH) {
      send(res, 200, 'text/html; charset=utf-8', options.policyHtml?.() ?? policyHtml);
      return;
    }
    const badPolicy = /^\/uji-kebijakan\/([a-z]+)\/kebijakan$/.exec(url.pathname)?.[1];
    if (req.method === 'GET' && badPolicy !== undefined && badPolicy in POLICY_CASES) {
      serveBadPolicy(badPolicy as PolicyCase, url, res);
      return;
    }
    if (req.method === 'GET' && url.pathname === '/masuk') {
      send(res, 200, 'text/html; charset=utf-8', LOGIN_PAGE);
      return;
    }
    if (req.method === 'GET' && url.pathname === SLOW_CHECKOUT_PATH) {
      const ms = url.searchParams.get('ms') ?? '1000';
      const img = `<img alt="" width="1" height="1" src="${SLOW_IMAGE_PATH}?ms=${encodeURIComponent(ms)}">`;
      send(res, 200, 'text/html; charset=utf-8', checkout.replace('</body>', `${img}</body>`));
      return;
    }
    if (req.method === 'GET' && url.pathname === SLOW_IMAGE_PATH) {
      const ms = Number(url.searchParams.get('ms'));
      // `never` (NaN): the response stays open; closeAllConnections ends it.
      if (Number.isFinite(ms)) setTimeout(() => send(res, 200, 'image/gif', GIF), ms);
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
    policyCaseUrl: (policyCase) => `${origin}/uji-kebijakan/${policyCase}/checkout`,
    policyHits,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

const LOGIN_PAGE = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Masuk - Toko Rempah Jaya</title></head>
<body><main><h1>Masuk</h1><form method="post" action="/masuk">
<label>Email atau nomor HP <input name="akun" autocomplete="username"></label>
<label>Kata sandi <input type="password" name="sandi" autocomplete="current-password"></label>
<button>Masuk</button></form><p>Belum punya akun? <a href="/toko-b/daftar">Daftar</a></p></main></body></html>`;

const BIG_BYTES = 50 * 1024 * 1024;

function serveBadPolicy(name: PolicyCase, url: URL, res: ServerResponse): void {
  switch (name) {
    case 'pdf':
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(
        '%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
      );
      return;
    case 'biner': {
      const junk = Buffer.alloc(4096);
      for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(junk);
      return;
    }
    case 'putar': {
      const n = Number(url.searchParams.get('n') ?? '0') + 1;
      res.writeHead(302, { location: `${url.pathname}?n=${n}`, 'cache-control': 'no-store' });
      res.end();
      return;
    }
    case 'masuk':
      res.writeHead(302, { location: `/masuk?lanjut=${encodeURIComponent(POLICY_PATH)}` });
      res.end();
      return;
    case 'besar': {
      // Streamed in 64 KB chunks, respecting backpressure; stops when the client gives up.
      const chunk = Buffer.from(
        `<p>${'Kebijakan privasi yang sangat panjang. '.repeat(1600)}</p>\n`,
      );
      let sent = 0;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write('<!doctype html><html><body>');
      const pump = (): void => {
        while (sent < BIG_BYTES && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        if (!res.destroyed) res.end('</body></html>');
      };
      pump();
      return;
    }
  }
}
