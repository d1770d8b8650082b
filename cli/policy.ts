import { parseHTML } from 'linkedom';
import { pageText } from '../analyzer/extract/page-text';
import { POLICY_ELEMENTS, type PolicyReport } from '../analyzer/model/policy-report';
import { analyzePolicy } from '../analyzer/policy';
import { safe } from './format';
import type { CliLang } from './messages';

// `tegas policy`: a policy file (HTML or plain text) or URL → PolicyReport.

export function policyFromSource(body: string, source: string, locale: CliLang): PolicyReport {
  const isHtml = /^\s*(?:<!doctype\s+html|<html|<head|<body)|<\/(?:p|div|h[1-6]|li)>/i.test(
    body.slice(0, 50_000),
  );
  const text = isHtml ? pageText(parseHTML(body).document as unknown as Document) : body;
  return analyzePolicy(text, { source, locale });
}

const TEXT = {
  id: {
    header: 'Tegas — analisis kebijakan privasi',
    words: 'kata',
    present: 'ada',
    weak: 'samar',
    missing: 'TIDAK ADA',
    findings: 'Temuan',
    none: 'Tidak ada temuan.',
    truncated: 'Teks terlalu panjang: hanya bagian awal yang dianalisis.',
  },
  en: {
    header: 'Tegas — privacy-policy analysis',
    words: 'words',
    present: 'present',
    weak: 'vague',
    missing: 'MISSING',
    findings: 'Findings',
    none: 'No findings.',
    truncated: 'Text too long: only the start was analysed.',
  },
} as const;

export function formatPolicy(report: PolicyReport, lang: CliLang): string {
  const t = TEXT[lang];
  const out = [
    t.header,
    `${safe(report.source, 200)} · ${report.language} · ${report.readability.words} ${t.words}`,
    '',
  ];
  if (report.truncated) out.push(t.truncated, '');
  for (const element of POLICY_ELEMENTS) {
    const e = report.elements[element];
    const state = e.present ? t.present : e.weak ? t.weak : t.missing;
    out.push(
      `  ${element.padEnd(18)} ${state}${e.evidence[0] ? `  "${safe(e.evidence[0], 90)}"` : ''}`,
    );
  }
  out.push('', `${t.findings} (${report.findings.length}):`);
  if (report.findings.length === 0) out.push(`  ${t.none}`);
  for (const f of report.findings) {
    out.push(`  ${f.severity.toUpperCase().padEnd(7)} ${f.title}`);
    if (f.citations.length)
      out.push(`          ${f.citations.map((c) => `${c.rulebook} ${c.article}`).join('; ')}`);
  }
  return out.join('\n') + '\n';
}
