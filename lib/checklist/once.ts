/**
 * A value built on its first use. The rules' patterns are built this way: the service worker
 * loads every rule (the checklist settings name them all) at each of its starts, and building
 * every pattern then was a large part of that start (docs/architecture.md, "The service worker's
 * start"), though few requests run a rule.
 */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
