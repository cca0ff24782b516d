import type { LocalizedText } from '@/lib/db/types';

/** One problem found in a pack: where (e.g. `templates[3].name`) and what, in both languages. */
export interface PackError {
  path: string;
  message: LocalizedText;
}

/** `['templates', 3, 'name']` → `templates[3].name`; the root is ''. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${String(s)}` : String(s);
  }
  return out;
}

/** Builds an error whose text names the path: "templates[3].name: wajib diisi". */
export function packError(path: string, id: string, en: string): PackError {
  return {
    path,
    message: path ? { id: `${path}: ${id}`, en: `${path}: ${en}` } : { id, en },
  };
}

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  boolean: { id: 'true/false', en: 'true/false' },
  array: { id: 'daftar (array)', en: 'a list (array)' },
  object: { id: 'objek', en: 'an object' },
};

export function typeName(expected: string): LocalizedText {
  return TYPE_NAMES[expected] ?? { id: expected, en: expected };
}

export function formatMb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
