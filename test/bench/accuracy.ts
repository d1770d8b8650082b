// npm run bench:accuracy — the analyzer against the labelled fixture pages.
// Prints each figure with its target; `--verbose` lists every mistake.
import { loadFixtures, DEMO_PAGE } from '../support/fixtures';
import { measure, ratio, type Tally } from '../support/accuracy';
import { dirname, join } from 'node:path';

const verbose = process.argv.includes('--verbose');
const fixtures = [...loadFixtures(), ...loadFixtures(join(dirname(DEMO_PAGE)))];
const started = performance.now();
const acc = measure(fixtures);
const elapsed = performance.now() - started;

const rows: [string, Tally, number | undefined][] = [
  ['field recall', acc.fieldRecall, undefined],
  ['field precision', acc.fieldPrecision, undefined],
  ['field category accuracy', acc.categoryAccuracy, 0.95],
  ['consent recall', acc.consentRecall, 0.95],
  ['consent precision', acc.consentPrecision, 0.95],
  ['pre-checked accuracy', acc.prechecked, 1],
  ['consent purposes (exact set)', acc.purposes, undefined],
  ['consent bundled', acc.bundled, undefined],
  ['implied-consent recall', acc.impliedRecall, 0.9],
  ['implied-consent precision', acc.impliedPrecision, undefined],
  ['required accuracy', acc.required, undefined],
  ['page kind accuracy', acc.pageKind, 0.95],
  ['language accuracy', acc.language, 1],
  ['privacy-link recall', acc.policyLinkRecall, undefined],
  ['privacy-link precision', acc.policyLinkPrecision, undefined],
];
console.log(`Tegas accuracy on ${fixtures.length} labelled pages (${elapsed.toFixed(0)} ms)\n`);
console.log('metric                           value    (n)      target');
for (const [name, t, target] of rows) {
  const value = ratio(t);
  const mark =
    target === undefined ? '' : value >= target ? `≥ ${target}  ok` : `≥ ${target}  BELOW`;
  console.log(
    `${name.padEnd(32)} ${value.toFixed(3)}  ${`(${t.hit}/${t.total})`.padEnd(9)} ${mark}`,
  );
}
console.log(
  `\nhigh-severity findings the labels do not expect: ${acc.highFalsePositives.length}${acc.highFalsePositives.length ? ' — ' + acc.highFalsePositives.join(', ') : ''}`,
);
console.log('\nrule (uu-pdp-2022)          precision  recall   tp  fp  fn');
for (const [rule, r] of [...acc.rules].sort()) {
  const p = r.tp + r.fp === 0 ? 1 : r.tp / (r.tp + r.fp);
  const rc = r.tp + r.fn === 0 ? 1 : r.tp / (r.tp + r.fn);
  console.log(
    `${rule.padEnd(28)} ${p.toFixed(2).padStart(9)}  ${rc.toFixed(2).padStart(6)}  ${String(r.tp).padStart(3)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)}`,
  );
}
if (verbose) console.log('\nmistakes:\n' + acc.mistakes.map((m) => '  ' + m).join('\n'));
else console.log(`\n${acc.mistakes.length} mistakes (run with --verbose to list them)`);
