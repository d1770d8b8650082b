import type { ScanReport } from '../analyzer/model/scan-report';
import { getRulebook, isRulebookId } from '../analyzer/rulebooks';
import { explainScore } from '../analyzer/score';
import {
  CATEGORY_NAMES,
  PAGE_KIND_NAMES,
  PURPOSE_NAMES,
  SENSITIVITY_NAMES,
  SEVERITY_NAMES,
} from '../analyzer/report/labels';
import { CLI_TEXT, type CliLang } from './messages';

// The readable terminal summary of a ScanReport. Page text is printed as
// plain text, cut short, with control characters removed.

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2, info: 3 } as const;

export function formatScan(report: ScanReport, lang: CliLang): string {
  const t = CLI_TEXT[lang];
  const out: string[] = [];
  const rulebookId = report.score?.rulebook ?? '';
  const rulebookName = isRulebookId(rulebookId)
    ? getRulebook(rulebookId).shortName[lang]
    : rulebookId;
  out.push(t.header, `${t.page}: ${safe(report.url, 200)}`);
  out.push(
    `${PAGE_KIND_NAMES[lang][report.pageKind]} · ${t.language}: ${report.language}${rulebookName ? ` · ${t.rulebook}: ${rulebookName}` : ''}`,
  );
  out.push(
    report.score ? `${t.grade}: ${report.score.grade} (${report.score.value}/100)` : t.noGrade,
  );
  if (report.score && isRulebookId(report.score.rulebook)) {
    // "Why this score": the formula's deductions, one line per rule (analyzer/score/README.md).
    const why = explainScore(report.findings, {
      rulebook: report.score.rulebook,
      hasPersonalData: true,
      lang,
    });
    for (const line of why) out.push(`  ${line}`);
  }
  out.push('');

  const personal = report.fields.filter((f) => f.category !== 'other');
  out.push(`${t.fields} (${personal.length}):`);
  if (personal.length === 0) out.push(`  ${t.noFields}`);
  for (const f of personal) {
    const label = safe(f.label || f.name || f.id || f.selector, 40);
    out.push(
      `  - ${CATEGORY_NAMES[lang][f.category]}: "${label}"${f.required ? ` (${t.required})` : ''}  [${SENSITIVITY_NAMES[lang][f.sensitivity]}]`,
    );
  }
  const others = report.fields.length - personal.length;
  if (others > 0) out.push(`  + ${others} ${t.otherControls}`);
  out.push('');

  out.push(`${t.consents} (${report.consents.length}):`);
  if (report.consents.length === 0) out.push(`  ${t.noConsents}`);
  for (const c of report.consents) {
    const box = c.control === 'implied_text' ? `(${t.implied})` : c.prechecked ? '[x]' : '[ ]';
    const flags = [
      c.prechecked ? t.prechecked : '',
      c.bundled ? t.bundled : '',
      c.required ? t.required : '',
    ].filter(Boolean);
    const purposes = c.purposes.map((p) => PURPOSE_NAMES[lang][p]).join(', ');
    out.push(`  ${box} "${safe(c.text, 110)}"`);
    out.push(
      `      ${t.purposes}: ${purposes || '-'}${flags.length ? ` · ${flags.join(' · ')}` : ''}`,
    );
  }
  out.push('');

  out.push(`${t.policyLinks}:`);
  if (report.policyLinks.length === 0) out.push(`  ${t.noPolicyLinks}`);
  for (const link of report.policyLinks)
    out.push(`  - ${safe(link.text, 60)} <${safe(link.href, 200)}>`);
  out.push('');

  const findings = [...report.findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  out.push(`${t.findings} (${findings.length}):`);
  if (findings.length === 0) out.push(`  ${t.noFindings}`);
  for (const f of findings) {
    out.push(`  ${SEVERITY_NAMES[lang][f.severity].padEnd(7)} ${f.title}  [${f.ruleId}]`);
    out.push(`          ${f.explanation}`);
    if (f.citations.length)
      out.push(`          ${rulebookName}: ${f.citations.map((c) => c.article).join('; ')}`);
    for (const e of f.evidence.slice(0, 3)) {
      out.push(
        `          ${t.evidence}: ${[e.selector, e.text ? `"${safe(e.text, 90)}"` : ''].filter(Boolean).join(' ')}`,
      );
    }
  }
  return out.join('\n') + '\n';
}

/** Page text is untrusted: no control characters or escape sequences reach the terminal. */
export function safe(text: string, max: number): string {
  const clean = text
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > max ? clean.slice(0, max - 1) + '…' : clean;
}
