import type { ClassifiedPage } from '../model/classified';
import type { LiveEvidence } from '../model/live';
import type { Citation, Finding, Severity } from '../model/scan-report';
import {
  DEFAULT_RULEBOOK,
  getRulebook,
  getRuleText,
  type CitationEntry,
  type Locale,
  type RulebookId,
} from '../rulebooks';
import { RULES } from './registry';
import type { Hit, Rule } from './types';

export interface EvaluateOptions {
  readonly rulebook?: RulebookId | undefined;
  /** Language of titles and explanations; Bahasa Indonesia unless asked otherwise. */
  readonly lang?: Locale | undefined;
  /** Browser-only evidence; without it, rules with needsLive are skipped. */
  readonly live?: LiveEvidence | undefined;
}

/** Bounds on what one finding carries, so a hostile page cannot bloat a report. */
export const MAX_EVIDENCE_PER_FINDING = 20;

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1, info: 0 };

export function evaluate(page: ClassifiedPage, opts: EvaluateOptions = {}): Finding[] {
  const rulebookId = opts.rulebook ?? DEFAULT_RULEBOOK;
  const rulebook = getRulebook(rulebookId);
  const lang = opts.lang ?? 'id';
  const findings: { finding: Finding; order: number }[] = [];
  RULES.forEach((rule, order) => {
    if (rule.needsLive && opts.live === undefined) return;
    const entries = rulebook.citations[rule.id];
    // No article in this instrument: not reported under it (never invent one).
    if (entries.length === 0) return;
    for (const hit of rule.evaluate({ page, live: opts.live })) {
      const citations = citationsFor(entries, hit, rulebookId);
      if (citations.length === 0 || hit.evidence.length === 0) continue;
      findings.push({ finding: toFinding(rule, hit, citations, lang), order });
    }
  });
  return findings
    .sort(
      (a, b) =>
        SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] || a.order - b.order,
    )
    .map((f) => f.finding);
}

function citationsFor(
  entries: readonly CitationEntry[],
  hit: Hit,
  rulebook: RulebookId,
): Citation[] {
  const tags = hit.tags ?? [];
  return entries
    .filter((e) => e.onlyFor === undefined || e.onlyFor.some((t) => tags.includes(t)))
    .map((e) => ({ rulebook, article: e.article }));
}

function toFinding(rule: Rule, hit: Hit, citations: Citation[], lang: Locale): Finding {
  const text = getRuleText(rule.id, lang);
  const note = hit.note?.[lang];
  return {
    ruleId: rule.id,
    severity: hit.severity ?? rule.severity,
    title: text.title,
    explanation: note === undefined ? text.explanation : `${text.explanation} ${note}`,
    citations,
    evidence: hit.evidence.slice(0, MAX_EVIDENCE_PER_FINDING).map((e) => ({ ...e })),
  };
}
