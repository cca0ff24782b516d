/**
 * The size budget: every script of the built extension (`.output/chrome-mv3` unless a folder is
 * given) against scripts/size-budget.json. Prints each figure and fails, naming the file and its
 * size, when one is over. Runs after the build in `npm run test:e2e`.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureScripts, overBudget, parseBudget, sizeTable } from './bundle-sizes';

const dir = resolve(process.argv[2] ?? '.output/chrome-mv3');
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No built extension at ${dir}: run "npm run build" first.`);
  process.exit(1);
}
const budget = parseBudget(JSON.parse(await readFile('scripts/size-budget.json', 'utf8')));
const sizes = await measureScripts(dir);
for (const line of sizeTable(sizes, budget)) console.log(line);
const problems = overBudget(sizes, budget);
if (problems.length > 0) {
  for (const problem of problems) console.error(`Size budget exceeded: ${problem}`);
  process.exit(1);
}
console.log('Every script is within its size budget.');
