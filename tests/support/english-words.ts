/**
 * English left in Indonesian strings. A small deny-list of the English words a UI string is
 * likeliest to keep by mistake (the glossary's English terms and everyday UI words); none of them
 * is an Indonesian word. What a string quotes (a caption's own words, the text to type into a
 * caption), addresses and placeholder names are left out: they are not the UI speaking.
 */
export const ENGLISH_UI_WORDS: ReadonlySet<string> = new Set(
  `the and or of to for with from in on at is are be this that your you please click error errors
  setting settings template templates hashtag hashtags draft drafts post posts posted posting
  save saved delete cancel edit insert inserted warning warnings link links copy undo search
  loading done remove restore added updated skipped new open close yes not none all select upload
  file files import export sync conflict conflicts version account enabled disabled required text
  caption captions composer dashboard checklist library backup brand kit preview sidebar missing
  check mention mentions number numbers`.split(/\s+/),
);

/** Quoted text, web and e-mail addresses, `{placeholders}` and `--options`: not words the UI says. */
const NOT_PROSE =
  /"[^"]*"|“[^”]*”|\[[^\]]*\]|https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)+\S*|\{\{?\w*\}?\}|--\w+/gu;

/** The English words of the deny-list in `text`, as written, each once. */
export function englishWordsIn(text: string, allowed: readonly string[] = []): string[] {
  const keep = new Set(allowed.map((w) => w.toLowerCase()));
  const words = text.replace(NOT_PROSE, ' ').match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  const found = words.filter(
    (w) => ENGLISH_UI_WORDS.has(w.toLowerCase()) && !keep.has(w.toLowerCase()),
  );
  return [...new Set(found)];
}
