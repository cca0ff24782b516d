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

interface Scan {
  count: number;
  /** UTF-16 offset where grapheme number `stopAfter + 1` starts, or text.length. */
  offset: number;
}

function scan(text: string, stopAfter: number): Scan {
  const len = text.length;
  let count = 0;
  let pos = 0;
  const re = new RegExp(COMPLEX_RUN.source, 'g');
  let m = re.exec(text);
  while (m) {
    const s = m.index;
    let e = s + m[0].length;
    // Merge runs separated by at most one simple character into one island.
    let next = re.exec(text);
    while (next && next.index <= e + 1) {
      e = next.index + next[0].length;
      next = re.exec(text);
    }
    const is = Math.max(s - 1, pos);
    const ie = Math.min(e + 1, len);
    if (count + (is - pos) >= stopAfter)
      return { count: stopAfter, offset: pos + (stopAfter - count) };
    count += is - pos;
    for (const g of getSegmenter().segment(text.slice(is, ie))) {
      if (count === stopAfter) return { count, offset: is + g.index };
      count++;
    }
    pos = ie;
    m = next;
  }
  if (count + (len - pos) >= stopAfter)
    return { count: stopAfter, offset: pos + (stopAfter - count) };
  return { count: count + (len - pos), offset: len };
}

/** Number of user-perceived characters (extended grapheme clusters). */
export function countGraphemes(text: string): number {
  return scan(text, Number.POSITIVE_INFINITY).count;
}

/** UTF-16 offset just after the first `n` graphemes (text.length when the text is shorter). */
export function graphemeOffset(text: string, n: number): number {
  if (n <= 0) return 0;
  return scan(text, n).offset;
}
