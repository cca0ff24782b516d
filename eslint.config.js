import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The feature folders under lib/ (docs/architecture.md). */
const FEATURES = readdirSync(new URL('./lib', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', 'tests/**', 'scripts/**'];

/** Boundaries every production file keeps; `ownFeature` may reach into its own subfolders. */
function boundaries(ownFeature) {
  return [
    'error',
    {
      paths: [
        { name: 'dexie', message: 'Only lib/db touches Dexie: use its repositories.' },
        {
          name: 'dexie-export-import',
          message: 'Only lib/db touches Dexie: use its backup functions.',
        },
      ],
      patterns: [
        {
          group: ['@/lib/*/*/*', ...(ownFeature ? [`!@/lib/${ownFeature}/**`] : [])],
          message:
            "Import another feature's public module (e.g. '@/lib/exchange/pack'), not its internals.",
        },
        {
          group: ['@/tests/*', '**/tests/support/*'],
          message: 'Test helpers stay out of production code.',
        },
        ...(ownFeature
          ? [
              {
                group: ['../../*'],
                message: "Leaving the feature folder: import '@/lib/<feature>'.",
              },
            ]
          : []),
      ],
    },
  ];
}

/** `db.templates`, `db.table(…)`, `db.transaction(…)`: table access, which belongs in lib/db. */
const TABLE_ACCESS = {
  selector:
    "MemberExpression[object.name='db'][property.name=/^(table|transaction|templates|hashtagSets|hashtags|brandKit|checklistSettings|drafts|draftRevisions|postLog|settings|conflicts|subscriptions|plannedPosts|teamMembers)$/]",
  message: 'Only lib/db touches Dexie tables: use its repositories or lib/db/records.ts.',
};

/**
 * React's escape hatch to innerHTML: web-ext lint flags the bundled React DOM line that serves it
 * (docs/store.md); Sapa never passes it, so that line never runs with Sapa's data.
 */
const NO_RAW_HTML = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Build DOM with React children; never dangerouslySetInnerHTML.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      '.output',
      '.wxt',
      '.scratch',
      'tests/fixtures/dist',
      'reports',
      '.stryker-tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM with textContent or React; never innerHTML.' },
        { property: 'outerHTML', message: 'Build DOM with textContent or React; never outerHTML.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', NO_RAW_HTML],
    },
  },
  {
    // Strings run as code: the stores' review (web-ext lint) and the extension CSP forbid it.
    // (A test may evaluate the server-side validate_doc_update source; the extension never does.)
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: TEST_FILES,
    rules: { 'no-eval': 'error', 'no-implied-eval': 'error', 'no-new-func': 'error' },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': boundaries(null),
      'no-restricted-syntax': ['error', TABLE_ACCESS, NO_RAW_HTML],
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`lib/${feature}/**/*.{ts,tsx}`],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': boundaries(feature),
      ...(feature === 'db' ? {} : { 'no-restricted-syntax': ['error', TABLE_ACCESS, NO_RAW_HTML] }),
    },
  })),
  {
    // lib/db is the one place that opens Dexie.
    files: ['lib/db/**/*.ts'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/*/*/*', '!@/lib/db/**'],
              message: "Import another feature's public module.",
            },
            { group: ['@/tests/*'], message: 'Test helpers stay out of production code.' },
          ],
        },
      ],
    },
  },
);
