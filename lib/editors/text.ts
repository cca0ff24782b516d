/**
 * Plain-text helpers shared by reading and verifying. Editors put non-breaking spaces where a
 * person typed spaces (Draft.js at block ends, Lexical around decorators) and zero-width
 * characters as caret anchors, so comparisons go through `normaliseEditorText`.
 */
export function normaliseEditorText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[\u200b\ufeff]/g, '');
}

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (
    let at = haystack.indexOf(needle);
    at !== -1;
    at = haystack.indexOf(needle, at + needle.length)
  ) {
    count += 1;
  }
  return count;
}

const trimEnd = (text: string) => text.replace(/\s+$/, '');

/**
 * Did the insertion land in full? For "replace", the editor holds exactly the text (trailing blank
 * lines aside); for "caret", the text appears once more than before. Pure, so it is unit-tested.
 */
export function insertionLanded(
  before: string,
  after: string,
  text: string,
  mode: 'caret' | 'replace',
): boolean {
  const wanted = trimEnd(normaliseEditorText(text));
  const now = normaliseEditorText(after);
  if (mode === 'replace') return trimEnd(now) === wanted;
  return occurrences(now, wanted) > occurrences(normaliseEditorText(before), wanted);
}
