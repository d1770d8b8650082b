import {
  classifyConsentText,
  classifyFieldDetail,
  classifyPageKind,
  detectLanguage,
  hasRequiredMarker,
  looksLikeConsent,
  looksLikePolicyLink,
  looksLikeImpliedConsent,
} from './classify';
import { LIMITS } from './model/snapshot-limits';
import type { ClassifiedConsent, ClassifiedField, ClassifiedPage } from './model/classified';
import type { LiveEvidence } from './model/live';
import { SCAN_REPORT_SCHEMA_VERSION, type ScanReport } from './model/scan-report';
import type {
  ControlEvidence,
  FieldEvidence,
  PageSnapshot,
  StatementEvidence,
} from './model/snapshot';
import { DEFAULT_RULEBOOK, type RulebookId } from './rulebooks';
import { evaluate } from './rules';
import { score } from './score';

// The pipeline after extraction: snapshot → classified page → findings → score.
// Pure: it runs in the background, the CLI and tests on plain data.

export interface AnalyzeOptions {
  rulebook?: RulebookId;
  lang?: 'id' | 'en';
  /** Evidence only a live browser has (hidden consent, permission calls, scripts). */
  live?: LiveEvidence;
}

export function classifyPage(snapshot: PageSnapshot): ClassifiedPage {
  // Extract, then judge: a choice control is a consent request or an ordinary option.
  const isConsent = (c: ControlEvidence) =>
    looksLikeConsent(c.control === 'radio' ? c.question || c.choices.join(' ') : c.text);
  const fields = [
    ...snapshot.fields,
    ...snapshot.controls.filter((c) => !isConsent(c)).map(optionAsField),
  ].map(classifiedField);
  const consents: ClassifiedConsent[] = [
    ...snapshot.controls
      .filter(isConsent)
      .map((c) => classifiedConsent(c, c.control, c.prechecked, isRequiredControl(c))),
    // An implied statement is never ticked, and agreeing is a condition of the action beside it.
    ...impliedStatements(snapshot.statements).map((s) =>
      classifiedConsent(s, 'implied_text', false, true),
    ),
  ];
  const categories = fields.map((f) => f.category);
  const pageKind = classifyPageKind({
    url: snapshot.url,
    title: snapshot.title,
    headings: [
      ...snapshot.headings,
      ...snapshot.groups.map((g) => g.heading).filter((h) => h !== ''),
    ],
    submitTexts: snapshot.groups.flatMap((g) => g.submitTexts),
    categories,
    fieldCount: fields.filter((f) => f.category !== 'other').length,
    hasPasswordField: categories.includes('password'),
    hasNewPasswordOrConfirm: snapshot.fields.some(isNewPassword),
    textSample: snapshot.textSample,
  });
  return {
    url: snapshot.url,
    pageKind,
    language: detectLanguage(snapshot.textSample, snapshot.htmlLang),
    fields,
    consents,
    policyLinks: snapshot.policyLinks.filter((l) => looksLikePolicyLink(l.text, l.href)),
    permissionRequests: [],
    snapshot,
  };
}

function isRequiredControl(c: ControlEvidence): boolean {
  return c.required || hasRequiredMarker(c.control === 'radio' ? (c.question ?? '') : c.text);
}

/** An ordinary choice control ("Ship to a different address?", a gender radio group) as a field. */
function optionAsField(c: ControlEvidence): FieldEvidence {
  const radio = c.control === 'radio';
  return {
    selector: c.selector,
    group: c.group,
    tag: 'input',
    inputType: radio ? 'radio' : 'checkbox',
    ...(c.name === undefined ? {} : { name: c.name }),
    ...(c.id === undefined ? {} : { id: c.id }),
    autocomplete: [],
    label: radio ? (c.question ?? '') : c.text.slice(0, LIMITS.shortText),
    ...(c.legend === undefined ? {} : { legend: c.legend }),
    options: c.choices,
    required: isRequiredControl(c),
    visible: c.visible,
  };
}

/** The implied-consent statements among the candidates, without wrappers of another one. */
function impliedStatements(candidates: readonly StatementEvidence[]): StatementEvidence[] {
  const implied = candidates.filter((s) => looksLikeImpliedConsent(s.text));
  return implied.filter(
    (s) =>
      !implied.some((o) => o !== s && o.text.length < s.text.length && s.text.includes(o.text)),
  );
}

function classifiedConsent(
  item: ControlEvidence | StatementEvidence,
  control: ClassifiedConsent['control'],
  prechecked: boolean,
  required: boolean,
): ClassifiedConsent {
  return {
    ...(item.selector === undefined ? {} : { selector: item.selector }),
    text: item.text,
    control,
    prechecked,
    required,
    ...classifyConsentText(item.text),
    links: item.links.map((l) => l.href),
    group: item.group,
  };
}

function classifiedField(e: FieldEvidence): ClassifiedField {
  const { category, sensitivity, concept } = classifyFieldDetail(e);
  return {
    selector: e.selector,
    ...(e.name === undefined ? {} : { name: e.name }),
    ...(e.id === undefined ? {} : { id: e.id }),
    label: e.label || e.ariaLabel || e.placeholder || e.legend || e.nearbyText || e.title || '',
    inputType: e.inputType,
    category,
    sensitivity,
    // Markup says required, or the label carries a marker ("*", "wajib").
    required:
      e.required ||
      hasRequiredMarker(e.label || e.placeholder || e.nearbyText || e.ariaLabel || ''),
    concept,
    group: e.group,
  };
}

const CONFIRM_RE = /confirm|repeat|again|retype|ulang|konfirmasi|verify|verifikasi/i;
function isNewPassword(e: FieldEvidence): boolean {
  if (e.inputType !== 'password') return false;
  if (e.autocomplete.includes('new-password')) return true;
  return CONFIRM_RE.test(`${e.name ?? ''} ${e.id ?? ''} ${e.label} ${e.placeholder ?? ''}`);
}

export function analyzeSnapshot(snapshot: PageSnapshot, options: AnalyzeOptions = {}): ScanReport {
  const page = classifyPage(snapshot);
  const rulebook = options.rulebook ?? DEFAULT_RULEBOOK;
  const findings = evaluate(page, {
    rulebook,
    lang: options.lang ?? 'id',
    ...(options.live === undefined ? {} : { live: options.live }),
  });
  const hasPersonalData = page.fields.some((f) => f.sensitivity !== 'none');
  return {
    schemaVersion: SCAN_REPORT_SCHEMA_VERSION,
    url: page.url,
    pageKind: page.pageKind,
    language: page.language,
    fields: page.fields.map(({ concept: _c, group: _g, ...field }) => field),
    consents: page.consents.map(({ optOut: _o, group: _g, ...consent }) => consent),
    policyLinks: page.policyLinks.map(({ href, text }) => ({ href, text })),
    permissionRequests:
      options.live?.permissionRequests?.map((p) => ({
        permission: p.permission,
        at: p.at,
        userGesture: p.userGesture,
      })) ?? [],
    findings,
    score: score(findings, { rulebook, hasPersonalData }),
  };
}
