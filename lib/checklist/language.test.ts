/**
 * The checklist writes its own sentences (titles, prompts, messages, fix labels) in both
 * languages: no English UI word may be left in the Indonesian ones. Messages are taken from a run
 * over the whole labelled corpus, so every branch a real caption reaches is read.
 */
import { describe, expect, it } from 'vitest';
import { englishWordsIn } from '@/tests/support/english-words';
import { CORPUS, CORPUS_BRAND_KIT } from './corpus/captions';
import { corpusSettings } from './corpus/evaluate';
import { brandForChecklist, runChecklist, RULES } from '.';

/** Every Indonesian sentence of the checklist, as [where, text]. */
function indonesianSentences(): [string, string][] {
  const out: [string, string][] = [];
  for (const rule of RULES) {
    out.push([`${rule.id} title`, rule.title.id]);
    if (rule.kind === 'manual') out.push([`${rule.id} prompt`, rule.prompt.id]);
  }
  const brand = brandForChecklist(CORPUS_BRAND_KIT);
  for (const caption of CORPUS) {
    const input = { text: caption.text, platform: caption.platform, brand };
    for (const result of runChecklist(input, corpusSettings())) {
      out.push([`${result.ruleId} message`, result.message.id]);
      for (const fix of result.fixes ?? []) out.push([`${result.ruleId} fix`, fix.label.id]);
    }
  }
  return out;
}

describe('the checklist in Indonesian', () => {
  it('leaves no English UI word in a title, prompt, message or fix label', () => {
    const found = indonesianSentences().flatMap(([where, text]) =>
      englishWordsIn(text).map((word) => `${where}: ${word} (${text})`),
    );
    expect([...new Set(found)]).toEqual([]);
  });
});
