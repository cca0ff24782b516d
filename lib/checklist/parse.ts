/**
 * Parsing of hashtags, @-mentions, links and e-mail addresses in caption text, Unicode-aware
 * (Indonesian and other scripts). Offsets are UTF-16 code units into the original text, end
 * exclusive, so they can be used directly for highlighting and edits.
 */

import { normaliseTag } from '@/lib/text';
import { twitterText } from './twitter';

export interface Entity {
  start: number;
  end: number;
  /** The matched text as written. */
  text: string;
}

export interface HashtagEntity extends Entity {
  /** The tag without `#`, as written. */
  tag: string;
  /** Stable id of the tag: see normaliseHashtag. */
  normalised: string;
}

export interface MentionEntity extends Entity {
  /** The handle without `@`, as written. */
  handle: string;
}

export interface UrlEntity extends Entity {
  /** True when the link starts with http:// or https://. */
  hasScheme: boolean;
}

export interface ParsedText {
  hashtags: HashtagEntity[];
  mentions: MentionEntity[];
  urls: UrlEntity[];
  emails: Entity[];
}

/** The hashtag's stable id: lib/text's `normaliseTag`, the one normaliser (named for the rules). */
export { normaliseTag as normaliseHashtag } from '@/lib/text';

/** Longest e-mail local part (RFC 5321): bounds the walk back. */
const MAX_LOCAL_PART = 64;

const MENTION_RE =
  /(?<![\p{L}\p{M}\p{N}_@＠.])[@＠]([A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)/gu;

const EMAIL_LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const EMAIL =
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\p{L}\p{N}_-])/uy;
const NOT_BEFORE_EMAIL = /[\p{L}\p{N}_.%+-]/u;

/** The code point ending just before `index` (whole surrogate pair), or ''. */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1] ?? '';
}

function inside(spans: readonly Entity[], index: number): boolean {
  for (const s of spans) if (index >= s.start && index < s.end) return true;
  return false;
}

function overlaps(spans: readonly Entity[], start: number, end: number): boolean {
  for (const s of spans) if (start < s.end && s.start < end) return true;
  return false;
}

const SCHEME = /^https?:\/\//i;

/**
 * Links as X finds them (twitter-text's extractor, which X's own length count uses): with or
 * without a scheme, any IANA top-level domain (`zoom.us/j/…`, `youtu.be/…`, `foo.co.jp`), never a
 * host without one (`http://no-tld`), trailing punctuation left out.
 */
export function extractUrls(text: string): UrlEntity[] {
  if (text.indexOf('.') < 0) return [];
  return twitterText.extractUrlsWithIndices(text).map(({ url, indices: [start, end] }) => ({
    start,
    end,
    text: url,
    hasScheme: SCHEME.test(url),
  }));
}

export function extractEmails(text: string): Entity[] {
  const out: Entity[] = [];
  // An address holds one `@`, so the next `@` is never inside the address just found.
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    const floor = Math.max(0, at - MAX_LOCAL_PART);
    while (start > floor && EMAIL_LOCAL_CHAR.test(text[start - 1]!)) start--;
    if (start === at || NOT_BEFORE_EMAIL.test(charBefore(text, start))) continue;
    EMAIL.lastIndex = start;
    const m = EMAIL.exec(text);
    if (!m) continue;
    // EMAIL ends on the top-level domain's letters: a full stop after it is the sentence's.
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * twitter-text's hashtag pattern, made sticky: tried only where a `#` or `＃` is, instead of at
 * every position of the text as its own extractor does (a 35,000-character pattern with large
 * Unicode classes: most of the extractor's time went into positions that cannot start a tag).
 */
let stickyHashtag: RegExp | undefined;
function hashtagAt(): RegExp {
  const re = twitterText.regexen.validHashtag;
  stickyHashtag ??= new RegExp(re.source, `${re.flags.replace('g', '')}y`);
  return stickyHashtag;
}

/**
 * What `twitterText.extractHashtagsWithIndices(text, { checkUrlOverlap: false })` returns, found
 * the same way but faster. A match of its pattern is one "before" code point (one or two UTF-16
 * units; none at the start of the text), then the hash sign: so a match can only start one or two
 * units before a hash sign (or on one, when the next unit is another hash sign, which that sign's
 * turn covers). Trying the pattern at those places, in order and never inside the previous match,
 * finds the matches its global scan finds. As in twitter-text, a match followed by another hash
 * sign or "://" is dropped but still consumed.
 */
function twitterHashtags(text: string): { hashtag: string; start: number; end: number }[] {
  const re = hashtagAt();
  const out: { hashtag: string; start: number; end: number }[] = [];
  let consumed = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x23 && c !== 0xff03) continue;
    let m: RegExpExecArray | null = null;
    for (let from = Math.max(consumed, i - 2); !m && from <= Math.max(consumed, i - 1); from++) {
      re.lastIndex = from;
      m = re.exec(text);
    }
    if (!m) continue;
    const end = m.index + m[0].length;
    consumed = end;
    i = end - 1;
    if (END_HASHTAG.test(text.slice(end, end + 3))) continue;
    const before = m[1] ?? '';
    const hashtag = m[3] ?? '';
    const start = m.index + before.length;
    out.push({ hashtag, start, end: start + hashtag.length + 1 });
  }
  return out;
}

const END_HASHTAG = /^(?:[#＃]|:\/\/)/;

/**
 * Hashtags as X finds them (twitter-text's pattern): `#` or `＃` not inside a word (but right
 * after an emoji, as in `📚#KoleksiBaru`), at least one letter, not part of a link.
 */
export function extractHashtags(
  text: string,
  urls: readonly Entity[] = extractUrls(text),
): HashtagEntity[] {
  if (text.indexOf('#') < 0 && text.indexOf('＃') < 0) return [];
  const out: HashtagEntity[] = [];
  // The overlap with links is checked here against the links already found, not by a second
  // extraction inside twitter-text.
  for (const { hashtag, start, end } of twitterHashtags(text)) {
    if (urls.length > 0 && overlaps(urls, start, end)) continue; // a URL fragment
    out.push({
      start,
      end,
      text: text.slice(start, end),
      tag: hashtag,
      normalised: normaliseTag(hashtag),
    });
  }
  return out;
}

export function extractMentions(
  text: string,
  urls: readonly Entity[] = extractUrls(text),
  emails: readonly Entity[] = extractEmails(text),
): MentionEntity[] {
  const out: MentionEntity[] = [];
  if (text.indexOf('@') < 0 && text.indexOf('＠') < 0) return out;
  MENTION_RE.lastIndex = 0;
  for (let m = MENTION_RE.exec(text); m; m = MENTION_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (text[end] === '@' || text[end] === '＠') continue;
    if (urls.length > 0 && inside(urls, m.index)) continue;
    if (emails.length > 0 && inside(emails, m.index)) continue;
    out.push({ start: m.index, end, text: m[0], handle: m[1] ?? '' });
  }
  return out;
}

/** Parse everything once; rules share the result. */
export function parseText(text: string): ParsedText {
  const urls = extractUrls(text);
  const emails = extractEmails(text);
  const hashtags = extractHashtags(text, urls);
  const mentions = extractMentions(text, urls, emails);
  return { hashtags, mentions, urls, emails };
}
