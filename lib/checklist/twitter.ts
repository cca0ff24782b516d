/**
 * twitter-text, the package X's own clients use to find links, hashtags and count length. One
 * import for the whole checklist, so the X length count and the rules read the same entities.
 */
import * as twitterTextNs from 'twitter-text';

// twitter-text ships CommonJS with an ES build for bundlers: under Node the functions sit on the
// default export, under a bundler they are named exports.
export const twitterText: typeof twitterTextNs =
  (twitterTextNs as unknown as { default?: typeof twitterTextNs }).default ?? twitterTextNs;

export type ParseTweetOptions = twitterTextNs.ParseTweetOptions;
