/**
 * Styles use the design tokens: no colour or font size is written anywhere but
 * src/renderer/styles/tokens.css. Relative sizes (`em`, `%`) scale a token, so they pass.
 */
const colourFunctions = ['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color'];

export default {
  ignoreFiles: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'],
  overrides: [
    { files: ['**/*.svelte'], customSyntax: 'postcss-html' },
    // The one place literals live.
    { files: ['src/renderer/styles/tokens.css'], rules: { 'color-no-hex': null, 'function-disallowed-list': null, 'declaration-property-value-allowed-list': null } },
  ],
  rules: {
    'color-no-hex': true,
    'color-named': 'never',
    'function-disallowed-list': colourFunctions,
    'declaration-property-value-allowed-list': {
      'font-size': ['/^var\\(--text-/', '/^[\\d.]+(em|%)$/', 'inherit', 'smaller', 'larger'],
    },
  },
};
