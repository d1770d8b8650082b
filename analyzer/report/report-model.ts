import { POLICY_ELEMENTS } from '../model/policy-report';
import type {
  ConsentControlKind,
  DataCategory,
  Finding,
  ScanReport,
  Severity,
} from '../model/scan-report';
import {
  DEFAULT_RULEBOOK,
  RuleIdSchema,
  getRuleText,
  type RuleId,
  getRulebook,
  isRulebookId,
  type RulebookId,
} from '../rulebooks';
import { PAGE_REPORTED_NOTE } from '../rules/lib/live';
import { explainScore } from '../score';
import { categoriesOf } from './categories';
import { type Zone } from './deadlines';
import { formatDateTime } from './dates';
import { cleanText } from './escape';
import { toDate, type ReportInput } from './input';
import { policyChangeView, type PolicyChangeView } from './policy-change';
import {
  CATEGORY_NAMES,
  CONTROL_NAMES,
  PAGE_KIND_NAMES,
  POLICY_ELEMENT_NAMES,
  PURPOSE_NAMES,
  SEVERITY_NAMES,
  type UiLang,
} from './labels';
import { REPORT_TEXT, type ReportText } from './report-text';

// One language-resolved view of a report, rendered by markdown.ts and html.ts.
// Strings from the page are cleaned here but NOT escaped: each renderer
// escapes for its own format.

export interface ReportOptions {
  /** Zone for printed times; default WIB. */
  readonly zone?: Zone;
}

export interface FindingView {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly severityName: string;
  readonly title: string;
  readonly explanation: string;
  readonly citations: readonly string[];
  readonly evidence: readonly { readonly selector?: string; readonly text?: string }[];
}

export interface ReportView {
  readonly lang: UiLang;
  readonly t: ReportText;
  readonly page: {
    readonly url: string;
    readonly analysedAt: string;
    readonly pageKind: string;
    readonly language: string;
    readonly grade: string | null;
    readonly rulebookName: string | null;
    readonly rulebookStatus: string | null;
    readonly why: readonly string[];
    /** Privacy-policy links the page shows (href and link text), at most 10. */
    readonly policyLinks: readonly { readonly href: string; readonly text: string }[];
  };
  readonly findings: readonly FindingView[];
  readonly categories: readonly {
    readonly category: DataCategory;
    readonly name: string;
    readonly specific: boolean;
    readonly required: boolean;
    readonly labels: readonly string[];
  }[];
  readonly consents: readonly {
    readonly text: string;
    readonly kind: ConsentControlKind;
    readonly control: string;
    readonly defaultState: string;
    readonly prechecked: boolean;
    readonly required: boolean;
    readonly purposes: string;
    readonly bundled: boolean;
  }[];
  readonly permissions: readonly {
    readonly permission: string;
    readonly at: string;
    readonly userGesture: boolean;
  }[];
  readonly policy: {
    readonly source: string;
    readonly language: string;
    readonly truncated: boolean;
    readonly rows: readonly {
      readonly name: string;
      readonly state: 'present' | 'weak' | 'missing';
      readonly evidence: string;
    }[];
    readonly findings: readonly FindingView[];
  } | null;
  /** The policy changed since the user's last disclosure on the site (TabView.policy.changed). */
  readonly policyChange: PolicyChangeView | null;
  readonly ledger: {
    readonly verified: boolean;
    readonly algorithm: string | null;
    readonly records: readonly {
      readonly at: string;
      readonly site: string;
      readonly categories: string;
      /** Each consent control at submit: its text and state, "-" when none was recorded. */
      readonly consents: readonly { readonly text: string; readonly state: string }[];
      readonly policyUrl: string | null;
      readonly hash: string;
    }[];
  } | null;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2, info: 3 };

/** The rulebook a report is judged under: the score's, else the findings' first citation's. */
export function rulebookOf(scan: Pick<ScanReport, 'findings' | 'score'>): RulebookId | null {
  const id = scan.score?.rulebook ?? scan.findings[0]?.citations[0]?.rulebook;
  if (id !== undefined && isRulebookId(id)) return id;
  return scan.findings.length > 0 || scan.score !== null ? DEFAULT_RULEBOOK : null;
}

/** "UU PDP (UU 27/2022) Pasal 20(2)(a)"; unknown rulebooks are printed by id. */
export function citationText(rulebook: string, article: string, lang: UiLang): string {
  const name = isRulebookId(rulebook)
    ? getRulebook(rulebook).shortName[lang]
    : cleanText(rulebook, 80);
  return `${name} ${cleanText(article, 80)}`;
}

/**
 * The rule's explanation in `lang`, plus the note the finding carried (the rules
 * engine appends one to the rule text: what exactly was hard to read, that the
 * page reported the evidence). A note in the other language is kept only when
 * it is the page-reported caveat, which has a translation; other notes are left
 * out rather than mixing languages.
 */
function explanationIn(finding: Finding, rule: RuleId, lang: UiLang): string {
  const own = getRuleText(rule, lang).explanation;
  for (const l of ['id', 'en'] as const) {
    const base = getRuleText(rule, l).explanation;
    if (!finding.explanation.startsWith(base)) continue;
    const note = finding.explanation.slice(base.length).trim();
    if (note === '') return own;
    if (l === lang) return `${own} ${note}`;
    return note === PAGE_REPORTED_NOTE[l] ? `${own} ${PAGE_REPORTED_NOTE[lang]}` : own;
  }
  return own;
}

