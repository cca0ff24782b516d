import { detectSeparator, readCsv } from '@/lib/exchange/csv';
import type { TeamChecklistData } from '@/lib/gate/team-checklist';
import { translator, type Locale } from '@/lib/i18n';
import { platformIdSchema } from '@/lib/platforms';
import { checkCaption, type CaptionCheck } from './check';

/** The JSON a script reads: the platform and the automatic checks that did not pass. */
export function checkToJson(check: CaptionCheck): string {
  const { platform, findings, manual } = check;
  return JSON.stringify({ platform, findings, manual }, null, 2);
}

/** The same, for a person at a terminal: findings first, then what to check by hand. */
export function checkToText(check: CaptionCheck, lang: Locale): string {
  const t = translator(lang);
  const name = t(`platform.${check.platform}`);
  const lines = [
    check.findings.length === 0
      ? t('check.cli.clean', { platform: name })
      : t('check.cli.found', { platform: name, count: check.findings.length }),
    ...check.findings.map(
      (finding) =>
        `  ${t(`check.severity.${finding.severity}`)} [${finding.rule}] ${finding.message}`,
    ),
  ];
  if (check.manual.length > 0) {
    lines.push('', t('check.cli.manual'));
    for (const item of check.manual) {
      const required = item.required ? ` (${t('check.cli.required')})` : '';
      lines.push(`  - [${item.rule}] ${item.message}${required}`);
    }
  }
  return lines.join('\n');
}

/** One row of a content plan, checked (or why it could not be). */
export type PlanRow =
  { line: number; check: CaptionCheck } | { line: number; problem: { id: string; en: string } };

export type PlanResult =
  { ok: true; rows: PlanRow[] } | { ok: false; problem: { id: string; en: string } };

const columnIndex = (header: string[], name: string) =>
  header.findIndex((field) => field.trim().toLowerCase() === name);

/**
 * Every row of a content plan (a CSV with `platform` and `caption` columns, comma or semicolon)
 * checked for its platform.
 */
export function checkPlan(csv: string, team: TeamChecklistData, lang: Locale): PlanResult {
  const { records, errors } = readCsv(csv, detectSeparator(csv));
  if (errors.length > 0) return { ok: false, problem: errors[0]!.message };
  const [header, ...rows] = records;
  const platformAt = header ? columnIndex(header.fields, 'platform') : -1;
  const captionAt = header ? columnIndex(header.fields, 'caption') : -1;
  if (platformAt < 0 || captionAt < 0) {
    return {
      ok: false,
      problem: {
        id: 'Baris pertama CSV harus menamai kolom "platform" dan "caption".',
        en: 'The first line of the CSV must name the columns "platform" and "caption".',
      },
    };
  }
  return {
    ok: true,
    rows: rows.map((record): PlanRow => {
      const platform = platformIdSchema.safeParse(record.fields[platformAt]?.trim().toLowerCase());
      if (!platform.success) {
        const given = record.fields[platformAt] ?? '';
        return {
          line: record.line,
          problem: {
            id: `platform "${given}" tidak dikenal (x, instagram, facebook, tiktok)`,
            en: `unknown platform "${given}" (x, instagram, facebook, tiktok)`,
          },
        };
      }
      const caption = record.fields[captionAt] ?? '';
      return { line: record.line, check: checkCaption(caption, platform.data, team, lang) };
    }),
  };
}

/** One line per row: where it is, its platform, and its findings by rule (or "ok"). */
export function planRowToText(row: PlanRow, lang: Locale): string {
  const t = translator(lang);
  const where = t('check.cli.line', { line: row.line });
  if ('problem' in row) return `${where} · ${row.problem[lang]}`;
  const { check } = row;
  const findings = check.findings.map((finding) => `${finding.severity}:${finding.rule}`);
  return `${where} · ${check.platform} · ${findings.length ? findings.join(' ') : t('check.cli.ok')}`;
}

/** Exit status for scripts: 1 when anything blocks, 0 otherwise. */
export function exitCodeOf(checks: CaptionCheck[]): 0 | 1 {
  return checks.some((check) => check.blocks) ? 1 : 0;
}
