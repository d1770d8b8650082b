import { parseHTML } from 'linkedom';
import { scanHtml, type Fixture } from './fixtures';
import { RULE_IDS } from '../../analyzer/rulebooks';
import type { ScanReport } from '../../analyzer';

// Accuracy of the analyzer against the labelled fixtures, as counts so that
// the benchmark can print them and the gate test can hold them to targets.

export interface Tally {
  hit: number;
  total: number;
}
const tally = (): Tally => ({ hit: 0, total: 0 });
const add = (t: Tally, ok: boolean) => {
  t.total++;
  if (ok) t.hit++;
};
export const ratio = (t: Tally) => (t.total === 0 ? 1 : t.hit / t.total);

export interface Accuracy {
  fieldRecall: Tally;
  fieldPrecision: Tally;
  categoryAccuracy: Tally;
  consentRecall: Tally;
  consentPrecision: Tally;
  prechecked: Tally;
  purposes: Tally;
  bundled: Tally;
  impliedRecall: Tally;
  impliedPrecision: Tally;
  required: Tally;
  pageKind: Tally;
  language: Tally;
  policyLinkRecall: Tally;
  policyLinkPrecision: Tally;
  rules: Map<string, { tp: number; fp: number; fn: number }>;
  /** High-severity findings a page's labels do not expect: "slug: rule". */
  highFalsePositives: string[];
  mistakes: string[];
}

/** Rules the fixture labels judge: all but those that need a live browser or are matters of degree. */
const UNLABELLED_RULES = new Set([
  'consent.readability',
  'consent.hidden',
  'permission.no_gesture',
  'permission.unrelated',
  'tracking.session_replay',
]);
export const LABELLED_RULES: ReadonlySet<string> = new Set(
  RULE_IDS.filter((id) => !UNLABELLED_RULES.has(id)),
);

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export function measure(fixtures: Fixture[]): Accuracy {
  const acc: Accuracy = {
    fieldRecall: tally(),
    fieldPrecision: tally(),
    categoryAccuracy: tally(),
    consentRecall: tally(),
    consentPrecision: tally(),
    prechecked: tally(),
    purposes: tally(),
    bundled: tally(),
    impliedRecall: tally(),
    impliedPrecision: tally(),
    required: tally(),
    pageKind: tally(),
    language: tally(),
    policyLinkRecall: tally(),
    policyLinkPrecision: tally(),
    rules: new Map(),
    highFalsePositives: [],
    mistakes: [],
  };
  for (const fixture of fixtures)
    measureOne(fixture, scanHtml(fixture.html, fixture.expected.url), acc);
  return acc;
}

