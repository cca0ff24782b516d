/**
 * The built extension's scripts and their sizes, and the size budget they are held to
 * (scripts/size-budget.json). Used by `npm run size` (scripts/size-budget.ts, run after every
 * build in `npm test`) and by `npm run bench:content`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

export interface ScriptSize {
  /** Path inside the built extension, with `/` separators (e.g. `content-scripts/composer.js`). */
  file: string;
  raw: number;
  gzip: number;
}

const budgetSchema = z
  .object({
    note: z.string().optional(),
    budgets: z.array(
      z
        .object({
          /** A built file, `*` standing for a hash or name part: `chunks/options-*.js`. */
          file: z.string().min(1),
          /** Held to: the build fails above this (kB = 1024 bytes, gzip at Node's default). */
          gzipKb: z.number().positive(),
          /** Where the file should get to (issue #15); reported, not enforced. */
          goalGzipKb: z.number().positive().optional(),
          why: z.string().optional(),
        })
        .strict(),
    ),
  })
  .strict();

export type SizeBudget = z.infer<typeof budgetSchema>;
export type Budget = SizeBudget['budgets'][number];

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export function parseBudget(json: unknown): SizeBudget {
  return budgetSchema.parse(json);
}

/** Every `.js` file of a built extension, with its raw and gzip size, largest first. */
export async function measureScripts(dir: string): Promise<ScriptSize[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name));
  const sizes = await Promise.all(
    files.map(async (path) => {
      const bytes = new Uint8Array(await readFile(path));
      const file = relative(dir, path).split(sep).join('/');
      return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
    }),
  );
  return sizes.sort((a, b) => b.gzip - a.gzip);
}

function pattern(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${escaped}$`);
}

/** The first budget whose pattern names the file (the file's own budget before a catch-all). */
export function budgetFor(file: string, budget: SizeBudget): Budget | undefined {
  return budget.budgets.find((entry) => pattern(entry.file).test(file));
}

/**
 * What is over budget, one sentence per file with its figure; a budgeted name that matches no
 * built file is reported too (a renamed entry must not slip out of the budget).
 */
export function overBudget(sizes: ScriptSize[], budget: SizeBudget): string[] {
  const problems: string[] = [];
  for (const size of sizes) {
    const entry = budgetFor(size.file, budget);
    if (!entry) {
      problems.push(
        `${size.file} (${kb(size.gzip)} gzip) has no budget in scripts/size-budget.json`,
      );
    } else if (size.gzip > entry.gzipKb * 1024) {
      problems.push(
        `${size.file} is ${kb(size.gzip)} gzip, over its budget of ${entry.gzipKb} kB (${kb(size.raw)} raw)`,
      );
    }
  }
  for (const entry of budget.budgets) {
    if (!sizes.some((size) => pattern(entry.file).test(size.file)))
      problems.push(`no built file matches ${entry.file} in scripts/size-budget.json`);
  }
  return problems;
}

/** One line per script: its size and budget, and the goal where one is set. */
export function sizeTable(sizes: ScriptSize[], budget: SizeBudget): string[] {
  const width = Math.max(...sizes.map((size) => size.file.length));
  return sizes.map((size) => {
    const entry = budgetFor(size.file, budget);
    const limit = entry ? `budget ${entry.gzipKb} kB` : 'no budget';
    const goal = entry?.goalGzipKb
      ? `, goal ${entry.goalGzipKb} kB ${size.gzip <= entry.goalGzipKb * 1024 ? 'met' : 'NOT met'}`
      : '';
    return `${size.file.padEnd(width)}  ${kb(size.raw).padStart(9)} raw  ${kb(size.gzip).padStart(9)} gzip  (${limit}${goal})`;
  });
}
