// Lint: typescript-eslint's recommended rules, eslint-plugin-regexp (this project lives on regular expressions: it
// flags ones that backtrack, never match, or say more than they mean) and the React hooks rules for components/.
// Formatting is Prettier's job (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '.output*/**',
      '.wxt/**',
      '.cache/**',
      'node_modules/**',
      'tests/fixtures/.built/**',
      'public/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Tests drive pages through `window.__fixture` and similar page globals, typed loosely on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The extension reports its failures to the debug view, never the page's console; and a console.error is
    // printed in Firefox's log without its script's address, so the Firefox run could not blame it on us.
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'utils/**/*.ts'],
    rules: { 'no-console': ['error', { allow: ['debug'] }] },
  },
  {
    // The CLI's tests check terminal escape codes (ESC, \x1b) in its output.
    files: ['tests/unit/cli.test.ts', 'tests/unit/cli-audit.test.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
