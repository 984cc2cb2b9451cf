// Lint rules that prove the process layering (like VS Code's import rules):
// renderer never imports main, Node or Electron; preload imports only Electron's renderer side and the contract;
// common imports nothing but itself.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'http',
  'https',
  'crypto',
  'child_process',
  'net',
  'url',
  'util',
];

const mainLayering = {
  group: ['**/renderer/**', '**/preload/**', '**/test/**'],
  message: 'main never imports renderer, preload or test code.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'release/',
      'test-results/',
      'playwright-report/',
      'reports/',
      '.cache/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Type-aware rules: each file is read with its own folder's tsconfig (the project service finds it).
    // A switch over a union names every member, so a new route kind, tab or status is a lint error
    // wherever it is not handled, instead of rendering nothing.
    files: ['{main,preload,renderer,common,test}/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    files: ['main/**/*.ts', 'test/**/*.{ts,tsx}', 'scripts/**/*.{ts,js,mjs,cjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The renderer talks to main only through renderer/bridge.ts.',
            },
            {
              group: ['electron', 'electron/*', 'electron-store', 'axios', ...nodeBuiltins],
              message: 'The renderer never uses Node, Electron or network clients.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['preload/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\.\\./common/ipc-contract$).*',
              message: 'Preload imports only electron and common/ipc-contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\./).*', message: 'common/ is pure: it imports only from common/.' }] },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [mainLayering] }],
    },
  },
  {
    // Electron's runtime objects enter main through the adapters of main/electron, injected by index.ts;
    // everywhere else in main Electron is types only, so the logic runs under Node with fakes.
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**', 'main/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', '**/electron/*'],
              allowTypeImports: true,
              message:
                'Outside main/electron and main/index.ts, Electron (and its adapters) are types only: take the object through a port that index.ts injects.',
            },
          ],
        },
      ],
    },
  },
);
