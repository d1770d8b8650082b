import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { COMPILE_HINT, compileHints } from '../../../scripts/compile-hints';

// scripts/compile-hints.ts: the analysis half starts with V8's compile hint; nothing else.

function bundleOf(files: Record<string, string>): Rollup.OutputBundle {
  return Object.fromEntries(
    Object.entries(files).map(([fileName, code]) => [fileName, { type: 'chunk', fileName, code }]),
  ) as unknown as Rollup.OutputBundle;
}

function run(files: Record<string, string>, hinted: string[]): Record<string, string> {
  const bundle = bundleOf(files);
  const hook = compileHints(hinted).generateBundle as (o: unknown, b: Rollup.OutputBundle) => void;
  hook({}, bundle);
  hook({}, bundle); // a second pass (another build of the same bundle) adds nothing
  return Object.fromEntries(
    Object.entries(bundle).map(([name, chunk]) => [name, (chunk as { code: string }).code]),
  );
}

describe('compileHints', () => {
  it('prepends the hint, once, to the named chunk only', () => {
    const out = run(
      { 'content-analysis.js': '(function(){})();', 'content-scripts/consent.js': 'x();' },
      ['content-analysis.js'],
    );
    expect(out['content-analysis.js']).toBe(`${COMPILE_HINT}(function(){})();`);
    expect(out['content-scripts/consent.js']).toBe('x();');
  });

  it('is the comment V8 reads, on the first line, and runs at build only', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
    expect(compileHints([]).apply).toBe('build');
    expect(run({ 'a.js': 'y();' }, ['missing.js'])).toEqual({ 'a.js': 'y();' });
  });
});
