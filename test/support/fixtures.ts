import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import {
  analyzeDocument,
  DataCategorySchema,
  PageKindSchema,
  PurposeSchema,
  type ScanReport,
} from '../../analyzer';

// The labelled fixture pages (test/fixtures/pages/*.html + *.expected.json):
// loading, validation of the labels, and scanning them like the CLI does.

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');
export const DEMO_PAGE = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'demo',
  'toko-nusantara-checkout.html',
);

export const ExpectedSchema = z
  .object({
    source: z.string(),
    url: z.string().url(),
    pageKind: PageKindSchema,
    language: z.string(),
    fields: z.array(
      z.object({ key: z.string(), category: DataCategorySchema, required: z.boolean() }).strict(),
    ),
    consents: z.array(
      z
        .object({
          key: z.string(),
          control: z.enum(['checkbox', 'radio', 'toggle']),
          prechecked: z.boolean(),
          required: z.boolean(),
          purposes: z.array(PurposeSchema),
          bundled: z.boolean(),
        })
        .strict(),
    ),
    implied: z.array(
      z
        .object({
          textIncludes: z.string(),
          purposes: z.array(PurposeSchema),
          bundled: z.boolean(),
        })
        .strict(),
    ),
    policyLinks: z.array(z.string()),
    expectedRules: z.array(z.string()),
    notes: z.string().optional(),
  })
  .strict();
export type Expected = z.infer<typeof ExpectedSchema>;

export interface Fixture {
  slug: string;
  html: string;
  expected: Expected;
}

export function loadFixtures(dir = FIXTURE_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const slug = file.replace(/\.expected\.json$/, '');
      const expected = ExpectedSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      return { slug, html: readFileSync(join(dir, `${slug}.html`), 'utf8'), expected };
    });
}

export function scanHtml(
  html: string,
  url: string,
  options: { rulebook?: 'uu-pdp-2022'; lang?: 'id' | 'en' } = {},
): ScanReport {
  const { document } = parseHTML(html);
  return analyzeDocument(document as unknown as Document, { url, ...options });
}