function measureOne({ slug, expected, html }: Fixture, report: ScanReport, acc: Accuracy): void {
  const doc = parseHTML(html).document as unknown as ParentNode;
  const miss = (what: string) => acc.mistakes.push(`${slug}: ${what}`);
  add(acc.pageKind, report.pageKind === expected.pageKind);
  if (report.pageKind !== expected.pageKind)
    miss(`pageKind ${report.pageKind}, expected ${expected.pageKind}`);
  add(acc.language, report.language === expected.language);
  if (report.language !== expected.language)
    miss(`language ${report.language}, expected ${expected.language}`);

  const keyOf = (x: { name?: string | undefined; id?: string | undefined }) =>
    [x.name, x.id].filter((k): k is string => !!k);
  const fieldKeys = new Set(expected.fields.map((f) => f.key));
  for (const want of expected.fields) {
    const got = report.fields.find((f) => keyOf(f).includes(want.key));
    add(acc.fieldRecall, got !== undefined);
    if (!got) {
      miss(`field ${want.key} not found`);
      continue;
    }
    add(acc.categoryAccuracy, got.category === want.category);
    if (got.category !== want.category)
      miss(`field ${want.key}: ${got.category}, expected ${want.category} (label "${got.label}")`);
    add(acc.required, got.required === want.required);
    if (got.required !== want.required)
      miss(`field ${want.key}: required ${got.required}, expected ${want.required}`);
  }
  const consentKeys = new Set(expected.consents.map((c) => c.key));
  for (const got of report.fields) {
    const ok = keyOf(got).some((k) => fieldKeys.has(k));
    add(acc.fieldPrecision, ok);
    if (!ok)
      miss(
        `extra field ${got.name ?? got.id ?? got.selector} (${got.category}, "${got.label}")${keyOf(got).some((k) => consentKeys.has(k)) ? ' — expected as consent' : ''}`,
      );
  }

  const controls = report.consents.filter((c) => c.control !== 'implied_text');
  const keysOf = new Map(controls.map((c) => [c, controlKeys(doc, c.selector)]));
  const controlKey = (c: ScanReport['consents'][number]) => c.selector ?? '';
  const matches = (c: ScanReport['consents'][number], key: string) =>
    (keysOf.get(c) ?? []).includes(key);
  for (const want of expected.consents) {
    const got = controls.find((c) => matches(c, want.key));
    add(acc.consentRecall, got !== undefined);
    if (!got) {
      miss(`consent ${want.key} not found`);
      continue;
    }
    add(acc.prechecked, got.prechecked === want.prechecked);
    if (got.prechecked !== want.prechecked)
      miss(`consent ${want.key}: prechecked ${got.prechecked}, expected ${want.prechecked}`);
    add(acc.required, got.required === want.required);
    if (got.required !== want.required)
      miss(`consent ${want.key}: required ${got.required}, expected ${want.required}`);
    add(acc.purposes, sameSet(got.purposes, want.purposes));
    if (!sameSet(got.purposes, want.purposes))
      miss(
        `consent ${want.key}: purposes ${got.purposes.join('+')}, expected ${want.purposes.join('+')} ("${got.text.slice(0, 90)}")`,
      );
    add(acc.bundled, got.bundled === want.bundled);
  }
  for (const got of controls) {
    const ok = expected.consents.some((w) => matches(got, w.key));
    add(acc.consentPrecision, ok);
    if (!ok) miss(`extra consent ${controlKey(got)} ("${got.text.slice(0, 80)}")`);
  }

  const implied = report.consents.filter((c) => c.control === 'implied_text');
  for (const want of expected.implied) {
    const got = implied.find((c) => norm(c.text).includes(norm(want.textIncludes)));
    add(acc.impliedRecall, got !== undefined);
    if (!got) {
      miss(`implied statement "${want.textIncludes}" not found`);
      continue;
    }
    add(acc.purposes, sameSet(got.purposes, want.purposes));
    if (!sameSet(got.purposes, want.purposes))
      miss(
        `implied "${want.textIncludes}": purposes ${got.purposes.join('+')}, expected ${want.purposes.join('+')}`,
      );
    add(acc.bundled, got.bundled === want.bundled);
  }
  for (const got of implied) {
    const ok = expected.implied.some((w) => norm(got.text).includes(norm(w.textIncludes)));
    add(acc.impliedPrecision, ok);
    if (!ok) miss(`extra implied statement "${got.text.slice(0, 90)}"`);
  }

  const links = report.policyLinks.map((l) => l.href);
  for (const href of expected.policyLinks) {
    add(acc.policyLinkRecall, links.includes(href));
    if (!links.includes(href)) miss(`policy link ${href} not found`);
  }
  for (const href of links) {
    add(acc.policyLinkPrecision, expected.policyLinks.includes(href));
    if (!expected.policyLinks.includes(href)) miss(`extra policy link ${href}`);
  }

  const labelled = report.findings.filter((f) => LABELLED_RULES.has(f.ruleId));
  const fired = new Set(labelled.map((f) => f.ruleId));
  const wanted = new Set(expected.expectedRules);
  for (const f of labelled) {
    if (f.severity === 'high' && !wanted.has(f.ruleId))
      acc.highFalsePositives.push(`${slug}: ${f.ruleId}`);
  }
  for (const rule of new Set([...fired, ...wanted])) {
    const row = acc.rules.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
    if (fired.has(rule) && wanted.has(rule)) row.tp++;
    else if (fired.has(rule)) {
      row.fp++;
      miss(`rule ${rule} fired, not expected`);
    } else {
      row.fn++;
      miss(`rule ${rule} expected, did not fire`);
    }
    acc.rules.set(rule, row);
  }
}

/** name and id of the control a consent's selector points at (the contract has no name/id on consents). */
function controlKeys(doc: ParentNode, selector: string | undefined): string[] {
  if (!selector) return [];
  try {
    const el = doc.querySelector(selector);
    return el
      ? [el.getAttribute('name'), el.getAttribute('id')].filter((k): k is string => !!k)
      : [];
  } catch {
    return [];
  }
}
