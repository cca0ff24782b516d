import { firstWord, lowerSameLength } from '../context';
import { fail, pass, type AutoRule } from '../rule';
import {
  DAYS,
  EN_MONTHS,
  EVENT_WORDS,
  ID_MONTHS,
  ONLINE_EVENT_WORDS,
  RECAP_WORDS,
  REGISTRATION_WORDS,
  WEAK_EVENT_WORDS,
  escapeRegExp,
} from '../words';
import { once } from '@/lib/once';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

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
/** A word list as one regex; entries ending in punctuation ("daftar:") end there. */
const words = (list: readonly string[]) =>
  new RegExp(
    `(?:${alt(list.filter((w) => /[\p{L}\p{N}]$/u.test(w)))})${E}` +
      (list.some((w) => !/[\p{L}\p{N}]$/u.test(w))
        ? `|(?:${alt(list.filter((w) => !/[\p{L}\p{N}]$/u.test(w)))})`
        : ''),
    'gu',
  );

// Built on first use (../once.ts).
const patterns = once(() => {
  const MONTHS = `${alt(ID_MONTHS)}|${alt(EN_MONTHS)}|april|september|november`;
  return {
    EVENT: words(EVENT_WORDS),
    WEAK: words(WEAK_EVENT_WORDS),
    REGISTER: words(REGISTRATION_WORDS),
    ONLINE: words(ONLINE_EVENT_WORDS),
    RECAP: words(RECAP_WORDS),
    DATE_TIME: new RegExp(
      [
        String.raw`\d{1,2}[.:]\d{2}\s*(?:wib|wita|wit|am|pm)${E}`,
        String.raw`(?:pukul|pkl\.?|jam|at)\s*\d{1,2}(?:[.:]\d{2})?`,
        String.raw`\d{1,2}\s+(?:${MONTHS})${E}`,
        String.raw`(?:${alt(EN_MONTHS)}|april|september|november)\s+\d{1,2}${E}`,
        String.raw`(?:${alt(DAYS)})${E}`,
        String.raw`\d{1,2}\/\d{1,2}(?:\/\d{2,4})?${E}`,
      ].join('|'),
      'gu',
    ),
    // "link di bio", "tautan pendaftaran ada di bio kami", "daftar di bio", "linked in our bio",
    // "cek bio": the link is in the profile.
    BIO: /(?:(?:ada\s+)?di|in|on)\s+(?:the\s+|our\s+)?bio(?![\p{L}\p{N}_])|(?:cek|lihat|check|klik)\s+bio(?![\p{L}\p{N}_])|di\s+profil\s+kami/gu,
    // A link with a mistyped scheme ("htps://…") is still a link the person meant; `links` reports it.
    MISTYPED_LINK: /h?tt?ps?\s*[:;]?\s*\/\/\S/gu,
  };
});

/** Whether the text already points readers to the link in the profile bio. */
export function mentionsBio(text: string, lower = lowerSameLength(text)): boolean {
  return firstWord(patterns().BIO, lower) !== null;
}

export interface Match {
  start: number;
  end: number;
  /** The matched words as written in the text. */
  text: string;
}

function asMatch(text: string, hit: { start: number; end: number } | null): Match | null {
  return hit ? { start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) } : null;
}

/**
 * Whether the text announces an event: a clear event word, a registration or online-event word,
 * or a weaker word with a date or time; not a recap of a past event.
 */
export function announcesEvent(text: string, lower = lowerSameLength(text)): Match | null {
  const { REGISTER, ONLINE, RECAP, EVENT, DATE_TIME, WEAK } = patterns();
  const register = firstWord(REGISTER, lower) ?? firstWord(ONLINE, lower);
  if (firstWord(RECAP, lower) && !register) return null;
  const hit =
    register ??
    firstWord(EVENT, lower) ??
    (firstWord(DATE_TIME, lower) ? firstWord(WEAK, lower) : null);
  return asMatch(text, hit);
}

/**
 * Whether the post asks people to register, or to join online: then it needs a link. A recap
 * ("terima kasih kepada peserta yang telah mengikuti webinar kemarin") asks nothing.
 */
export function asksForLink(text: string, lower = lowerSameLength(text)): Match | null {
  const { REGISTER, RECAP, ONLINE } = patterns();
  const register = firstWord(REGISTER, lower);
  if (register) return asMatch(text, register);
  if (firstWord(RECAP, lower)) return null;
  return asMatch(text, firstWord(ONLINE, lower));
}

/** Item 8: a registration or info link when the post asks people to register or join online. */
export const eventLinkRule: AutoRule = {
  id: 'event-link',
  item: 8,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['event-link'],
  title: {
    id: 'Ada tautan pendaftaran/info untuk acara',
    en: 'Registration or info link for events',
  },
  check(ctx) {
    const ask = asksForLink(ctx.text, ctx.lower);
    if (!ask) {
      return pass({
        id: 'Tidak meminta pendaftaran atau bergabung daring',
        en: 'Does not ask people to register or join online',
      });
    }
    const { MISTYPED_LINK } = patterns();
    MISTYPED_LINK.lastIndex = 0;
    if (
      ctx.parsed.urls.length > 0 ||
      mentionsBio(ctx.text, ctx.lower) ||
      MISTYPED_LINK.test(ctx.lower)
    ) {
      return pass({
        id: `Pengumuman acara ("${ask.text}") dengan tautan pendaftaran/info`,
        en: `Event announcement ("${ask.text}") with a registration or info link`,
      });
    }
    const bio = !ctx.limits.clickableLinks;
    return fail(
      {
        id: `Unggahan ini mengajak mendaftar atau bergabung daring ("${ask.text}") tetapi belum ada tautan pendaftaran atau info${bio ? '; tulis "link di bio"' : ''}`,
        en: `This post asks people to register or join online ("${ask.text}") but has no registration or info link${bio ? '; say "link in bio"' : ''}`,
      },
      [{ start: ask.start, end: ask.end }],
    );
  },
};
