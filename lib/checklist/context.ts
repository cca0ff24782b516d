/**
 * The shared, pre-parsed context rules receive: the text is parsed once per run, and work that
 * only some rules need (grapheme count, compiled word lists) is done lazily and cached.
 */
import { countGraphemes } from './graphemes';
import { PLATFORM_LIMITS, type PlatformLimits } from './limits';
import { normaliseHashtag, parseText, type ParsedText } from './parse';
import type { ChecklistSettings } from './settings';
import type { ChecklistInput, PlatformId } from './types';
import { escapeRegExp } from './words';

/** Per-settings work compiled once and cached for as long as the settings object lives. */
export interface CompiledSettings {
  sensitive: RegExp | null;
  banned: ReadonlySet<string>;
  /** Normalised tag -> the CamelCase form the team uses. */
  known: ReadonlyMap<string, string>;
}

const ID_PREFIX = '(?:me(?:ng|ny|m|n)?|di|ber|be|ter|pe(?:ng|ny|m|n|r)?|ke|se)?';
const ID_SUFFIX = '(?:kan|an|i|nya|lah|kah|ku|mu)*';
const EN_SUFFIX = '(?:s|es|d|ed|ing|r|rs|er|ers|y)?';
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;

function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map(escapeRegExp)
    .join(String.raw`\s+`);
}

/**
 * Compile the sensitive-word lists into one regex over lower-cased text. The regex has no
 * leading boundary (a look-behind there is tried at every position and is slow): use
 * findWords, which checks the boundary itself.
 */
export function compileSensitive(words: { id: string[]; en: string[] }): RegExp | null {
  const id = words.id.filter((w) => w.trim()).map((w) => phrasePattern(w.toLowerCase()));
  const en = words.en.filter((w) => w.trim()).map((w) => phrasePattern(w.toLowerCase()));
  const alts: string[] = [];
  if (id.length > 0) alts.push(`${ID_PREFIX}(?:${id.join('|')})${ID_SUFFIX}`);
  if (en.length > 0) alts.push(`(?:${en.join('|')})${EN_SUFFIX}`);
  if (alts.length === 0) return null;
  return new RegExp(`(?:${alts.join('|')})(?!${WORD_CHAR})`, 'gu');
}

const WORD_BEFORE = new RegExp(WORD_CHAR, 'u');

/**
 * Matches of `re` (a global regex without a leading boundary) in `lower` that start at a word
 * boundary. `lower` must have the same offsets as the original text (see lowerSameLength).
 */
export function findWords(re: RegExp, lower: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const before = m.index > 0 ? lower[m.index - 1]! : '';
    if (before && WORD_BEFORE.test(before)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The first match of `re` (global, no leading boundary) in `lower` that starts a word. */
export function firstWord(
  re: RegExp,
  lower: string,
): { start: number; end: number; text: string } | null {
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const before = m.index > 0 ? lower[m.index - 1]! : '';
    if (before && WORD_BEFORE.test(before)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    return { start: m.index, end: m.index + m[0].length, text: m[0] };
  }
  return null;
}

/**
 * Lower-case text with the same UTF-16 offsets as the original: the only character whose
 * lower case is longer, U+0130 (İ), is mapped to a plain "i" first.
 */
export function lowerSameLength(text: string): string {
  const lower = (text.includes('\u0130') ? text.replace(/\u0130/g, 'i') : text).toLowerCase();
  return lower.length === text.length ? lower : text;
}

const cache = new WeakMap<ChecklistSettings, CompiledSettings>();

export function compileSettings(settings: ChecklistSettings): CompiledSettings {
  let compiled = cache.get(settings);
  if (!compiled) {
    const known = new Map<string, string>();
    for (const k of settings.knownHashtags ?? []) {
      const form = k.trim().replace(/^[#＃]+/, '');
      if (form) known.set(normaliseHashtag(form), form);
    }
    compiled = {
      sensitive: compileSensitive(settings.sensitiveWords),
      banned: new Set(settings.bannedHashtags.map(normaliseHashtag).filter((t) => t.length > 0)),
      known,
    };
    cache.set(settings, compiled);
  }
  return compiled;
}

export class RuleContext {
  readonly text: string;
  readonly platform: PlatformId;
  readonly limits: PlatformLimits;
  private parsedCache?: ParsedText;
  private graphemeCache?: number;
  private lowerCache?: string;

  constructor(
    readonly input: ChecklistInput,
    readonly settings: ChecklistSettings,
  ) {
    this.text = input.text;
    this.platform = input.platform;
    this.limits = PLATFORM_LIMITS[input.platform];
  }

  get parsed(): ParsedText {
    this.parsedCache ??= parseText(this.text);
    return this.parsedCache;
  }

  get graphemes(): number {
    this.graphemeCache ??= countGraphemes(this.text);
    return this.graphemeCache;
  }

  /** The text in lower case, with the same offsets. */
  get lower(): string {
    this.lowerCache ??= lowerSameLength(this.text);
    return this.lowerCache;
  }

  get compiled(): CompiledSettings {
    return compileSettings(this.settings);
  }
}
