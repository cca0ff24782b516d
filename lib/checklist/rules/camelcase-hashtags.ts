import type { CompiledSettings } from '../context';
import type { HashtagEntity } from '../parse';
import { fail, list, pass, type AutoRule } from '../rule';
import type { TextEdit } from '../types';
import { HASHTAG_WORDS } from '../words';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

const BUILTIN = new Set(HASHTAG_WORDS);
const vocabCache = new WeakMap<CompiledSettings, Set<string>>();

/** Built-in words plus the words of the team's own CamelCase hashtags. */
function vocabulary(compiled: CompiledSettings): Set<string> {
  let v = vocabCache.get(compiled);
  if (!v) {
    v = new Set(BUILTIN);
    for (const form of compiled.known.values()) {
      for (const w of form.match(/\p{Lu}[\p{Ll}\p{M}]*|\p{Ll}[\p{Ll}\p{M}]*/gu) ?? []) {
        if (w.length >= 2) v.add(w.toLowerCase());
      }
    }
    vocabCache.set(compiled, v);
  }
  return v;
}

const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const DIGITS = /^\p{Nd}+/u;
const MAX_WORD = 20;

/**
 * Split a lower-case tag into dictionary words and digit runs. Returns the parts when exactly one
 * split exists, 'ambiguous' when several do, and null when none does.
 */
export function segment(tag: string, vocab: ReadonlySet<string>): string[] | 'ambiguous' | null {
  const n = tag.length;
  // ways[i]: number of splits of tag.slice(i) (capped at 2); next[i]: the first part of one.
  const ways = new Array<number>(n + 1).fill(0);
  const next = new Array<number>(n + 1).fill(-1);
  ways[n] = 1;
  for (let i = n - 1; i >= 0; i--) {
    const d = DIGITS.exec(tag.slice(i));
    if (d) {
      const j = i + d[0].length;
      ways[i] = ways[j]!;
      next[i] = j;
      continue;
    }
    for (let j = i + 2; j <= Math.min(n, i + MAX_WORD); j++) {
      if (ways[j] === 0 || !vocab.has(tag.slice(i, j))) continue;
      if (ways[i] === 0) next[i] = j;
      ways[i] = Math.min(2, ways[i]! + ways[j]!);
    }
  }
  if (ways[0] === 0) return null;
  if (ways[0]! > 1) return 'ambiguous';
  const parts: string[] = [];
  for (let i = 0; i < n; i = next[i]!) parts.push(tag.slice(i, next[i]!));
  return parts;
}

function camel(parts: readonly string[]): string {
  return parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
}

/** Item 5: multi-word hashtags in CamelCase, so screen readers read them word by word. */
export const camelcaseHashtagsRule: AutoRule = {
  id: 'camelcase-hashtags',
  item: 5,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['camelcase-hashtags'],
  title: {
    id: 'Tagar multi-kata dalam CamelCase',
    en: 'Multi-word hashtags in CamelCase',
  },
  check(ctx) {
    const compiled = ctx.compiled;
    const flagged: { tag: HashtagEntity; fix?: string }[] = [];
    for (const t of ctx.parsed.hashtags) {
      const upper = HAS_UPPER.test(t.tag);
      const lower = HAS_LOWER.test(t.tag);
      // Mixed case is already CamelCase; tags without cased letters (e.g. CJK) cannot be.
      if (upper === lower) continue;
      if (t.tag.includes('_')) continue; // words already separated
      const known = compiled.known.get(t.normalised);
      if (known && HAS_UPPER.test(known.slice(1))) {
        if (known !== t.tag) flagged.push({ tag: t, fix: known });
        continue;
      }
      const vocab = vocabulary(compiled);
      if (vocab.has(t.normalised)) continue; // one word
      const parts = segment(t.normalised, vocab);
      if (parts === null) continue;
      if (parts === 'ambiguous') {
        flagged.push({ tag: t });
        continue;
      }
      const words = parts.filter((p) => !/^\p{Nd}+$/u.test(p));
      if (words.length >= 2) flagged.push({ tag: t, fix: camel(parts) });
    }
    if (flagged.length === 0) {
      return pass({
        id: 'Tagar multi-kata sudah dalam CamelCase',
        en: 'Multi-word hashtags are in CamelCase',
      });
    }
    const names = [...new Set(flagged.map((f) => f.tag.text))];
    const withFix = flagged.filter((f) => f.fix !== undefined);
    const edits: TextEdit[] = withFix.map((f) => ({
      start: f.tag.start + 1,
      end: f.tag.end,
      replacement: f.fix!,
    }));
    const examples = [...new Set(withFix.map((f) => `#${f.fix}`))];
    return fail(
      {
        id: `Tulis tagar multi-kata dalam CamelCase agar pembaca layar membacanya per kata: ${list(names, 'id')}`,
        en: `Write multi-word hashtags in CamelCase so screen readers read them word by word: ${list(names, 'en')}`,
      },
      flagged.map((f) => ({ start: f.tag.start, end: f.tag.end })),
      edits.length > 0
        ? [
            {
              label: {
                id: `Ubah ke CamelCase: ${list(examples, 'id')}`,
                en: `Change to CamelCase: ${list(examples, 'en')}`,
              },
              edits,
            },
          ]
        : undefined,
    );
  },
};
