import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../../analyzer/report';
import type { Finding } from '../../../analyzer/model/scan-report';
import { getRuleText } from '../../../analyzer/rulebooks';
import { PAGE_REPORTED_NOTE } from '../../../analyzer/rules/lib/live';
import { REPORT_INPUT, SCAN } from './fixtures';

// The rules engine appends a note to a rule's explanation (what exactly was
// hard to read; that the page reported the evidence). The report re-reads the
// rule text in its own language and must not lose that note.

const finding = (
  ruleId: 'consent.readability' | 'permission.no_gesture',
  note: string,
): Finding => ({
  ruleId,
  severity: 'low',
  title: getRuleText(ruleId, 'id').title,
  explanation: `${getRuleText(ruleId, 'id').explanation} ${note}`,
  citations: [{ rulebook: 'uu-pdp-2022', article: 'Pasal 20(1)' }],
  evidence: [{ selector: '#x', text: 'x' }],
});

const explanation = (f: Finding, lang: 'id' | 'en') =>
  buildReportView({ ...REPORT_INPUT, scan: { ...SCAN, findings: [f] } }, lang).findings[0]
    ?.explanation;

describe('finding notes in the report', () => {
  it('keeps a note written in the report language', () => {
    const f = finding('consent.readability', 'Masalah: kalimatnya panjang dan padat.');
    expect(explanation(f, 'id')).toBe(f.explanation);
  });

  it('leaves out a note it cannot translate, rather than mixing languages', () => {
    const f = finding('consent.readability', 'Masalah: kalimatnya panjang dan padat.');
    expect(explanation(f, 'en')).toBe(getRuleText('consent.readability', 'en').explanation);
  });

  it('translates the page-reported caveat', () => {
    const f = finding('permission.no_gesture', PAGE_REPORTED_NOTE.id);
    expect(explanation(f, 'en')).toBe(
      `${getRuleText('permission.no_gesture', 'en').explanation} ${PAGE_REPORTED_NOTE.en}`,
    );
  });
});
