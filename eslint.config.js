import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The domain (scoring and knowledge) is plain TypeScript: no UI libraries, no DOM.
const uiPackages = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'react-hook-form',
  '@hookform/*',
];
const domGlobals = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'fetch',
  'location',
  'history',
];

// Intl loads the browser's locale data on first use: 35–80 ms of main thread here, several
// times that on a slow phone. Only the history pages need it (dates in the person's own locale);
// elsewhere src/lib/format.ts words numbers and lists.
const intlMessage =
  'Intl costs 35-80 ms of main thread on first use: use src/lib/format.ts (only the history pages use Intl).';
const noIntl = { name: 'Intl', message: intlMessage };
const noLocaleMethods = [
  'localeCompare',
  'toLocaleString',
  'toLocaleDateString',
  'toLocaleTimeString',
].map((property) => ({ property, message: intlMessage }));

const routeMessage =
  'Build addresses with paths from src/lib/paths.ts (it encodes ids and reads them back).';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'dev-dist',
      'node_modules',
      'playwright-report',
      'test-results',
      'coverage',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      // One-way imports: shared code and the domain never reach up into features or the app shell;
      // no feature imports another feature.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: ['./src/scoring', './src/knowledge', './src/lib', './src/components'],
              from: ['./src/features', './src/app'],
            },
            {
              target: './src/features/wizard',
              from: ['./src/features/results', './src/features/history'],
            },
            {
              target: './src/features/results',
              from: ['./src/features/wizard', './src/features/history'],
            },
            { target: './src/features/history', from: './src/features/wizard' },
            {
              // A saved result is told as the results page tells it: the history pages read the
              // results model and reuse its caution and source lists (decision 009). One way
              // only: results never imports history.
              target: './src/features/history',
              from: './src/features/results',
              except: ['./results-model.ts', './Cautions.tsx', './FollowUpSections.tsx'],
            },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description', 'ts-ignore': true },
      ],
    },
  },
  // More one-way imports, as their own block. Flat config gives a file the options of the last
  // block that sets a rule, so a second 'import-x/no-restricted-paths' here would replace the
  // zones above; the same plugin under a second name ('layers') adds to them instead.
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { layers: importX },
    rules: {
      'layers/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              // Scoring decides from answers alone; the facts (words, foods, sources) sit on top.
              target: './src/scoring',
              from: './src/knowledge',
              message:
                'src/scoring decides from the answers alone: it does not import src/knowledge.',
            },
            {
              target: './src/lib',
              from: './src/components',
              message: 'src/lib holds small helpers with no UI: it does not import src/components.',
            },
          ],
        },
      ],
    },
  },
  // src/scoring has one public door, src/scoring/index.ts. Its own tests (tests/scoring) may
  // reach its internals, to test a helper that the door does not need to show. A second, small
  // door, question-steps.ts, gives the list of steps without zod or the question table: the
  // start page needs the list, and a first visit's start page must stay light.
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ignores: ['src/scoring/**', 'tests/scoring/**'],
    plugins: { door: importX },
    rules: {
      'door/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './',
              from: './src/scoring',
              except: ['./index.ts', './question-steps.ts'],
              message: 'Import scoring through its door, src/scoring/index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/history/**'],
    rules: {
      'no-restricted-globals': ['error', noIntl],
      'no-restricted-properties': ['error', ...noLocaleMethods],
    },
  },
  {
    // Every address is built in src/lib/paths.ts (ids encoded, step numbers from their keys):
    // a page that spells a route by hand is the bug this rule keeps out.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/paths.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^\\/(?:step|results|history)(?:[/?#]|$)/]',
          message: routeMessage,
        },
        {
          selector:
            'TemplateLiteral > TemplateElement:first-child[value.raw=/^\\/(?:step|results|history)(?:[/?#]|$)/]',
          message: routeMessage,
        },
      ],
    },
  },
  {
    files: ['src/scoring/**', 'src/knowledge/**'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: uiPackages,
              message: 'src/scoring and src/knowledge are plain TypeScript: no UI libraries.',
            },
            {
              group: ['**/features/**', '**/app/**', '**/components/**', '**/lib/**'],
              message: 'The domain imports nothing from the UI.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({ name, message: 'The domain has no DOM or I/O.' })),
        noIntl,
      ],
    },
  },
);
