/** Pure text edits for the checklist's fixes. */
import type { TextEdit } from './types';

/**
 * Apply edits (UTF-16 offsets into `text`, end exclusive) and return the new text. Edits may
 * come in any order; overlapping or out-of-range edits throw a RangeError. Two insertions at
 * the same offset are applied in the order given.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
    .map((x) => x.e);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (
      !Number.isInteger(e.start) ||
      !Number.isInteger(e.end) ||
      e.start < 0 ||
      e.end > text.length ||
      e.start > e.end
    ) {
      throw new RangeError(`Edit out of range: ${e.start}–${e.end} in a text of ${text.length}`);
    }
    if (e.start < pos) throw new RangeError(`Overlapping edits at ${e.start}`);
    out += text.slice(pos, e.start) + e.replacement;
    pos = e.end;
  }
  return out + text.slice(pos);
}

const H_SPACE = /[ \t\u00a0]/;

/**
 * An edit that removes `text[start, end)` together with one neighbouring space, so removing a
 * hashtag from "a #b c" gives "a c", and from the end of a line leaves no trailing space.
 */
export function removalEdit(text: string, start: number, end: number): TextEdit {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && H_SPACE.test(before)) {
    return { start: start - 1, end, replacement: '' };
  }
  if (after !== undefined && H_SPACE.test(after)) {
    return { start, end: end + 1, replacement: '' };
  }
  return { start, end, replacement: '' };
}

/** Merge removal edits that overlap (two hashtags opening the text share the space between). */
export function mergeEdits(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) {
      if (e.replacement !== '' || last.replacement !== '') continue; // keep the first edit only
      last.end = Math.max(last.end, e.end);
    } else {
      out.push({ ...e });
    }
  }
  return out;
}
