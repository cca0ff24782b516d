/**
 * Checks captions without the platform, with the same rules as the panel and the publish gate.
 *
 *   npm run -s check -- --platform <x|instagram|facebook|tiktok> [--lang id|en] [--format json]
 *                       [--settings pack-or-backup.json] <file|->
 *   npm run -s check -- --csv plan.csv [--lang id|en] [--settings …]
 *
 * Exit status: 1 when a finding blocks, 0 otherwise, 2 on bad usage or an unreadable file.
 */
import './node-globals';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkCaption } from '@/lib/caption-check/check';
import {
  checkPlan,
  checkToJson,
  checkToText,
  exitCodeOf,
  planRowToText,
} from '@/lib/caption-check/report';
import { defaultTeam, teamFromFile } from '@/lib/caption-check/settings-file';
import { resolveLocale, translate, type Locale } from '@/lib/i18n';
import { platformIdSchema } from '@/lib/platforms';

const USAGE: Record<Locale, string> = {
  en: `Usage: npm run -s check -- --platform <x|instagram|facebook|tiktok> [--lang id|en] [--format json] [--settings FILE] <file|->
       npm run -s check -- --csv plan.csv [--lang id|en] [--settings FILE]
The caption is read from the file, or from standard input with "-".
--settings names a Sapa pack or backup whose checklist settings and brand kit to use.`,
  id: `Cara pakai: npm run -s check -- --platform <x|instagram|facebook|tiktok> [--lang id|en] [--format json] [--settings BERKAS] <berkas|->
            npm run -s check -- --csv rencana.csv [--lang id|en] [--settings BERKAS]
Keterangan dibaca dari berkas, atau dari masukan standar dengan "-".
--settings menamai paket atau cadangan Sapa yang pengaturan daftar periksa dan identitas mereknya dipakai.`,
};

class UsageError extends Error {}

function fail(lang: Locale, message: string): never {
  throw new UsageError(`${message}\n\n${USAGE[lang]}`);
}

async function readInput(path: string): Promise<string> {
  if (path !== '-') return readFile(path, 'utf8');
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

async function readOrFail(path: string, lang: Locale): Promise<string> {
  try {
    return await readInput(path);
  } catch {
    return fail(lang, translate(lang, 'check.cli.unreadable', { file: path }));
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      platform: { type: 'string' },
      lang: { type: 'string' },
      format: { type: 'string' },
      settings: { type: 'string' },
      csv: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const lang = resolveLocale(process.env.LC_ALL || process.env.LANG, asLocale(values.lang));
  if (values.help) {
    console.log(USAGE[lang]);
    return 0;
  }
  if (values.lang !== undefined && asLocale(values.lang) === undefined)
    fail(lang, translate(lang, 'check.cli.badLang', { lang: String(values.lang) }));
  if (values.format !== undefined && values.format !== 'json' && values.format !== 'text')
    fail(lang, translate(lang, 'check.cli.badFormat', { format: String(values.format) }));

  let team = defaultTeam();
  if (typeof values.settings === 'string') {
    const loaded = await teamFromFile(await readOrFail(values.settings, lang));
    if (!loaded.ok) fail(lang, loaded.errors.map((error) => error[lang]).join('\n'));
    team = loaded.team;
  }

  if (typeof values.csv === 'string') {
    const plan = checkPlan(await readOrFail(values.csv, lang), team, lang);
    if (!plan.ok) fail(lang, plan.problem[lang]);
    for (const row of plan.rows) console.log(planRowToText(row, lang));
    const checks = plan.rows.flatMap((row) => ('check' in row ? [row.check] : []));
    const blocked = exitCodeOf(checks);
    return blocked === 1 ? 1 : checks.length < plan.rows.length ? 2 : 0;
  }

  const platform = platformIdSchema.safeParse(values.platform);
  if (!platform.success)
    fail(
      lang,
      translate(lang, 'check.cli.badPlatform', { platform: String(values.platform ?? '') }),
    );
  if (positionals.length !== 1) fail(lang, translate(lang, 'check.cli.oneInput'));
  const text = await readOrFail(positionals[0]!, lang);
  const check = checkCaption(text.replace(/\r?\n$/, ''), platform.data, team, lang);
  console.log(values.format === 'json' ? checkToJson(check) : checkToText(check, lang));
  return exitCodeOf([check]);
}

function asLocale(value: unknown): Locale | undefined {
  return value === 'id' || value === 'en' ? value : undefined;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof UsageError ? error.message : String(error));
    process.exitCode = 2;
  },
);
