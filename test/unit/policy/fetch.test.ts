import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
  addPolicyListener,
  fetchPolicy,
  type PolicyFetchOk,
} from '../../../entrypoints/background/policy/fetch';
import {
  looksBinary,
  looksLikeLoginWall,
  policyMediaType,
} from '../../../analyzer/policy/source-check';

// fetchPolicy against a fake fetch: every failure reason, the streamed size
// cut, the timeout, and what a successful fetch returns.

const POLICY_HTML = `<!doctype html><html lang="id"><head><title>Kebijakan Privasi</title></head>
<body><nav>Beranda Produk Keranjang</nav><main><h1>Kebijakan Privasi</h1>
<p>Kami mengumpulkan nama, alamat email dan nomor telepon Anda untuk memproses pesanan.</p>
<p>Data pribadi Anda   disimpan selama 5 (lima) tahun setelah akun ditutup.</p>
<p>Anda berhak mengakses dan menghapus data pribadi Anda melalui privasi@toko.example.</p>
</main></body></html>`;

interface FakeResponse {
  body?: BodyInit | null;
  status?: number;
  type?: string | null;
  /** The URL after redirects. */
  url?: string;
  headers?: Record<string, string>;
}

function respond(r: FakeResponse): Response {
  const headers = new Headers(r.headers);
  if (r.type !== null) headers.set('content-type', r.type ?? 'text/html; charset=utf-8');
  const response = new Response(r.body ?? null, { status: r.status ?? 200, headers });
  if (r.url !== undefined) Object.defineProperty(response, 'url', { value: r.url });
  return response;
}

function fakeFetch(r: FakeResponse | (() => Promise<Response>)) {
  return vi.fn<typeof fetch>(async () => (typeof r === 'function' ? r() : respond(r)));
}

const URL_ = 'https://toko.example/kebijakan-privasi';
const NOW = () => new Date('2026-11-25T05:00:00.000Z');

