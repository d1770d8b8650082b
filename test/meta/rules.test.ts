import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULEBOOK,
  LOCALES,
  RULEBOOK_IDS,
  RULE_IDS,
  getRulebook,
  getRuleText,
  type RuleId,
  type RulebookId,
} from '../../analyzer/rulebooks';
import { RULES, evaluate } from '../../analyzer/rules';
import { RULE_FIXTURES } from '../unit/rules/fixtures';

// The registry checks itself (STYLE.md, as in Refined GitHub's meta-test).

const RULES_DIR = fileURLToPath(new URL('../../analyzer/rules/', import.meta.url));
const UNIT_DIR = fileURLToPath(new URL('../unit/rules/', import.meta.url));
/** Top-level files in analyzer/rules/ that are not rules. */
const NON_RULE_FILES = ['index.ts', 'types.ts', 'registry.ts', 'engine.ts'];

describe('rule registry', () => {
  const ruleFiles = readdirSync(RULES_DIR, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts') && !NON_RULE_FILES.includes(d.name))
    .map((d) => d.name);

  it('registers every rule file, and every registered rule has a file named after its id', () => {
    expect([...ruleFiles].sort()).toEqual(RULES.map((r) => `${r.id}.ts`).sort());
  });

  it('has unique ids, exactly the ids of RULE_IDS', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s has a version, a severity and its reason',
    (_id, rule) => {
      expect(Number.isInteger(rule.version) && rule.version >= 1).toBe(true);
      expect(['info', 'low', 'medium', 'high']).toContain(rule.severity);
      expect(rule.severityWhy.length).toBeGreaterThan(20);
    },
  );

  it.each(RULE_IDS.map((id) => [id]))('%s has a unit test file', (id) => {
    expect(existsSync(`${UNIT_DIR}${id}.test.ts`)).toBe(true);
  });

  it.each(RULE_IDS.map((id) => [id]))('%s cites the default rulebook', (id) => {
    expect(getRulebook(DEFAULT_RULEBOOK).citations[id].length).toBeGreaterThan(0);
  });

  it.each(RULE_IDS.map((id) => [id]))('%s has a title and explanation in every locale', (id) => {
    for (const lang of LOCALES) {
      const t = getRuleText(id, lang);
      expect(t.title.trim().length).toBeGreaterThan(5);
      expect(t.explanation.trim().length).toBeGreaterThan(40);
    }
    expect(getRuleText(id, 'id').title).not.toBe(getRuleText(id, 'en').title);
  });
});

describe('rule fixtures', () => {
  it.each(RULE_IDS.map((id) => [id]))(
    '%s fires on its firing fixture and not on its silent one',
    (id) => {
      const { fires, silent } = RULE_FIXTURES[id];
      const hit = evaluate(fires.page, fires.live ? { live: fires.live } : {}).filter(
        (f) => f.ruleId === id,
      );
      const quiet = evaluate(silent.page, silent.live ? { live: silent.live } : {}).filter(
        (f) => f.ruleId === id,
      );
      expect(hit.length).toBeGreaterThan(0);
      expect(quiet).toEqual([]);
      for (const f of hit) {
        expect(f.evidence.length).toBeGreaterThan(0);
        expect(f.evidence.every((e) => e.selector !== undefined || e.text !== undefined)).toBe(
          true,
        );
      }
    },
  );
});

// Hard-coded from shared/legal/REFERENCE.md, "Checkable rules" (unit tests do
// not read /work/shared). `cell` is the table cell verbatim; `articles` is how
// the rulebook data splits it. An empty list: "—" or [unverified], not cited.
type Row = Readonly<Record<RulebookId, { cell: string; articles: readonly string[] }>>;

const REFERENCE_TABLE: Readonly<Record<RuleId, Row>> = {
  'consent.prechecked': {
    'uu-pdp-2022': {
      cell: 'Pasal 20(2)(a) explicit valid consent; 22(1)',
      articles: ['Pasal 20(2)(a)', 'Pasal 22(1)'],
    },
    'ruu-pdp': {
      cell: 'Pasal 18(1) and its elucidation: valid consent is explicit, not hidden, not by mistake, negligence or coercion',
      articles: ['Pasal 18(1)', 'Penjelasan Pasal 18(1)'],
    },
    'pm-20-2016': {
      cell: 'Pasal 1 angka 4 (consent is a statement given after full explanation)',
      articles: ['Pasal 1 angka 4'],
    },
    gdpr: {
      cell: 'Art. 4(11), 7; Recital 32; CJEU C‑673/17 *Planet49*',
      articles: ['Art. 4(11)', 'Art. 7', 'Recital 32', 'CJEU C-673/17 (Planet49)'],
    },
  },
  'consent.bundled': {
    'uu-pdp-2022': {
      cell: 'Pasal 22(4)(a) and (5): must be clearly distinguishable, else void [text]',
      articles: ['Pasal 22(4)(a)', 'Pasal 22(5)'],
    },
    'ruu-pdp': { cell: 'Pasal 19(4)(a), (5)', articles: ['Pasal 19(4)(a)', 'Pasal 19(5)'] },
    'pm-20-2016': { cell: '—', articles: [] },
    gdpr: {
      cell: 'Art. 7(2); Recital 43; EDPB Guidelines 05/2020 on granularity',
      articles: ['Art. 7(2)', 'Recital 43', 'EDPB Guidelines 05/2020'],
    },
  },
  'consent.implied': {
    'uu-pdp-2022': {
      cell: 'Pasal 20(2)(a); 22; 23 (clause void) [text]',
      articles: ['Pasal 20(2)(a)', 'Pasal 22', 'Pasal 23'],
    },
    'ruu-pdp': { cell: 'Pasal 18, 20', articles: ['Pasal 18', 'Pasal 20'] },
    'pm-20-2016': { cell: 'Pasal 1 angka 4', articles: ['Pasal 1 angka 4'] },
    gdpr: {
      cell: 'Art. 4(11); EDPB 05/2020 (continuing or scrolling is not consent)',
      articles: ['Art. 4(11)', 'EDPB Guidelines 05/2020'],
    },
  },
  'consent.forced': {
    'uu-pdp-2022': { cell: 'Pasal 20(2)(a) "sah"', articles: ['Pasal 20(2)(a)'] },
    'ruu-pdp': {
      cell: 'elucidation of Pasal 18(1): no coercion',
      articles: ['Penjelasan Pasal 18(1)'],
    },
    'pm-20-2016': { cell: '—', articles: [] },
    gdpr: { cell: 'Art. 7(4); Recital 43', articles: ['Art. 7(4)', 'Recital 43'] },
  },
  'consent.no_policy_link': {
    'uu-pdp-2022': { cell: 'Pasal 21(1) information duty [text]', articles: ['Pasal 21(1)'] },
    'ruu-pdp': { cell: 'Pasal 24(1)', articles: ['Pasal 24(1)'] },
    'pm-20-2016': { cell: 'Pasal 1 angka 4', articles: ['Pasal 1 angka 4'] },
    gdpr: { cell: 'Art. 13', articles: ['Art. 13'] },
  },
  'consent.language': {
    'uu-pdp-2022': { cell: '22(4)(c) simple, clear language', articles: ['Pasal 22(4)(c)'] },
    'ruu-pdp': { cell: '19(4)(c)', articles: ['Pasal 19(4)(c)'] },
    'pm-20-2016': {
      cell: '**Pasal 6**: consent agreement in Bahasa Indonesia [secondary]',
      articles: ['Pasal 6'],
    },
    gdpr: { cell: 'Art. 12(1)', articles: ['Art. 12(1)'] },
  },
  'consent.readability': {
    'uu-pdp-2022': { cell: '22(4)(b),(c)', articles: ['Pasal 22(4)(b)', 'Pasal 22(4)(c)'] },
    'ruu-pdp': { cell: '19(4)(b),(c)', articles: ['Pasal 19(4)(b)', 'Pasal 19(4)(c)'] },
    'pm-20-2016': { cell: '—', articles: [] },
    gdpr: { cell: 'Art. 7(2), 12(1)', articles: ['Art. 7(2)', 'Art. 12(1)'] },
  },
  'consent.hidden': {
    'uu-pdp-2022': { cell: '22(4)(b) accessible format', articles: ['Pasal 22(4)(b)'] },
    'ruu-pdp': { cell: 'elucidation of 18(1): not hidden', articles: ['Penjelasan Pasal 18(1)'] },
    'pm-20-2016': { cell: '—', articles: [] },
    gdpr: { cell: 'Art. 7(2)', articles: ['Art. 7(2)'] },
  },
  'data.specific': {
    'uu-pdp-2022': {
      cell: 'Pasal 4(2); stricter duties (DPIA Pasal 34)',
      articles: ['Pasal 4(2)', 'Pasal 34'],
    },
    'ruu-pdp': { cell: 'Pasal 3(3)', articles: ['Pasal 3(3)'] },
    'pm-20-2016': { cell: '—', articles: [] },
    gdpr: { cell: 'Art. 9 (and card data: Art. 32)', articles: ['Art. 9', 'Art. 32'] },
  },
  'data.excessive': {
    'uu-pdp-2022': {
      cell: 'Pasal 16(2)(a) limited and specific collection [secondary]',
      articles: ['Pasal 16(2)(a)'],
    },
    'ruu-pdp': { cell: 'Pasal 17(2)(a)', articles: ['Pasal 17(2)(a)'] },
    'pm-20-2016': {
      cell: 'data limited to what is relevant (draft Pasal 7) [unverified number in the enacted text]',
      articles: [],
    },
    gdpr: { cell: 'Art. 5(1)(c)', articles: ['Art. 5(1)(c)'] },
  },
  'data.child': {
    'uu-pdp-2022': {
      cell: 'Pasal 25 (parent/guardian consent; no age set) [text]',
      articles: ['Pasal 25'],
    },
    'ruu-pdp': { cell: '—', articles: [] },
    'pm-20-2016': { cell: '[unverified]', articles: [] },
    gdpr: { cell: 'Art. 8', articles: ['Art. 8'] },
  },
  'data.insecure': {
    'uu-pdp-2022': { cell: 'Pasal 35–39 security duties [secondary]', articles: ['Pasal 35–39'] },
    'ruu-pdp': { cell: 'Pasal 27, 30', articles: ['Pasal 27', 'Pasal 30'] },
    'pm-20-2016': { cell: '—', articles: [] },
    gdpr: { cell: 'Art. 32', articles: ['Art. 32'] },
  },
  'data.third_party_post': {
    'uu-pdp-2022': {
      cell: 'Pasal 21(1) (recipients part of the information owed); Pasal 56 if abroad',
      articles: ['Pasal 21(1)', 'Pasal 56'],
    },
    'ruu-pdp': { cell: 'Pasal 24(1), 49', articles: ['Pasal 24(1)', 'Pasal 49'] },
    'pm-20-2016': { cell: '—', articles: [] },
    gdpr: { cell: 'Art. 13(1)(e), 44', articles: ['Art. 13(1)(e)', 'Art. 44'] },
  },
  'permission.no_gesture': {
    'uu-pdp-2022': { cell: 'Pasal 20(2)(a), 21(1)', articles: ['Pasal 20(2)(a)', 'Pasal 21(1)'] },
    'ruu-pdp': { cell: 'Pasal 18, 24', articles: ['Pasal 18', 'Pasal 24'] },
    'pm-20-2016': { cell: '—', articles: [] },
    gdpr: { cell: 'Art. 4(11), 7', articles: ['Art. 4(11)', 'Art. 7'] },
  },
  'permission.unrelated': {
    'uu-pdp-2022': { cell: 'Pasal 16(2)(a)', articles: ['Pasal 16(2)(a)'] },
    'ruu-pdp': { cell: 'Pasal 17(2)(a)', articles: ['Pasal 17(2)(a)'] },
    'pm-20-2016': { cell: '—', articles: [] },
    gdpr: { cell: 'Art. 5(1)(c)', articles: ['Art. 5(1)(c)'] },
  },
  'tracking.session_replay': {
    'uu-pdp-2022': {
      cell: 'Pasal 20–21 (processing by third parties without consent or information)',
      articles: ['Pasal 20–21'],
    },
    'ruu-pdp': { cell: 'Pasal 18, 24', articles: ['Pasal 18', 'Pasal 24'] },
    'pm-20-2016': { cell: '—', articles: [] },
    gdpr: { cell: 'Art. 6, 13, 28', articles: ['Art. 6', 'Art. 13', 'Art. 28'] },
  },
};

/** Article and paragraph numbers, and case/guideline numbers, as they appear. */
function numbers(text: string): string[] {
  return (text.replace(/\u2011/g, '-').match(/\d+(?:\/\d+)?/g) ?? []).sort();
}

describe('citations match REFERENCE.md', () => {
  const cases = RULE_IDS.flatMap((id) => RULEBOOK_IDS.map((book) => [id, book] as const));

  it.each(cases)('%s under %s', (id, book) => {
    const expected = REFERENCE_TABLE[id][book];
    const actual = getRulebook(book).citations[id].map((c) => c.article);
    expect(actual).toEqual(expected.articles);
    // Transcription guard: every number cited comes from the cell, and every
    // number in a cited cell is cited (the [unverified] and "—" cells cite nothing).
    if (expected.articles.length > 0) {
      const cellNumbers = new Set(numbers(expected.cell));
      for (const n of numbers(actual.join(' '))) expect(cellNumbers).toContain(n);
      const cited = new Set(numbers(actual.join(' ')));
      for (const n of cellNumbers) expect(cited).toContain(n);
    }
  });

  it('never cites the draft numbering under the enacted law (spot checks from the numbering trap)', () => {
    const uu = getRulebook('uu-pdp-2022').citations;
    const all = RULE_IDS.flatMap((id) => uu[id].map((c) => c.article));
    // Draft-only numbers for the same topics: 18 (bases), 19 (form), 24(1) (information), 49 (transfer).
    for (const draft of [
      'Pasal 18',
      'Pasal 19(4)(a)',
      'Pasal 24(1)',
      'Pasal 49',
      'Pasal 17(2)(a)',
    ]) {
      expect(all).not.toContain(draft);
    }
  });
});
