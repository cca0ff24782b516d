import { mergeEdits, removalEdit } from '../edits';
import { normaliseHashtag } from '../parse';
import { fail, num, pass, type AutoRule, enPlural } from '../rule';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

/** Item 2, hard part: no more hashtags than the platform accepts (Instagram 5, TikTok 5). */
export const hashtagLimitRule: AutoRule = {
  id: 'hashtag-limit',
  item: 2,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['hashtag-limit'],
  title: {
    id: 'Jumlah tagar tidak melebihi batas platform',
    en: 'No more hashtags than the platform accepts',
  },
  check(ctx) {
    const max = ctx.limits.maxHashtags?.value;
    const tags = ctx.parsed.hashtags;
    const n = num(tags.length);
    const name = ctx.limits.name;
    if (max === undefined) {
      return pass({
        id: `${n.id} tagar; ${name} tidak membatasi jumlah tagar`,
        en: `${n.en} ${enPlural(tags.length, 'hashtag', 'hashtags')}; ${name} sets no hashtag limit`,
      });
    }
    if (tags.length <= max) {
      return pass({
        id: `${n.id} tagar, ${name} menerima paling banyak ${max}`,
        en: `${n.en} ${enPlural(tags.length, 'hashtag', 'hashtags')}, ${name} accepts at most ${max}`,
      });
    }
    // Keep the required brand hashtags and the first ones; remove the rest from the end.
    const required = new Set((ctx.input.brand?.requiredHashtags ?? []).map(normaliseHashtag));
    let excess = tags.length - max;
    const remove = [];
    for (let i = tags.length - 1; i >= 0 && excess > 0; i--) {
      const t = tags[i]!;
      if (required.has(t.normalised)) continue;
      remove.push(t);
      excess--;
    }
    const edits = mergeEdits(remove.map((t) => removalEdit(ctx.text, t.start, t.end)));
    const extra = tags.length - max;
    return fail(
      {
        id: `${n.id} tagar, ${name} menerima paling banyak ${max}: hapus ${extra}`,
        en: `${n.en} hashtags, ${name} accepts at most ${max}: remove ${extra}`,
      },
      tags.slice(max).map((t) => ({ start: t.start, end: t.end })),
      excess === 0
        ? [
            {
              label: {
                id: `Hapus ${extra} tagar terakhir (tagar wajib tetap)`,
                en:
                  extra === 1
                    ? 'Remove the last hashtag (required ones stay)'
                    : `Remove the last ${extra} hashtags (required ones stay)`,
              },
              edits,
            },
          ]
        : undefined,
    );
  },
};
