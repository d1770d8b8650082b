// Accuracy of analyzer/policy element detection.
//   npx tsx test/bench/policy-accuracy.ts [--verbose]
// 1. OPP-115 (Wilson et al., ACL 2016; research/teaching use only), read from
//    ../shared/corpus/opp-115 relative to the repo root, never copied into it.
//    Policies sorted by file name: first half = dev (lexicons were tuned on
//    it), second half = test (reported, not tuned on).
// 2. Our labelled fixtures test/fixtures/policies/{id,en}-*.txt with
//    .expected.json: present/weak per element. Written by whoever tuned the
//    lexicons, so they show that tuning held, not how well it generalises.
// 3. The held-out set test/fixtures/policies/heldout/ (see its LABELLING.md):
//    labelled blind, before the analyzer ran on it; never tune on it.
// Prints figures; asserts nothing (STYLE: benchmarks report).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  POLICY_ELEMENTS,
  PolicyElementSchema,
  type PolicyElement,
  type PolicyElements,
} from '../../analyzer/model/policy-report';
import { analyzePolicy, detectElements, segmentPolicy } from '../../analyzer/policy/index';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const oppDir = path.resolve(repoRoot, '..', 'shared', 'corpus', 'opp-115');
const fixturesDir = path.join(repoRoot, 'test', 'fixtures', 'policies');
const heldoutDir = path.join(fixturesDir, 'heldout');
const verbose = process.argv.includes('--verbose');

// Our elements → OPP-115 categories. An OPP label marks a topic, not legal
// substance, so a prediction is "mentioned" = present || weak.
const CATEGORY_MAP = {
  'First Party Collection/Use': ['purposes', 'data_types'],
  'Third Party Sharing/Collection': ['recipients'],
  'User Choice/Control': ['choice'],
  'International and Specific Audiences': ['children', 'transfer_abroad'],
  'Data Security': ['security'],
  'User Access, Edit and Deletion': ['rights'],
  'Policy Change': ['changes'],
  'Data Retention': ['retention'],
} as const satisfies Record<string, readonly PolicyElement[]>;
type Category = keyof typeof CATEGORY_MAP;
const CATEGORIES = Object.keys(CATEGORY_MAP).filter((c): c is Category => c in CATEGORY_MAP);

// ---------- small helpers ----------

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  reg: '®',
  copy: '©',
  trade: '™',
};

export function htmlFragmentToText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/?(?:p|li|ul|ol|div|h[1-6]|blockquote|tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m)
    .replace(/[ \t]+/g, ' ');
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
function add(c: Counts, gold: boolean, pred: boolean): void {
  if (gold && pred) c.tp++;
  else if (pred) c.fp++;
  else if (gold) c.fn++;
  else c.tn++;
}
function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f };
}
const fmt = (x: number): string => x.toFixed(3);
const pad = (s: string, n: number): string =>
  s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length);
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function table(title: string, rows: { name: string; c: Counts }[]): number {
  console.log(`\n${title}`);
  console.log(
    `${pad('category', 38)} ${lpad('P', 6)} ${lpad('R', 6)} ${lpad('F1', 6)}   ${lpad('TP', 5)} ${lpad('FP', 5)} ${lpad('FN', 5)} ${lpad('TN', 5)}`,
  );
  let sum = 0;
  for (const { name, c } of rows) {
    const { p, r, f } = prf(c);
    sum += f;
    console.log(
      `${pad(name, 38)} ${lpad(fmt(p), 6)} ${lpad(fmt(r), 6)} ${lpad(fmt(f), 6)}   ${lpad(String(c.tp), 5)} ${lpad(String(c.fp), 5)} ${lpad(String(c.fn), 5)} ${lpad(String(c.tn), 5)}`,
    );
  }
  const macro = rows.length === 0 ? 0 : sum / rows.length;
  console.log(`${pad('macro F1', 38)} ${lpad('', 6)} ${lpad('', 6)} ${lpad(fmt(macro), 6)}`);
  return macro;
}

const mentioned = (els: PolicyElements, cat: Category): boolean =>
  CATEGORY_MAP[cat].some((e) => els[e].present || els[e].weak);

// ---------- OPP-115 ----------

