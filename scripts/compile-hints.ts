import type { Plugin } from 'vite';

// V8's explicit compile hint: a file that starts with this comment has all its functions
// compiled eagerly, in one pass, instead of pre-parsed now and compiled again on first
// call (Chrome ≥ 136; other engines read a comment). content-analysis.js is injected only
// to scan a form page at once, so nearly all of it runs on load: the first scan in a fresh
// tab took a median of 13.3 ms with the hint against 16.5–20.5 ms without
// (test/bench/README.md). Not for the every-page bootstrap, most of which a page without a
// form never calls.
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Prepend the hint to the emitted chunks named in `files` (after minification). */
export function compileHints(files: readonly string[]): Plugin {
  return {
    name: 'tegas-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of files) {
        const chunk = bundle[file];
        if (chunk?.type === 'chunk' && !chunk.code.startsWith(COMPILE_HINT)) {
          chunk.code = COMPILE_HINT + chunk.code;
        }
      }
    },
  };
}
