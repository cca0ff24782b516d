import { mergeEdits, removalEdit } from '../edits';
import { fail, list, pass, type AutoRule, enPlural } from '../rule';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

/** Item 3: no hashtag from the team's banned list (one banned tag hides the whole post). */
export const bannedHashtagsRule: AutoRule = {
  id: 'banned-hashtags',
  item: 3,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['banned-hashtags'],
  title: { id: 'Tidak ada tagar terlarang', en: 'No banned hashtags' },
  check(ctx) {
    const banned = ctx.compiled.banned;
    const hits =
      banned.size === 0 ? [] : ctx.parsed.hashtags.filter((t) => banned.has(t.normalised));
    if (hits.length === 0) {
      return pass({ id: 'Tidak ada tagar terlarang', en: 'No banned hashtags' });
    }
    const names = [...new Set(hits.map((t) => t.text))];
    return fail(
      {
        id: `Tagar terlarang: ${list(names, 'id')}. Satu tagar terlarang dapat menyembunyikan seluruh unggahan dari pencarian tagar`,
        en: `Banned ${enPlural(names.length, 'hashtag', 'hashtags')}: ${list(names, 'en')}. One banned hashtag can hide the whole post from hashtag search`,
      },
      hits.map((t) => ({ start: t.start, end: t.end })),
      [
        {
          label: { id: 'Hapus tagar terlarang', en: 'Remove banned hashtags' },
          edits: mergeEdits(hits.map((t) => removalEdit(ctx.text, t.start, t.end))),
        },
      ],
    );
  },
};
