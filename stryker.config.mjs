// Mutation testing of the pure cores: `npm run test:mutation` (docs/reliability.md, "Tests that
// would catch the bug"). Not in CI and not in `npm test`: a full run takes longer than CI allows.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // Among the tests of these modules (vitest.mutation.config.ts), only those whose imports reach
  // the mutated files run (`related`, Stryker's default).
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // The machine running it is shared; one test process at a time.
  concurrency: 1,
  mutate: [
    // The checklist engine and its rules; word lists, types and the twitter-text wrapper are data.
    'lib/checklist/**/*.ts',
    '!lib/checklist/**/*.test.ts',
    '!lib/checklist/corpus/**',
    '!lib/checklist/words.ts',
    '!lib/checklist/twitter.ts',
    '!lib/checklist/types.ts',
    '!lib/checklist/index.ts',
    '!lib/checklist/rules/index.ts',
    // limits.ts is sourced figures (data) and one function.
    '!lib/checklist/limits.ts',
    'lib/checklist/limits.ts:194-199',
    // Templates.
    'lib/library/render.ts',
    // Merge and conflict rules (packs, team sync).
    'lib/exchange/pack/merge.ts',
    'lib/team-sync/engine/resolve.ts',
    // Drafts and their revisions.
    'lib/db/repositories/drafts.ts',
    // Putting text into the editors.
    'lib/editors/*.ts',
    '!lib/editors/*.test.ts',
    '!lib/editors/types.ts',
    // The draft keeper.
    'lib/drafts/draft-keeper.ts',
    'lib/drafts/draft-saver.ts',
    'lib/drafts/restore-offer.ts',
    'lib/drafts/save-timing.ts',
    'lib/drafts/mark-posted.ts',
  ],
  ignorePatterns: [
    '.output',
    '.scratch',
    'tests/fixtures/dist',
    'tests/e2e',
    'tests/firefox',
    'test-results',
    'reports',
    'docs',
    'stats.html',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // A later run re-tests only the mutants whose code or tests changed.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
