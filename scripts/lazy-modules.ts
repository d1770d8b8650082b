import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';

// Lazy evaluation of heavy libraries in the extension build. A bundle evaluates every
// module it holds when it starts, and an MV3 service worker starts again at almost every
// navigation after 30 s asleep: compromise and linkedom alone cost ~250 and ~100 ms of
// module initialisation there (test/bench/README.md), for NLP and HTML parsing that only
// some pages ever need. A service worker cannot `import()`, so this plugin replaces the
// import of each listed module with a stub whose named exports are functions: the
// library, bundled by esbuild as an IIFE inside a function, runs on the first call.
// Build only (`apply: 'build'`): tests and the CLI import the real modules.

/** Module id → the names the code imports from it ('default' for a default import). */
export type LazySpec = Readonly<Record<string, readonly string[]>>;

const PREFIX = '\0tegas-lazy:';
const GLOBAL = '__tegasLazy';

/** The stub module's source: `exports` are wrappers that evaluate `iife` once, on first call. */
export function lazyStubSource(iife: string, exports: readonly string[]): string {
  const lines = [
    'let loaded;',
    `function load() {`,
    `  if (loaded === undefined) loaded = (function () {\n${iife}\nreturn ${GLOBAL};\n})();`,
    '  return loaded;',
    '}',
  ];
  for (const name of exports) {
    const call = `(...args) => load()[${JSON.stringify(name)}](...args)`;
    lines.push(name === 'default' ? `export default ${call};` : `export const ${name} = ${call};`);
  }
  return lines.join('\n');
}

/**
 * `names` of module `id`, bundled as an IIFE that assigns them to a local `var`. esbuild
 * resolves `id` as a browser bundler does (the package's ESM "import"/"browser" entry).
 */
export function bundleIife(id: string, names: readonly string[], resolveDir: string): string {
  const result = buildSync({
    stdin: {
      contents: `export { ${names.join(', ')} } from ${JSON.stringify(id)};`,
      resolveDir,
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`lazy-modules: esbuild produced nothing for ${id}`);
  return file.text;
}

export function lazyModules(spec: LazySpec, root: string): Plugin {
  return {
    name: 'tegas-lazy-modules',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return Object.hasOwn(spec, id) ? PREFIX + id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      const names = spec[name] ?? [];
      return lazyStubSource(bundleIife(name, names, root), names);
    },
  };
}
