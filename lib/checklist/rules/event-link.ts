import { fail, pass, type AutoRule } from '../rule';
import { DAYS, EN_MONTHS, EVENT_WORDS, ID_MONTHS, WEAK_EVENT_WORDS, escapeRegExp } from '../words';

const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;
const alt = (words: readonly string[]) =>
  words
    .map((w) =>
      w
        .split(/\s+/)
        .map(escapeRegExp)
        .join(String.raw`\s+`),
    )
    .join('|');

const STRONG = new RegExp(`${B}(?:${alt(EVENT_WORDS)})${E}`, 'iu');
const WEAK = new RegExp(`${B}(?:${alt(WEAK_EVENT_WORDS)})${E}`, 'iu');
const DATE_TIME = new RegExp(
  [
    String.raw`${B}\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT|AM|PM)${E}`,
    String.raw`${B}(?:pukul|pkl\.?|jam|at)\s*\d{1,2}(?:[.:]\d{2})?`,
    String.raw`${B}\d{1,2}\s+(?:${alt(ID_MONTHS)}|${alt(EN_MONTHS)}|april|september|november)${E}`,
    String.raw`${B}(?:${alt(EN_MONTHS)}|april|september|november)\s+\d{1,2}${E}`,
    String.raw`${B}(?:${alt(DAYS)})${E}`,
    String.raw`${B}\d{1,2}\/\d{1,2}(?:\/\d{2,4})?${E}`,
  ].join('|'),
  'iu',
);
const BIO =
  /(?<![\p{L}])(?:link|tautan|tautannya|linknya)\s+(?:(?:ada\s+)?di|in|on)\s+(?:the\s+)?bio|(?:cek|lihat|check)\s+bio/iu;

/** Whether the text already points readers to the link in the profile bio. */
export function mentionsBio(text: string): boolean {
  return BIO.test(text);
}

/** Whether the text announces an event: a clear event word, or a weaker one with a date or time. */
export function announcesEvent(text: string): RegExpExecArray | null {
  const strong = STRONG.exec(text);
  if (strong) return strong;
  const weak = WEAK.exec(text);
  if (weak && DATE_TIME.test(text)) return weak;
  return null;
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
    const event = announcesEvent(ctx.text);
    if (!event) {
      return pass({ id: 'Bukan pengumuman acara', en: 'Not an event announcement' });
    }
    if (ctx.parsed.urls.length > 0 || BIO.test(ctx.text)) {
      return pass({
        id: `Pengumuman acara ("${event[0]}") dengan tautan pendaftaran/info`,
        en: `Event announcement ("${event[0]}") with a registration or info link`,
      });
    }
    const bio = !ctx.limits.clickableLinks;
    return fail(
      {
        id: `Unggahan ini mengumumkan acara ("${event[0]}") tetapi belum ada tautan pendaftaran atau info${bio ? '; tulis "link di bio"' : ''}`,
        en: `This post announces an event ("${event[0]}") but has no registration or info link${bio ? '; say "link in bio"' : ''}`,
      },
      [{ start: event.index, end: event.index + event[0].length }],
    );
  },
};
