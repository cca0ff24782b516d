/**
 * Holds the two catalogues to each other and to the glossary: the same keys, the same
 * placeholders, and no Indonesian variant the glossary rules out. Each check is a small function
 * tried on a bad catalogue first, so a check that could never fail would show here.
 */
import { describe, expect, it } from 'vitest';
import en from '@/assets/locales/en.json';
import id from '@/assets/locales/id.json';
import { englishWordsIn } from '@/tests/support/english-words';
import { GLOSSARY, type GlossaryTerm } from './glossary';

type Catalogue = Readonly<Record<string, string>>;

/** Keys of `a` that `b` lacks. */
function missingKeys(a: Catalogue, b: Catalogue): string[] {
  return Object.keys(a).filter((key) => !(key in b));
}

/**
 * The placeholders of a string, sorted: `{name}` (filled by `format`), `{{variable}}` (template
 * syntax shown as an example) and a bare `{{` or `}}` (shown when explaining that syntax).
 */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\w*\}\}|\{\{|\}\}|\{\w+\}/g)].map((m) => m[0]).sort();
}

/** Keys of both catalogues whose strings carry different placeholders. */
function placeholderMismatches(a: Catalogue, b: Catalogue): string[] {
  return Object.keys(a).filter(
    (key) => key in b && placeholders(a[key]!).join(' ') !== placeholders(b[key]!).join(' '),
  );
}

/** A whole word or phrase in any case; spaces in the phrase match any run of white space. */
function phrasePattern(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}_-])${escaped}(?![\\p{L}\\p{N}_-])`, 'iu');
}

/**
 * Every use of a ruled-out variant, as "key: variant (use term)". Placeholder names are code
 * (`{limit}`, `{database}`), not words the person reads, so they are left out.
 */
function forbiddenUses(catalogue: Catalogue, glossary: readonly GlossaryTerm[]): string[] {
  const found: string[] = [];
  for (const term of glossary) {
    for (const variant of term.avoid) {
      const pattern = phrasePattern(variant);
      for (const [key, text] of Object.entries(catalogue)) {
        const words = text.replace(/\{\{?\w*\}?\}/g, ' ');
        if (pattern.test(words)) found.push(`${key}: "${variant}" (use "${term.id}")`);
      }
    }
  }
  return found;
}

describe('the checks themselves', () => {
  it('see a key that is in one language only, either way round', () => {
    const english = { 'a.one': 'One', 'a.two': 'Two' };
    const indonesian = { 'a.one': 'Satu', 'a.three': 'Tiga' };
    expect(missingKeys(english, indonesian)).toEqual(['a.two']);
    expect(missingKeys(indonesian, english)).toEqual(['a.three']);
  });

  it('see a placeholder that is missing, renamed or of the other kind', () => {
    const english = {
      lost: '{count} drafts',
      renamed: 'Saved {time}',
      braces: 'Write {{date}} where the date goes',
      literal: 'written between {{ and }}',
      same: 'Insert #{tag}',
    };
    const indonesian = {
      lost: 'beberapa draf',
      renamed: 'Disimpan {waktu}',
      braces: 'Tulis {date} di tempat tanggal',
      literal: 'ditulis di antara kurung kurawal',
      same: 'Sisipkan #{tag}',
    };
    expect(placeholderMismatches(english, indonesian)).toEqual([
      'lost',
      'renamed',
      'braces',
      'literal',
    ]);
  });

  it('see a ruled-out variant as a whole word in any case, and only as a whole word', () => {
    const glossary: GlossaryTerm[] = [
      { en: 'draft', id: 'draf', meaning: '', avoid: ['konsep'] },
      { en: 'hashtag set', id: 'set tagar', meaning: '', avoid: ['kumpulan tagar'] },
    ];
    expect(
      forbiddenUses(
        {
          a: 'Konsep yang belum diunggah',
          b: 'Buat kumpulan\ntagar baru',
          c: 'Konseptual, bukan konsepnya',
          d: 'Draf dan set tagar',
          e: 'Draf {konsep} tersimpan',
        },
        glossary,
      ),
    ).toEqual(['a: "konsep" (use "draf")', 'b: "kumpulan tagar" (use "set tagar")']);
  });
});

/**
 * English words the Indonesian catalogue keeps on purpose, by key: names the person sees
 * written that way elsewhere, or types as they are.
 */
const KEPT_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  // Google Sheets' own menu, which its Indonesian UI also calls "File".
  'subscriptions.error.html': ['File'],
  // The value of the CLI's --format option, typed as is.
  'check.cli.badFormat': ['text'],
};

/** Every English UI word left in the catalogue's strings, as "key: word". */
function englishLeft(
  catalogue: Catalogue,
  kept: Readonly<Record<string, readonly string[]>> = {},
): string[] {
  return Object.entries(catalogue).flatMap(([key, text]) =>
    englishWordsIn(text, kept[key]).map((word) => `${key}: ${word}`),
  );
}

describe('the English check', () => {
  it('sees English UI words, not quotes, addresses, placeholders or words kept on purpose', () => {
    expect(
      englishLeft(
        {
          a: 'Klik Save untuk menyimpan draft',
          b: 'Tulis "link in bio" di keterangan',
          c: 'Buka https://example.org/settings atau couch.perpustakaan.example',
          d: 'Templat {template} disimpan',
          e: 'Menu File di Google Sheets',
          f: 'Tagar, templat, draf dan unggahan',
        },
        { e: ['File'] },
      ),
    ).toEqual(['a: Save', 'a: draft']);
  });
});

describe('the catalogues', () => {
  it('have the same keys in both languages', () => {
    expect(missingKeys(en, id), 'in en.json, missing from id.json').toEqual([]);
    expect(missingKeys(id, en), 'in id.json, missing from en.json').toEqual([]);
  });

  it('have no empty string', () => {
    for (const catalogue of [en, id] as Catalogue[]) {
      for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('keep the same placeholders in both languages', () => {
    expect(placeholderMismatches(en, id)).toEqual([]);
  });

  it('use the glossary’s Indonesian terms, never a ruled-out variant', () => {
    expect(forbiddenUses(id, GLOSSARY)).toEqual([]);
  });

  it('leave no English UI word in an Indonesian string', () => {
    expect(englishLeft(id, KEPT_ENGLISH)).toEqual([]);
  });
});

describe('the glossary', () => {
  it('names each English term once', () => {
    const terms = GLOSSARY.map((term) => term.en.toLowerCase());
    expect(terms.filter((term, i) => terms.indexOf(term) !== i)).toEqual([]);
  });

  it('does not rule out a word it uses itself', () => {
    const ownTerms = Object.fromEntries(GLOSSARY.map((term) => [term.en, term.id]));
    expect(forbiddenUses(ownTerms, GLOSSARY)).toEqual([]);
  });

  it('gives every term an Indonesian term and a one-line meaning', () => {
    for (const term of GLOSSARY) {
      expect(term.id.trim(), term.en).not.toBe('');
      expect(term.meaning.trim(), term.en).not.toBe('');
      expect(term.meaning, term.en).not.toContain('\n');
    }
  });
});
