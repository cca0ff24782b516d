/**
 * The length of the video being posted, read from the page's <video> preview (TikTok Studio's
 * uploader shows the chosen file in one). The checklist's `video-length` rule compares it; the
 * DOM reading stays here, outside the pure checklist.
 */

/** Seconds of the longest <video> on the page with a known length, or null. */
export function readVideoSeconds(doc: Document): number | null {
  let longest: number | null = null;
  for (const video of doc.querySelectorAll('video')) {
    const d = video.duration;
    // NaN until the metadata loads, Infinity for a live stream: neither is a file's length.
    if (Number.isFinite(d) && d > 0 && (longest === null || d > longest)) longest = d;
  }
  return longest;
}

/**
 * Calls `onChange` with the video length now and whenever a video's metadata loads or its
 * length changes (media events do not bubble, so the listener captures them on the document).
 */
export function watchVideoLength(
  doc: Document,
  onChange: (seconds: number | null) => void,
  signal: AbortSignal,
): void {
  let last = readVideoSeconds(doc);
  onChange(last);
  const update = () => {
    const now = readVideoSeconds(doc);
    if (now === last) return;
    last = now;
    onChange(now);
  };
  for (const type of ['loadedmetadata', 'durationchange', 'emptied']) {
    doc.addEventListener(type, update, { capture: true, signal });
  }
}
