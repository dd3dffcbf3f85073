// Lint keeps the dependency direction core <- cli/worker <- features <- app.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'url',
  'child_process',
  'crypto',
  'http',
  'https',
  'stream',
  'util',
  'process',
  'buffer',
  'worker_threads',
  'readline',
  'zlib',
  'events',
  'module',
  'perf_hooks',
  'assert',
];
const nodePatterns = ['node:*', ...nodeBuiltins.flatMap((m) => [m, `${m}/*`])];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', '@tanstack/*', '@testing-library/*'],
              message: 'src/core is framework-free: no React.',
            },
            {
              group: ['jsdom', 'linkedom', 'dompurify', 'playwright-core'],
              message: 'src/core has no DOM: inject what you need.',
            },
            { group: nodePatterns, message: 'src/core runs in the browser and in workers: no Node APIs.' },
            {
              group: ['**/features/**', '**/app/**', '**/cli/**', '**/worker/**', '**/platform/**'],
              message: 'Dependencies point one way: core <- cli/worker <- features <- app.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'location',
          'process',
          'require',
          'Buffer',
          '__dirname',
          'DOMParser',
          'fetch',
          'self',
        ].map((name) => ({
          name,
          message: 'src/core is pure: no DOM, no Node, no I/O.',
        })),
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**', '**/cli/**'], message: 'features and worker do not import app or cli.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/cli/**/*.ts', 'tests/**/*.{ts,tsx}', '*.config.{ts,js}', '.ci/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
