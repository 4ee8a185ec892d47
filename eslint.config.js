import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The UI's feature folders: each may import src/ui/common and the shared modules, never another feature. */
const UI_FEATURES = [
  'claims',
  'compare',
  'decoded',
  'edit',
  'findings',
  'found',
  'jwe',
  'key-input',
  'key-tools',
  'privacy',
  'sd-jwt',
  'share',
  'time',
  'token-editor',
  'validation',
  'verify-status',
];

export default tseslint.config(
  {
    ignores: [
      '.tmp',
      'dist',
      'dist-single',
      'node_modules',
      'test-results',
      'playwright-report',
      'screenshots',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { import: importPlugin },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'import/no-cycle': 'error',
      'import/no-self-import': 'error',
      'import/no-useless-path-segments': 'error',
      // Imports flow one way: core <- engine <- state <- ui, and inside core encoding <- keys <- jws.
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: ['./src/engine', './src/state', './src/ui'],
              message: 'src/core must not import the engines, the store or the UI.',
            },
            {
              target: './src/core/keys',
              from: './src/core/jws',
              message: 'Key reading comes before verification: keys must not import jws.',
            },
            {
              target: './src/core/encoding',
              from: [
                './src/core/json',
                './src/core/token',
                './src/core/keys',
                './src/core/jws',
                './src/core/url',
              ],
              message: 'Encoding is the bottom of the core: it imports nothing else of the core.',
            },
            {
              target: './src/core/json',
              from: ['./src/core/token', './src/core/keys', './src/core/jws', './src/core/url'],
              message: 'JSON comes before tokens: encoding <- json <- token.',
            },
            {
              target: './src/core/token',
              from: ['./src/core/keys', './src/core/jws', './src/core/url'],
              message: 'Decoding a token needs no keys, verification or URLs: encoding <- json <- token.',
            },
            {
              target: ['./src/core/encoding', './src/core/json', './src/core/token'],
              from: ['./src/core/claims', './src/core/validate', './src/core/lint'],
              message: 'Claims, validation and findings read decoded tokens; decoding knows nothing of them.',
            },
            {
              target: './src/core/claims',
              from: [
                './src/core/keys',
                './src/core/jws',
                './src/core/url',
                './src/core/validate',
                './src/core/lint',
              ],
              message: 'Claims read decoded tokens only: encoding <- json <- token <- claims.',
            },
            {
              target: './src/core/validate',
              from: ['./src/core/keys', './src/core/jws', './src/core/url', './src/core/lint'],
              except: ['./algorithms.ts'],
              message:
                'Validation reads decoded tokens and claims (and the algorithm table): claims <- validate.',
            },
            {
              target: './src/core/lint',
              from: ['./src/core/keys', './src/core/jws', './src/core/url'],
              except: ['./algorithms.ts'],
              message:
                'Findings read decoded tokens, claims and the algorithm table; key facts come in as a KeyContext.',
            },
            {
              target: './src/engine',
              from: ['./src/state', './src/ui'],
              message: 'Engines run core work; they know nothing of the store or the UI.',
            },
            {
              target: './src/state',
              from: './src/ui',
              message: 'The store never imports the UI.',
            },
            // A UI feature folder imports only shared UI parts (common/, theme, test ids); app.tsx composes them.
            ...UI_FEATURES.map((feature) => ({
              target: `./src/ui/${feature}`,
              from: UI_FEATURES.filter((other) => other !== feature).map((other) => `./src/ui/${other}`),
              message: 'A UI feature folder imports only shared UI parts; app.tsx puts features together.',
            })),
          ],
        },
      ],
    },
    settings: {
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { react, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    settings: { react: { version: 'detect' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'react/no-danger': 'error',
      'react/jsx-no-script-url': 'error',
      'react/jsx-no-target-blank': 'error',
    },
  },
  {
    // The functional core stays plain TypeScript: no UI, no store, no DOM.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                '@mui/*',
                '@emotion/*',
                'zustand',
                'zustand/*',
                '@codemirror/*',
              ],
              message: 'src/core is plain TypeScript.',
            },
            { group: ['**/state/**', '**/ui/**'], message: 'src/core must not import the store or the UI.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'location',
      ],
    },
  },
  {
    // The UI reaches key reading and verification through the store and its engines; their types are fine.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/keys/**', '**/core/jws/**'],
              allowTypeImports: true,
              message:
                'src/ui imports key reading and verification code only as types; words come from selectors.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/ui/**', 'react', '@mui/*'], message: 'src/state must not import the UI.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node, parserOptions: { projectService: false, project: null } },
  },
);
