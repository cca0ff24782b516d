/**
 * Parsing of hashtags, @-mentions, links and e-mail addresses in caption text, Unicode-aware
 * (Indonesian and other scripts). Offsets are UTF-16 code units into the original text, end
 * exclusive, so they can be used directly for highlighting and edits.
 */

import { normaliseTag } from '@/lib/text';

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

const TLDS =
  'com|org|net|id|ly|io|co|me|info|gle|gl|link|site|online|edu|gov|app|to|tv|xyz|my|sg|news|page|biz|web|dev';

// Links are found from cheap anchors ("://", "www.", a known top-level domain) and then
// matched in full from their start: far faster than one regex tried at every position.
const URL_BODY = /[^\s<>"“”]*/uy;
const WWW = /www\./gi;
// A bare domain needs a lower-case top-level domain, so "selesai.Info" (a missing space after a
// full stop) is not taken for a link.
const TLD_HIT = new RegExp(String.raw`\.(?:${TLDS})(?![\p{L}\p{N}_@-])`, 'gu');
const BARE_DOMAIN = new RegExp(
  String.raw`(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?:${TLDS})(?![\p{L}\p{N}_@-])(?:[\/?#][^\s<>"“”]*)?`,
  'uy',
);
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
/** Longest domain name and e-mail local part (RFC 1035, RFC 5321): bounds the walks back. */
const MAX_DOMAIN = 253;
const MAX_LOCAL_PART = 64;
const ALNUM = /[A-Za-z0-9]/;
/** Characters that may not come right before a www. or bare-domain link. */
const NOT_BEFORE_DOMAIN = /[\p{L}\p{N}_.@/-]/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

const TRAILING_PUNCT = new Set([...'.,;:!?\'"’”»…]}']);

// `#` at the start, after whitespace or punctuation, never inside a word; the body is letters,
// combining marks, digits and underscores.
const HASH = /[#＃]/g;
const HASHTAG_BODY = /[\p{L}\p{M}\p{N}_]+/uy;
const NOT_BEFORE_HASH = /[\p{L}\p{M}\p{N}_&#＃]/u;
const HAS_LETTER = /\p{L}/u;

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

function trimUrl(raw: string): string {
  let url = raw;
  while (url.length > 0) {
    const last = url[url.length - 1] ?? '';
    if (TRAILING_PUNCT.has(last)) {
      url = url.slice(0, -1);
    } else if (last === ')') {
      // Keep a parenthesis that closes one opened inside the link (Wikipedia-style).
      const opens = url.split('(').length - 1;
      const closes = url.split(')').length - 1;
      if (closes <= opens) return url;
      url = url.slice(0, -1);
    } else {
      return url;
    }
  }
  return url;
}

function inside(spans: readonly Entity[], index: number): boolean {
  for (const s of spans) if (index >= s.start && index < s.end) return true;
  return false;
}

function pushUrl(out: UrlEntity[], text: string, start: number, raw: string): void {
  const url = trimUrl(raw);
  if (url.length === 0) return;
  out.push({ start, end: start + url.length, text: url, hasScheme: /^https?:\/\//i.test(url) });
}

export function extractUrls(text: string): UrlEntity[] {
  const found: UrlEntity[] = [];
  // With a scheme: http:// or https:// at a word boundary. A link ends at white space or
  // where the next scheme begins.
  const schemes: { start: number; bodyStart: number }[] = [];
  for (let i = text.indexOf('://'); i >= 0; i = text.indexOf('://', i + 3)) {
    let start = -1;
    if (i >= 5 && text.slice(i - 5, i).toLowerCase() === 'https') start = i - 5;
    else if (i >= 4 && text.slice(i - 4, i).toLowerCase() === 'http') start = i - 4;
    if (start < 0 || WORD_CHAR.test(charBefore(text, start))) continue;
    schemes.push({ start, bodyStart: i + 3 });
  }
  for (let k = 0; k < schemes.length; k++) {
    const { start, bodyStart } = schemes[k]!;
    URL_BODY.lastIndex = bodyStart;
    let end = bodyStart + (URL_BODY.exec(text)?.[0].length ?? 0);
    const next = schemes[k + 1];
    if (next && next.start < end) end = next.start;
    if (end > bodyStart) pushUrl(found, text, start, text.slice(start, end));
  }
  // www. and bare domains.
  const starts: number[] = [];
  WWW.lastIndex = 0;
  for (let m = WWW.exec(text); m; m = WWW.exec(text)) starts.push(m.index);
  TLD_HIT.lastIndex = 0;
  for (let m = TLD_HIT.exec(text); m; m = TLD_HIT.exec(text)) {
    let start = m.index;
    const floor = Math.max(0, m.index - MAX_DOMAIN);
    while (start > floor && DOMAIN_CHAR.test(text[start - 1]!)) start--;
    while (start < m.index && !ALNUM.test(text[start]!)) start++;
    if (start < m.index) starts.push(start);
  }
  for (const start of starts) {
    if (NOT_BEFORE_DOMAIN.test(charBefore(text, start))) continue;
    if (found.some((u) => start >= u.start && start < u.end)) continue;
    let raw: string;
    if (text.startsWith('www.', start) || text.startsWith('WWW.', start)) {
      URL_BODY.lastIndex = start;
      raw = URL_BODY.exec(text)?.[0] ?? '';
    } else {
      BARE_DOMAIN.lastIndex = start;
      raw = BARE_DOMAIN.exec(text)?.[0] ?? '';
    }
    // Stop where a link found earlier begins ("perpus.go.id/opac…https://…").
    for (const u of found) {
      if (u.start > start && u.start < start + raw.length) raw = raw.slice(0, u.start - start);
    }
    if (raw.length > 4 || !/^www\./i.test(raw)) {
      if (raw) pushUrl(found, text, start, raw);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function extractEmails(text: string): Entity[] {
  const out: Entity[] = [];
  let searchFrom = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, searchFrom))) {
    let start = at;
    const floor = Math.max(0, at - MAX_LOCAL_PART);
    while (start > floor && EMAIL_LOCAL_CHAR.test(text[start - 1]!)) start--;
    if (start === at || NOT_BEFORE_EMAIL.test(charBefore(text, start))) continue;
    EMAIL.lastIndex = start;
    const m = EMAIL.exec(text);
    if (!m) continue;
    const email = m[0].replace(/\.+$/, '');
    out.push({ start, end: start + email.length, text: email });
    searchFrom = start + email.length;
  }
  return out;
}

export function extractHashtags(
  text: string,
  urls: readonly Entity[] = extractUrls(text),
): HashtagEntity[] {
  const out: HashtagEntity[] = [];
  HASH.lastIndex = 0;
  for (let m = HASH.exec(text); m; m = HASH.exec(text)) {
    const start = m.index;
    if (NOT_BEFORE_HASH.test(charBefore(text, start))) continue;
    HASHTAG_BODY.lastIndex = start + 1;
    const body = HASHTAG_BODY.exec(text);
    if (!body) continue;
    const tag = body[0];
    const end = start + 1 + tag.length;
    HASH.lastIndex = end;
    if (!HAS_LETTER.test(tag)) continue; // "#1" or "#2025" is not a hashtag
    if (text.startsWith('://', end)) continue;
    if (urls.length > 0 && inside(urls, start)) continue; // a URL fragment
    out.push({ start, end, text: text.slice(start, end), tag, normalised: normaliseTag(tag) });
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
