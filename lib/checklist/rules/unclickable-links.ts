import { PLATFORM_IDS } from '../types';
import { PLATFORM_LIMITS } from '../limits';
import { mergeEdits, removalEdit } from '../edits';
import { fail, pass, type AutoRule, enPlural } from '../rule';
import { mentionsBio } from './event-link';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

/** Item 8: on Instagram (and TikTok) caption links cannot be clicked: suggest "link in bio". */
export const unclickableLinksRule: AutoRule = {
  id: 'unclickable-links',
  item: 8,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['unclickable-links'],
  title: {
    id: 'Tautan di keterangan tidak bisa diklik',
    en: 'Links in the caption are not clickable',
  },
  platforms: PLATFORM_IDS.filter((p) => !PLATFORM_LIMITS[p].clickableLinks),
  check(ctx) {
    const urls = ctx.parsed.urls;
    const name = ctx.limits.name;
    if (urls.length === 0) {
      return pass({ id: 'Tidak ada tautan di keterangan', en: 'No links in the caption' });
    }
    const replaceWith = (phrase: string) =>
      urls.map((u) => ({ start: u.start, end: u.end, replacement: phrase }));
    const message = {
      id: `Tautan di keterangan ${name} tidak bisa diklik (${urls.length} tautan): pasang di bio dan tulis "link di bio"`,
      en: `Links in ${name} captions cannot be clicked (${urls.length} ${enPlural(urls.length, 'link', 'links')}): put it in the bio and say "link in bio"`,
    };
    const spans = urls.map((u) => ({ start: u.start, end: u.end }));
    if (mentionsBio(ctx.text, ctx.lower)) {
      // The caption already says "link in bio": just take the links out.
      return fail(message, spans, [
        {
          label: {
            id: 'Hapus tautan (sudah ada "link di bio")',
            en: 'Remove the links ("link in bio" is there)',
          },
          edits: mergeEdits(urls.map((u) => removalEdit(ctx.text, u.start, u.end))),
        },
      ]);
    }
    return fail(message, spans, [
      {
        label: { id: 'Ganti tautan dengan "link di bio"', en: 'Replace links with "link di bio"' },
        edits: replaceWith('link di bio'),
      },
      {
        label: { id: 'Ganti tautan dengan "link in bio"', en: 'Replace links with "link in bio"' },
        edits: replaceWith('link in bio'),
      },
    ]);
  },
};
