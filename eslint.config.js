import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const pureLayers = [
  'analyzer/model/**',
  'analyzer/classify/**',
  'analyzer/lexicon/**',
  'analyzer/rules/**',
  'analyzer/rulebooks/**',
  'analyzer/score/**',
  'analyzer/policy/**',
  'analyzer/report/**',
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['cli/bin/*.mjs', 'scripts/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['analyzer/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'wxt',
                'wxt/*',
                '#imports',
                'dexie',
                'preact',
                'preact/*',
                '@wxt-dev/*',
                '**/history/**',
                '**/utils/**',
                '**/entrypoints/**',
                '**/components/**',
              ],
              message: 'analyzer/ is pure: no extension APIs, storage or UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: pureLayers,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'wxt',
                'wxt/*',
                '#imports',
                'dexie',
                'preact',
                'preact/*',
                '**/extract',
                '**/extract/**',
              ],
              message: 'Only analyzer/extract touches the DOM; this layer works on plain data.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/**/content*/**', 'entrypoints/*.content.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'compromise',
                'compromise/*',
                'dexie',
                '**/classify',
                '**/classify/*',
                '!**/classify/detect',
                '**/rules/**',
                '**/policy/**',
                '**/analyzer',
                '**/analyzer/index',
              ],
              message:
                'The content script only extracts (analyzer/extract, classify/detect): no NLP, no Dexie, no rules.',
            },
          ],
        },
      ],
    },
  },
);
