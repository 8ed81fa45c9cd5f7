import { builtinModules } from 'node:module';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** One layer rule per folder: what each part of the app may never import. */
const forbid = (message, names, patterns = []) => ({
  'no-restricted-imports': [
    'error',
    { paths: names.map((name) => ({ name, message })), patterns: patterns.map((group) => ({ group: [group], message })) },
  ],
});

export default ts.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/.work/**'] },
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  { files: ['src/renderer/**', 'src/web-client/**'], languageOptions: { globals: globals.browser } },
  { files: ['src/main/**', 'tests/**', 'bench/**', '*.config.*'], languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/shared/**'],
    rules: forbid('src/shared is the contract: it imports only zod and itself.', ['electron', ...nodeBuiltins], [
      '**/main/**',
      '**/renderer/**',
      '**/preload/**',
      '**/web-client/**',
      'svelte',
      'svelte/*',
    ]),
  },
  {
    files: ['src/renderer/**'],
    rules: forbid('The renderer talks only to window.retake: no Node, Electron or main code.', ['electron', ...nodeBuiltins], [
      '**/main/**',
      '**/preload/**',
      '**/web-client/**',
    ]),
  },
  {
    files: ['src/main/services/**'],
    rules: forbid('Services run under plain Node: never import electron or a host.', ['electron'], ['**/hosts/**', '**/renderer/**']),
  },
  {
    files: ['src/main/hosts/web.ts', 'src/main/hosts/web/**', 'src/main/web-entry.ts'],
    rules: forbid('The web host runs under plain Node: never import electron.', ['electron']),
  },
  {
    files: ['src/web-client/**', 'src/preload/**'],
    rules: forbid('Clients reach main only through the transport.', nodeBuiltins.filter((m) => m !== 'electron'), ['**/main/**', '**/renderer/**']),
  },
);
