import { escapeHtml as h, isWebUrl } from './escape';
import type { ReportInput } from './input';
import type { UiLang } from './labels';
import {
  buildReportView,
  type FindingView,
  type ReportOptions,
  type ReportView,
} from './report-model';

// The report as one standalone HTML document with an A4 print stylesheet.
// Every string is escaped with escapeHtml; the document carries no script and
// a CSP that forbids any, so hostile page text stays text.

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #111; margin: 0 auto; max-width: 190mm; padding: 12mm 10mm; }
h1 { font-size: 20pt; margin: 0 0 2mm; }
h2 { font-size: 14pt; margin: 8mm 0 3mm; border-bottom: 1px solid #999; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 12pt; margin: 5mm 0 1mm; break-after: avoid; }
.subtitle { color: #444; margin: 0 0 6mm; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0; font-size: 10pt; }
th, td { border: 1px solid #bbb; padding: 1.5mm 2mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; }
tr, .finding, blockquote { break-inside: avoid; }
.finding { border-left: 4px solid #888; padding: 1mm 0 1mm 4mm; margin: 4mm 0; }
.sev-high { border-color: #b00020; } .sev-medium { border-color: #d97706; } .sev-low { border-color: #2563eb; } .sev-info { border-color: #888; }
.sev { font-weight: 700; font-size: 9pt; letter-spacing: .03em; }
blockquote { margin: 1mm 0; padding: 1mm 3mm; background: #f5f5f5; border-left: 3px solid #ccc; overflow-wrap: anywhere; }
.selector { font-family: ui-monospace, Consolas, monospace; font-size: 8.5pt; color: #555; }
.warn { color: #b00020; font-weight: 700; }
.note { color: #444; font-style: italic; }
.hash { font-family: ui-monospace, Consolas, monospace; font-size: 8pt; }
.specific { font-weight: 700; }
footer { margin-top: 10mm; border-top: 1px solid #999; padding-top: 3mm; font-size: 9pt; color: #333; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function findingHtml(f: FindingView, v: ReportView): string {
  const { t } = v;
  const evidence = f.evidence
    .map(
      (e) =>
        `<blockquote>${e.text === undefined ? '' : `“${h(e.text)}”`}${
          e.selector === undefined ? '' : ` <span class="selector">${h(e.selector)}</span>`
        }</blockquote>`,
    )
    .join('');
  return `<section class="finding sev-${f.severity}">
<h3><span class="sev">${h(f.severityName)}</span> ${h(f.title)}</h3>
<p>${h(f.explanation)}</p>
<p><strong>${t.citation}:</strong> ${f.citations.map(h).join('; ') || '-'} <span class="selector">[${h(f.ruleId)}]</span></p>
${evidence === '' ? '' : `<p><strong>${t.evidence}:</strong></p>${evidence}`}
</section>`;
}

function link(url: string): string {
  return isWebUrl(url) ? `<a href="${h(url)}" rel="noreferrer noopener">${h(url)}</a>` : h(url);
}

function pageHtml(v: ReportView): string {
  const { t, page } = v;
  const rows: [string, string][] = [
    [t.url, link(page.url)],
    [t.analysedAt, h(page.analysedAt)],
    [t.pageKind, h(page.pageKind)],
    [t.language, h(page.language)],
    [t.grade, h(page.grade ?? t.noGrade)],
  ];
  if (page.rulebookName !== null)
    rows.push([
      t.rulebook,
      `${h(page.rulebookName)}<br><span class="note">${h(page.rulebookStatus ?? '')}</span>`,
    ]);
  const why =
    page.why.length === 0
      ? ''
      : `<p><strong>${t.why}:</strong></p><ul>${page.why.map((l) => `<li>${h(l)}</li>`).join('')}</ul>`;
  const links =
    page.policyLinks.length === 0
      ? ''
      : `<p><strong>${t.policyLinks}:</strong></p><ul>${page.policyLinks
          .map((l) => `<li>${l.text === '' ? '' : `${h(l.text)}: `}${link(l.href)}</li>`)
          .join('')}</ul>`;
  return `<h2>${t.page}</h2><dl>${rows.map(([k, val]) => `<dt>${k}</dt><dd>${val}</dd>`).join('')}</dl>${why}${links}`;
}

function dataHtml(v: ReportView): string {
  const { t } = v;
  const cats =
    v.categories.length === 0
      ? `<p>${t.noCategories}</p>`
      : `<table><thead><tr><th>${t.categories}</th><th>${t.required}</th><th>${t.fieldLabels}</th></tr></thead><tbody>${v.categories
          .map(
            (c) =>
              `<tr><td${c.specific ? ' class="specific"' : ''}>${h(c.name)}${c.specific ? ` — ${t.specificMark}` : ''}</td><td>${c.required ? t.yes : t.no}</td><td>${c.labels.map(h).join('; ')}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  const consents =
    v.consents.length === 0
      ? `<p>${t.noConsents}</p>`
      : `<table><thead><tr><th>${t.consents}</th><th>${t.control}</th><th>${t.defaultState}</th><th>${t.purposes}</th></tr></thead><tbody>${v.consents
          .map(
            (c) =>
              `<tr><td>“${h(c.text)}”</td><td>${h(c.control)}; ${c.required ? t.required : t.optional}</td><td${c.prechecked ? ' class="warn"' : ''}>${h(c.defaultState)}</td><td>${h(c.purposes)}${c.bundled ? `<br>${t.bundled}` : ''}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  const perms =
    v.permissions.length === 0
      ? `<p>${t.noPermissions}</p>`
      : `<table><thead><tr><th>${t.permission}</th><th>${t.time}</th><th>${t.gesture}</th></tr></thead><tbody>${v.permissions
          .map(
            (p) =>
              `<tr><td>${h(p.permission)}</td><td>${h(p.at)}</td><td>${p.userGesture ? t.yes : t.no}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  return `<h2>${t.categories}</h2>${cats}<h2>${t.consents}</h2>${consents}<h2>${t.permissions}</h2><p class="note">${t.permissionsNote}</p>${perms}`;
}

function policyHtml(v: ReportView): string {
  const { t, policy } = v;
  if (policy === null) return '';
  const state = (s: 'present' | 'weak' | 'missing') =>
    s === 'present' ? t.present : s === 'weak' ? t.weak : `<span class="warn">${t.missing}</span>`;
  return `<h2>${t.policy}</h2><p><strong>${t.policySource}:</strong> ${link(policy.source)} (${h(policy.language)})</p>${
    policy.truncated ? `<p class="note">${t.truncated}</p>` : ''
  }<table><thead><tr><th>${t.element}</th><th>${t.state}</th><th>${t.evidence}</th></tr></thead><tbody>${policy.rows
    .map(
      (r) =>
        `<tr><td>${h(r.name)}</td><td>${state(r.state)}</td><td>${r.evidence === '' ? '' : `“${h(r.evidence)}”`}</td></tr>`,
    )
    .join('')}</tbody></table>${policy.findings.map((f) => findingHtml(f, v)).join('\n')}`;
}

function policyChangeHtml(v: ReportView): string {
  const { t, policyChange: c } = v;
  if (c === null) return '';
  return `<h2>${t.policyChanged}</h2><p class="warn">${h(c.notice)}</p>${
    c.citations.length === 0
      ? ''
      : `<p><strong>${t.citation}:</strong> ${c.citations.map((x) => h(x)).join('; ')} <code>[${h(c.ruleId)}]</code></p>`
  }`;
}

function ledgerHtml(v: ReportView): string {
  const { t, ledger } = v;
  if (ledger === null) return '';
  const status = ledger.verified
    ? `<p>${t.ledgerVerified}</p>`
    : `<p class="warn">${t.ledgerBroken}</p>`;
  const algo = ledger.algorithm === null ? '' : `<p>${t.algorithm}: ${h(ledger.algorithm)}</p>`;
  const table =
    ledger.records.length === 0
      ? `<p>${t.noLedger}</p>`
      : `<table><thead><tr><th>${t.date}</th><th>${t.site}</th><th>${t.disclosed}</th><th>${t.consentAtSubmit}</th><th>${t.policyUrl}</th><th>${t.hash}</th></tr></thead><tbody>${ledger.records
          .map(
            (r) =>
              `<tr><td>${h(r.at)}</td><td>${h(r.site)}</td><td>${h(r.categories)}</td><td>${
                r.consents.map((c) => `“${h(c.text)}”: ${h(c.state)}`).join('<br>') || '-'
              }</td><td>${r.policyUrl === null ? '-' : link(r.policyUrl)}</td><td class="hash">${h(r.hash)}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  return `<h2>${t.ledger}</h2>${status}${algo}${table}`;
}

export function reportHtml(input: ReportInput, lang: UiLang, opts: ReportOptions = {}): string {
  const v = buildReportView(input, lang, opts);
  const { t } = v;
  const findings =
    v.findings.length === 0
      ? `<p>${t.noFindings}</p>`
      : v.findings.map((f) => findingHtml(f, v)).join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${t.title} — ${h(v.page.url)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${t.title}</h1><p class="subtitle">${t.subtitle}</p></header>
<main>
${pageHtml(v)}
<h2>${t.findings} (${v.findings.length})</h2>
${findings}
${dataHtml(v)}
${policyChangeHtml(v)}
${policyHtml(v)}
${ledgerHtml(v)}
</main>
<footer><p>${t.disclaimer}</p><p>${t.generatedBy}</p></footer>
</body>
</html>
`;
}
