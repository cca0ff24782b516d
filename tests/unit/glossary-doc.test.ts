// @vitest-environment node
/** docs/glossary.md is generated from lib/i18n/glossary.ts (`npm run glossary`) and must match it. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '@/lib/i18n/glossary';
import { GLOSSARY_DOC, glossaryMarkdown, renderGlossaryDoc } from '../../scripts/glossary-doc';

describe('docs/glossary.md', () => {
  it('is what `npm run glossary` writes from the glossary data', async () => {
    const onDisk = await readFile(GLOSSARY_DOC, 'utf8');
    expect(onDisk, 'docs/glossary.md is out of date: run `npm run glossary`').toBe(
      await renderGlossaryDoc(),
    );
  });

  it('has one table row per term, with its English, its Indonesian and its meaning', () => {
    const rows = glossaryMarkdown(GLOSSARY)
      .split('\n')
      .filter(
        (line) =>
          line.startsWith('| ') && !line.startsWith('| English') && !line.startsWith('| ---'),
      );
    expect(rows).toHaveLength(GLOSSARY.length);
    GLOSSARY.forEach((term, i) => {
      expect(rows[i]).toContain(`| ${term.en} | ${term.id} | ${term.meaning} |`);
    });
  });

  it('would notice an edited term', async () => {
    const edited = GLOSSARY.map((term) => (term.en === 'draft' ? { ...term, id: 'konsep' } : term));
    expect(await renderGlossaryDoc(edited)).not.toBe(await renderGlossaryDoc());
  });
});
