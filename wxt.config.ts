import { defineConfig, type WxtUnimportOptions } from 'wxt';
import preact from '@preact/preset-vite';
import type { UnimportPluginOptions } from 'unimport/unplugin';
import { compileHints } from './scripts/compile-hints';
import { lazyModules } from './scripts/lazy-modules';

// No auto-imports in the analyzer or the content scripts: unimport does not see
// class-method parameters as declarations, so a parameter named like a utils/
// export (`pageUrl`) pulled that module, and zod, into the content script.
// WXT hands these options to unimport's vite plugin, which reads `exclude`.
const autoImports: WxtUnimportOptions & Pick<UnimportPluginOptions, 'exclude'> = {
  exclude: [
    /[\\/]node_modules[\\/]/,
    /[\\/]analyzer[\\/]/,
    /[\\/]entrypoints[\\/][^\\/]+\.content[\\/]/,
  ],
};

// See README "Permissions" for why each permission is needed.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // TEGAS_OUT_DIR lets parallel builds (and their E2E runs) use separate folders.
  outDir: process.env['TEGAS_OUT_DIR'] ?? '.output',
  // A function of the target: browser_specific_settings only in the Firefox
  // manifest (Chrome warns about unknown keys).
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    permissions: ['storage', 'scripting', 'alarms'],
    // Fetching the privacy policy a page links to (the one request Tegas makes) and
    // injecting the analysis into form pages; the content scripts already run on these hosts.
    host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tegas@tegas.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  webExt: { disabled: true },
  imports: autoImports,
  zip: {
    excludeSources: [
      'node_modules/**',
      '.output/**',
      '.output-*/**',
      '.tmp/**',
      '.wxt/**',
      'test/**',
      '.ci/**',
      'coverage/**',
      '*.log',
    ],
  },
  vite: () => ({
    plugins: [
      preact(),
      // compromise and linkedom run on first use, not at each service-worker start
      // (scripts/lazy-modules.ts). Each entry lists every name the code imports.
      lazyModules({ 'compromise/two': ['default'], linkedom: ['parseHTML'] }, import.meta.dirname),
      // The analysis half runs nearly all of its code at once: compile it eagerly.
      compileHints(['content-analysis.js']),
    ],
  }),
});