describe('fetchPolicy', () => {
  it('returns the text, its hash and the time, without cookies or referrer', async () => {
    const fetchImpl = fakeFetch({ body: POLICY_HTML, url: `${URL_}/` });
    const result = await fetchPolicy(URL_, { fetchImpl, now: NOW });
    expect(result.ok).toBe(true);
    const ok = result as PolicyFetchOk;
    expect(ok).toMatchObject({ url: URL_, finalUrl: `${URL_}/`, fetchedAt: NOW().toISOString() });
    expect(ok.text).toContain('Kami mengumpulkan nama');
    expect(ok.text).not.toContain('<p>');
    expect(ok.text).not.toContain('Beranda Produk');
    const collapsed = ok.text.replace(/\s+/g, ' ').trim();
    expect(ok.hash).toBe(createHash('sha256').update(collapsed).digest('hex'));
    const init = fetchImpl.mock.calls[0]?.[1];
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('hashes the same text laid out differently the same', async () => {
    const a = await fetchPolicy(URL_, { fetchImpl: fakeFetch({ body: POLICY_HTML }) });
    const b = await fetchPolicy(URL_, {
      fetchImpl: fakeFetch({ body: POLICY_HTML.replaceAll('   ', ' ').replaceAll('\n', '  ') }),
    });
    expect(a.ok && b.ok && a.hash === b.hash).toBe(true);
    const c = await fetchPolicy(URL_, {
      fetchImpl: fakeFetch({ body: POLICY_HTML.replace('5 (lima) tahun', '10 tahun') }),
    });
    expect(a.ok && c.ok && a.hash !== c.hash).toBe(true);
  });

  it('reads plain text as it is', async () => {
    const text = 'Kebijakan Privasi\nKami menyimpan data Anda selama 2 tahun.';
    const result = await fetchPolicy(URL_, {
      fetchImpl: fakeFetch({ body: text, type: 'text/plain; charset=utf-8' }),
    });
    expect(result).toMatchObject({ ok: true, text });
  });

  it('decodes the charset the server names', async () => {
    const bytes = new Uint8Array([
      ...Buffer.from('Kebijakan privasi: data pribadi Anda aman '),
      0xe9,
    ]);
    const result = await fetchPolicy(URL_, {
      fetchImpl: fakeFetch({ body: bytes, type: 'text/plain; charset=windows-1252' }),
    });
    expect(result.ok && result.text.endsWith('é')).toBe(true);
  });

  const failures: [string, FakeResponse | (() => Promise<Response>), object][] = [
    ['a PDF', { body: '%PDF-1.7 …', type: 'application/pdf' }, { reason: 'unsupported_type' }],
    ['an image', { body: 'x', type: 'image/png' }, { reason: 'unsupported_type' }],
    [
      'binary junk served as HTML',
      { body: new Uint8Array([0x3c, 0x68, 0, 0xff, 0x10, 0x02, 0x00]) },
      { reason: 'binary' },
    ],
    ['a 404', { body: 'not found', status: 404 }, { reason: 'http_status', status: 404 }],
    ['a 500', { body: '', status: 500 }, { reason: 'http_status', status: 500 }],
    [
      'endless redirects (fetch rejects with a TypeError)',
      () => Promise.reject(new TypeError('redirect count exceeded')),
      { reason: 'network' },
    ],
    [
      'an unreachable host',
      () => Promise.reject(new TypeError('fetch failed')),
      { reason: 'network' },
    ],
    [
      'a login page after a redirect',
      {
        body: '<html><head><title>Masuk</title></head><body><form><input name="u"><input type="password" name="p"></form><p>Masuk ke akun Anda untuk melanjutkan.</p></body></html>',
        url: 'https://toko.example/masuk?next=/kebijakan-privasi',
      },
      { reason: 'login_wall' },
    ],
    [
      'a "Login" page without a password field',
      {
        body: '<html><head><title>Login - Toko</title></head><body><p>Silakan login dengan nomor HP Anda.</p></body></html>',
      },
      { reason: 'login_wall' },
    ],
    [
      'an empty page',
      { body: '<html><body><script>app()</script></body></html>' },
      { reason: 'empty' },
    ],
    ['an empty body', { body: '' }, { reason: 'empty' }],
    [
      'a declared length over the limit',
      { body: 'x', headers: { 'content-length': String(50 * 1024 * 1024) } },
      { reason: 'too_large' },
    ],
  ];
  it.each(failures)('fails cleanly on %s', async (_name, response, expected) => {
    const result = await fetchPolicy(URL_, { fetchImpl: fakeFetch(response) });
    expect(result).toEqual({ ok: false, url: URL_, ...expected });
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'chrome://settings',
    'data:text/html,x',
    'nonsense',
  ])('does not fetch %s', async (url) => {
    const fetchImpl = fakeFetch({ body: POLICY_HTML });
    expect(await fetchPolicy(url, { fetchImpl })).toEqual({
      ok: false,
      url,
      reason: 'not_allowed',
    });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('stops reading a huge streamed body past maxBytes, without buffering it', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const result = await fetchPolicy(URL_, {
      fetchImpl: fakeFetch({ body }),
      maxBytes: 2 * 1024 * 1024,
    });
    expect(result).toEqual({ ok: false, url: URL_, reason: 'too_large' });
    expect(cancelled).toBe(true);
    // The stream may run a few chunks ahead of the reader, never to 50 MB.
    expect(pulled).toBeLessThan(3 * 1024 * 1024);
  });

  it('times out when the server never answers', async () => {
    const fetchImpl = vi.fn<typeof fetch>(() => new Promise<Response>(() => undefined));
    const result = await fetchPolicy(URL_, { fetchImpl, timeoutMs: 50 });
    expect(result).toEqual({ ok: false, url: URL_, reason: 'timeout' });
  });

  it('times out when the body stalls half-way', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('<html><body><p>Kebijakan'));
      },
      pull() {
        return new Promise<void>(() => undefined);
      },
    });
    const result = await fetchPolicy(URL_, { fetchImpl: fakeFetch({ body }), timeoutMs: 50 });
    expect(result).toEqual({ ok: false, url: URL_, reason: 'timeout' });
  });

  it('tells listeners about successful fetches only, and survives a failing listener', async () => {
    const seen: string[] = [];
    addPolicyListener(() => {
      throw new Error('listener bug');
    });
    addPolicyListener(async (fetched) => {
      seen.push(fetched.hash);
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ok = await fetchPolicy(URL_, { fetchImpl: fakeFetch({ body: POLICY_HTML }) });
    await fetchPolicy(URL_, { fetchImpl: fakeFetch({ body: 'x', type: 'application/pdf' }) });
    warn.mockRestore();
    expect(ok.ok).toBe(true);
    expect(seen).toEqual([ok.ok ? ok.hash : '']);
  });
});

describe('source checks', () => {
  it('accepts HTML, XHTML and plain text only', () => {
    expect(policyMediaType('text/html; charset=UTF-8')).toBe('html');
    expect(policyMediaType('application/xhtml+xml')).toBe('html');
    expect(policyMediaType('text/plain')).toBe('text');
    expect(policyMediaType(null)).toBe('unknown');
    expect(policyMediaType('application/pdf')).toBeNull();
    expect(policyMediaType('application/json')).toBeNull();
  });

  it('tells binary from text', () => {
    expect(looksBinary(new TextEncoder().encode('Kebijakan privasi\n\tdata'))).toBe(false);
    expect(looksBinary(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0]))).toBe(true);
    expect(looksBinary(new Uint8Array(100).fill(1))).toBe(true);
  });

  it('keeps a long policy with a login box in its header', () => {
    const policy =
      'Kebijakan privasi ini menjelaskan cara kami mengumpulkan dan memproses data pribadi Anda. '.repeat(
        40,
      );
    expect(
      looksLikeLoginWall({
        finalUrl: URL_,
        title: 'Kebijakan Privasi',
        hasPassword: true,
        text: policy,
      }),
    ).toBe(false);
    expect(
      looksLikeLoginWall({
        finalUrl: 'https://toko.example/login',
        title: '',
        hasPassword: false,
        text: 'Sign in',
      }),
    ).toBe(true);
    expect(
      looksLikeLoginWall({
        finalUrl: URL_,
        title: 'Kebijakan Privasi',
        hasPassword: false,
        text: 'Singkat.',
      }),
    ).toBe(false);
  });
});
