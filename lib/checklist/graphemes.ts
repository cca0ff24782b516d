/**
 * Grapheme counting (what a person sees as one character) through Intl.Segmenter.
 *
 * Segmenting a whole 2,200-character caption takes over a millisecond, so text is split into
 * runs of "simple" characters, where every code unit is a grapheme of its own, and "islands"
 * around everything else (emoji, combining marks, CR LF, scripts with clusters); only the
 * islands go through the segmenter. Between two simple characters there is always a grapheme
 * boundary (none of them is Extend, SpacingMark, Prepend, ZWJ, a regional indicator, Hangul or CR), so the
 * result equals segmenting the whole text.
 */

/** Characters outside this class need the segmenter: everything but tab, LF, printable ASCII,
 * Latin-1, Latin Extended-A/B, IPA, spacing modifiers and general punctuation. */
const COMPLEX_RUN = /[^\t\n\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e]+/g;

let segmenter: Intl.Segmenter | undefined;
function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter;
}

interface Island {
  start: number;
  end: number;
}

/**
 * The islands of `text` that need the segmenter: each complex run with one simple character
 * either side, runs separated by at most one simple character merged.
 */
function islands(text: string): Island[] {
  const out: Island[] = [];
  const len = text.length;
  // One compiled pattern for every call (the caller is synchronous, so sharing lastIndex is safe).
  const re = COMPLEX_RUN;
  re.lastIndex = 0;
  let m = re.exec(text);
  let pos = 0;
  while (m) {
    const s = m.index;
    let e = s + m[0].length;
    let next = re.exec(text);
    while (next && next.index <= e + 1) {
      e = next.index + next[0].length;
      next = re.exec(text);
    }
    const start = Math.max(s - 1, pos);
    const end = Math.min(e + 1, len);
    out.push({ start, end });
    pos = end;
    m = next;
  }
  return out;
}

/** Grapheme count of each island, segmenting them all in one call. */
function islandCounts(text: string, list: readonly Island[]): number[] {
  // A NUL between islands is a Control character: always a grapheme boundary on both sides.
  const joined = list.map((i) => text.slice(i.start, i.end)).join('\0');
  const counts = new Array<number>(list.length).fill(0);
  let k = 0;
  let islandEnd = (list[0]?.end ?? 0) - (list[0]?.start ?? 0);
  for (const g of getSegmenter().segment(joined)) {
    if (g.index === islandEnd && g.segment === '\0') {
      k++;
      islandEnd = g.index + 1 + (list[k]!.end - list[k]!.start);
      continue;
    }
    counts[k]!++;
  }
  return counts;
}

/** Number of user-perceived characters (extended grapheme clusters). */
export function countGraphemes(text: string): number {
  const list = islands(text);
  if (list.length === 0) return text.length;
  let simple = text.length;
  for (const i of list) simple -= i.end - i.start;
  let total = simple;
  for (const c of islandCounts(text, list)) total += c;
  return total;
}

/** UTF-16 offset just after the first `n` graphemes (text.length when the text is shorter). */
export function graphemeOffset(text: string, n: number): number {
  if (n <= 0) return 0;
  const list = islands(text);
  const counts = islandCounts(text, list);
  let count = 0;
  let pos = 0;
  for (let k = 0; k < list.length; k++) {
    const island = list[k]!;
    if (count + (island.start - pos) >= n) return pos + (n - count);
    count += island.start - pos;
    const c = counts[k]!;
    if (count + c > n) {
      for (const g of getSegmenter().segment(text.slice(island.start, island.end))) {
        if (count === n) return island.start + g.index;
        count++;
      }
    }
    if (count + c === n) return island.end;
    count += c;
    pos = island.end;
  }
  return Math.min(text.length, pos + (n - count));
}
