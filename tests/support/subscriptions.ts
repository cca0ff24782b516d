/** Sample sources for the subscription tests (unit, integration and dashboard). */

export const packTemplate = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  updatedAt: 5_000,
  updatedBy: 'perpusnas',
  deleted: false,
  name: `Templat ${id}`,
  category: 'acara',
  body: `Halo dari {{library}} (${id})`,
  variants: {},
  variables: [],
  locale: 'id',
  ...extra,
});

export const packSet = (id: string, tags: string[], extra: Record<string, unknown> = {}) => ({
  id,
  updatedAt: 5_000,
  updatedBy: 'perpusnas',
  deleted: false,
  name: `Set ${id}`,
  tags,
  ...extra,
});

export function packJson(parts: {
  templates?: unknown[];
  hashtagSets?: unknown[];
  library?: string;
  [more: string]: unknown;
}): string {
  return JSON.stringify({
    format: 'sapa-pack',
    version: 1,
    exportedAt: '2026-05-17T08:00:00.000Z',
    ...parts,
  });
}
