import {
  SCAN_REPORT_SCHEMA_VERSION,
  type Consent,
  type DataCategory,
  type Finding,
  type PageKind,
  type Score,
} from '../analyzer/model/scan-report';
import { RULES } from '../analyzer/rules/registry';
import { LedgerError } from './errors';
import type { MaskedHint } from './mask';
import {
  DisclosureDraftSchema,
  LIMITS,
  RECORD_VERSION,
  type ConsentAtSubmit,
  type DisclosureDraft,
  type RecordHint,
} from './record';
import { originOf, sanitizeUrl } from './sanitize';

// From what the background knows at a form submit to a draft record. The
// input has no place for a typed value: a field is its category and whether
// it had a value (computed by the caller), plus an opt-in hint that only
// maskHint() can make. Everything else is page text or analyzer output.

export interface FieldAtSubmit {
  readonly category: DataCategory;
  readonly hadValue: boolean;
  /** From maskHint(), only when the user opted in; dropped unless `storeHints`. */
  readonly hint?: MaskedHint;
}

/** A consent control as the scan saw it, plus whether it was ticked at submit. */
export type ConsentInput = Pick<
  Consent,
  'text' | 'control' | 'prechecked' | 'required' | 'purposes' | 'bundled'
> & { readonly checked: boolean };

export interface SubmitObservation {
  readonly submittedAt: Date;
  /** The page's full URL; query string, fragment and credentials are removed here. */
  readonly pageUrl: string;
  readonly pageKind: PageKind;
  readonly fields: readonly FieldAtSubmit[];
  /** Controls and implied_text statements alike; statements go to `statements`. */
  readonly consents: readonly ConsentInput[];
  readonly policy?: { readonly url: string; readonly textHash?: string };
  readonly score: Score | null;
  readonly findings: readonly Pick<Finding, 'ruleId' | 'severity' | 'citations'>[];
}

export interface BuildOptions {
  /** The user's opt-in for masked identification hints. Default false. */
  readonly storeHints?: boolean;
}

const RULE_VERSIONS = new Map<string, number>(RULES.map((rule) => [rule.id, rule.version]));

/** Builds and validates a draft; throws LedgerError('invalid_record') when it cannot. */
export function buildDisclosure(
  observation: SubmitObservation,
  options: BuildOptions = {},
): DisclosureDraft {
  const pageUrl = sanitizeUrl(observation.pageUrl);
  const origin = originOf(observation.pageUrl);
  if (pageUrl === null || origin === null)
    throw new LedgerError('invalid_record', 'page URL is not http(s)');
  const given = observation.fields.filter((f) => f.hadValue && f.category !== 'other');
  const policyUrl = observation.policy ? sanitizeUrl(observation.policy.url) : null;
  const draft = {
    time: observation.submittedAt.toISOString(),
    origin,
    pageUrl: pageUrl.length <= LIMITS.url ? pageUrl : `${origin}/`,
    pageKind: observation.pageKind,
    categories: [...new Set(given.map((f) => f.category))].sort(),
    consents: observation.consents
      .flatMap((c): ConsentAtSubmit[] =>
        c.control === 'implied_text'
          ? []
          : [
              {
                control: c.control,
                text: bound(c.text),
                checked: c.checked,
                prechecked: c.prechecked,
                required: c.required,
                bundled: c.bundled,
                purposes: [...new Set(c.purposes)],
              },
            ],
      )
      .slice(0, LIMITS.consents),
    statements: observation.consents
      .filter((c) => c.control === 'implied_text')
      .map((c) => ({ text: bound(c.text), purposes: [...new Set(c.purposes)] }))
      .slice(0, LIMITS.statements),
    ...(observation.policy && policyUrl !== null && policyUrl.length <= LIMITS.url
      ? {
          policy: {
            url: policyUrl,
            ...(observation.policy.textHash === undefined
              ? {}
              : { textHash: observation.policy.textHash }),
          },
        }
      : {}),
    scan: scanSummary(observation.score),
    findings: observation.findings.slice(0, LIMITS.findings).map((f) => {
      const ruleVersion = RULE_VERSIONS.get(f.ruleId);
      return {
        ruleId: f.ruleId,
        ...(ruleVersion === undefined ? {} : { ruleVersion }),
        severity: f.severity,
        citations: f.citations
          .slice(0, LIMITS.citations)
          .map((c) => ({ rulebook: c.rulebook, article: c.article })),
      };
    }),
    versions: { record: RECORD_VERSION, scanReport: SCAN_REPORT_SCHEMA_VERSION },
    ...(options.storeHints ? hintsOf(given) : {}),
  };
  const parsed = DisclosureDraftSchema.safeParse(draft);
  if (!parsed.success)
    throw new LedgerError('invalid_record', parsed.error.issues[0]?.path.join('.') ?? 'schema');
  return parsed.data;
}

function bound(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= LIMITS.consentText ? flat : `${flat.slice(0, LIMITS.consentText - 1)}…`;
}

function hintsOf(fields: readonly FieldAtSubmit[]): { hints?: RecordHint[] } {
  const hints: RecordHint[] = [];
  for (const field of fields) {
    if (field.hint === undefined) continue;
    if (field.category !== 'email' && field.category !== 'phone') continue;
    if (hints.some((h) => h.hint === field.hint)) continue;
    hints.push({ category: field.category, hint: field.hint });
  }
  return hints.length === 0 ? {} : { hints: hints.slice(0, LIMITS.hints) };
}

/** The page's grade as the ledger keeps it (the 0–100 score is analyzer output, not user input). */
function scanSummary(
  score: Score | null,
): { grade: Score['grade']; score: number; rulebook: string } | null {
  if (score === null) return null;
  const { grade, value: points, rulebook } = score;
  return { grade, score: points, rulebook };
}
