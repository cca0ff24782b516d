import { mergeEdits, removalEdit } from '../edits';
import type { HashtagEntity } from '../parse';
import { fail, list, pass, type AutoRule, enPlural } from '../rule';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

/** Item 3: no hashtag twice (compared case-insensitively, after NFC). */
export const duplicateHashtagsRule: AutoRule = {
  id: 'duplicate-hashtags',
  item: 3,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['duplicate-hashtags'],
  title: { id: 'Tidak ada tagar ganda', en: 'No duplicate hashtags' },
  check(ctx) {
    const seen = new Map<string, HashtagEntity>();
    const dupes: HashtagEntity[] = [];
    for (const t of ctx.parsed.hashtags) {
      if (seen.has(t.normalised)) dupes.push(t);
      else seen.set(t.normalised, t);
    }
    if (dupes.length === 0)
      return pass({ id: 'Tidak ada tagar ganda', en: 'No duplicate hashtags' });
    const names = [...new Set(dupes.map((t) => seen.get(t.normalised)!.text))];
    return fail(
      {
        id: `Tagar ganda: ${list(names, 'id')} (${dupes.length} salinan)`,
        en: `Duplicate ${enPlural(names.length, 'hashtag', 'hashtags')}: ${list(names, 'en')} (${dupes.length} ${enPlural(dupes.length, 'copy', 'copies')})`,
      },
      dupes.map((t) => ({ start: t.start, end: t.end })),
      [
        {
          label: { id: 'Hapus tagar ganda', en: 'Remove duplicate hashtags' },
          edits: mergeEdits(dupes.map((t) => removalEdit(ctx.text, t.start, t.end))),
        },
      ],
    );
  },
};