/** Title and explanation in the report's language when the rule is known. */
export function findingView(finding: Finding, lang: UiLang): FindingView {
  const rule = RuleIdSchema.safeParse(finding.ruleId);
  const text = rule.success
    ? getRuleText(rule.data, lang)
    : { title: finding.title, explanation: finding.explanation };

  return {
    ruleId: cleanText(finding.ruleId, 80),
    severity: finding.severity,
    severityName: SEVERITY_NAMES[lang][finding.severity],
    title: cleanText(text.title, 300),
    explanation: cleanText(
      rule.success ? explanationIn(finding, rule.data, lang) : text.explanation,
      2000,
    ),
    citations: finding.citations.map((c) => citationText(c.rulebook, c.article, lang)),
    evidence: finding.evidence.slice(0, 5).map((e) => ({
      ...(e.selector === undefined ? {} : { selector: cleanText(e.selector, 200) }),
      ...(e.text === undefined ? {} : { text: cleanText(e.text, 500) }),
    })),
  };
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function buildReportView(
  input: ReportInput,
  lang: UiLang,
  opts: ReportOptions = {},
): ReportView {
  const t = REPORT_TEXT[lang];
  const { scan } = input;
  const zone = opts.zone ?? 'WIB';
  const analysed = toDate(input.analysedAt);
  const rulebook = rulebookOf(scan);
  const book = rulebook === null ? null : getRulebook(rulebook);
  const why =
    scan.score !== null && rulebook !== null
      ? explainScore(
          scan.findings.map((f) => ({ ...f, title: findingView(f, lang).title })),
          { rulebook, hasPersonalData: true, lang },
        ).slice(1)
      : [];
  const categories = categoriesOf(scan, undefined).map((use) => {
    const fields = scan.fields.filter((f) => f.category === use.category);
    return {
      category: use.category,
      name: CATEGORY_NAMES[lang][use.category],
      specific: use.specific,
      required: fields.some((f) => f.required),
      labels: [
        ...new Set(fields.map((f) => cleanText(f.label || f.name || f.id || f.selector, 80))),
      ],
    };
  });
  return {
    lang,
    t,
    page: {
      url: cleanText(scan.url, 2048),
      analysedAt:
        analysed === undefined
          ? cleanText(String(input.analysedAt), 64)
          : formatDateTime(analysed, zone, lang),
      pageKind: PAGE_KIND_NAMES[lang][scan.pageKind],
      language: cleanText(scan.language, 16),
      grade: scan.score === null ? null : `${scan.score.grade} (${scan.score.value}/100)`,
      rulebookName: book === null ? null : book.name[lang],
      rulebookStatus: book === null ? null : book.status[lang],
      why,
      policyLinks: scan.policyLinks.slice(0, 10).map((l) => ({
        href: cleanText(l.href, 2048),
        text: cleanText(l.text, 200),
      })),
    },
    findings: sortFindings(scan.findings).map((f) => findingView(f, lang)),
    categories,
    consents: scan.consents.map((c) => ({
      text: cleanText(c.text, 1000),
      kind: c.control,
      control: CONTROL_NAMES[lang][c.control],
      defaultState:
        c.control === 'implied_text' ? t.noControl : c.prechecked ? t.ticked : t.unticked,
      prechecked: c.prechecked,
      required: c.required,
      purposes: c.purposes.map((p) => PURPOSE_NAMES[lang][p]).join(', ') || '-',
      bundled: c.bundled,
    })),
    permissions: scan.permissionRequests.map((p) => ({
      permission: cleanText(p.permission, 64),
      at: cleanText(p.at, 64),
      userGesture: p.userGesture,
    })),
    policy:
      input.policy === undefined
        ? null
        : {
            source: cleanText(input.policy.source, 2048),
            language: cleanText(input.policy.language, 16),
            truncated: input.policy.truncated,
            rows: POLICY_ELEMENTS.map((element) => {
              const e = input.policy?.elements[element];
              const state = e?.present ? 'present' : e?.weak ? 'weak' : 'missing';
              return {
                name: POLICY_ELEMENT_NAMES[lang][element],
                state,
                evidence: cleanText(e?.evidence[0] ?? '', 300),
              } as const;
            }),
            findings: sortFindings(input.policy.findings).map((f) => findingView(f, lang)),
          },
    policyChange:
      input.policyChange === undefined
        ? null
        : policyChangeView(
            input.policyChange,
            rulebook ?? DEFAULT_RULEBOOK,
            lang,
            zone,
            (book, article) => citationText(book, article, lang),
          ),
    ledger:
      input.ledger === undefined
        ? null
        : {
            verified: input.ledger.chainVerified,
            algorithm:
              input.ledger.algorithm === undefined ? null : cleanText(input.ledger.algorithm, 32),
            records: input.ledger.records.map((r) => {
              const at = toDate(r.at);
              return {
                at: at === undefined ? cleanText(r.at, 64) : formatDateTime(at, zone, lang),
                site: cleanText(r.site, 300),
                categories: r.categories.map((c) => CATEGORY_NAMES[lang][c]).join(', ') || '-',
                consents: (r.consents ?? []).map((c) => ({
                  text: cleanText(c.text, 300),
                  state: `${c.checked ? t.checkedAtSubmit : t.uncheckedAtSubmit}${
                    c.prechecked ? ` (${t.prechecked})` : ''
                  }`,
                })),
                policyUrl: r.policyUrl === undefined ? null : cleanText(r.policyUrl, 2048),
                hash: cleanText(r.hash, 256),
              };
            }),
          },
  };
}
