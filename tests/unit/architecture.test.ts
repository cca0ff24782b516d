/**
 * The layout's rules (docs/architecture.md), checked on the source: no import cycle between
 * modules, and no arrow pointing back up from the foundations or the database to a feature.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const IMPORT_RE =
  /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

interface Edge {
  to: string;
  typeOnly: boolean;
}

function resolveSpecifier(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
  else return undefined; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function importsOf(file: string): Edge[] {
  const source = readFileSync(file, 'utf8');
  const edges: Edge[] = [];
  for (const match of source.matchAll(IMPORT_RE)) {
    const specifier = match[3] ?? match[4];
    if (!specifier) continue;
    const to = resolveSpecifier(file, specifier);
    if (to) edges.push({ to, typeOnly: Boolean(match[2]) });
  }
  return edges;
}

const files = sourceFiles(join(root, 'lib'));
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const rel = (file: string) => relative(root, file);
const folderOf = (file: string) => rel(file).split('/').slice(0, 2).join('/');

/** Strongly connected components with more than one module (Tarjan), over runtime imports. */
function cycles(): string[][] {
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const { to, typeOnly } of graph.get(v) ?? []) {
      if (typeOnly || !graph.has(to)) continue;
      if (!indices.has(to)) {
        visit(to);
        low.set(v, Math.min(low.get(v)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(v, Math.min(low.get(v)!, indices.get(to)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(rel(w));
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const file of files) if (!indices.has(file)) visit(file);
  return found;
}

/** Folders that stand below every feature, and what each may import. */
const ALLOWED_BELOW: Record<string, readonly string[]> = {
  'lib/text': [],
  'lib/i18n': [],
  'lib/editors': [],
  'lib/platforms': ['lib/editors'],
  // A value built on first use, and schemas built so: leaves usable from any layer.
  'lib/once.ts': [],
  'lib/zod-lazy.ts': ['lib/once.ts'],
  'lib/db': [
    'lib/text',
    'lib/i18n',
    'lib/platforms',
    'lib/checklist',
    'lib/zod-lazy.ts',
    'lib/once.ts',
  ],
};

/** Every module `entry` reaches through runtime (not type-only) imports. */
function reachedFrom(entry: string): Set<string> {
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const { to, typeOnly } of graph.get(file) ?? importsOf(file)) if (!typeOnly) visit(to);
  };
  visit(entry);
  return reached;
}

describe('the architecture', () => {
  it('reads the source it checks', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get(join(root, 'lib/background/router.ts'))?.length).toBeGreaterThan(5);
  });

  // The content script runs on every page of the four sites: its strings come from the small
  // catalogue of lib/i18n/content.ts; the whole one (both languages, ~31 kB gzip) is the panel's.
  it('keeps the whole message catalogue out of the content script', () => {
    const reached = [...reachedFrom(join(root, 'entrypoints/composer.content/index.tsx'))].map(rel);
    expect(reached).toContain('lib/composer/session.ts');
    expect(reached).toContain('lib/i18n/content.ts');
    expect(reached).not.toContain('lib/i18n/index.ts');
  });

  it('has no import cycle between modules', () => {
    expect(cycles()).toEqual([]);
  });

  it.each(Object.entries(ALLOWED_BELOW))(
    '%s imports nothing from the features above it',
    (folder, allowed) => {
      const arrowsUp = files
        .filter((file) => folderOf(file) === folder)
        .flatMap((file) =>
          (graph.get(file) ?? [])
            .filter(({ to }) => {
              const target = folderOf(to);
              return target !== folder && target.startsWith('lib/') && !allowed.includes(target);
            })
            .map(({ to }) => `${rel(file)} -> ${rel(to)}`),
        );
      expect(arrowsUp).toEqual([]);
    },
  );
});
