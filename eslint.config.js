// ESLint flat config for the whole monorepo.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

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
  // Feature folders import one way (CONVENTIONS.md §9): the guest's journey and the staff app
  // never import each other, so the admin never leaks into the guest bundle; and the web app never
  // reaches into the server (secrets, database clients).
  ...[
    { files: ['apps/web/**'], forbidden: [] },
    { files: ['apps/web/src/components/booking/**'], forbidden: ['**/admin/**', '**/admin'] },
    // (the contract's booking schemas are shared vocabulary, not the guest's journey)
    {
      files: ['apps/web/src/components/admin/**'],
      forbidden: ['**/booking/**', '**/booking', '!@ladiva/contract/booking'],
    },
    // The account pages are guest chunks (the staff area reuses their 2FA enrolment, not the
    // other way round): they import neither the staff app nor the booking journey.
    {
      files: ['apps/web/src/components/account/**'],
      forbidden: [
        '**/admin/**',
        '**/admin',
        '**/booking/**',
        '**/booking',
        '!@ladiva/contract/booking',
      ],
    },
  ].map(({ files, forbidden }) => ({
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
                    group: forbidden,
                    message: 'feature folders import one way (CONVENTIONS.md §9)',
                  },
                ]
              : []),
          ],
        },
      ],
    },
  })),
);
