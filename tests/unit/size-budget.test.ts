import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { overBudget, parseBudget, sizeTable, type SizeBudget } from '../../scripts/bundle-sizes';

const budget: SizeBudget = {
  budgets: [
    { file: 'content-scripts/composer.js', gzipKb: 60, goalGzipKb: 50 },
    { file: 'chunks/options-*.js', gzipKb: 100 },
    { file: 'chunks/*.js', gzipKb: 10 },
  ],
};
const size = (file: string, gzipKb: number) => ({ file, raw: gzipKb * 3072, gzip: gzipKb * 1024 });

describe('the size budget', () => {
  test('a script over its budget is named with its figure and the budget', () => {
    const problems = overBudget(
      [size('content-scripts/composer.js', 61.5), size('chunks/options-AbC1.js', 99)],
      budget,
    );
    expect(problems).toEqual([
      'content-scripts/composer.js is 61.5 kB gzip, over its budget of 60 kB (184.5 kB raw)',
    ]);
  });

  test('a hashed chunk takes the first pattern that names it', () => {
    const sizes = [
      size('content-scripts/composer.js', 40),
      size('chunks/options-AbC1.js', 99),
      size('chunks/Calendar-x9.js', 11),
    ];
    expect(overBudget(sizes, budget)).toEqual([
      'chunks/Calendar-x9.js is 11.0 kB gzip, over its budget of 10 kB (33.0 kB raw)',
    ]);
  });

  test('a script with no budget fails, so a new entry cannot grow unseen', () => {
    const sizes = [
      size('content-scripts/composer.js', 40),
      size('chunks/options-A.js', 1),
      size('chunks/b.js', 1),
      size('panel-ui.js', 1),
    ];
    expect(overBudget(sizes, budget)).toEqual([
      'panel-ui.js (1.0 kB gzip) has no budget in scripts/size-budget.json',
    ]);
  });

  test('a budgeted file the build no longer makes is named (a renamed entry keeps its budget)', () => {
    expect(overBudget([size('chunks/options-A.js', 1)], budget)).toEqual([
      'no built file matches content-scripts/composer.js in scripts/size-budget.json',
    ]);
  });

  test('the table shows each figure, its budget and whether the goal is met', () => {
    const [line] = sizeTable([size('content-scripts/composer.js', 55)], budget);
    expect(line).toContain('165.0 kB raw');
    expect(line).toContain('55.0 kB gzip');
    expect(line).toContain('(budget 60 kB, goal 50 kB NOT met)');
  });

  test("the project's budget file is valid and budgets the content script and the panel's UI", async () => {
    const file = parseBudget(JSON.parse(await readFile('scripts/size-budget.json', 'utf8')));
    const files = file.budgets.map((entry) => entry.file);
    expect(files).toContain('content-scripts/composer.js');
    expect(files).toContain('panel-ui.js');
  });
});
