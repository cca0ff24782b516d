import { firstWord, lowerSameLength } from '../context';
import { fail, pass, type AutoRule } from '../rule';
import { DAYS, EN_MONTHS, EVENT_WORDS, ID_MONTHS, WEAK_EVENT_WORDS, escapeRegExp } from '../words';

// All matched on lower-cased text, the word boundary before each match checked by firstWord
// (a look-behind would be tried at every position of a long caption).
const E = String.raw`(?![\p{L}\p{N}_])`;
const alt = (words: readonly string[]) =>
  words
    .map((w) =>
      w
        .toLowerCase()
        .split(/\s+/)
        .map(escapeRegExp)
        .join(String.raw`\s+`),
    )
    .join('|');

const STRONG = new RegExp(`(?:${alt(EVENT_WORDS)})${E}`, 'gu');
const WEAK = new RegExp(`(?:${alt(WEAK_EVENT_WORDS)})${E}`, 'gu');
const MONTHS = `${alt(ID_MONTHS)}|${alt(EN_MONTHS)}|april|september|november`;
const DATE_TIME = new RegExp(
  [
    String.raw`\d{1,2}[.:]\d{2}\s*(?:wib|wita|wit|am|pm)${E}`,
    String.raw`(?:pukul|pkl\.?|jam|at)\s*\d{1,2}(?:[.:]\d{2})?`,
    String.raw`\d{1,2}\s+(?:${MONTHS})${E}`,
    String.raw`(?:${alt(EN_MONTHS)}|april|september|november)\s+\d{1,2}${E}`,
    String.raw`(?:${alt(DAYS)})${E}`,
    String.raw`\d{1,2}\/\d{1,2}(?:\/\d{2,4})?${E}`,
  ].join('|'),
  'gu',
);
const BIO =
  /(?:link|tautan|tautannya|linknya)\s+(?:(?:ada\s+)?di|in|on)\s+(?:the\s+)?bio|(?:cek|lihat|check)\s+bio/gu;

/** Whether the text already points readers to the link in the profile bio. */
export function mentionsBio(text: string, lower = lowerSameLength(text)): boolean {
  return firstWord(BIO, lower) !== null;
}

export interface Match {
  start: number;
  end: number;
  /** The matched words as written in the text. */
  text: string;
}

/** Whether the text announces an event: a clear event word, or a weaker one with a date or time. */
export function announcesEvent(text: string, lower = lowerSameLength(text)): Match | null {
  const hit =
    firstWord(STRONG, lower) ?? (firstWord(DATE_TIME, lower) ? firstWord(WEAK, lower) : null);
  return hit ? { start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) } : null;
}

/** Item 8: a registration or info link when the post announces an event. */
export const eventLinkRule: AutoRule = {
  id: 'event-link',
  item: 8,
  kind: 'auto',
  defaultSeverity: 'warn',
  title: {
    id: 'Ada tautan pendaftaran/info untuk acara',
    en: 'Registration or info link for events',
  },
  check(ctx) {
    const event = announcesEvent(ctx.text, ctx.lower);
    if (!event) {
      return pass({ id: 'Bukan pengumuman acara', en: 'Not an event announcement' });
    }
    if (ctx.parsed.urls.length > 0 || mentionsBio(ctx.text, ctx.lower)) {
      return pass({
        id: `Pengumuman acara ("${event.text}") dengan tautan pendaftaran/info`,
        en: `Event announcement ("${event.text}") with a registration or info link`,
      });
    }
    const bio = !ctx.limits.clickableLinks;
    return fail(
      {
        id: `Unggahan ini mengumumkan acara ("${event.text}") tetapi belum ada tautan pendaftaran atau info${bio ? '; tulis "link di bio"' : ''}`,
        en: `This post announces an event ("${event.text}") but has no registration or info link${bio ? '; say "link in bio"' : ''}`,
      },
      [{ start: event.start, end: event.end }],
    );
  },
};
