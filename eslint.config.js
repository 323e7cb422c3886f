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

/** Only the main process's shell may load Electron itself. */
const electronOnlyInShell = [
  {
    name: 'electron',
    message: "Only electron/main.ts, electron/preload.ts and electron/shell/ may import 'electron'.",
  },
  {
    name: 'electron-store',
    message: 'electron-store needs Electron: use it from electron/shell/ only.',
  },
];
/** The code that may import electron/sandbox/: connector code, the hosts (and composition root), the eval. */
const sandboxImporters = [
  'electron/sandbox/**',
  'electron/tools/connectors/**',
  'electron/connectors/**',
  'electron/host/**',
  'electron/eval/**',
  'electron/app.ts',
  'electron/composition/**',
  'electron/main.ts',
];
const noSandbox = {
  group: ['**/sandbox/**'],
  message:
    'Only connector code (electron/tools/connectors/, electron/connectors/), the hosts (electron/host/, electron/app.ts and its builders in electron/composition/, electron/main.ts) and electron/eval/ import electron/sandbox/: move a generic helper to shared/ or electron/text/.',
};
const noAgent = {
  group: ['**/agent/**'],
  message:
    'electron/renewals/ may not import electron/agent/: share the helper through electron/text/ or shared/.',
};
const noRenewals = {
  group: ['**/renewals/**'],
  message:
    'electron/tools/ may not import electron/renewals/: the tools reach the renewal desk through shared/renewal-signals.ts.',
};

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
  // Small modules, short functions: the next person finds where a change goes (data files are not code).
  {
    files: ['electron/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  // The process split is enforced here, so a wrong import fails `npm test`, not a review.
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    rules: { 'no-restricted-imports': ['error', { paths: electronOnlyInShell }] },
  },
  // One direction of dependencies (docs/ARCHITECTURE.md): only connector code, the hosts and the eval
  // reach into the sandbox. A block below replaces this rule's options, so each repeats what still holds.
  {
    files: ['electron/**/*.ts'],
    ignores: [...sandboxImporters, 'electron/preload.ts', 'electron/shell/**'],
    rules: { 'no-restricted-imports': ['error', { paths: electronOnlyInShell, patterns: [noSandbox] }] },
  },
  {
    files: ['electron/preload.ts', 'electron/shell/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noSandbox] }] },
  },
  // The renewal desk stands beside the agent: what both need lives in a shared module (electron/text/).
  {
    files: ['electron/renewals/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: electronOnlyInShell, patterns: [noSandbox, noAgent] }],
    },
  },
  // The tools serve the renewal desk through a port (shared/renewal-signals.ts), never by importing it.
  {
    files: ['electron/tools/**/*.ts'],
    ignores: ['electron/tools/connectors/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: electronOnlyInShell, patterns: [noSandbox, noRenewals] }],
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
