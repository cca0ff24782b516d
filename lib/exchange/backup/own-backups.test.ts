/**
 * Sapa must take back what it gives out (docs/reliability.md, "Sapa's own backups"): long
 * drafts, a library at the pack limit, and a backup with duplicate keys refused clearly before
 * the person confirms.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, DbError, dumpAll, type SapaDb } from '@/lib/db';
import { MAX_DRAFT_CHARS, MAX_TEMPLATES } from '@/lib/db/limits';
import { LIMITS, exportPack, packToJson, previewImport } from '@/lib/exchange/pack';
import { applySeeds } from '@/lib/library/seed';
import { freshDb, withoutRestoreMark } from '@/tests/support/db';
import { blobText, checkBackup, exportBackup, restoreBackup } from '.';

let db: SapaDb;
const others: SapaDb[] = [];
beforeEach(async () => {
  db = freshDb();
  await applySeeds(db, 1_000);
});
afterEach(async () => {
  for (const d of [db, ...others.splice(0)]) {
    d.close();
    await d.delete();
  }
});

function another(): SapaDb {
  const d = freshDb();
  others.push(d);
  return d;
}

const backupText = async () => blobText(await exportBackup(db));

describe("Sapa's own backups", () => {
  it.each([
    ['Facebook-length', 63_206],
    ['maximum-length', MAX_DRAFT_CHARS],
  ])('restores a %s draft (%i characters)', async (_, length) => {
    const repos = createRepositories(db, { now: () => 2_000 });
    await repos.drafts.saveDraftText('facebook', 'main', 'a'.repeat(length));
    const target = another();
    const result = await restoreBackup(target, await backupText(), db.name);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(withoutRestoreMark(await dumpAll(target))).toEqual(await dumpAll(db));
  });

  it('does not store a draft longer than a backup accepts back', async () => {
    const repos = createRepositories(db);
    await expect(
      repos.drafts.saveDraftText('x', 'main', 'a'.repeat(MAX_DRAFT_CHARS + 1)),
    ).rejects.toBeInstanceOf(DbError);
  });

  it('names a duplicate key in both languages in the check run before confirming', async () => {
    const backup = JSON.parse(await backupText());
    const templates = backup.data.data.find(
      (t: { tableName: string }) => t.tableName === 'templates',
    );
    templates.rows.push({ ...templates.rows[0], name: 'Salinan' });
    const check = await checkBackup(JSON.stringify(backup), db.name);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const id = templates.rows[0].id as string;
    expect(check.errors[0]!.path).toBe(`templates[${templates.rows.length - 1}].id`);
    expect(check.errors[0]!.message.en).toContain(`key "${id}" is already used by row 0`);
    expect(check.errors[0]!.message.id).toContain(`kunci "${id}" sudah dipakai oleh baris 0`);
  });

  it('refuses a pack import after which the library could not be exported as a pack', async () => {
    const templates = Array.from({ length: LIMITS.templates }, (_, i) => ({
      id: `tpl-${i}`,
      updatedAt: 5_000,
      updatedBy: 'budi',
      name: `Templat ${i}`,
      body: 'Halo',
      locale: 'id',
    }));
    const pack = {
      format: 'sapa-pack',
      version: 1,
      exportedAt: '2025-05-17T08:00:00.000Z',
      templates,
    };
    const before = await dumpAll(db);
    const preview = await previewImport(db, JSON.stringify(pack), { now: 10_000 });
    expect(preview.ok).toBe(false);
    if (preview.ok) return;
    const seeds = before.templates!.length;
    expect(preview.errors[0]!.message.en).toContain(
      `after this import the library would hold ${LIMITS.templates + seeds} (max ${LIMITS.templates}); delete some first or import fewer`,
    );
    expect(await dumpAll(db)).toEqual(before);
  });

  it('keeps the library within what a pack carries, so its export imports again', async () => {
    expect(MAX_TEMPLATES).toBe(LIMITS.templates);
    const repos = createRepositories(db, { now: () => 2_000 });
    const own = (await repos.templates.list()).length;
    // All but the last written directly (5,000 creates one by one are slow over fake-indexeddb).
    const template = await repos.templates.create({
      name: 'T',
      category: '',
      body: 'x',
      locale: 'id',
    });
    await db.templates.bulkPut(
      Array.from({ length: MAX_TEMPLATES - own - 2 }, (_, i) => ({ ...template, id: `tpl-${i}` })),
    );
    await repos.templates.create({ name: 'Last', category: '', body: 'x', locale: 'id' });
    await expect(
      repos.templates.create({ name: 'One more', category: '', body: 'x', locale: 'id' }),
    ).rejects.toBeInstanceOf(DbError);
    const text = packToJson(await exportPack(db, { templates: true }));
    const preview = await previewImport(another(), text);
    expect(preview.ok && preview.added).toBe(MAX_TEMPLATES);
  }, 60_000);
});
