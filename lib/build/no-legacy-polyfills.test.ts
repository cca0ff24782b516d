// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { isTwitterTextPolyfill, noLegacyPolyfillsPlugin } from './no-legacy-polyfills';

/** twitter-text bundled alone, as the extension's build bundles it, with or without the plugin. */
async function bundleTwitterText(withPlugin: boolean): Promise<string> {
  // Inside the project, so that `twitter-text` resolves from its node_modules.
  const cache = join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'sapa-polyfills-'));
  const entry = join(dir, 'entry.js');
  writeFileSync(
    entry,
    "import twitter from 'twitter-text';\nexport const parse = (text) => twitter.parseTweet(text);\n",
  );
  try {
    return await bundle(entry, withPlugin);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function bundle(entry: string, withPlugin: boolean): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    root: process.cwd(),
    plugins: withPlugin ? [noLegacyPolyfillsPlugin()] : [],
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['es'], fileName: 'out' },
      rollupOptions: { external: [] },
    },
  })) as Rollup.RollupOutput[];
  return result[0]!.output[0].code;
}

describe('twitter-text without its ES2015 polyfills', () => {
  it('recognises only the core-js modules twitter-text imports', () => {
    const fromTwitterText = '/p/node_modules/twitter-text/dist/esm/extractUrlsWithIndices.js';
    expect(isTwitterTextPolyfill('core-js/modules/es6.regexp.match', fromTwitterText)).toBe(true);
    expect(isTwitterTextPolyfill('core-js/modules/es6.regexp.match', '/p/lib/x.ts')).toBe(false);
    expect(isTwitterTextPolyfill('punycode', fromTwitterText)).toBe(false);
    expect(isTwitterTextPolyfill('core-js/modules/es6.symbol', undefined)).toBe(false);
  });

  it('bundles no core-js, is smaller by the polyfills, and still counts X characters', async () => {
    const [plain, light] = [await bundleTwitterText(false), await bundleTwitterText(true)];
    // core-js 2 keeps its shared state under this key; every one of its modules reaches it.
    expect(plain).toContain('__core-js_shared__');
    expect(light).not.toContain('__core-js_shared__');
    expect(plain.length - light.length).toBeGreaterThan(20_000);

    const module = (await import(
      `data:text/javascript;base64,${Buffer.from(light).toString('base64')}`
    )) as { parse: (text: string) => { weightedLength: number; valid: boolean } };
    // A link counts 23 whatever its length, an emoji 2 (twitter-text's default configuration).
    const parsed = module.parse('Baca 📚 https://perpustakaan.example.org/koleksi/baru-bulan-ini');
    expect(parsed.weightedLength).toBe(5 + 2 + 1 + 23);
    expect(parsed.valid).toBe(true);
  });
});
