import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { ScanReportSchema } from '../../analyzer';
import { DEMO_PAGE } from '../support/fixtures';

// `tegas report` and `tegas letter` end to end through main(): good paths,
// and bad input that must exit 2 with one line on stderr.

const run = (...argv: string[]) => runCli(argv, { timeoutMs: 800 });

const dir = mkdtempSync(join(tmpdir(), 'tegas-report-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

let scanJson = '';
beforeAll(async () => {
  const { stdout } = await run('scan', DEMO_PAGE, '--json', '--lang', 'id');
  scanJson = file('scan.json', stdout);
});

describe('tegas report', () => {
  it('prints Markdown from a scan.json with findings and citations', async () => {
    const { code, stdout, stderr } = await run('report', scanJson, '--lang', 'id');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Laporan Tegas/);
    expect(stdout).toContain('UU PDP (UU 27/2022) Pasal 20(2)(a)');
    expect(stdout).toContain('Ini bukan nasihat hukum.');
  });

  it('scans a page.html first and prints a standalone HTML document', async () => {
    const { code, stdout } = await run(
      'report',
      DEMO_PAGE,
      '--format',
      'html',
      '--lang',
      'en',
      '--analysed-at',
      '2026-03-16T08:00+07:00',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).toContain('Monday 16 March 2026, 08:00 WIB');
    expect(stdout).toContain('Pasal 22(4)(a)');
    expect(stdout).not.toMatch(/<script/i);
  });

  it('prints JSON whose scan validates', async () => {
    const { code, stdout } = await run('report', scanJson, '--json');
    expect(code).toBe(0);
    const data: unknown = JSON.parse(stdout);
    expect(data).toMatchObject({ kind: 'tegas-report', schemaVersion: 1 });
    expect(ScanReportSchema.safeParse((data as { scan: unknown }).scan).success).toBe(true);
  });

  it('escapes hostile page text in HTML', async () => {
    const page = file(
      'hostile.html',
      '<html><body><form><label>Nama <input name="nama" required></label><label><input type="checkbox" name="promo" checked> Kirimi saya promo &lt;img src=x onerror=alert(1)&gt;</label><button>Daftar</button></form></body></html>',
    );
    const { stdout } = await run('report', page, '--format', 'html');
    expect(stdout).not.toMatch(/<\s*img/i);
    expect(stdout).toMatch(/&lt; ?img src=x onerror=alert\(1\) ?&gt;/);
  });

  it('exits 1 when the page has nothing to analyse', async () => {
    const { code } = await run(
      'report',
      file('empty.html', '<html><body><p>Halo</p></body></html>'),
    );
    expect(code).toBe(1);
  });

  it.each([
    ['no input', ['report'], /report needs a scan or a page/],
    ['a bad format', ['report', 'SCAN', '--format', 'pdf'], /--format must be md, html or json/],
    ['invalid JSON', ['report', 'BADJSON'], /is not valid JSON/],
    [
      'a JSON that is not a scan report',
      ['report', 'NOTSCAN'],
      /is not a Tegas scan report at schemaVersion/,
    ],
    ['a missing file', ['report', '/nonexistent/scan.json'], /cannot read/],
    ['a bad zone', ['report', 'SCAN', '--zone', 'CET'], /--zone must be WIB, WITA or WIT/],
    [
      'a bad ledger',
      ['report', 'SCAN', '--ledger', 'NOTSCAN'],
      /is not a ledger export or summary/,
    ],
  ])('exits 2 on %s, with one line', async (_name, args, message) => {
    const bad = file('bad.json', '{ not json');
    const notScan = file('not-scan.json', '{"schemaVersion": 2}');
    const argv = args.map((a) =>
      a === 'SCAN' ? scanJson : a === 'BADJSON' ? bad : a === 'NOTSCAN' ? notScan : a,
    );
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('adds a ledger summary with its verification', async () => {
    const ledger = file(
      'ledger.json',
      JSON.stringify({
        chainVerified: true,
        algorithm: 'SHA-256',
        records: [
          {
            at: '2026-03-10T03:00:00Z',
            site: 'https://toko-nusantara.example',
            categories: ['name', 'national_id'],
            hash: 'b'.repeat(64),
          },
        ],
      }),
    );
    const { code, stdout } = await run('report', scanJson, '--ledger', ledger, '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain('Hash chain verified');
    expect(stdout).toContain('b'.repeat(64));
  });
});

describe('tegas letter', () => {
  it('drafts an access request with the deadline as a date and time', async () => {
    const { code, stdout, stderr } = await run(
      'letter',
      'access',
      '--scan',
      scanJson,
      '--lang',
      'id',
      '--name',
      'Siti',
      '--controller',
      'Toko Nusantara',
      '--sent-at',
      '2026-03-16T09:00',
      '--date',
      '2026-03-16',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Perihal: Permohonan akses dan salinan data pribadi (Pasal 7 UU 27/2022)',
    );
    expect(stdout).toContain('permohonan tercatat');
    expect(stdout).toContain('Kamis, 19 Maret 2026 pukul 09.00 WIB');
    expect(stdout).toContain('- NIK / nomor identitas');
    expect(stdout).toContain('[Alamat Anda]');
  });

  it('drafts a complaint with the filing deadline from --known-date', async () => {
    const { code, stdout } = await run(
      'letter',
      'complaint',
      '--scan',
      scanJson,
      '--lang',
      'id',
      '--known-date',
      '2026-03-16',
      '--date',
      '2026-03-17',
      '--breach',
      '--leaked',
      'NIK',
      '--not-notified',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('[nama instansi pengawas pelindungan data pribadi]');
    expect(stdout).toContain('Pasal 29 ayat (3) Permenkominfo 20/2016');
    expect(stdout).toContain('Rabu, 6 Mei 2026');
  });

  it('prints JSON with --json', async () => {
    const { code, stdout } = await run(
      'letter',
      'deletion',
      '--json',
      '--lang',
      'en',
      '--date',
      '2026-03-16',
    );
    expect(code).toBe(0);
    const data: unknown = JSON.parse(stdout);
    expect(data).toMatchObject({
      kind: 'deletion',
      lang: 'en',
      responseDeadline: { hasDeadline: false },
    });
  });

  it('drafts a reminder for an overdue request', async () => {
    const { code, stdout } = await run(
      'letter',
      'withdraw',
      '--reminder',
      '--sent-at',
      '2026-03-02T10:00',
      '--date',
      '2026-03-16',
      '--lang',
      'en',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Subject: Reminder');
    expect(stdout).toContain('That deadline has passed');
  });

  it('escalates an unanswered request to a complaint', async () => {
    const { code, stdout } = await run(
      'letter',
      'complaint',
      '--unanswered',
      'access',
      '--request-sent',
      '2026-03-02T09:00',
      '--date',
      '2026-03-16',
      '--lang',
      'id',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Permohonan yang tidak ditanggapi');
  });

  it.each([
    ['no kind', ['letter'], /letter needs a kind/],
    ['an unknown kind', ['letter', 'complain'], /letter needs a kind.*not "complain"/],
    [
      'a bad --known-date',
      ['letter', 'complaint', '--known-date', '16/03/2026'],
      /--known-date must be a date/,
    ],
    ['a bad --sent-at', ['letter', 'access', '--sent-at', 'yesterday'], /--sent-at must be a date/],
    [
      'breach flags on a request',
      ['letter', 'access', '--breach'],
      /belong to: tegas letter complaint/,
    ],
    [
      '--unanswered without --request-sent',
      ['letter', 'complaint', '--unanswered', 'access'],
      /needs --request-sent/,
    ],
    [
      'a bad --unanswered kind',
      ['letter', 'complaint', '--unanswered', 'refund', '--request-sent', '2026-03-01'],
      /--unanswered must be one of/,
    ],
    [
      '--reminder without --sent-at',
      ['letter', 'access', '--reminder'],
      /--reminder needs --sent-at/,
    ],
    ['a bad scan file', ['letter', 'access', '--scan', '/nonexistent/scan.json'], /cannot read/],
    ['an unknown option', ['letter', 'access', '--frobnicate'], /Unknown option/],
  ])('exits 2 on %s, with one line', async (_name, args, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
