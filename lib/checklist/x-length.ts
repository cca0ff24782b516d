/**
 * X's weighted length, counted by the twitter-text package (v3 config: NFC first, URLs count
 * 23, emoji and code points outside the Latin/punctuation ranges count 2).
 */
import { twitterText, type ParseTweetOptions } from './twitter';

export interface XLength {
  weightedLength: number;
  /** UTF-16 offset into the original text just after the last character within the limit. */
  validEnd: number;
}

/** Weighted length as X counts it. */
export function xWeightedLength(text: string): number {
  return twitterText.parseTweet(text.normalize('NFC')).weightedLength;
}

// The v3 configuration the package ships (not in its type declarations). Read when first needed:
// in the service worker the package is loaded on first use (lib/worker-parts).
const v3Defaults = (): ParseTweetOptions =>
  (twitterText as unknown as { configs: { defaults: ParseTweetOptions } }).configs.defaults;

function configFor(maxLength: number): ParseTweetOptions {
  return { ...v3Defaults(), maxWeightedTweetLength: maxLength };
}

/** Weighted length and the end of the part that fits within `maxLength`. */
export function measureX(text: string, maxLength: number): XLength {
  const nfc = text.normalize('NFC');
  const parsed = twitterText.parseTweet(nfc, configFor(maxLength));
  if (parsed.valid || parsed.weightedLength <= maxLength) {
    return { weightedLength: parsed.weightedLength, validEnd: text.length };
  }
  if (nfc === text) {
    return { weightedLength: parsed.weightedLength, validEnd: parsed.validRangeEnd + 1 };
  }
  // The text changed under NFC: find the longest prefix of the original that fits.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const len = twitterText.parseTweet(text.slice(0, mid).normalize('NFC')).weightedLength;
    if (len <= maxLength) lo = mid;
    else hi = mid - 1;
  }
  return { weightedLength: parsed.weightedLength, validEnd: lo };
}
