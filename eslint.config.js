import { builtinModules } from 'node:module';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import layers from './eslint-rules/layers.js';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Which packages each part of the app may never import; which of our folders it may import is eslint-rules/layers.js. */
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
    files: ['src/**'],
    plugins: { retake: { rules: { layers } } },
    rules: { 'retake/layers': 'error' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/shared/**'],
    rules: forbid('src/shared is the contract: it imports only zod and itself.', ['electron', ...nodeBuiltins], ['svelte', 'svelte/*']),
  },
  {
    files: ['src/renderer/**'],
    rules: forbid('The renderer talks only to window.retake: no Node or Electron.', ['electron', ...nodeBuiltins]),
  },
  {
    files: ['src/main/services/**'],
    rules: forbid('Services run under plain Node: never import electron.', ['electron']),
  },
  {
    files: ['src/main/hosts/web.ts', 'src/main/hosts/web/**', 'src/main/web-entry.ts'],
    rules: forbid('The web host runs under plain Node: never import electron.', ['electron']),
  },
  {
    files: ['src/web-client/**', 'src/preload/**'],
    rules: forbid('Clients reach main only through the transport.', nodeBuiltins.filter((m) => m !== 'electron')),
  },
);
