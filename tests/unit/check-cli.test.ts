import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/** Runs `npm run -s check -- …` as a team's script would: the real process, its exit status. */
function check(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'scripts/check.ts', ...args],
      {
        env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' },
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(stdin);
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sapa-check-'));
  await writeFile(
    join(dir, 'webinar.txt'),
    'Webinar literasi digital {{tanggal}}\nDaftar di [LINK]\n',
  );
  await writeFile(
    join(dir, 'plan.csv'),
    'platform,caption\ninstagram,"Koleksi baru sudah datang! #GemarMembaca"\nx,"Lomba {{tema}}"\n',
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run -s check', { timeout: 60_000 }, () => {
  test('--format json prints the findings and exits 1 when one blocks', async () => {
    const result = await check([
      '--platform',
      'instagram',
      '--format',
      'json',
      join(dir, 'webinar.txt'),
    ]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out) as {
      platform: string;
      findings: { rule: string; severity: string }[];
    };
    expect(json.platform).toBe('instagram');
    expect(json.findings).toContainEqual(
      expect.objectContaining({ rule: 'placeholders', severity: 'block' }),
    );
  });

  test('a caption from standard input with nothing blocking exits 0', async () => {
    const result = await check(
      ['--platform', 'x', '--lang', 'id', '-'],
      'Selamat pagi, pemustaka! #GemarMembaca',
    );
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^X: /);
    expect(result.out).toMatch(/Periksa sendiri:/);
  });

  test('bad usage exits 2 with a clear message in the language asked for', async () => {
    const result = await check(['--platform', 'myspace', '--lang', 'id', join(dir, 'webinar.txt')]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Sebutkan platformnya dengan --platform/);
    expect(result.out).toBe('');
  });

  test('a file that cannot be read exits 2 and names it', async () => {
    const missing = await check(['--platform', 'x', join(dir, 'tidak-ada.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Cannot read ".*tidak-ada.txt"/);
  });

  test('--csv checks every row of a plan, one line each', async () => {
    const result = await check(['--csv', join(dir, 'plan.csv')]);
    expect(result.out.trim().split('\n')).toEqual([
      expect.stringMatching(/^line 2 · instagram · /),
      expect.stringMatching(/^line 3 · x · block:placeholders/),
    ]);
    expect(result.code).toBe(1);
  });

  test('--settings with a file that is not a pack or backup exits 2', async () => {
    const result = await check([
      '--platform',
      'x',
      '--settings',
      join(dir, 'plan.csv'),
      join(dir, 'webinar.txt'),
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/neither a Sapa pack/);
  });
});
