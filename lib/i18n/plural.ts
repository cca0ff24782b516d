/**
 * Counts and lists the way each language says them: Intl.PluralRules picks the form of a counted
 * noun ("1 template", "2 templates"; Indonesian has one form, "2 templat"), Intl.ListFormat joins
 * a list ("A, B, and C"; "A, B, dan C"). Pure: no catalogues, no browser API, so the checklist
 * and the CLI use it too. The formatters are built once per language, not per message.
 */

/** The forms a counted message may have; `other` is the one every language uses. */
export type PluralForms<T> = Partial<Record<Intl.LDMLPluralRule, T>> & { other: T };

const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();

function rulesFor(lang: string, type: Intl.PluralRuleType = 'cardinal'): Intl.PluralRules {
  const key = `${lang} ${type}`;
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(lang, { type });
    pluralRules.set(key, rules);
  }
  return rules;
}

/** The plural category of `n` in `lang`: 'one' or 'other' for English, always 'other' for Indonesian. */
export function pluralCategory(lang: string, n: number): Intl.LDMLPluralRule {
  return rulesFor(lang).select(n);
}

/** The ordinal category of `n` ("1st", "2nd", "3rd", "4th" in English: one, two, few, other). */
export function ordinalCategory(lang: string, n: number): Intl.LDMLPluralRule {
  return rulesFor(lang, 'ordinal').select(n);
}

/** The form for `n`, falling back to `other` when the language's category has no form given. */
export function pluralForm<T>(lang: string, n: number, forms: PluralForms<T>): T {
  return forms[pluralCategory(lang, n)] ?? forms.other;
}

/** "A, B, and C" in English, "A, B, dan C" in Indonesian; one item alone, nothing for none. */
export function formatList(lang: string, items: readonly string[]): string {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format.format(items);
}
