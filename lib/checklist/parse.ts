/**
 * Parsing of hashtags, @-mentions, links and e-mail addresses in caption text, Unicode-aware
 * (Indonesian and other scripts). Offsets are UTF-16 code units into the original text, end
 * exclusive, so they can be used directly for highlighting and edits.
 */

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

/**
 * The hashtag's stable id: without the leading `#`, Unicode NFC, lower-case. Two people who add
 * `#BulanBuku` and `#bulanbuku` meet on one record.
 */
export function normaliseHashtag(tag: string): string {
  return tag
    .trim()
    .replace(/^[#＃]+/, '')
    .normalize('NFC')
    .toLowerCase();
}

const TLDS =
  'com|org|net|id|ly|io|co|me|info|gle|gl|link|site|online|edu|gov|app|to|tv|xyz|my|sg|news|page|biz|web|dev';

// Links: with a scheme, starting with www., or a bare domain with a common top-level domain.
const URL_RE = new RegExp(
  [
    String.raw`\bhttps?:\/\/[^\s<>"“”]+`,
    String.raw`(?<![\p{L}\p{N}_.@\/-])www\.[^\s<>"“”]+`,
    String.raw`(?<![\p{L}\p{N}_.@\/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:${TLDS})(?![\p{L}\p{N}_@-])(?:[\/?#][^\s<>"“”]*)?`,
  ].join('|'),
  'giu',
);
const TRAILING_PUNCT = new Set([...'.,;:!?\'"’”»…]}']);

// `#` at the start, after whitespace or punctuation, never inside a word; the body is letters,
// combining marks, digits and underscores.
const HASHTAG_RE = /(?<![\p{L}\p{M}\p{N}_&#＃])[#＃]([\p{L}\p{M}\p{N}_]+)/gu;
const HAS_LETTER = /\p{L}/u;

const MENTION_RE =
  /(?<![\p{L}\p{M}\p{N}_@＠.])[@＠]([A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)/gu;

const EMAIL_RE =
  /(?<![\p{L}\p{N}_.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\p{L}\p{N}_-])/gu;

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

export function extractUrls(text: string): UrlEntity[] {
  const out: UrlEntity[] = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) {
    const url = trimUrl(m[0]);
    if (url.length === 0) continue;
    out.push({
      start: m.index,
      end: m.index + url.length,
      text: url,
      hasScheme: /^https?:\/\//i.test(url),
    });
  }
  return out;
}

export function extractEmails(text: string): Entity[] {
  const out: Entity[] = [];
  EMAIL_RE.lastIndex = 0;
  for (let m = EMAIL_RE.exec(text); m; m = EMAIL_RE.exec(text)) {
    const email = m[0].replace(/\.+$/, '');
    out.push({ start: m.index, end: m.index + email.length, text: email });
  }
  return out;
}

export function extractHashtags(
  text: string,
  urls: readonly Entity[] = extractUrls(text),
): HashtagEntity[] {
  const out: HashtagEntity[] = [];
  HASHTAG_RE.lastIndex = 0;
  for (let m = HASHTAG_RE.exec(text); m; m = HASHTAG_RE.exec(text)) {
    const tag = m[1] ?? '';
    const end = m.index + m[0].length;
    if (!HAS_LETTER.test(tag)) continue; // "#1" or "#2025" is not a hashtag
    if (text.startsWith('://', end)) continue;
    if (urls.length > 0 && inside(urls, m.index)) continue; // a URL fragment
    out.push({ start: m.index, end, text: m[0], tag, normalised: normaliseHashtag(tag) });
  }
  return out;
}

export function extractMentions(
  text: string,
  urls: readonly Entity[] = extractUrls(text),
  emails: readonly Entity[] = extractEmails(text),
): MentionEntity[] {
  const out: MentionEntity[] = [];
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
