/**
 * Ready for the stores: the built manifest names an icon of every size the stores and browsers
 * ask for, each file is there at its size; every permission is one the privacy policy explains;
 * and the dashboard's "Privacy policy" link opens the bundled policy in the dashboard's language.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXPLAINED_PERMISSIONS } from '@/lib/privacy';
import { ICON_SIZES, pngSize } from '../../scripts/png';
import { EXTENSION_DIR, launch, type Harness } from './harness';

interface Manifest {
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  browser_action?: { default_icon?: Record<string, string> };
  permissions?: string[];
  optional_permissions?: string[];
}

async function readManifest(dir: string): Promise<Manifest> {
  return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Each icon the manifest names, as "<declared size>: <actual width>×<height>". */
async function iconSizes(dir: string, icons: Record<string, string>): Promise<string[]> {
  return Promise.all(
    Object.entries(icons).map(async ([size, file]) => {
      const { width, height } = pngSize(new Uint8Array(await readFile(join(dir, file))));
      return `${size}: ${width}×${height}`;
    }),
  );
}

const FIREFOX_DIR = EXTENSION_DIR.replace(/chrome-mv3$/, 'firefox-mv2');
// The Firefox build is checked too when it is there (npm run build:firefox, as in CI).
const BUILDS = [
  EXTENSION_DIR,
  ...(existsSync(join(FIREFOX_DIR, 'manifest.json')) ? [FIREFOX_DIR] : []),
];

test.each(BUILDS)(
  '%s: the manifest lists an icon of every size, each file at its size',
  async (dir) => {
    const manifest = await readManifest(dir);
    const icons = manifest.icons ?? {};
    expect(Object.keys(icons).map(Number)).toEqual([...ICON_SIZES]);
    expect(await iconSizes(dir, icons)).toEqual(
      ICON_SIZES.map((size) => `${size}: ${size}×${size}`),
    );
    const button = (manifest.action ?? manifest.browser_action)?.default_icon ?? {};
    expect(await iconSizes(dir, button)).toEqual(['16: 16×16', '32: 32×32']);
  },
);

test('every permission the manifest asks for is explained in the privacy policy', async () => {
  const manifest = await readManifest(EXTENSION_DIR);
  const explained = (permission: string) =>
    (EXPLAINED_PERMISSIONS as readonly string[]).includes(permission);
  expect(manifest.permissions?.filter((p) => !explained(p))).toEqual([]);
  // Optional API permissions too (host patterns are explained together, as "one more site").
  const optional = (manifest.optional_permissions ?? []).filter((p) => !p.includes('://'));
  expect(optional).toEqual(['notifications']);
  expect(optional.filter((p) => !explained(p))).toEqual([]);
});

describe('the dashboard', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch({ locale: 'id-ID' });
  });
  afterAll(async () => {
    await harness?.close();
  });

  test("the dashboard's privacy link opens the bundled policy in the dashboard's language", async () => {
    const page = await harness.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`chrome-extension://${harness.extensionId}/options.html#templates`);
    const about = page.getByRole('region', { name: 'Tentang Sapa' });
    await about.waitFor();
    await page.screenshot({ path: 'test-results/store-dashboard-about.png' });
    const [policy] = await Promise.all([
      harness.context.waitForEvent('page'),
      about.getByRole('link', { name: 'Kebijakan privasi' }).click(),
    ]);
    await policy.waitForLoadState();
    expect(policy.url()).toBe(`chrome-extension://${harness.extensionId}/privacy.html?lang=id`);
    await policy.getByRole('heading', { level: 1, name: 'Kebijakan privasi Sapa' }).waitFor();
    expect(await policy.title()).toBe('Kebijakan privasi Sapa');
    for (const name of [
      'Apa yang disimpan Sapa, dan di mana',
      'Apa yang keluar dari peramban',
      'Izin dan alasannya',
    ]) {
      expect(await policy.getByRole('heading', { level: 2, name }).count()).toBe(1);
    }
    await expect
      .poll(() => policy.getByText(/Tidak ada yang dikirim ke pembuat Sapa/).count())
      .toBe(1);
    await policy.setViewportSize({ width: 1280, height: 720 });
    await policy.screenshot({ path: 'test-results/store-privacy-id.png', fullPage: true });
    expect(harness.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
    await policy.close();
    await page.close();
  });
});
