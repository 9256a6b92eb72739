// ESLint flat config for the whole monorepo.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

// The web app's folders and the feature folders each may not import (ADR 0024).
const WEB = 'apps/web/src';
const FEATURES = ['booking', 'account', 'admin'];
const WEB_BOUNDARIES = [
  ...FEATURES.map((feature) => ({
    files: [`${WEB}/components/${feature}/**`],
    forbidden: FEATURES.filter((other) => other !== feature),
  })),
  { files: [`${WEB}/components/shared/**`], forbidden: FEATURES },
  // Below the components: hooks, lib and types import no component at all.
  { files: [`${WEB}/hooks/**`, `${WEB}/lib/**`, `${WEB}/types/**`], forbidden: ['components'] },
];
const BOUNDARY =
  'feature folders import one way: share it through components/shared, hooks, lib or types (CONVENTIONS.md §9, ADR 0024)';

/** `export … from`: a module re-exporting code of another, a barrel in the making (types pass). */
const NO_REEXPORTS = [
  { selector: 'ExportAllDeclaration', message: 'no barrel files: import from the module itself' },
  {
    selector: 'ExportNamedDeclaration[source][exportKind!="type"]',
    message: 'no re-exports: import from the module that defines it',
  },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', '**/coverage/**', '**/dev-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-console': 'error',
    },
  },
  {
    files: [
      'apps/server/**/*.ts',
      'packages/**/*.ts',
      'scripts/**',
      '*.config.*',
      'apps/web/e2e/**',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['scripts/**', 'apps/server/bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['error', { allowConstantExport: true }],
    },
  },
  // Feature folders import one way (CONVENTIONS.md §9, ADR 0024): the web app never reaches into
  // the server, and its feature folders (the guest's journey, the account pages, the staff app)
  // never import one another, so the staff app stays out of the guest's bundle and a feature's
  // internals change without breaking another. What two of them need is deliberately shared below
  // them: components/shared (the UI kit, the layouts, the 2FA enrolment), hooks, lib, types.
  ...[{ files: ['apps/web/**'], forbidden: [] }, ...WEB_BOUNDARIES].map(({ files, forbidden }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@ladiva/server', '**/apps/server/**'],
              message: 'server code stays on the server',
            },
            ...(forbidden.length
              ? [
                  {
                    // (the contract's schemas are shared vocabulary, whatever their names)
                    group: [
                      ...forbidden.flatMap((folder) => [`**/${folder}/**`, `**/${folder}`]),
                      '!@ladiva/contract/**',
                    ],
                    message: BOUNDARY,
                  },
                ]
              : []),
          ],
        },
      ],
      ...(forbidden.length
        ? {
            'no-restricted-syntax': [
              'error',
              ...NO_REEXPORTS,
              // A lazy import() is an import too, which no-restricted-imports does not see.
              {
                selector: `ImportExpression[source.value=/(^|\\/)(${forbidden.join('|')})(\\/|$)/]`,
                message: BOUNDARY,
              },
            ],
          }
        : {}),
    },
  })),
  // No barrel files in the web app: they defeat tree shaking and blur where a piece belongs. A
  // module exports what it defines; nothing is re-exported, no folder has an index.
  {
    files: [`${WEB}/*.{ts,tsx}`, `${WEB}/components/*.{ts,tsx}`],
    rules: { 'no-restricted-syntax': ['error', ...NO_REEXPORTS] },
  },
  {
    files: [`${WEB}/**/index.{ts,tsx}`],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Program', message: 'no barrel files: import from the module itself' },
      ],
    },
  },
);
