import { describe, expect, it } from 'vitest';
import { readVideoSeconds, watchVideoLength } from './video-length';

function video(doc: Document, duration: number): HTMLVideoElement {
  const v = doc.createElement('video');
  Object.defineProperty(v, 'duration', { configurable: true, get: () => duration });
  doc.body.append(v);
  return v;
}

describe('video length from the page', () => {
  it('reads the longest <video> with a known length, and nothing before the metadata loads', () => {
    document.body.replaceChildren();
    expect(readVideoSeconds(document)).toBeNull();
    video(document, Number.NaN);
    expect(readVideoSeconds(document)).toBeNull();
    video(document, 3.5);
    video(document, 312.4);
    expect(readVideoSeconds(document)).toBe(312.4);
  });

  it('reports when a chosen video’s metadata loads', () => {
    document.body.replaceChildren();
    const seen: (number | null)[] = [];
    const controller = new AbortController();
    watchVideoLength(document, (s) => seen.push(s), controller.signal);
    const v = video(document, 64);
    v.dispatchEvent(new Event('loadedmetadata'));
    controller.abort();
    v.dispatchEvent(new Event('durationchange'));
    expect(seen).toEqual([null, 64]);
  });
});
