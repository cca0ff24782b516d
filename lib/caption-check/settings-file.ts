import { checkBackup } from '@/lib/exchange/backup';
import { parsePack } from '@/lib/exchange/pack';
import type { BrandKitRecord } from '@/lib/db/types';
import { teamChecklistData, type TeamChecklistData } from '@/lib/gate/team-checklist';
import type { LocalizedText } from '@/lib/db/types';

export type TeamFromFile =
  | { ok: true; team: TeamChecklistData; source: 'pack' | 'backup' }
  | { ok: false; errors: LocalizedText[] };

/** The team's setup when no file is named: the checklist's defaults and an empty brand kit. */
export function defaultTeam(): TeamChecklistData {
  return teamChecklistData(undefined, undefined, false);
}

function kindOf(text: string): 'pack' | 'backup' | null {
  try {
    const data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
    if (typeof data !== 'object' || data === null) return null;
    if ((data as { formatName?: unknown }).formatName === 'dexie') return 'backup';
    if ((data as { format?: unknown }).format === 'sapa-pack') return 'pack';
    return null;
  } catch {
    return null;
  }
}

/**
 * The checklist settings and brand kit a pack or a backup carries, validated the way an import
 * validates them. A part the file lacks keeps its default.
 */
export async function teamFromFile(text: string): Promise<TeamFromFile> {
  const kind = kindOf(text);
  if (kind === 'pack') {
    const parsed = parsePack(text);
    if (!parsed.ok) return { ok: false, errors: parsed.errors.map((error) => error.message) };
    const { checklistSettings, brandKit } = parsed.pack;
    const team = teamChecklistData(checklistSettings, brandKit as Partial<BrandKitRecord>, false);
    return { ok: true, team, source: 'pack' };
  }
  if (kind === 'backup') {
    const checked = await checkBackup(text);
    if (!checked.ok) return { ok: false, errors: checked.errors.map((error) => error.message) };
    const settings = checked.tables.checklistSettings[0];
    const brand = checked.tables.brandKit[0] as Partial<BrandKitRecord> | undefined;
    return { ok: true, team: teamChecklistData(settings, brand, false), source: 'backup' };
  }
  return {
    ok: false,
    errors: [
      {
        id: 'Berkas ini bukan paket Sapa (.json dari "Ekspor paket") dan bukan cadangan Sapa.',
        en: 'This file is neither a Sapa pack (.json from "Export a pack") nor a Sapa backup.',
      },
    ],
  };
}
