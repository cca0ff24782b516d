/**
 * Adding a platform is one site file, its limits, its names in the locales and its fixture
 * (docs/architecture.md). This test names whatever a new site is still missing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import en from '@/assets/locales/en.json';
import id from '@/assets/locales/id.json';
import { PLATFORM_LIMITS } from '@/lib/checklist/limits';
import { COMPOSER_OPENERS } from '@/tests/e2e/platforms';
import { FIXTURE_URLS } from '@/tests/fixtures/serve';
import { PLATFORM_IDS, PLATFORMS, SITE_MATCHES, platformForHost, platformIdSchema } from '.';

const root = join(__dirname, '..', '..');

describe('the platform registry', () => {
  it('lists each site once, by a unique id, from its own file in sites/', () => {
    expect(new Set(PLATFORM_IDS).size).toBe(PLATFORMS.length);
    const files = readdirSync(join(__dirname, 'sites')).map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...PLATFORM_IDS].sort());
  });

  it('derives the manifest matches and the host lookup from the site files', () => {
    for (const site of PLATFORMS) {
      for (const host of site.hosts) expect(platformForHost(host)?.id).toBe(site.id);
      for (const pattern of site.matches) expect(SITE_MATCHES).toContain(pattern);
      // Every match pattern is https and names one of the site's hosts.
      for (const pattern of site.matches) {
        const host = /^https:\/\/([^/]+)\/\*$/.exec(pattern)?.[1];
        expect(site.hosts).toContain(host);
      }
      expect(site.hosts).toContain(new URL(site.composerUrl).hostname);
    }
    expect(platformForHost('example.org')).toBeUndefined();
  });

  it('writes every selector of every site as valid CSS', () => {
    for (const site of PLATFORMS) {
      const lists = [
        site.composer,
        site.scope,
        site.exclude,
        site.publishButton,
        site.publishButtonText?.candidates,
        site.publishSteps?.start,
        site.publishSteps?.finish,
        site.success.appears,
      ];
      for (const list of lists) {
        for (const selector of list?.selectors ?? [])
          expect(
            () => document.querySelectorAll(selector),
            `${list!.name}: ${selector}`,
          ).not.toThrow();
      }
    }
  });

  it('validates platform ids from outside against the same list', () => {
    for (const platformId of PLATFORM_IDS)
      expect(platformIdSchema.parse(platformId)).toBe(platformId);
    expect(platformIdSchema.safeParse('myspace').success).toBe(false);
  });

  it.each(PLATFORM_IDS)(
    '%s has limits, a name in both languages, a fixture and e2e coverage',
    (platform) => {
      expect(PLATFORM_LIMITS[platform].maxLength.value).toBeGreaterThan(0);
      const key = `platform.${platform}`;
      expect((en as Record<string, string>)[key]).toBeTruthy();
      expect((id as Record<string, string>)[key]).toBeTruthy();
      expect(existsSync(join(root, 'tests', 'fixtures', 'src', `${platform}.tsx`))).toBe(true);
      expect(new URL(FIXTURE_URLS[platform]).hostname).toBe(
        new URL(PLATFORMS.find((s) => s.id === platform)!.composerUrl).hostname,
      );
      expect(COMPOSER_OPENERS[platform]).toBeTypeOf('function');
    },
  );

  it('runs every per-platform end-to-end suite over the whole list', () => {
    const suites = ['insert', 'drafts', 'gate', 'panel', 'placement', 'publish'];
    for (const suite of suites) {
      const source = readFileSync(join(root, 'tests', 'e2e', `${suite}.e2e.ts`), 'utf8');
      expect(source, `${suite}.e2e.ts`).toMatch(/describe\.each\(PLATFORM_IDS\)/);
    }
  });
});
