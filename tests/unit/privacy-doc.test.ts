// @vitest-environment node
/** docs/privacy.md is generated from the catalogue (`npm run privacy`) and must match it. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { translate } from '@/lib/i18n';
import { POLICY_SECTIONS } from '@/lib/privacy';
import { PRIVACY_DOC, renderPrivacyDoc } from '../../scripts/privacy-doc';

describe('docs/privacy.md', () => {
  it('is what `npm run privacy` writes from the catalogue', async () => {
    const onDisk = await readFile(PRIVACY_DOC, 'utf8');
    expect(onDisk, 'docs/privacy.md is out of date: run `npm run privacy`').toBe(
      await renderPrivacyDoc(),
    );
  });

  it('holds every section in both languages', async () => {
    const page = await renderPrivacyDoc();
    for (const section of POLICY_SECTIONS) {
      expect(page).toContain(`### ${translate('id', section.heading)}`);
      expect(page).toContain(`### ${translate('en', section.heading)}`);
    }
  });
});
