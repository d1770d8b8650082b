import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { PolicyReportSchema, ScanReportSchema } from '../../analyzer';
import { DEMO_PAGE } from '../support/fixtures';

const run = (...argv: string[]) => runCli(argv, { timeoutMs: 800 });

const dir = mkdtempSync(join(tmpdir(), 'tegas-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

let server: Server;
let base = '';
beforeAll(async () => {
  const demo = await import('node:fs').then((fs) => fs.readFileSync(DEMO_PAGE, 'utf8'));
  server = createServer((req, res) => {
    if (req.url === '/checkout')
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(demo);
    else if (req.url === '/image')
      res
        .writeHead(200, { 'content-type': 'image/png' })
        .end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    else if (req.url === '/slow')
      setTimeout(
        () => res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>'),
        3000,
      );
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('tegas scan', () => {
  it('prints a valid ScanReport as JSON for the demo shop, with its findings', async () => {
    const { code, stdout, stderr } = await run('scan', DEMO_PAGE, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = ScanReportSchema.parse(JSON.parse(stdout));
    expect(report.url).toBe('https://toko-nusantara.example/checkout');
    expect(report.pageKind).toBe('checkout');
    expect(report.language).toBe('id');
    expect(report.fields.find((f) => f.category === 'national_id')?.required).toBe(true);
    expect(report.consents.some((c) => c.prechecked && c.purposes.includes('marketing'))).toBe(
      true,
    );
    expect(report.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['consent.prechecked', 'consent.bundled', 'data.excessive']),
    );
  });

  it('prints a readable summary in the chosen language', async () => {
    const id = await run('scan', DEMO_PAGE, '--lang', 'id');
    expect(id.stdout).toContain('Data pribadi yang diminta');
    expect(id.stdout).toContain('SUDAH DICENTANG');
    const en = await run('scan', DEMO_PAGE, '--lang', 'en');
    expect(en.stdout).toContain('Personal data asked for');
    expect(en.stdout).toContain('Pasal 20(2)(a)');
    // "Why this score": one deduction line per rule, e.g. "−30: …".
    expect(en.stdout).toMatch(/^\s+[−-]30: /m);
    expect(id.stdout).toMatch(/^\s+[−-]30: /m);
  });

  it('switches rulebook', async () => {
    const { stdout } = await run('scan', DEMO_PAGE, '--json', '--rulebook', 'gdpr');
    const report = ScanReportSchema.parse(JSON.parse(stdout));
    expect(report.score?.rulebook).toBe('gdpr');
    expect(report.findings.flatMap((f) => f.citations).every((c) => c.rulebook === 'gdpr')).toBe(
      true,
    );
  });

  it('scans a URL over HTTP', async () => {
    const { code, stdout } = await run('scan', `${base}/checkout`, '--json');
    expect(code).toBe(0);
    expect(ScanReportSchema.parse(JSON.parse(stdout)).fields.length).toBeGreaterThan(5);
  });

  it('exits 1 when the page has nothing to analyse', async () => {
    const { code, stdout } = await run(
      'scan',
      file('blog.html', '<html><body><h1>Blog</h1><p>Hello</p></body></html>'),
      '--json',
    );
    expect(code).toBe(1);
    expect(ScanReportSchema.parse(JSON.parse(stdout)).score).toBeNull();
  });

  const bad: [string, () => string[], RegExp][] = [
    ['a missing file', () => ['scan', join(dir, 'nope.html')], /no such file/],
    ['an empty file', () => ['scan', file('empty.html', '')], /is empty/],
    ['a whitespace-only file', () => ['scan', file('blank.html', '   \n ')], /is empty/],
    [
      'a non-HTML text file',
      () => ['scan', file('notes.txt', 'just some words, no markup at all')],
      /not an HTML page/,
    ],
    [
      'a binary file',
      () => ['scan', file('img.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))],
      /binary/,
    ],
    ['a directory', () => ['scan', dir], /not a file/],
    [
      'an unreachable URL',
      () => ['scan', 'http://127.0.0.1:9/checkout'],
      /cannot fetch .*unreachable/,
    ],
    ['an HTTP error', () => ['scan', `${base}/missing`], /HTTP 404/],
    ['a URL that is not a page', () => ['scan', `${base}/image`], /not an HTML page/],
    ['a URL that times out', () => ['scan', `${base}/slow`], /timed out/],
    ['no argument', () => ['scan'], /needs a file or URL/],
    ['an unknown option', () => ['scan', DEMO_PAGE, '--bogus'], /Unknown option/],
    ['an unknown rulebook', () => ['scan', DEMO_PAGE, '--rulebook', 'xx'], /unknown rulebook/],
    ['an unknown language', () => ['scan', DEMO_PAGE, '--lang', 'fr'], /--lang must be/],
    ['an invalid --url', () => ['scan', DEMO_PAGE, '--url', 'not a url'], /not a valid URL/],
    ['an unknown command', () => ['frobnicate'], /unknown command/],
  ];
  it.each(bad)('gives a one-line error and exit code 2 for %s', async (_name, argv, message) => {
    const { code, stdout, stderr } = await run(...argv());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('tegas policy', () => {
  const policy = `<html><body><nav>Home Shop</nav><main><h1>Kebijakan Privasi</h1>
    <p>Kami mengumpulkan nama, alamat email dan nomor telepon Anda untuk memproses pesanan.</p>
    <p>Kami menyimpan data Anda selama 5 tahun setelah akun ditutup.</p>
    <p>Anda berhak mengakses, memperbaiki dan menghapus data pribadi Anda dengan menghubungi privasi@toko.example.</p>
    ${'<p>Ketentuan tambahan berlaku untuk layanan kami dan dijelaskan di halaman ini.</p>'.repeat(8)}</main></body></html>`;
  it('analyses an HTML policy file into a valid PolicyReport', async () => {
    const { code, stdout } = await run('policy', file('privasi.html', policy), '--json');
    expect(code).toBe(0);
    const report = PolicyReportSchema.parse(JSON.parse(stdout));
    expect(report.language).toBe('id');
    expect(report.elements.retention.present).toBe(true);
    expect(report.elements.rights.present).toBe(true);
    expect(report.elements.retention.evidence.join(' ')).not.toContain('Home Shop');
  });

  it('analyses plain text and prints a checklist', async () => {
    const { code, stdout } = await run(
      'policy',
      file(
        'privacy.txt',
        'We keep your data for 2 years. You may access or delete your data by emailing privacy@shop.example.',
      ),
      '--lang',
      'en',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/retention\s+present/);
  });

  it('rejects a binary file with exit code 2', async () => {
    const { code, stderr } = await run(
      'policy',
      file('policy.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1])),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/binary/);
  });
});

describe('the tegas bin', () => {
  it('runs through node as installed by npm ci, with exit codes', async () => {
    const bin = join(import.meta.dirname, '..', '..', 'cli', 'bin', 'tegas.mjs');
    const ok = await promisify(execFile)(process.execPath, [
      bin,
      'scan',
      DEMO_PAGE,
      '--lang',
      'en',
    ]);
    expect(ok.stdout).toContain('consent.prechecked');
    const failed = await promisify(execFile)(process.execPath, [
      bin,
      'scan',
      join(dir, 'missing.html'),
    ]).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toMatch(/^tegas: cannot read .*no such file\n$/);
  }, 30_000);
});
