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
const EN_SUFFIX = '(?:s|es|ed|ing|er|ers|y)?';
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;

function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map(escapeRegExp)
    .join(String.raw`\s+`);
}

export function compileSensitive(words: { id: string[]; en: string[] }): RegExp | null {
  const alts: string[] = [];
  for (const w of words.id) if (w.trim()) alts.push(ID_PREFIX + phrasePattern(w) + ID_SUFFIX);
  for (const w of words.en) if (w.trim()) alts.push(phrasePattern(w) + EN_SUFFIX);
  if (alts.length === 0) return null;
  return new RegExp(`(?<!${WORD_CHAR})(?:${alts.join('|')})(?!${WORD_CHAR})`, 'giu');
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

  get compiled(): CompiledSettings {
    return compileSettings(this.settings);
  }
}
