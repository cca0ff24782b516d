/**
 * A value built on its first use and kept. Used where the service worker would otherwise build
 * something at each of its starts that few requests need: the checklist rules' patterns, record
 * schemas (lib/zod-lazy.ts), the worker parts' stand-ins (docs/architecture.md, "The service
 * worker's start"). A build that throws is tried again at the next use.
 */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
