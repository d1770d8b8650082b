import { describe, expect, it } from 'vitest';
import { PolicyReportSchema } from '../../../analyzer/model/policy-report';
import {
  analyzePolicy,
  POLICY_LIMITS,
  POLICY_MISSING_RULE_ID,
} from '../../../analyzer/policy/index';

const SHORT_ID = `Kebijakan Privasi
Kami mengumpulkan nama dan nomor telepon Anda untuk mengirimkan pesanan.
Kami menyimpan data Anda selama diperlukan.
Hubungi kami di privasi@toko.co.id.`;

describe('analyzePolicy', () => {
  it('returns a report that parses with PolicyReportSchema', () => {
    const r = analyzePolicy(SHORT_ID, { source: 'https://toko.example/privasi' });
    expect(PolicyReportSchema.parse(r)).toEqual(r);
    expect(r).toMatchObject({
      schemaVersion: 1,
      source: 'https://toko.example/privasi',
      language: 'id',
      truncated: false,
    });
  });

  it('reports missing and weak statutory elements with Pasal 21(1) letters', () => {
    const r = analyzePolicy(SHORT_ID, { source: 's' });
    const byArticle = (a: string) =>
      r.findings.find((f) =>
        f.citations.some((c) => c.rulebook === 'uu-pdp-2022' && c.article === a),
      );
    expect(byArticle('Pasal 21(1)(a)')?.severity).toBe('medium'); // legal basis missing
    const retention = byArticle('Pasal 21(1)(d)');
    expect(retention).toMatchObject({ ruleId: POLICY_MISSING_RULE_ID, severity: 'low' });
    expect(retention?.evidence).toEqual([{ text: 'Kami menyimpan data Anda selama diperlukan.' }]);
    expect(byArticle('Pasal 21(1)(c)')).toBeUndefined(); // data types present
    expect(retention?.title).toMatch(/jangka waktu penyimpanan/);
  });

  it('writes findings in English on request', () => {
    const r = analyzePolicy(SHORT_ID, { source: 's', locale: 'en' });
    expect(r.findings.map((f) => f.title)).toContain(
      'The privacy policy mentions the retention period without enough detail',
    );
  });

  it('honours a forced language', () => {
    expect(analyzePolicy(SHORT_ID, { source: 's', lang: 'en' }).language).toBe('en');
  });

  it('handles empty input: und, zero counts, no findings', () => {
    const r = analyzePolicy('', { source: 'empty' });
    expect(r.language).toBe('und');
    expect(r.readability.words).toBe(0);
    expect(r.findings).toEqual([]);
    expect(
      Object.values(r.elements).every((e) => !e.present && !e.weak && e.evidence.length === 0),
    ).toBe(true);
  });

  it('bounds a huge input and flags it as truncated', () => {
    const huge = 'Kami menyimpan data Anda selama 5 tahun. '.repeat(
      Math.ceil(POLICY_LIMITS.maxChars / 40) + 10,
    );
    const t0 = performance.now();
    const r = analyzePolicy(huge, { source: 'huge' });
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(r.truncated).toBe(true);
    expect(r.readability.words).toBeLessThanOrEqual(POLICY_LIMITS.maxWords);
    expect(r.elements.retention.present).toBe(true);
  });

  it('bounds a huge input without any punctuation or newlines', () => {
    const r = analyzePolicy('a'.repeat(3_000_000), { source: 'blob' });
    expect(r.truncated).toBe(true);
    expect(r.readability.words).toBeGreaterThan(0); // cut into bounded sentences, not one giant heading
  });
});
