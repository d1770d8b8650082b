import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PolicyReportSchema } from '../../analyzer';
import { runCli } from '../support/cli';
import { POLICY_PATH, startShopServer, type ShopServer } from '../e2e/shops/server';

// `tegas policy <url>` against the fixture server's bad policy links: each gives one
// line on stderr and exit code 2, quickly, never a hang or a stack trace.

const run = (...argv: string[]) => runCli(argv, { timeoutMs: 5000 });

let server: ShopServer;
beforeAll(async () => {
  server = await startShopServer();
});
afterAll(async () => {
  await server?.close();
});

describe('tegas policy <url>', () => {
  it('reads the fixture policy over HTTP', async () => {
    const { code, stdout, stderr } = await run('policy', server.origin + POLICY_PATH, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = PolicyReportSchema.parse(JSON.parse(stdout));
    expect(report.elements.rights.present).toBe(true);
    expect(report.elements.transfer_abroad.present).toBe(false);
  });

  const bad: [string, string, RegExp][] = [
    ['a PDF', '/uji-kebijakan/pdf/kebijakan', /is not an HTML or plain-text page/],
    ['a 50 MB page', '/uji-kebijakan/besar/kebijakan', /is too large \(over 15\.0 MB\)/],
    ['an endless redirect', '/uji-kebijakan/putar/kebijakan', /redirects without end/],
    ['binary junk', '/uji-kebijakan/biner/kebijakan', /binary content/],
    ['a login wall', '/uji-kebijakan/masuk/kebijakan', /sign-in page, not a privacy policy/],
  ];
  it.each(bad)('gives a one-line error and exit code 2 for %s', async (_name, path, message) => {
    const { code, stdout, stderr } = await run('policy', server.origin + path);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
