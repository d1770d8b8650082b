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

const analyzerIsPure = {
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
};
const noDomHere = {
  group: ['**/extract', '**/extract/**'],
  message: 'Only analyzer/extract touches the DOM; this layer works on plain data.',
};

export default tseslint.config(
  {
    ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'coverage/**', '.tmp/**'],
  },
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
    rules: { 'no-restricted-imports': ['error', { patterns: [analyzerIsPure] }] },
  },
  {
    // A later block replaces the rule for these files, so it repeats the analyzer-wide pattern.
    files: pureLayers,
    rules: { 'no-restricted-imports': ['error', { patterns: [analyzerIsPure, noDomHere] }] },
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
