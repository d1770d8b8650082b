// Scaffold a rule: `npx tsx scripts/new-rule.ts data.example`.
// Creates the rule file and its unit test; prints what else to register.
import { existsSync, writeFileSync } from 'node:fs';

const id = process.argv[2] ?? '';
if (!/^[a-z]+\.[a-z_]+$/.test(id)) {
  console.error('usage: tsx scripts/new-rule.ts <family.name>  (e.g. data.example)');
  process.exit(2);
}
const camel = id.replace(/[._]([a-z])/g, (_m: string, c: string) => c.toUpperCase());
const ruleFile = `analyzer/rules/${id}.ts`;
const testFile = `test/unit/rules/${id}.test.ts`;
if (existsSync(ruleFile) || existsSync(testFile)) {
  console.error(`${id} already exists`);
  process.exit(2);
}

writeFileSync(
  ruleFile,
  `import type { Rule } from './types';

export const ${camel}: Rule = {
  id: '${id}',
  version: 1,
  severity: 'low',
  severityWhy: 'TODO: one line on why this severity.',
  needsLive: false,
  evaluate({ page }) {
    void page;
    return [];
  },
};
`,
);
writeFileSync(
  testFile,
  `import { describe, expect, it } from 'vitest';
import { page, run } from './builders';

const ID = '${id}';

describe(ID, () => {
  it('fires on …', () => {
    expect(run(ID, page())).toHaveLength(1);
  });

  it('does not fire on …', () => {
    expect(run(ID, page())).toEqual([]);
  });
});
`,
);
console.log(`Created ${ruleFile} and ${testFile}. Now add '${id}' to:
  analyzer/rulebooks/ids.ts (RULE_IDS), each rulebook's citations (from REFERENCE.md),
  texts-id.ts and texts-en.ts, analyzer/rules/registry.ts,
  test/unit/rules/fixtures.ts and the table in test/meta/rules.test.ts.`);
