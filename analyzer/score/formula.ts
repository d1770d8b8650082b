import type { Finding, Grade, Score, Severity } from '../model/scan-report';
import type { RulebookId } from '../rulebooks';

// The formula, in prose, is in README.md. Numbers here are the data.

/** Points one finding takes off, by severity. */
export const SEVERITY_POINTS: Readonly<Record<Severity, number>> = {
  high: 30,
  medium: 12,
  low: 4,
  info: 0,
};

/** Each further finding of the same rule counts this fraction of its points. */
export const REPEAT_FACTOR = 0.5;
/** One rule never takes off more than this multiple of its worst finding's points. */
export const RULE_CAP_FACTOR = 1.5;

/** Lowest score for each grade, best first. */
export const GRADE_FLOORS: readonly { readonly grade: Grade; readonly min: number }[] = [
  { grade: 'A', min: 90 },
  { grade: 'B', min: 75 },
  { grade: 'C', min: 60 },
  { grade: 'D', min: 40 },
  { grade: 'E', min: 0 },
];

export interface ScoreOptions {
  readonly rulebook: RulebookId;
  /** False when the page asks for no personal data: it then gets no grade. */
  readonly hasPersonalData: boolean;
}

export interface RuleDeduction {
  readonly ruleId: string;
  readonly findings: readonly Finding[];
  /** Points taken off, rounded to one decimal. */
  readonly points: number;
}

/** Points each rule takes off, largest first. Rules whose findings cost nothing are kept (info). */
export function deductions(findings: readonly Finding[]): RuleDeduction[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const out: RuleDeduction[] = [];
  for (const [ruleId, list] of byRule) {
    const points = list.map((f) => SEVERITY_POINTS[f.severity]).sort((a, b) => b - a);
    const worst = points[0] ?? 0;
    const raw = points.reduce((sum, p, i) => sum + (i === 0 ? p : p * REPEAT_FACTOR), 0);
    const capped = Math.min(raw, worst * RULE_CAP_FACTOR);
    out.push({ ruleId, findings: list, points: Math.round(capped * 10) / 10 });
  }
  return out.sort((a, b) => b.points - a.points);
}

export function gradeFor(value: number): Grade {
  return GRADE_FLOORS.find((g) => value >= g.min)?.grade ?? 'E';
}

export function score(findings: readonly Finding[], opts: ScoreOptions): Score | null {
  if (!opts.hasPersonalData) return null;
  const lost = deductions(findings).reduce((sum, d) => sum + d.points, 0);
  const value = Math.max(0, Math.min(100, Math.round(100 - lost)));
  return { value, grade: gradeFor(value), rulebook: opts.rulebook };
}
