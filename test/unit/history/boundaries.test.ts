import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// history/ runs in the background and extension pages, wired by them: it
// imports no extension API and no UI, only zod, Dexie, its own files and the
// pure analyzer model, rules and policy text functions.

const DIR = join(import.meta.dirname, '../../../history');
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
const ALLOWED = [
  /^zod$/,
  /^dexie$/,
  /^\.\/[a-z-]+$/,
  // policy: the policy store compacts and diffs versions with analyzer/policy/changes.ts.
  /^\.\.\/analyzer\/(model|rules|policy)\/[a-z-]+$/,
];

describe('history/ boundaries', () => {
  it.each(files)('%s imports only zod, dexie, history and the pure analyzer', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    const specifiers = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
    for (const specifier of specifiers)
      expect(
        ALLOWED.some((re) => re.test(specifier)),
        specifier,
      ).toBe(true);
    expect(source).not.toMatch(/\b(?:browser|chrome|document|window)\.[a-z]/);
  });
});