interface OppPolicy {
  file: string;
  segments: string[];
  /** Majority labels: a category most annotators gave the segment. */
  labels: Set<string>[];
  /** Any-annotator labels: a category at least one annotator gave it. */
  labelsAny: Set<string>[];
}

function loadOpp(): OppPolicy[] | null {
  const csvPath = path.join(oppDir, 'segment-categories.csv');
  if (!existsSync(csvPath)) return null;
  const rows = parseCsv(readFileSync(csvPath, 'utf8'));
  const header = rows[0] ?? [];
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`segment-categories.csv: no column ${name}`);
    return i;
  };
  const [fileCol, segCol, majCol, anyCol] = [
    col('policy_file'),
    col('segment_id'),
    col('categories_majority'),
    col('categories_any'),
  ];
  const split = (cell: string | undefined) => new Set((cell ?? '').split(';').filter(Boolean));
  const byFile = new Map<string, Map<number, { majority: Set<string>; any: Set<string> }>>();
  for (const r of rows.slice(1)) {
    const file = r[fileCol];
    if (!file) continue;
    const m = byFile.get(file) ?? new Map<number, { majority: Set<string>; any: Set<string> }>();
    m.set(Number(r[segCol]), { majority: split(r[majCol]), any: split(r[anyCol]) });
    byFile.set(file, m);
  }
  return [...byFile.keys()].sort().map((file) => {
    const segments = readFileSync(path.join(oppDir, 'sanitized_policies', file), 'utf8')
      .split('|||')
      .map(htmlFragmentToText);
    const m = byFile.get(file);
    return {
      file,
      segments,
      labels: segments.map((_, i) => m?.get(i)?.majority ?? new Set<string>()),
      labelsAny: segments.map((_, i) => m?.get(i)?.any ?? new Set<string>()),
    };
  });
}

function evaluateOpp(
  name: string,
  policies: OppPolicy[],
): { policyMacro: number; segmentMacro: number; segmentAnyMacro: number } {
  const seg = new Map(CATEGORIES.map((c) => [c, zero()]));
  const segAny = new Map(CATEGORIES.map((c) => [c, zero()]));
  const pol = new Map(CATEGORIES.map((c) => [c, zero()]));
  const misses: string[] = [];
  for (const p of policies) {
    const whole = analyzePolicy(p.segments.join('\n\n'), { source: p.file, lang: 'en' });
    for (const cat of CATEGORIES) {
      const gold = p.labels.some((l) => l.has(cat));
      const pred = mentioned(whole.elements, cat);
      const c = pol.get(cat);
      if (c) add(c, gold, pred);
      if (gold !== pred) misses.push(`policy ${gold ? 'FN' : 'FP'} ${cat} ${p.file}`);
    }
    p.segments.forEach((text, i) => {
      const els = detectElements(segmentPolicy(text));
      for (const cat of CATEGORIES) {
        const gold = p.labels[i]?.has(cat) ?? false;
        const pred = mentioned(els, cat);
        const c = seg.get(cat);
        if (c) add(c, gold, pred);
        const cAny = segAny.get(cat);
        if (cAny) add(cAny, p.labelsAny[i]?.has(cat) ?? false, pred);
        if (verbose && gold !== pred)
          misses.push(
            `segment ${gold ? 'FN' : 'FP'} ${cat} ${p.file}#${i}: ${text.replace(/\s+/g, ' ').slice(0, 220)}`,
          );
      }
    });
  }
  const rows = (m: Map<Category, Counts>): { name: string; c: Counts }[] =>
    CATEGORIES.map((cat) => ({ name: cat, c: m.get(cat) ?? zero() }));
  const policyMacro = table(
    `OPP-115 ${name} — policy-level presence (${policies.length} policies)`,
    rows(pol),
  );
  const segmentMacro = table(
    `OPP-115 ${name} — segment-level (${policies.reduce((n, p) => n + p.segments.length, 0)} segments, majority labels)`,
    rows(seg),
  );
  // Majority labels leave out what a segment touches in passing; a lexicon flags those too.
  const segmentAnyMacro = table(
    `OPP-115 ${name} — segment-level against any-annotator labels (same predictions)`,
    rows(segAny),
  );
  if (verbose) console.log(misses.join('\n'));
  return { policyMacro, segmentMacro, segmentAnyMacro };
}

