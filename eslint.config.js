// ESLint: TypeScript rules, the dependency direction renderer → core ← electron (DESIGN §1),
// 'electron' only in the three shell files, no Node/renderer-only libraries in core, React
// hooks rules, and no hard-coded UI text in JSX (every string goes through i18n).
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CORE_FORBIDDEN = ['electron', 'react', 'react-dom', 'lowdb', 'lowdb/*', 'pdfkit', 'svg-to-pdfkit', 'docx', 'exceljs', 'antd', 'antd/*', 'node:*', 'fs', 'path', 'os', 'child_process'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**', 'build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: "Only electron/main.ts, window.ts and preload.ts may import 'electron'." }] }],
    },
  },
  {
    files: ['electron/main.ts', 'electron/window.ts', 'electron/preload.ts', 'tests/e2e/electron*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: CORE_FORBIDDEN, message: 'core/ is pure: no Node, Electron, React, storage or renderer libraries (DESIGN §1).' }] }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        { type: 'core', pattern: 'core' },
        { type: 'electron', pattern: 'electron' },
        { type: 'renderer', pattern: 'renderer' },
        { type: 'tests', pattern: 'tests' },
        { type: 'scripts', pattern: '(scripts|bench)' },
      ],
      'boundaries/include': ['core/**', 'electron/**', 'renderer/**', 'tests/**', 'scripts/**', 'bench/**'],
      // Extensionless relative imports of .ts/.tsx files must resolve for the element rules.
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            { from: { element: { type: 'core' } }, disallow: { to: { element: { types: { anyOf: ['electron', 'renderer', 'tests', 'scripts'] } } } } },
            { from: { element: { type: 'renderer' } }, disallow: { to: { element: { types: { anyOf: ['electron', 'tests', 'scripts'] } } } } },
            { from: { element: { type: 'electron' } }, disallow: { to: { element: { types: { anyOf: ['renderer', 'tests', 'scripts'] } } } } },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only', 'should-validate-template': true }],
    },
  },
  {
    // Tests may reach helpers and fixtures anywhere; the direction rules are for shipped code.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**'],
    rules: { 'i18next/no-literal-string': 'off', 'boundaries/dependencies': 'off', 'no-empty-pattern': 'off' },
  },
);
