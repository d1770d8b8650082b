import { describe, expect, it } from 'vitest';
import { measure, ratio } from '../support/accuracy';
import { loadFixtures } from '../support/fixtures';

// The accuracy gate: the analyzer against the labelled fixture pages, held to
// the targets of the analyzer-core issue. `npm run bench:accuracy` prints the
// same figures with every mistake.

const fixtures = loadFixtures();
const acc = measure(fixtures);

describe('accuracy on the labelled fixture pages', () => {
  it('has at least 40 labelled pages, every label valid', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  const targets: [string, number, number][] = [
    ['field category accuracy', ratio(acc.categoryAccuracy), 0.95],
    ['field recall', ratio(acc.fieldRecall), 0.95],
    ['consent recall', ratio(acc.consentRecall), 0.95],
    ['consent precision', ratio(acc.consentPrecision), 0.95],
    ['pre-checked detection', ratio(acc.prechecked), 1],
    ['implied-consent recall', ratio(acc.impliedRecall), 0.9],
    ['page kind accuracy', ratio(acc.pageKind), 0.95],
    ['language accuracy', ratio(acc.language), 1],
    ['privacy-link recall', ratio(acc.policyLinkRecall), 0.95],
  ];
  it.each(targets)('%s meets its target', (_name, value, target) => {
    expect(value).toBeGreaterThanOrEqual(target);
  });

  it('makes no high-severity accusation that the labels do not support', () => {
    expect(acc.highFalsePositives).toEqual([]);
  });
});
