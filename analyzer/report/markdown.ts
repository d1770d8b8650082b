import { escapeMarkdown as md, escapeMarkdownLine } from './escape';
import type { ReportInput } from './input';
import type { UiLang } from './labels';
import {
  buildReportView,
  type FindingView,
  type ReportOptions,
  type ReportView,
} from './report-model';

// The report as Markdown. Every page-derived string goes through
// escapeMarkdown, so a page cannot inject links, images or raw HTML.

function findingBlock(f: FindingView, index: number, v: ReportView): string[] {
  const { t } = v;
  const out = [
    `### ${index + 1}. [${f.severityName}] ${md(f.title)}`,
    '',
    escapeMarkdownLine(f.explanation),
    '',
  ];
  out.push(`- **${t.rule}:** ${md(f.ruleId)}`);
  if (f.citations.length > 0) out.push(`- **${t.citation}:** ${f.citations.map(md).join('; ')}`);
  if (f.evidence.length > 0) {
    out.push(`- **${t.evidence}:**`);
    for (const e of f.evidence) {
      const parts = [
        e.text === undefined ? '' : `“${md(e.text)}”`,
        e.selector === undefined ? '' : `(${md(e.selector)})`,
      ];
      out.push(`  - ${parts.filter(Boolean).join(' ')}`);
    }
  }
  out.push('');
  return out;
}

function pageSection(v: ReportView): string[] {
  const { t, page } = v;
  const out = [`## ${t.page}`, ''];
  out.push(`- **${t.url}:** ${md(page.url)}`);
  out.push(`- **${t.analysedAt}:** ${md(page.analysedAt)}`);
  out.push(`- **${t.pageKind}:** ${page.pageKind} · **${t.language}:** ${md(page.language)}`);
  out.push(`- **${t.grade}:** ${page.grade ?? t.noGrade}`);
  if (page.rulebookName !== null) {
    out.push(`- **${t.rulebook}:** ${page.rulebookName}`);
    out.push(`  - ${t.status}: ${page.rulebookStatus ?? ''}`);
  }
  if (page.why.length > 0) {
    out.push(`- **${t.why}:**`);
    for (const line of page.why) out.push(`  - ${md(line)}`);
  }
  if (page.policyLinks.length > 0) {
    out.push(`- **${t.policyLinks}:**`);
    for (const l of page.policyLinks)
      out.push(`  - ${l.text === '' ? '' : `${md(l.text)}: `}${md(l.href)}`);
  }
  out.push('');
  return out;
}

function dataSections(v: ReportView): string[] {
  const { t } = v;
  const out = [`## ${t.categories}`, ''];
  if (v.categories.length === 0) out.push(t.noCategories, '');
  else {
    out.push(
      `| # | ${t.categories} | ${t.required} | ${t.fieldLabels} |`,
      '| --- | --- | --- | --- |',
    );
    v.categories.forEach((c, i) => {
      const name = c.specific ? `**${c.name}** — ${t.specificMark}` : c.name;
      out.push(
        `| ${i + 1} | ${name} | ${c.required ? t.yes : t.no} | ${c.labels.map(md).join('; ')} |`,
      );
    });
    out.push('');
  }
  out.push(`## ${t.consents}`, '');
  if (v.consents.length === 0) out.push(t.noConsents, '');
  v.consents.forEach((c, i) => {
    const state = c.prechecked ? `**${c.defaultState}**` : c.defaultState;
    out.push(`${i + 1}. “${md(c.text)}”`);
    out.push(
      `   - ${t.control}: ${c.control} · ${t.defaultState}: ${state} · ${c.required ? t.required : t.optional}`,
    );
    out.push(`   - ${t.purposes}: ${c.purposes}${c.bundled ? ` · ${t.bundled}` : ''}`);
  });
  if (v.consents.length > 0) out.push('');
  out.push(`## ${t.permissions}`, '', `_${t.permissionsNote}_`, '');
  if (v.permissions.length === 0) out.push(t.noPermissions, '');
  else {
    out.push(`| ${t.permission} | ${t.time} | ${t.gesture} |`, '| --- | --- | --- |');
    for (const p of v.permissions)
      out.push(`| ${md(p.permission)} | ${md(p.at)} | ${p.userGesture ? t.yes : t.no} |`);
    out.push('');
  }
  return out;
}

function policySection(v: ReportView): string[] {
  const { t, policy } = v;
  if (policy === null) return [];
  const out = [
    `## ${t.policy}`,
    '',
    `- **${t.policySource}:** ${md(policy.source)} (${md(policy.language)})`,
    '',
  ];
  if (policy.truncated) out.push(`_${t.truncated}_`, '');
  out.push(`| ${t.element} | ${t.state} | ${t.evidence} |`, '| --- | --- | --- |');
  for (const r of policy.rows) {
    const state =
      r.state === 'present' ? t.present : r.state === 'weak' ? t.weak : `**${t.missing}**`;
    out.push(`| ${r.name} | ${state} | ${r.evidence === '' ? '' : `“${md(r.evidence)}”`} |`);
  }
  out.push('');
  policy.findings.forEach((f, i) => out.push(...findingBlock(f, i, v)));
  return out;
}

function policyChangeSection(v: ReportView): string[] {
  const { t, policyChange: c } = v;
  if (c === null) return [];
  const out = [`## ${t.policyChanged}`, '', `**${md(c.notice)}**`, ''];
  if (c.citations.length > 0)
    out.push(`**${t.citation}:** ${c.citations.map(md).join('; ')} \`[${c.ruleId}]\``, '');
  return out;
}

function ledgerSection(v: ReportView): string[] {
  const { t, ledger } = v;
  if (ledger === null) return [];
  const out = [
    `## ${t.ledger}`,
    '',
    ledger.verified ? t.ledgerVerified : `**${t.ledgerBroken}**`,
    '',
  ];
  if (ledger.algorithm !== null) out.push(`${t.algorithm}: ${md(ledger.algorithm)}`, '');
  if (ledger.records.length === 0) out.push(t.noLedger, '');
  else {
    out.push(
      `| ${t.date} | ${t.site} | ${t.disclosed} | ${t.consentAtSubmit} | ${t.policyUrl} | ${t.hash} |`,
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const r of ledger.records) {
      const consents = r.consents.map((c) => `“${md(c.text)}”: ${c.state}`).join('; ') || '-';
      out.push(
        `| ${md(r.at)} | ${md(r.site)} | ${r.categories} | ${consents} | ${md(r.policyUrl ?? '-')} | ${md(r.hash)} |`,
      );
    }
    out.push('');
  }
  return out;
}

export function reportMarkdown(input: ReportInput, lang: UiLang, opts: ReportOptions = {}): string {
  const v = buildReportView(input, lang, opts);
  const { t } = v;
  const out = [`# ${t.title}`, '', `_${t.subtitle}_`, ''];
  out.push(...pageSection(v));
  out.push(`## ${t.findings} (${v.findings.length})`, '');
  if (v.findings.length === 0) out.push(t.noFindings, '');
  v.findings.forEach((f, i) => out.push(...findingBlock(f, i, v)));
  out.push(...dataSections(v), ...policyChangeSection(v), ...policySection(v), ...ledgerSection(v));
  out.push('---', '', `_${t.disclaimer}_`, '');
  return out.join('\n');
}
