import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'net',
  'url',
  'util',
  'stream',
  'module',
  'worker_threads',
];
const nodeImports = [
  ...nodeModules,
  ...nodeModules.map((name) => `node:${name}`),
  'better-sqlite3',
  'ws',
  'conf',
  'pino',
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // The process split is enforced here, so a wrong import fails `npm test`, not a review.
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                "Only electron/main.ts, electron/preload.ts and electron/shell/ may import 'electron'.",
            },
            {
              name: 'electron-store',
              message: 'electron-store needs Electron: use it from electron/shell/ only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', ...nodeImports].map((name) => ({
            name,
            message: 'shared/ runs on both sides: no Node, DOM or Electron imports.',
          })),
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not run the React Compiler, so its skip notices are noise.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'electron-store', ...nodeImports].map((name) => ({
            name,
            message: 'The renderer talks to the main side only through window.assist (shared/contract.ts).',
          })),
          patterns: [{ group: ['**/electron/**'], message: 'The renderer may not import main-side code.' }],
        },
      ],
    },
  },
);
