import { describe, expect, it } from 'vitest';
import {
  buildReportView,
  PolicyChangeSchema,
  reportHtml,
  reportJson,
  reportMarkdown,
  type ReportInput,
} from '../../../analyzer/report';
import { SCAN } from './fixtures';

// The policy.changed notice in the report view and its renderers (pure).

const CHANGE = { since: '2026-03-01T10:00:00.000Z', added: 3, removed: 1 };
const input: ReportInput = { scan: SCAN, analysedAt: '2026-03-05T07:05:00.000Z' };

describe('report: policy changed since the last disclosure', () => {
  it('is absent from the view and every format when there is no change', () => {
    expect(buildReportView(input, 'en').policyChange).toBeNull();
    expect(reportMarkdown(input, 'en')).not.toContain('The privacy policy changed');
    expect(reportHtml(input, 'en')).not.toContain('The privacy policy changed');
    expect(JSON.parse(reportJson(input))).not.toHaveProperty('policyChange');
  });

  it('gives the date in the report zone, the counts and the rulebook’s citation', () => {
    const v = buildReportView({ ...input, policyChange: CHANGE }, 'en');
    expect(v.policyChange).toMatchObject({ ruleId: 'policy.changed', added: 3, removed: 1 });
    expect(v.policyChange?.since).toContain('17:00 WIB');
    expect(v.policyChange?.notice).toContain('3 sentences added, 1 removed');
    expect(v.policyChange?.citations).toEqual(['UU PDP (Law 27/2022) Pasal 21(2)']);
    const wita = buildReportView({ ...input, policyChange: CHANGE }, 'id', { zone: 'WITA' });
    expect(wita.policyChange?.since).toContain('18.00 WITA');
  });

  it('is in the Markdown, the HTML (escaped) and the JSON', () => {
    const withChange = { ...input, policyChange: CHANGE };
    const md = reportMarkdown(withChange, 'id');
    expect(md).toContain('## Kebijakan privasi berubah');
    expect(md).toContain('3 kalimat ditambahkan, 1 kalimat dihapus');
    expect(md).toContain('Pasal 21(2)');
    const html = reportHtml(withChange, 'en');
    expect(html).toContain('<h2>The privacy policy changed</h2>');
    expect(html).toContain('Pasal 21(2)');
    const odd = reportHtml({ ...input, policyChange: { ...CHANGE, since: '<b>x</b>' } }, 'en');
    expect(odd).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(odd).not.toContain('<b>x</b>');
    expect(JSON.parse(reportJson(withChange)).policyChange).toEqual(CHANGE);
  });

  it('validates the change at the boundary', () => {
    expect(PolicyChangeSchema.safeParse(CHANGE).success).toBe(true);
    expect(PolicyChangeSchema.safeParse({ ...CHANGE, added: -1 }).success).toBe(false);
    expect(PolicyChangeSchema.safeParse({ ...CHANGE, since: 'x'.repeat(65) }).success).toBe(false);
  });
});