// ---------- labelled fixtures ----------

const ExpectedSchema = z.object({
  language: z.enum(['id', 'en']),
  elements: z.record(PolicyElementSchema, z.object({ present: z.boolean(), weak: z.boolean() })),
});

function evaluateFixtures(dir: string, prefix: 'id' | 'en', set: 'fixtures' | 'held-out'): void {
  if (!existsSync(dir)) return;
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.txt'))
    .sort();
  if (files.length === 0) return;
  const present = new Map(POLICY_ELEMENTS.map((e) => [e, zero()]));
  const weak = new Map(POLICY_ELEMENTS.map((e) => [e, zero()]));
  const misses: string[] = [];
  let langOk = 0;
  let stateOk = 0;
  let judged = 0;
  let ms = 0;
  for (const f of files) {
    const expected = ExpectedSchema.parse(
      JSON.parse(readFileSync(path.join(dir, f.replace(/\.txt$/, '.expected.json')), 'utf8')),
    );
    const text = readFileSync(path.join(dir, f), 'utf8');
    const t0 = performance.now();
    const report = analyzePolicy(text, { source: f });
    ms += performance.now() - t0;
    if (report.language === expected.language) langOk++;
    else misses.push(`${f}: language ${report.language}, expected ${expected.language}`);
    for (const e of POLICY_ELEMENTS) {
      const exp = expected.elements[e];
      if (!exp) continue;
      const got = report.elements[e];
      const pc = present.get(e);
      const wc = weak.get(e);
      if (pc) add(pc, exp.present, got.present);
      if (wc) add(wc, exp.weak, got.weak);
      judged++;
      if (exp.present === got.present && exp.weak === got.weak) stateOk++;
      if (exp.present !== got.present || exp.weak !== got.weak) {
        misses.push(
          `${f}: ${e} expected present=${exp.present} weak=${exp.weak}, got present=${got.present} weak=${got.weak} ${JSON.stringify(got.evidence[0] ?? '')}`,
        );
      }
    }
  }
  const rows = (m: Map<PolicyElement, Counts>): { name: string; c: Counts }[] =>
    POLICY_ELEMENTS.map((e) => ({ name: e, c: m.get(e) ?? zero() }));
  const label = `${prefix === 'id' ? 'Indonesian' : 'English'} ${set}`;
  const blind = set === 'held-out' ? ', labelled blind' : '';
  table(`${label} (${files.length} policies${blind}) — element present`, rows(present));
  table(`${label} — element weak (vague-only)`, rows(weak));
  const all = [...present.values()].reduce((a, c) => a + c.tp + c.tn, 0);
  const total = [...present.values()].reduce((a, c) => a + c.tp + c.tn + c.fp + c.fn, 0);
  console.log(
    `present accuracy ${fmt(all / Math.max(1, total))} over ${total} element judgements; state (present/weak/absent) accuracy ${fmt(stateOk / Math.max(1, judged))}; language ${langOk}/${files.length}; ${(ms / files.length).toFixed(1)} ms/policy`,
  );
  if (misses.length > 0) console.log(`mismatches:\n  ${misses.join('\n  ')}`);
}

// ---------- main ----------

const opp = loadOpp();
if (opp) {
  const half = Math.ceil(opp.length / 2);
  const dev = evaluateOpp('DEV (first half by file name; tuned on)', opp.slice(0, half));
  const test = evaluateOpp('TEST (second half; not tuned on)', opp.slice(half));
  console.log(
    `\nSummary OPP-115: policy macro F1 dev ${fmt(dev.policyMacro)} / test ${fmt(test.policyMacro)}; segment macro F1 dev ${fmt(dev.segmentMacro)} / test ${fmt(test.segmentMacro)} (any-annotator labels: ${fmt(dev.segmentAnyMacro)} / ${fmt(test.segmentAnyMacro)})`,
  );
} else {
  console.log(`OPP-115 not found at ${oppDir}; skipped.`);
}
evaluateFixtures(fixturesDir, 'id', 'fixtures');
evaluateFixtures(fixturesDir, 'en', 'fixtures');
// Reported apart: the figures above are on the tuning set.
evaluateFixtures(heldoutDir, 'id', 'held-out');
evaluateFixtures(heldoutDir, 'en', 'held-out');
