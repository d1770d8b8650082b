import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each permission is needed.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'tegas@tegas.invalid',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
  webExt: { disabled: true },
  zip: {
    excludeSources: ['node_modules/**', '.output/**', 'test/**', '.ci/**'],
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
