import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The unit tests of the pure cores that `npm run test:mutation` mutates (stryker.config.json):
 * the checklist, templates, the merge and conflict rules, drafts and their revisions, the editor
 * insertion and the draft keeper. Kept apart from the whole unit suite so each mutant runs in
 * seconds, not minutes.
 */
const ALL_CORE_TESTS = [
  'lib/checklist/**/*.test.ts',
  'lib/library/render.test.ts',
  'lib/exchange/pack/pack.test.ts',
  'lib/team-sync/engine/resolve.test.ts',
  'lib/team-sync/engine/resolve.property.test.ts',
  'lib/team-sync/engine/plan.test.ts',
  'lib/db/repositories.test.ts',
  'lib/db/repositories/drafts.test.ts',
  'lib/editors/*.test.ts',
  'lib/drafts/*.test.ts',
];

/**
 * `SAPA_MUTATION_TESTS=lib/library/render.test.ts npx stryker run -m lib/library/render.ts`
 * runs one module against its own tests only. Without it, every core test that reaches the
 * module runs for each mutant: the checklist's corpus test renders templates, and takes most of
 * the half minute each template mutant then costs.
 */
const only = process.env.SAPA_MUTATION_TESTS?.split(',').filter(Boolean);

// Not mergeConfig: it would add these files to the base list instead of replacing it.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: only?.length ? only : ALL_CORE_TESTS,
  },
});
