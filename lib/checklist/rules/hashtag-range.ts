import { fail, num, pass, type AutoRule, enPlural } from '../rule';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

/** Item 2, recommendation: the team's preferred number of hashtags for this platform. */
export const hashtagRangeRule: AutoRule = {
  id: 'hashtag-range',
  item: 2,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['hashtag-range'],
  title: {
    id: 'Jumlah tagar sesuai anjuran tim',
    en: "Number of hashtags in the team's preferred range",
  },
  check(ctx) {
    const range = ctx.settings.hashtagRanges[ctx.platform] ?? ctx.limits.recommendedHashtags?.value;
    const count = ctx.parsed.hashtags.length;
    const n = num(count);
    const name = ctx.limits.name;
    const tagsEn = `${n.en} ${enPlural(count, 'hashtag', 'hashtags')}`;
    if (!range) return pass({ id: `${n.id} tagar`, en: tagsEn });
    const want = range.min === range.max ? `${range.min}` : `${range.min}–${range.max}`;
    // A post without hashtags is a choice (an announcement, a greeting), not a mistake.
    if (count === 0) {
      return pass({
        id: `Tanpa tagar; anjuran untuk ${name} ${want}`,
        en: `No hashtags; ${want} recommended for ${name}`,
      });
    }
    if (count >= range.min && count <= range.max) {
      return pass({
        id: `${n.id} tagar, anjuran untuk ${name} ${want}`,
        en: `${tagsEn}, ${want} recommended for ${name}`,
      });
    }
    if (count < range.min) {
      return fail({
        id: `${n.id} tagar, anjuran untuk ${name} ${want}: tambahkan ${range.min - count}`,
        en: `${tagsEn}, ${want} recommended for ${name}: add ${range.min - count}`,
      });
    }
    return fail(
      {
        id: `${n.id} tagar, anjuran untuk ${name} ${want}: kurangi ${count - range.max}`,
        en: `${tagsEn}, ${want} recommended for ${name}: drop ${count - range.max}`,
      },
      ctx.parsed.hashtags.slice(range.max).map((t) => ({ start: t.start, end: t.end })),
    );
  },
};
