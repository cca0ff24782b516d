import { lowerSameLength } from '../context';
import { normaliseHashtag } from '../parse';
import { fail, list, pass, type AutoRule } from '../rule';
import { escapeRegExp } from '../words';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

const nameCache = new Map<string, RegExp>();

/** The library name anywhere in the lower-cased text, any run of spaces between its words. */
function nameRegExp(name: string): RegExp {
  let re = nameCache.get(name);
  if (!re) {
    re = new RegExp(lowerSameLength(name).split(/\s+/).map(escapeRegExp).join('\\s+'), 'u');
    if (nameCache.size > 50) nameCache.clear();
    nameCache.set(name, re);
  }
  return re;
}

function handleOf(s: string): string {
  return s.trim().replace(/^[@＠]+/, '');
}

/** Item 4: the brand kit's required hashtags, handles and library name are present. */
export const brandRule: AutoRule = {
  id: 'brand',
  item: 4,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['brand'],
  title: {
    id: 'Tagar, akun dan nama perpustakaan dari identitas merek ada',
    en: 'Brand hashtag, handle and library name present',
  },
  check(ctx) {
    const brand = ctx.input.brand;
    const wantTags = (brand?.requiredHashtags ?? []).map((t) => t.trim()).filter(Boolean);
    const wantHandles = (brand?.requiredMentions ?? []).map(handleOf).filter(Boolean);
    const name = brand?.libraryName?.trim();
    if (wantTags.length === 0 && wantHandles.length === 0 && !name) {
      return pass({
        id: 'Identitas merek belum berisi tagar, akun atau nama wajib',
        en: 'The brand kit has no required hashtag, handle or name',
      });
    }
    const haveTags = new Set(ctx.parsed.hashtags.map((t) => t.normalised));
    const haveHandles = new Set(ctx.parsed.mentions.map((m) => m.handle.toLowerCase()));
    const missingTags = wantTags.filter((t) => !haveTags.has(normaliseHashtag(t)));
    const missingHandles = wantHandles.filter((h) => !haveHandles.has(h.toLowerCase()));
    const nameMissing = name !== undefined && name.length > 0 && !nameRegExp(name).test(ctx.lower);
    const missing = [
      ...missingTags.map((t) => `#${t.replace(/^[#＃]+/, '')}`),
      ...missingHandles.map((h) => `@${h}`),
    ];
    if (missing.length === 0 && !nameMissing) {
      return pass({
        id: 'Tagar, akun dan nama perpustakaan dari identitas merek sudah ada',
        en: 'Brand hashtags, handles and library name are present',
      });
    }
    const partsId = [...missing];
    const partsEn = [...missing];
    if (nameMissing) {
      partsId.push(`nama "${name}"`);
      partsEn.push(`the name "${name}"`);
    }
    const append = missing.join(' ');
    const sep = ctx.text.length === 0 ? '' : /\n\s*$/.test(ctx.text) ? '' : '\n\n';
    return fail(
      {
        id: `Belum ada dari identitas merek: ${list(partsId, 'id')}`,
        en: `Missing from the brand kit: ${list(partsEn, 'en')}`,
      },
      [],
      missing.length > 0
        ? [
            {
              label: { id: `Tambahkan ${append} di akhir`, en: `Add ${append} at the end` },
              edits: [{ start: ctx.text.length, end: ctx.text.length, replacement: sep + append }],
            },
          ]
        : undefined,
    );
  },
};
