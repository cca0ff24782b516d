/**
 * A Vite plugin (build only, not shipped) that leaves every emitted script in ASCII. esbuild's
 * `charset: 'ascii'` (which WXT sets) escapes strings but not regular expression literals, so a
 * few full-width `＃` and `＠` (the hashtag and mention patterns, twitter-text's among them) kept
 * the scripts in UTF-8. One such character is enough for Chromium to decode the whole file into a
 * two-byte string: 12 ms of every service worker cold start for the 900 kB `background.js`,
 * 3 ms once it is ASCII (measured with a trace, docs/architecture.md).
 */
import type { Plugin } from 'vite';

function unicodeEscape(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

/**
 * The same script with each non-ASCII character written as `\uXXXX` (a pair of them beyond the
 * Basic Multilingual Plane). In strings, identifiers and regular expressions (with or without
 * the `u` flag) the escape means the same character; comments only change their text.
 */
export function escapeNonAscii(code: string): string {
  return code.replace(/[\u0080-\u{10ffff}]/gu, (character) => {
    const point = character.codePointAt(0)!;
    if (point < 0x10000) return unicodeEscape(point);
    const offset = point - 0x10000;
    return unicodeEscape(0xd800 + (offset >> 10)) + unicodeEscape(0xdc00 + (offset & 0x3ff));
  });
}

export function asciiOutputPlugin(): Plugin {
  return {
    name: 'sapa-ascii-output',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle))
        if (file.type === 'chunk') file.code = escapeNonAscii(file.code);
    },
  };
}
