import { fail, num, pass, type AutoRule, enPlural } from '../rule';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

/** Platform hard limit on @-mentions (Instagram 20). */
export const mentionLimitRule: AutoRule = {
  id: 'mention-limit',
  item: 1,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['mention-limit'],
  title: {
    id: 'Jumlah sebutan akun (@) tidak melebihi batas platform',
    en: 'No more @-mentions than the platform accepts',
  },
  check(ctx) {
    const max = ctx.limits.maxMentions?.value;
    const mentions = ctx.parsed.mentions;
    const n = num(mentions.length);
    const name = ctx.limits.name;
    if (max === undefined) {
      return pass({
        id: `${n.id} sebutan akun; ${name} tidak membatasi jumlah sebutan akun`,
        en: `${n.en} ${enPlural(mentions.length, 'mention', 'mentions')}; ${name} sets no mention limit`,
      });
    }
    if (mentions.length <= max) {
      return pass({
        id: `${n.id} sebutan akun, ${name} menerima paling banyak ${max}`,
        en: `${n.en} ${enPlural(mentions.length, 'mention', 'mentions')}, ${name} accepts at most ${max}`,
      });
    }
    return fail(
      {
        id: `${n.id} sebutan akun, ${name} menerima paling banyak ${max}: hapus ${mentions.length - max}`,
        en: `${n.en} mentions, ${name} accepts at most ${max}: remove ${mentions.length - max}`,
      },
      mentions.slice(max).map((m) => ({ start: m.start, end: m.end })),
    );
  },
};
