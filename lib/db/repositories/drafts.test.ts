// @vitest-environment node
/**
 * The drafts repository's rules one by one (what the autosave, the restore offer and the post log
 * rely on), over Dexie and fake-indexeddb; written from its mutation run (docs/reliability.md).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DRAFT_CHARS } from '../limits';
import { createRepositories, type Repositories } from '../repositories';
import type { SapaDb } from '../schema';
import { changedChars, isLargeChange, LARGE_CHANGE_CHARS, REVISION_WINDOW_MS } from './drafts';
import { fakeClock, freshDb } from '@/tests/support/db';

let db: SapaDb;
let repos: Repositories;
let clock: ReturnType<typeof fakeClock>;

beforeEach(async () => {
  db = freshDb();
  clock = fakeClock();
  repos = createRepositories(db, { memberId: 'ana', now: clock.now });
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('how much a text changed', () => {
  it('counts what lies outside the common start and end', () => {
    expect(changedChars('Halo', 'Halo')).toBe(0);
    expect(changedChars('Halo', 'Halo!')).toBe(1);
    expect(changedChars('Halo pemustaka', 'Halo pembaca')).toBe(5);
    expect(changedChars('abc', 'xbc')).toBe(1);
    expect(changedChars('', 'abcd')).toBe(4);
    expect(changedChars('aaaa', 'aa')).toBe(2);
    expect(changedChars('ab', 'ba')).toBe(2);
  });

  it('is large from 40 characters, or when the text becomes blank or stops being blank', () => {
    const base = 'Jadwal layanan perpustakaan';
    expect(isLargeChange(base, base + 'x'.repeat(LARGE_CHANGE_CHARS - 1))).toBe(false);
    expect(isLargeChange(base, base + 'x'.repeat(LARGE_CHANGE_CHARS))).toBe(true);
    expect(isLargeChange(base, '  ')).toBe(true);
    expect(isLargeChange('', 'a')).toBe(true);
    expect(isLargeChange(' ', '')).toBe(false);
  });
});

describe('saving a draft', () => {
  it('refuses a text longer than a backup takes back, and keeps what was there', async () => {
    await repos.drafts.saveDraftText('facebook', 'main', 'Teks lama');
    await expect(
      repos.drafts.saveDraftText('facebook', 'main', 'a'.repeat(MAX_DRAFT_CHARS + 1)),
    ).rejects.toMatchObject({ name: 'DbError', code: 'invalid' });
    expect((await repos.drafts.recent('facebook')).map((d) => d.text)).toEqual(['Teks lama']);
    const longest = await repos.drafts.saveDraftText(
      'facebook',
      'main',
      'b'.repeat(MAX_DRAFT_CHARS),
    );
    expect(longest.draft?.text).toHaveLength(MAX_DRAFT_CHARS);
  });

  it('a new draft is complete: its composer, status, no ticks, and the time it was made', async () => {
    const { draft } = await repos.drafts.saveDraftText('tiktok', 'upload', 'Video baru', {
      templateId: 'tpl_1',
      takenAt: 123,
    });
    expect(draft).toEqual({
      id: expect.stringMatching(/^draft_/),
      platform: 'tiktok',
      composerKey: 'upload',
      text: 'Video baru',
      status: 'draft',
      checklistTicks: {},
      createdAt: clock.now(),
      updatedAt: clock.now(),
      templateId: 'tpl_1',
      textTakenAt: 123,
    });
    expect(await repos.drafts.get(draft!.id)).toEqual(draft);
  });

  it('an update keeps the template unless a new one is given, and the page time only if given', async () => {
    const { draft } = await repos.drafts.saveDraftText('x', 'main', 'Satu', {
      templateId: 'tpl_1',
      takenAt: 5,
    });
    clock.advance(1000);
    const plain = await repos.drafts.saveDraftText('x', 'main', 'Satu dua');
    expect(plain.draft).toMatchObject({
      id: draft!.id,
      templateId: 'tpl_1',
      updatedAt: clock.now(),
    });
    expect(plain.draft).not.toHaveProperty('textTakenAt');
    const other = await repos.drafts.saveDraftText('x', 'main', 'Satu dua tiga', {
      templateId: 'tpl_2',
      takenAt: 9,
    });
    expect(other.draft).toMatchObject({ templateId: 'tpl_2', textTakenAt: 9 });
  });

  it('the same text again changes nothing, not even the time', async () => {
    const first = await repos.drafts.saveDraftText('x', 'main', 'Sama');
    clock.advance(5000);
    const again = await repos.drafts.saveDraftText('x', 'main', 'Sama');
    expect(again).toEqual({ draft: first.draft, revision: 'none' });
    expect((await repos.drafts.get(first.draft!.id))?.updatedAt).toBe(first.draft!.updatedAt);
  });

  it('a clock that went back never dates a draft or a revision before its last save', async () => {
    const { draft } = await repos.drafts.saveDraftText('x', 'main', 'Pagi');
    const at = clock.now();
    clock.advance(-60_000);
    const later = await repos.drafts.saveDraftText('x', 'main', 'Pagi ini');
    expect(later.draft?.updatedAt).toBe(at);
    const [revision] = await repos.drafts.revisions(draft!.id);
    expect(revision?.savedAt).toBe(at);
  });

  it('a revision made after the window is dated now, its time span starting now', async () => {
    const { draft } = await repos.drafts.saveDraftText('x', 'main', 'Mulai');
    clock.advance(REVISION_WINDOW_MS - 1);
    expect((await repos.drafts.saveDraftText('x', 'main', 'Mulai a')).revision).toBe('coalesced');
    clock.advance(1);
    expect((await repos.drafts.saveDraftText('x', 'main', 'Mulai ab')).revision).toBe('created');
    const [newest, oldest] = await repos.drafts.revisions(draft!.id);
    expect(newest).toMatchObject({
      text: 'Mulai ab',
      startedAt: clock.now(),
      savedAt: clock.now(),
    });
    expect(oldest).toMatchObject({ text: 'Mulai a', savedAt: clock.now() - 1 });
  });

  it('whitespace and Unicode forms alone are no new revision', async () => {
    const { draft } = await repos.drafts.saveDraftText('x', 'main', 'Kafe baca');
    clock.advance(REVISION_WINDOW_MS * 2);
    // The same words with a decomposed "é" and a re-wrapped line.
    const result = await repos.drafts.saveDraftText(
      'x',
      'main',
      'Kafe\u0301 baca'.replace('e\u0301', 'é'),
    );
    expect(result.revision).toBe('created'); // "Kafé" is another word than "Kafe"
    clock.advance(REVISION_WINDOW_MS * 2);
    const nfd = await repos.drafts.saveDraftText('x', 'main', 'Kafe\u0301\n baca');
    expect(nfd.revision).toBe('none');
    expect((await repos.drafts.get(draft!.id))?.text).toBe('Kafe\u0301\n baca');
    expect(await repos.drafts.revisions(draft!.id)).toHaveLength(2);
  });

  it('a space added or removed between words is an edit', async () => {
    const { draft } = await repos.drafts.saveDraftText('x', 'main', 'Halo pemustaka');
    clock.advance(REVISION_WINDOW_MS);
    expect((await repos.drafts.saveDraftText('x', 'main', 'Halopemustaka')).revision).toBe(
      'created',
    );
    expect(await repos.drafts.revisions(draft!.id)).toHaveLength(2);
  });

  it('a blank text answers that nothing was saved; ids say what they are', async () => {
    expect(await repos.drafts.saveDraftText('x', 'main', ' \n ')).toEqual({
      draft: undefined,
      revision: 'none',
    });
    const { draft } = await repos.drafts.saveDraftText('x', 'main', 'Ada');
    const [revision] = await repos.drafts.revisions(draft!.id);
    expect(revision?.id).toMatch(/^rev_/);
    expect((await repos.postLog.add({ platform: 'x', text: 'Pos' })).id).toMatch(/^post_/);
  });

  it('the newest of several open drafts is the one a save continues', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      clock.advance(1000);
      ids.push(
        (await repos.drafts.saveDraftText('x', 'main', `Draf ${i}`, { startNew: true })).draft!.id,
      );
    }
    clock.advance(1000);
    expect((await repos.drafts.saveDraftText('x', 'main', 'Draf 5 lagi')).draft?.id).toBe(ids[5]);
    // An older one edited through its id becomes the newest.
    clock.advance(1000);
    await repos.drafts.saveDraftText('x', 'main', 'Draf 2 lagi', { draftId: ids[2] });
    clock.advance(1000);
    expect((await repos.drafts.saveDraftText('x', 'main', 'Draf 2 lagi!')).draft?.id).toBe(ids[2]);
    expect((await repos.drafts.findRestorable('x', 'main'))?.draft.id).toBe(ids[2]);
  });

  it('startNew leaves the open draft as it is and starts another', async () => {
    const open = await repos.drafts.saveDraftText('x', 'main', 'Draf pertama');
    clock.advance(1000);
    const fresh = await repos.drafts.saveDraftText('x', 'main', 'Draf kedua', { startNew: true });
    expect(fresh.draft?.id).not.toBe(open.draft!.id);
    expect(fresh.revision).toBe('created');
    expect((await repos.drafts.get(open.draft!.id))?.text).toBe('Draf pertama');
    // Without it, the newest unposted draft goes on.
    clock.advance(1000);
    const next = await repos.drafts.saveDraftText('x', 'main', 'Draf kedua lagi');
    expect(next.draft?.id).toBe(fresh.draft!.id);
  });

  it('draftId continues that draft, not the newest; a gone or posted one starts a draft', async () => {
    const older = await repos.drafts.saveDraftText('x', 'main', 'Tab satu');
    clock.advance(1000);
    const newer = await repos.drafts.saveDraftText('x', 'main', 'Tab dua', { startNew: true });
    clock.advance(1000);
    const continued = await repos.drafts.saveDraftText('x', 'main', 'Tab satu lagi', {
      draftId: older.draft!.id,
    });
    expect(continued.draft?.id).toBe(older.draft!.id);
    expect((await repos.drafts.get(newer.draft!.id))?.text).toBe('Tab dua');

    await repos.drafts.markPosted(older.draft!.id);
    const afterPost = await repos.drafts.saveDraftText('x', 'main', 'Tab satu sesudah pos', {
      draftId: older.draft!.id,
    });
    expect([older.draft!.id, newer.draft!.id]).not.toContain(afterPost.draft?.id);
    const gone = await repos.drafts.saveDraftText('x', 'main', 'Entah', { draftId: 'draft_gone' });
    expect([older.draft!.id, newer.draft!.id, afterPost.draft!.id]).not.toContain(gone.draft?.id);
  });

  it('knows whether any draft of a composer, posted or not, holds exactly a text', async () => {
    const { draft } = await repos.drafts.saveDraftText('x', 'main', 'Sudah terbit');
    await repos.drafts.markPosted(draft!.id);
    expect(await repos.drafts.holdsText('x', 'main', 'Sudah terbit')).toBe(true);
    expect(await repos.drafts.holdsText('x', 'main', 'Sudah terbit ')).toBe(false);
    expect(await repos.drafts.holdsText('x', 'reply', 'Sudah terbit')).toBe(false);
    expect(await repos.drafts.holdsText('facebook', 'main', 'Sudah terbit')).toBe(false);
  });
});

describe('what is offered and listed', () => {
  it('a blank draft with no text in its history offers the next draft', async () => {
    const older = await repos.drafts.saveDraftText('x', 'main', 'Yang lama');
    clock.advance(1000);
    const blank = await repos.drafts.saveDraftText('x', 'main', ' ', { startNew: true });
    expect(blank.draft).toBeUndefined();
    expect(await repos.drafts.findRestorable('x', 'main')).toEqual({
      draft: older.draft,
      text: 'Yang lama',
      source: 'draft',
      savedAt: older.draft!.updatedAt,
    });
  });

  it('the newest revision with text is offered, skipping blank ones', async () => {
    const { draft } = await repos.drafts.saveDraftText('x', 'main', 'Isi penting');
    const kept = clock.now();
    clock.advance(REVISION_WINDOW_MS);
    await repos.drafts.saveDraftText('x', 'main', '   ');
    expect((await repos.drafts.revisions(draft!.id)).map((r) => r.text)).toEqual([
      '   ',
      'Isi penting',
    ]);
    expect(await repos.drafts.findRestorable('x', 'main')).toMatchObject({
      draft: { id: draft!.id },
      text: 'Isi penting',
      source: 'revision',
      savedAt: kept,
    });
  });

  it('a blank draft without any history (as a backup may bring) is passed over', async () => {
    const older = await repos.drafts.saveDraftText('x', 'main', 'Yang berisi');
    clock.advance(1000);
    await db.drafts.put({ ...older.draft!, id: 'draft_blank', text: '', updatedAt: clock.now() });
    expect((await repos.drafts.findRestorable('x', 'main'))?.draft.id).toBe(older.draft!.id);
  });

  it('recent lists one platform’s drafts only', async () => {
    for (const platform of ['facebook', 'instagram', 'tiktok', 'x'] as const) {
      clock.advance(1000);
      await repos.drafts.saveDraftText(platform, 'main', `Draf ${platform}`);
    }
    expect((await repos.drafts.recent('x')).map((d) => d.text)).toEqual(['Draf x']);
    expect((await repos.drafts.recent('instagram')).map((d) => d.text)).toEqual(['Draf instagram']);
  });

  it('recent lists unposted ones only when asked', async () => {
    const posted = await repos.drafts.saveDraftText('x', 'a', 'Terbit');
    await repos.drafts.markPosted(posted.draft!.id);
    clock.advance(1000);
    await repos.drafts.saveDraftText('x', 'b', 'Belum');
    expect((await repos.drafts.recent('x')).map((d) => d.text)).toEqual(['Belum', 'Terbit']);
    expect((await repos.drafts.recent('x', 20, { unpostedOnly: true })).map((d) => d.text)).toEqual(
      ['Belum'],
    );
  });
});

describe('changing a draft', () => {
  it('ticks add to the ones there and date the draft now', async () => {
    const { draft } = await repos.drafts.saveDraftText('x', 'main', 'Centang');
    await repos.drafts.setTicks(draft!.id, { consent: true });
    clock.advance(1000);
    const next = await repos.drafts.setTicks(draft!.id, { source: false });
    expect(next.checklistTicks).toEqual({ consent: true, source: false });
    expect(next.updatedAt).toBe(clock.now());
    expect(await repos.drafts.get(draft!.id)).toEqual(next);
    await expect(repos.drafts.setTicks('draft_gone', {})).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('a status or template change is stored and never dated back', async () => {
    const { draft } = await repos.drafts.saveDraftText('x', 'main', 'Status');
    const savedAt = clock.now();
    clock.advance(-5000);
    const archived = await repos.drafts.setStatus(draft!.id, 'ready');
    expect(archived).toMatchObject({ status: 'ready', updatedAt: savedAt });
    clock.advance(10_000);
    const patched = await repos.drafts.patch(draft!.id, { templateId: 'tpl_9' });
    expect(patched).toMatchObject({
      status: 'ready',
      templateId: 'tpl_9',
      updatedAt: clock.now(),
    });
    expect(await repos.drafts.get(draft!.id)).toEqual(patched);
    await expect(repos.drafts.patch('draft_gone', {})).rejects.toMatchObject({ code: 'not-found' });
  });

  it('discarding one draft leaves the others and their revisions', async () => {
    const keep = await repos.drafts.saveDraftText('x', 'a', 'Simpan');
    const drop = await repos.drafts.saveDraftText('x', 'b', 'Buang');
    await repos.drafts.discard(drop.draft!.id);
    expect(await repos.drafts.get(keep.draft!.id)).toBeDefined();
    expect(await repos.drafts.revisions(keep.draft!.id)).toHaveLength(1);
    expect(await repos.drafts.revisions(drop.draft!.id)).toHaveLength(0);
  });
});

describe('posting', () => {
  it('records what went out: the text given, the checks, the plan, the address and the account', async () => {
    const { draft } = await repos.drafts.saveDraftText('instagram', 'main', 'Draf');
    const checks = [{ ruleId: 'source', severity: 'warn' as const, passed: false }];
    clock.advance(2000);
    const { draft: posted, log } = await repos.drafts.markPosted(draft!.id, {
      text: 'Yang terbit',
      checks,
      plannedPostId: 'plan_1',
      url: 'https://www.instagram.com/p/abc/',
      account: 'perpuskota',
    });
    expect(posted).toMatchObject({ text: 'Yang terbit', status: 'posted', updatedAt: clock.now() });
    expect(log).toEqual({
      id: expect.stringMatching(/^post_/),
      at: clock.now(),
      platform: 'instagram',
      draftId: draft!.id,
      text: 'Yang terbit',
      checks,
      plannedPostId: 'plan_1',
      url: 'https://www.instagram.com/p/abc/',
      account: 'perpuskota',
      postedBy: 'ana',
      updatedAt: clock.now(),
      updatedBy: 'ana',
      deleted: false,
    });
    expect(log.checks).not.toBe(checks);
    expect(await db.postLog.get(log.id)).toEqual(log);
    await expect(repos.drafts.markPosted('draft_gone')).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('the post log', () => {
  it('an entry added without a draft is dated now unless given a time, and signed', async () => {
    const now = await repos.postLog.add({ platform: 'x', text: 'Sekarang' });
    expect(now).toMatchObject({ at: clock.now(), postedBy: 'ana', updatedAt: clock.now() });
    const earlier = await repos.postLog.add({ platform: 'x', text: 'Kemarin', at: 1000 });
    expect(earlier.at).toBe(1000);
    expect(earlier.updatedAt).toBe(clock.now());
  });

  it('recent is newest first, per platform when asked, without deleted entries', async () => {
    for (const [at, platform] of [
      [1000, 'x'],
      [2000, 'facebook'],
      [3000, 'x'],
    ] as const)
      await repos.postLog.add({ platform, text: `${platform} ${at}`, at });
    const gone = await repos.postLog.add({ platform: 'x', text: 'hapus', at: 4000 });
    await repos.postLog.remove(gone.id);
    expect((await repos.postLog.recent()).map((e) => e.at)).toEqual([3000, 2000, 1000]);
    expect((await repos.postLog.recent(50, 'x')).map((e) => e.at)).toEqual([3000, 1000]);
    expect((await repos.postLog.recent(1)).map((e) => e.at)).toEqual([3000]);
    expect((await repos.postLog.between(0, 5000)).map((e) => e.at)).toEqual([3000, 2000, 1000]);
    expect((await repos.postLog.all()).map((e) => e.at)).toEqual([3000, 2000, 1000]);
  });

  it('numbers that are not counts are cleared; the rest are kept and rounded', async () => {
    const entry = await repos.postLog.add({ platform: 'x', text: 'Angka' });
    await repos.postLog.annotate(entry.id, { metrics: { reach: 10, likes: 3 } });
    const next = await repos.postLog.annotate(entry.id, {
      metrics: { reach: Number.NaN, likes: undefined, comments: 2.5, shares: Infinity },
    });
    expect(next.metrics).toEqual({ likes: 3, comments: 3 });
    const none = await repos.postLog.annotate(entry.id, { metrics: { likes: 0 } });
    expect(none.metrics).toEqual({ likes: 0, comments: 3 });
  });

  it('an annotation is dated after the version it edits and keeps the category when not given', async () => {
    const entry = await repos.postLog.add({ platform: 'x', text: 'Kategori' });
    const withCategory = await repos.postLog.annotate(entry.id, { category: 'acara' });
    clock.advance(-10_000);
    const edited = await repos.postLog.annotate(entry.id, { metrics: { likes: 1 } });
    expect(edited.category).toBe('acara');
    expect(edited.updatedAt).toBe(withCategory.updatedAt! + 1);
    const blank = await repos.postLog.annotate(entry.id, { category: '   ' });
    expect(blank).not.toHaveProperty('category');
  });

  it('a deleted entry cannot be annotated or deleted again; removing nothing returns nothing', async () => {
    const entry = await repos.postLog.add({ platform: 'x', text: 'Sekali' });
    expect(await repos.postLog.remove(entry.id)).toEqual(entry);
    expect(await repos.postLog.remove(entry.id)).toBeUndefined();
    expect(await repos.postLog.remove('post_gone')).toBeUndefined();
    await expect(repos.postLog.annotate(entry.id, {})).rejects.toMatchObject({ code: 'not-found' });
  });

  it('an entry restored after it was deleted elsewhere comes back dated after the deletion', async () => {
    const entry = await repos.postLog.add({ platform: 'x', text: 'Kembali' });
    // Never in this database (it came from a backup or a teammate): dated after its own version.
    await repos.postLog.restore({ ...entry, id: 'post_elsewhere', updatedAt: clock.now() + 50 });
    const back = await db.postLog.get('post_elsewhere');
    expect(back).toMatchObject({ deleted: false, updatedBy: 'ana', updatedAt: clock.now() + 51 });
  });
});

describe('a failure names what failed (for the diagnostics a person copies)', () => {
  it('each operation, when the database is gone', async () => {
    const { draft } = await repos.drafts.saveDraftText('x', 'main', 'Ada');
    const entry = await repos.postLog.add({ platform: 'x', text: 'Pos' });
    db.close();
    const calls: [string, () => Promise<unknown>][] = [
      ['drafts.get', () => repos.drafts.get(draft!.id)],
      ['drafts.holdsText', () => repos.drafts.holdsText('x', 'main', 'Ada')],
      ['drafts.saveDraftText', () => repos.drafts.saveDraftText('x', 'main', 'Lagi')],
      ['drafts.revisions', () => repos.drafts.revisions(draft!.id)],
      ['drafts.findRestorable', () => repos.drafts.findRestorable('x', 'main')],
      ['drafts.recent', () => repos.drafts.recent('x')],
      ['drafts.setTicks', () => repos.drafts.setTicks(draft!.id, {})],
      ['drafts.patch', () => repos.drafts.patch(draft!.id, {})],
      ['drafts.discard', () => repos.drafts.discard(draft!.id)],
      ['drafts.markPosted', () => repos.drafts.markPosted(draft!.id)],
      ['postLog.add', () => repos.postLog.add({ platform: 'x', text: 'Pos' })],
      ['postLog.recent', () => repos.postLog.recent()],
      ['postLog.between', () => repos.postLog.between(0, 1)],
      ['postLog.all', () => repos.postLog.all()],
      ['postLog.annotate', () => repos.postLog.annotate(entry.id, {})],
      ['postLog.remove', () => repos.postLog.remove(entry.id)],
      ['postLog.restore', () => repos.postLog.restore(entry)],
    ];
    for (const [operation, call] of calls) {
      await expect(call(), operation).rejects.toMatchObject({ code: 'closed', operation });
    }
  });

  it('a missing record, and a text over the cap, say which operation refused them', async () => {
    const missing: [string, () => Promise<unknown>][] = [
      ['drafts.setTicks', () => repos.drafts.setTicks('draft_gone', {})],
      ['drafts.patch', () => repos.drafts.patch('draft_gone', {})],
      ['drafts.markPosted', () => repos.drafts.markPosted('draft_gone')],
      ['postLog.annotate', () => repos.postLog.annotate('post_gone', {})],
    ];
    for (const [operation, call] of missing) {
      await expect(call(), operation).rejects.toMatchObject({ code: 'not-found', operation });
    }
    const tooLong = (await repos.drafts
      .saveDraftText('x', 'main', 'a'.repeat(MAX_DRAFT_CHARS + 1))
      .catch((error: unknown) => error)) as Error;
    expect(tooLong).toMatchObject({ code: 'invalid', operation: 'drafts.saveDraftText' });
    expect(tooLong.message).toContain(String(MAX_DRAFT_CHARS));
  });
});
