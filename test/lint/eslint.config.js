// Lint for the whole repo, including the layer rules of DESIGN.md §3:
//   shared/   imports nothing platform-specific (no electron, node:*, react, lowdb, nodemailer, DOM libs)
//   main/     never imports renderer/; only main/electron/ imports electron
//             main/store/ imports nothing of main/engine/, main/services/, main/api/;
//             main/engine/ imports nothing of main/http/, main/electron/
//   renderer/ never imports main/, electron or Node
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const layer = (message, names, groups) => ({
  'no-restricted-imports': [
    'error',
    { paths: names.map((name) => ({ name, message })), patterns: groups.length ? [{ group: groups, message }] : [] },
  ],
});

const platform = [
  'electron',
  'react',
  'react-dom',
  'react-dom/client',
  'react/jsx-runtime',
  'lowdb',
  'lowdb/node',
  'nodemailer',
  'zustand',
  'zustand/vanilla',
  'i18next',
  'react-i18next',
  '@xyflow/react',
  'papaparse',
  ...nodeBuiltins,
];

export default tseslint.config(
  { basePath: root, ignores: ['dist/**', 'release/**', 'node_modules/**', 'test/output/**'] },
  {
    basePath: root,
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
  },
  {
    basePath: root,
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    basePath: root,
    files: ['main/**', 'test/**', '.ci/**', 'renderer/vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
  { basePath: root, files: ['renderer/src/**'], languageOptions: { globals: globals.browser } },
  {
    // Only the two classic hook rules, not the React Compiler rules of the plugin's recommended set.
    basePath: root,
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    basePath: root,
    files: ['shared/**'],
    rules: layer('shared/ is pure: it may not import platform code, main/ or renderer/ (DESIGN.md §3).', platform, [
      '**/main/**',
      '**/renderer/**',
    ]),
  },
  {
    basePath: root,
    files: ['main/**'],
    ignores: ['main/electron/**'],
    rules: layer(
      'Only main/electron/ may import electron, and main/ never imports renderer/ (DESIGN.md §3).',
      ['electron'],
      ['**/renderer/**'],
    ),
  },
  {
    basePath: root,
    files: ['main/electron/**'],
    rules: layer('main/ never imports renderer/ (DESIGN.md §3).', [], ['**/renderer/**']),
  },
  // The inner layers of main/ (a later block's no-restricted-imports replaces an earlier one's, so each repeats main/'s own rule).
  {
    basePath: root,
    files: ['main/store/**'],
    rules: layer(
      'main/store/ is the innermost layer: it may not import main/engine/, main/services/ or main/api/ (nor electron or renderer/) (DESIGN.md §3).',
      ['electron'],
      [
        '**/renderer/**',
        '**/main/engine/**',
        '**/main/services/**',
        '**/main/api/**',
        '../engine/**',
        '../services/**',
        '../api/**',
      ],
    ),
  },
  {
    basePath: root,
    files: ['main/engine/**'],
    rules: layer(
      'main/engine/ runs workflows whichever host serves them: it may not import main/http/ or main/electron/ (nor electron or renderer/) (DESIGN.md §3).',
      ['electron'],
      ['**/renderer/**', '**/main/http/**', '**/main/electron/**', '../http/**', '../electron/**'],
    ),
  },
  {
    basePath: root,
    files: ['renderer/src/**'],
    rules: layer(
      'renderer/ talks to main/ only through the API client; no electron, Node or main/ imports (DESIGN.md §3).',
      ['electron', 'lowdb', 'nodemailer', ...nodeBuiltins],
      ['**/main/**'],
    ),
  },
);
