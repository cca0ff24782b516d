import { graphemeOffset } from '../graphemes';
import { lengthLimit } from '../limits';
import { fail, num, pass, type AutoRule } from '../rule';
import { measureX } from '../x-length';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

/** Item 1: within the platform's length limit (X weighted through twitter-text, others graphemes). */
export const lengthRule: AutoRule = {
  id: 'length',
  item: 1,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['length'],
  title: { id: 'Panjang teks dalam batas platform', en: "Text within the platform's length limit" },
  check(ctx) {
    const { text, limits } = ctx;
    const premium = ctx.platform === 'x' && ctx.input.xPremium === true;
    const max = lengthLimit(ctx.platform, premium);
    const name = limits.name;
    let count: number;
    let validEnd: number;
    if (limits.counting === 'twitter-weighted') {
      const m = measureX(text, max);
      count = m.weightedLength;
      validEnd = m.validEnd;
    } else {
      count = ctx.graphemes;
      validEnd = count > max ? graphemeOffset(text, max) : text.length;
    }
    const c = num(count);
    const l = num(max);
    const unitId = ctx.platform === 'x' ? 'karakter (hitungan X)' : 'karakter';
    const unitEn = ctx.platform === 'x' ? 'characters (X count)' : 'characters';
    const premiumNote = premium ? { id: ' Premium', en: ' Premium' } : { id: '', en: '' };
    if (count <= max) {
      return pass({
        id: `${c.id}/${l.id} ${unitId}, dalam batas ${name}${premiumNote.id}`,
        en: `${c.en}/${l.en} ${unitEn}, within the ${name}${premiumNote.en} limit`,
      });
    }
    const over = num(count - max);
    return fail(
      {
        id: `${c.id}/${l.id} ${unitId}: kelebihan ${over.id} dari batas ${name}${premiumNote.id}`,
        en: `${c.en}/${l.en} ${unitEn}: ${over.en} over the ${name}${premiumNote.en} limit`,
      },
      [{ start: validEnd, end: text.length }],
    );
  },
};
