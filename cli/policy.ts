import { POLICY_ELEMENTS, type PolicyReport } from '../analyzer/model/policy-report';
import { analyzePolicy } from '../analyzer/policy';
import { looksLikeLoginWall } from '../analyzer/policy/source-check';
import { fetchPolicy, type PolicyFetchError } from '../entrypoints/background/policy/fetch';
import { policyDocument } from '../utils/policy-document';
import { safe } from './format';
import {
  FETCH_TIMEOUT_MS,
  InputError,
  MAX_PAGE_BYTES,
  readSource,
  type ReadOptions,
} from './input';
import type { CliLang } from './messages';

// `tegas policy`: a policy file (HTML or plain text) or URL → PolicyReport.
// A URL goes through the extension's own policy fetch (no cookies, streamed size
// cap, HTML/text only, binary and login-wall checks), so both judge a link alike.

export function policyFromSource(body: string, source: string, locale: CliLang): PolicyReport {
  return analyzePolicy(policyDocument(body).text, { source, locale });
}

/** A policy file or URL analysed; every way it cannot be read is an InputError (exit 2). */
export async function readPolicy(
  source: string,
  locale: CliLang,
  options: ReadOptions = {},
): Promise<PolicyReport> {
  if (/^https?:\/\//i.test(source)) {
    const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
    const fetched = await fetchPolicy(source, { timeoutMs, maxBytes: MAX_PAGE_BYTES });
    if (!fetched.ok) throw new InputError(fetchFailure(fetched, timeoutMs));
    return analyzePolicy(fetched.text, { source, locale });
  }
  const { html: body } = await readSource(source, options);
  const doc = policyDocument(body);
  if (
    looksLikeLoginWall({
      finalUrl: '',
      title: doc.title,
      hasPassword: doc.hasPassword,
      text: doc.text,
    })
  )
    throw new InputError(`${source} is a sign-in page, not a privacy policy`);
  return analyzePolicy(doc.text, { source, locale });
}

/** One line per PolicyFetchFailure. */
export function fetchFailure(error: PolicyFetchError, timeoutMs: number): string {
  const url = error.url;
  switch (error.reason) {
    case 'timeout':
      return `cannot fetch ${url}: timed out after ${timeoutMs / 1000} s`;
    case 'too_large':
      return `${url} is too large (over ${(MAX_PAGE_BYTES / 1024 / 1024).toFixed(1)} MB)`;
    case 'unsupported_type':
      return `${url} is not an HTML or plain-text page (e.g. a PDF)`;
    case 'binary':
      return `${url} is not a text page (binary content)`;
    case 'http_status':
      return `cannot fetch ${url}: HTTP ${error.status ?? 'error'}`;
    case 'network':
      return `cannot fetch ${url}: unreachable, or it redirects without end`;
    case 'login_wall':
      return `${url} leads to a sign-in page, not a privacy policy`;
    case 'empty':
      return `${url} has no readable text`;
    case 'not_allowed':
      return `${url} is not an http(s) URL`;
  }
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
