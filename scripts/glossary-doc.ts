/**
 * Writes docs/glossary.md from the glossary data in lib/i18n/glossary.ts:
 *
 *   npm run glossary            # rewrite docs/glossary.md
 *   npm run glossary -- --check # exit 1 when docs/glossary.md is out of date
 *
 * The page is formatted with the project's Prettier settings, so `npm run lint` accepts it as
 * written. tests/unit/glossary-doc.test.ts fails when the page and the data disagree.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { GLOSSARY, type GlossaryTerm } from '@/lib/i18n/glossary';

export const GLOSSARY_DOC = fileURLToPath(new URL('../docs/glossary.md', import.meta.url));

const INTRO = `# Glossary

<!-- Generated from lib/i18n/glossary.ts by \`npm run glossary\`: edit the data, not this page. -->

Every user-visible string exists in Bahasa Indonesia and English (\`assets/locales/en.json\` and
\`assets/locales/id.json\`). This page is the one list of the product's terms: each English term has
one Indonesian term, used the same way in every string. The Indonesian is for library staff: formal
"Anda", plain words, and the KBBI spelling where one exists (templat, tagar, draf). The last column
lists Indonesian variants that must not stand for the term; \`lib/i18n/glossary.test.ts\` fails when
\`id.json\` uses one, when a key is in one language only, or when the placeholders (\`{name}\`,
\`{{variable}}\`) of a string differ between the two languages.

To add or change a term, edit \`GLOSSARY\` in \`lib/i18n/glossary.ts\`, fix the strings in
\`assets/locales/\`, and run \`npm run glossary\` to rewrite this page.
`;

/** A table cell: pipes escaped so they do not end the cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function row(term: GlossaryTerm): string {
  const avoid = term.avoid.length > 0 ? term.avoid.join(', ') : '—';
  return `| ${[term.en, term.id, term.meaning, avoid].map(cell).join(' | ')} |`;
}

/** The page's Markdown before formatting. */
export function glossaryMarkdown(terms: readonly GlossaryTerm[]): string {
  const table = [
    '| English | Bahasa Indonesia | Meaning | Not in Indonesian |',
    '| --- | --- | --- | --- |',
    ...terms.map(row),
  ].join('\n');
  return `${INTRO}\n${table}\n`;
}

/** The page exactly as it should be on disk. */
export async function renderGlossaryDoc(
  terms: readonly GlossaryTerm[] = GLOSSARY,
): Promise<string> {
  const options = await prettier.resolveConfig(GLOSSARY_DOC);
  return prettier.format(glossaryMarkdown(terms), { ...options, parser: 'markdown' });
}

export async function main(args: readonly string[]): Promise<void> {
  const wanted = await renderGlossaryDoc();
  if (args.includes('--check')) {
    const current = await readFile(GLOSSARY_DOC, 'utf8').catch(() => '');
    if (current !== wanted) {
      console.error('docs/glossary.md is out of date: run `npm run glossary`.');
      process.exitCode = 1;
    }
    return;
  }
  await writeFile(GLOSSARY_DOC, wanted);
  console.log(`Wrote docs/glossary.md (${GLOSSARY.length} terms).`);
}

const invoked = process.argv[1] ? pathToFileURL(process.argv[1]).href : '';
if (import.meta.url === invoked) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
