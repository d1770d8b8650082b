import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../e2e/harness/paths';
import { bundleIife, lazyModules, lazyStubSource } from '../../../scripts/lazy-modules';

// scripts/lazy-modules.ts: in the extension build, compromise and linkedom are replaced by
// stubs that evaluate the library on first call, not when the service worker starts.

const FIXTURES = join(ROOT, 'test', 'fixtures', 'lazy');
const runs = () => (globalThis as { __tegasLazyFixtureRuns?: number }).__tegasLazyFixtureRuns ?? 0;

/** Write a stub for `id` to a temp file and import it, as the bundle would hold it. */
async function importStub(id: string, names: string[], resolveDir: string) {
  const dir = mkdtempSync(join(tmpdir(), 'tegas-lazy-'));
  const file = join(dir, 'stub.mjs');
  writeFileSync(file, lazyStubSource(bundleIife(id, names, resolveDir), names));
  return (await import(pathToFileURL(file).href)) as Record<
    string,
    (...args: unknown[]) => unknown
  >;
}

describe('lazy module stubs', () => {
  it('run the library on the first call, once, and not at import', async () => {
    const before = runs();
    const stub = await importStub('./heavy.mjs', ['default', 'twice'], FIXTURES);
    expect(runs()).toBe(before);
    expect(stub['default']?.('Siti')).toBe('halo Siti');
    expect(runs()).toBe(before + 1);
    expect(stub['twice']?.(21)).toBe(42);
    expect(runs()).toBe(before + 1);
  });

  it('serve linkedom’s parseHTML and compromise’s default export as the code calls them', async () => {
    const { parseHTML } = await importStub('linkedom', ['parseHTML'], ROOT);
    const { document } = parseHTML?.(
      '<!doctype html><html><head><title>Toko</title></head><body><p>Halo</p></body></html>',
    ) as {
      document: Document;
    };
    expect(document.title).toBe('Toko');
    const nlp = (await importStub('compromise/two', ['default'], ROOT))['default'];
    const doc = nlp?.('We shared your email address.') as {
      compute(what: 'root'): void;
      json(): { terms: { tags: string[]; root?: string }[] }[];
    };
    doc.compute('root');
    const [verb] = doc.json()[0]?.terms.filter((t) => t.tags.includes('Verb')) ?? [];
    expect(verb?.root).toBe('share');
  });

  it('apply to the build only, and only to the listed modules', () => {
    const plugin = lazyModules({ linkedom: ['parseHTML'] }, ROOT);
    expect(plugin.apply).toBe('build');
    const resolve = plugin.resolveId as (id: string) => string | null;
    expect(resolve('linkedom')).toBe('\0tegas-lazy:linkedom');
    expect(resolve('linkedom/worker')).toBeNull();
    expect(resolve('zod')).toBeNull();
  });
});
