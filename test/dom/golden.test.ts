import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PAGE, FIXTURE_DIR, scanHtml } from '../support/fixtures';

// Fixture page → reviewed golden file. A change in what the analyzer reads off
// these pages shows up as a diff of test/dom/golden/<slug>.json to review
// (update with `npx vitest run test/dom/golden.test.ts -u`, then read the diff).

const PAGES: [slug: string, path: string, url: string][] = [
  ['toko-nusantara-checkout', DEMO_PAGE, 'https://toko-nusantara.example/checkout'],
  ...[
    ['id-spa-checkout-tanpa-form'],
    ['id-daftar-nomor-hp-otp'],
    ['en-woocommerce-checkout'],
    ['en-prestashop-register'],
  ].map(([slug]): [string, string, string] => {
    const path = join(FIXTURE_DIR, `${slug}.html`);
    const expected = JSON.parse(
      readFileSync(join(FIXTURE_DIR, `${slug}.expected.json`), 'utf8'),
    ) as { url: string };
    return [slug as string, path, expected.url];
  }),
];

describe('golden scan reports', () => {
  it.each(PAGES)('%s', async (slug, path, url) => {
    const report = scanHtml(readFileSync(path, 'utf8'), url, { lang: 'en' });
    // Compact view: what a reviewer checks; explanations are covered by the rule tests.
    const view = {
      pageKind: report.pageKind,
      language: report.language,
      fields: report.fields.map(
        (f) =>
          `${f.selector} | ${f.category}/${f.sensitivity}${f.required ? ' | required' : ''} | ${f.label}`,
      ),
      consents: report.consents.map((c) => ({
        control: c.control,
        selector: c.selector ?? null,
        text: c.text,
        prechecked: c.prechecked,
        required: c.required,
        purposes: c.purposes,
        bundled: c.bundled,
        links: c.links,
      })),
      policyLinks: report.policyLinks,
      findings: report.findings.map(
        (f) => `${f.severity} ${f.ruleId} @ ${f.evidence.map((e) => e.selector ?? '').join(', ')}`,
      ),
      score: report.score,
    };
    await expect(JSON.stringify(view, null, 2) + '\n').toMatchFileSnapshot(`golden/${slug}.json`);
  });
});
