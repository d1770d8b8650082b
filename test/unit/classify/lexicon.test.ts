import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  AUTOCOMPLETE_CONCEPTS,
  FIELD_CONCEPTS,
  IMPLICIT_CONCEPTS,
  OPTION_CONCEPTS,
} from '../../../analyzer/lexicon';
import { classifyFieldDetail } from '../../../analyzer/classify';
import { DATA_CATEGORIES } from '../../../analyzer/model/scan-report';
import { field } from './helpers';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('lexicon sanity', () => {
  const concepts = [...FIELD_CONCEPTS, ...IMPLICIT_CONCEPTS];

  it('concept ids are unique', () => {
    const ids = concepts.map((c) => c.concept);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every autocomplete token maps to a known concept', () => {
    const ids = new Set(concepts.map((c) => c.concept));
    for (const [token, concept] of AUTOCOMPLETE_CONCEPTS)
      expect(ids.has(concept), token).toBe(true);
  });

  it('every concept has a valid category and at least one term unless implicit', () => {
    for (const c of FIELD_CONCEPTS) {
      expect(DATA_CATEGORIES).toContain(c.category);
      expect(c.en.length + c.id.length, c.concept).toBeGreaterThan(0);
    }
  });

  it('every term compiles alone and has no capture group', () => {
    const all = [...FIELD_CONCEPTS, ...OPTION_CONCEPTS].flatMap((c) => [...c.en, ...c.id]);
    for (const term of all) {
      expect(() => new RegExp(term), term).not.toThrow();
      expect(/\((?!\?)/.test(term), term).toBe(false);
    }
  });

  it('a sensitivity override is only used for personal `other` concepts', () => {
    for (const c of concepts)
      if (c.sensitivity !== undefined) expect(c.category, c.concept).toBe('other');
  });

  it('an overridden concept reports its override', () => {
    expect(classifyFieldDetail(field({ label: 'Tempat Lahir' })).sensitivity).toBe('general');
  });
});

describe('bundle boundary', () => {
  // detect.ts ships in the content script: nothing it imports may pull in compromise.
  function importsOf(file: string): string[] {
    const src = readFileSync(file, 'utf8');
    return [...src.matchAll(/^import[^'"]*from '([^']+)'/gm)].map((m) => m[1] ?? '');
  }
  function closure(file: string, seen = new Set<string>()): Set<string> {
    for (const spec of importsOf(file)) {
      const target = spec.startsWith('.') ? resolve(dirname(file), `${spec}.ts`) : spec;
      if (seen.has(target)) continue;
      seen.add(target);
      if (spec.startsWith('.')) closure(target, seen);
    }
    return seen;
  }

  it('detect.ts does not reach compromise', () => {
    const deps = [...closure(resolve(ROOT, 'analyzer/classify/detect.ts'))];
    expect(deps.length).toBeGreaterThan(2);
    expect(deps.filter((d) => d.includes('compromise') || d.endsWith('english.ts'))).toEqual([]);
  });

  it('the consent classifier does use compromise (so the check above is meaningful)', () => {
    const deps = [...closure(resolve(ROOT, 'analyzer/classify/consent.ts'))];
    expect(deps.some((d) => d.startsWith('compromise'))).toBe(true);
  });
});
