import { describe, expect, it } from 'vitest';
import {
  buildReportView,
  ledgerSummaryOf,
  LedgerSummarySchema,
  reportHtml,
  reportMarkdown,
  type LedgerEntryLike,
} from '../../../analyzer/report';
import { HOSTILE, REPORT_INPUT, SCAN } from './fixtures';

// The report's ledger rows (consent state at submit, policy link) and the
// page's policy links: what the extension's report page and `tegas report
// --ledger` show, built once by ledgerSummaryOf.

const SITE = 'https://toko-contoh.example';
const entry = (over: Partial<LedgerEntryLike>): LedgerEntryLike => ({
  time: '2026-03-10T03:00:00.000Z',
  origin: SITE,
  categories: ['name', 'phone'],
  hash: 'b'.repeat(64),
  prevHash: 'a'.repeat(64),
  consents: [
    { text: 'Kirimi saya promo', checked: true, prechecked: true },
    { text: 'Saya setuju dengan S&K', checked: false, prechecked: false },
  ],
  policy: { url: `${SITE}/privasi` },
  ...over,
});

describe('ledgerSummaryOf', () => {
  const records = [
    entry({ time: '2026-03-12T03:00:00.000Z', hash: 'c'.repeat(64) }),
    entry({ origin: 'https://lain.example', hash: 'd'.repeat(64) }),
    entry({ policy: undefined }),
  ];

  it("keeps only the origin's records, oldest first, with consent state and policy link", () => {
    const summary = ledgerSummaryOf(records, true, SITE);
    expect(LedgerSummarySchema.parse(summary)).toEqual(summary);
    expect(summary.records.map((r) => r.hash)).toEqual(['b'.repeat(64), 'c'.repeat(64)]);
    expect(summary.records[0]?.policyUrl).toBeUndefined();
    expect(summary.records[1]?.policyUrl).toBe(`${SITE}/privasi`);
    expect(summary.records[0]?.consents).toEqual(records[2]?.consents);
    expect(summary).toMatchObject({ chainVerified: true, algorithm: 'SHA-256' });
  });

  it('keeps every site without an origin, and says when the chain did not verify', () => {
    const summary = ledgerSummaryOf(records, false);
    expect(summary.records).toHaveLength(3);
    expect(summary.chainVerified).toBe(false);
  });
});

describe.each(['id', 'en'] as const)('ledger rows and policy links in the report (%s)', (lang) => {
  const ledger = ledgerSummaryOf([entry({})], true);
  const input = {
    ...REPORT_INPUT,
    scan: {
      ...SCAN,
      policyLinks: [{ href: `${SITE}/kebijakan-privasi`, text: 'Kebijakan Privasi' }],
    },
    ledger,
  };
  const view = buildReportView(input, lang);
  const ticked = lang === 'id' ? 'dicentang (sudah dicentang sejak awal)' : 'ticked (pre-ticked)';
  const unticked = lang === 'id' ? 'tidak dicentang' : 'not ticked';

  it('states each consent control at submit and the policy link of the record', () => {
    expect(view.ledger?.records[0]?.consents).toEqual([
      { text: 'Kirimi saya promo', state: ticked },
      { text: 'Saya setuju dengan S&K', state: unticked },
    ]);
    expect(view.ledger?.records[0]?.policyUrl).toBe(`${SITE}/privasi`);
  });

  it('prints them in Markdown and HTML, with the page’s policy links', () => {
    const md = reportMarkdown(input, lang);
    expect(md).toContain(`“Kirimi saya promo”: ${ticked}`);
    expect(md).toContain(`${SITE}/privasi`);
    expect(md).toContain(`Kebijakan Privasi: ${SITE}/kebijakan-privasi`);
    const html = reportHtml(input, lang);
    expect(html).toContain(`“Kirimi saya promo”: ${ticked}`);
    expect(html).toContain(`<a href="${SITE}/privasi"`);
    expect(html).toContain(`<a href="${SITE}/kebijakan-privasi"`);
  });

  it('escapes hostile consent text and policy links in both formats', () => {
    const hostile = ledgerSummaryOf(
      [
        entry({
          consents: [{ text: HOSTILE, checked: true, prechecked: false }],
          policy: { url: 'javascript:alert(1)' },
        }),
      ],
      true,
    );
    const html = reportHtml({ ...REPORT_INPUT, ledger: hostile }, lang);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript:');
    const md = reportMarkdown({ ...REPORT_INPUT, ledger: hostile }, lang);
    expect(md).not.toMatch(/(^|[^\\])\[[^\]]*\]\(/);
  });

  it('says "-" for a record without consent controls or policy', () => {
    const bare = ledgerSummaryOf([entry({ consents: [], policy: undefined })], true);
    const md = reportMarkdown({ ...REPORT_INPUT, ledger: bare }, lang);
    expect(md).toMatch(/\| - \| - \| b{64} \|/);
  });
});
