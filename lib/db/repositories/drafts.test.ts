// @vitest-environment node
/**
 * The drafts repository's rules one by one (what the autosave, the restore offer and the post log
 * rely on), over Dexie and fake-indexeddb; written from its mutation run (docs/reliability.md).
 */
import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_CHARS } from '../limits';
import { changedChars, isLargeChange, LARGE_CHANGE_CHARS, REVISION_WINDOW_MS } from './drafts';
import { eachTestRepositories } from '@/tests/support/repositories';

const testDb = eachTestRepositories();

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
    await testDb.repos.drafts.saveDraftText('facebook', 'main', 'Teks lama');
    await expect(
      testDb.repos.drafts.saveDraftText('facebook', 'main', 'a'.repeat(MAX_DRAFT_CHARS + 1)),
    ).rejects.toMatchObject({ name: 'DbError', code: 'invalid' });
    expect((await testDb.repos.drafts.recent('facebook')).map((d) => d.text)).toEqual([
      'Teks lama',
    ]);
    const longest = await testDb.repos.drafts.saveDraftText(
      'facebook',
      'main',
      'b'.repeat(MAX_DRAFT_CHARS),
    );
    expect(longest.draft?.text).toHaveLength(MAX_DRAFT_CHARS);
  });

  it('a new draft is complete: its composer, status, no ticks, and the time it was made', async () => {
    const { draft } = await testDb.repos.drafts.saveDraftText('tiktok', 'upload', 'Video baru', {
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
      createdAt: testDb.clock.now(),
      updatedAt: testDb.clock.now(),
      templateId: 'tpl_1',
      textTakenAt: 123,
    });
    expect(await testDb.repos.drafts.get(draft!.id)).toEqual(draft);
  });

  it('an update keeps the template unless a new one is given, and the page time only if given', async () => {
    const { draft } = await testDb.repos.drafts.saveDraftText('x', 'main', 'Satu', {
      templateId: 'tpl_1',
      takenAt: 5,
    });
    testDb.clock.advance(1000);
    const plain = await testDb.repos.drafts.saveDraftText('x', 'main', 'Satu dua');
    expect(plain.draft).toMatchObject({
      id: draft!.id,
      templateId: 'tpl_1',
      updatedAt: testDb.clock.now(),
    });
    expect(plain.draft).not.toHaveProperty('textTakenAt');
    const other = await testDb.repos.drafts.saveDraftText('x', 'main', 'Satu dua tiga', {
      templateId: 'tpl_2',
      takenAt: 9,
    });
    expect(other.draft).toMatchObject({ templateId: 'tpl_2', textTakenAt: 9 });
  });

  it('the same text again changes nothing, not even the time', async () => {
    const first = await testDb.repos.drafts.saveDraftText('x', 'main', 'Sama');
    testDb.clock.advance(5000);
    const again = await testDb.repos.drafts.saveDraftText('x', 'main', 'Sama');
    expect(again).toEqual({ draft: first.draft, revision: 'none' });
    expect((await testDb.repos.drafts.get(first.draft!.id))?.updatedAt).toBe(
      first.draft!.updatedAt,
    );
  });

  it('a clock that went back never dates a draft or a revision before its last save', async () => {
    const { draft } = await testDb.repos.drafts.saveDraftText('x', 'main', 'Pagi');
    const at = testDb.clock.now();
    testDb.clock.advance(-60_000);
    const later = await testDb.repos.drafts.saveDraftText('x', 'main', 'Pagi ini');
    expect(later.draft?.updatedAt).toBe(at);
    const [revision] = await testDb.repos.drafts.revisions(draft!.id);
    expect(revision?.savedAt).toBe(at);
  });

  it('a revision made after the window is dated now, its time span starting now', async () => {
    const { draft } = await testDb.repos.drafts.saveDraftText('x', 'main', 'Mulai');
    testDb.clock.advance(REVISION_WINDOW_MS - 1);
    expect((await testDb.repos.drafts.saveDraftText('x', 'main', 'Mulai a')).revision).toBe(
      'coalesced',
    );
    testDb.clock.advance(1);
    expect((await testDb.repos.drafts.saveDraftText('x', 'main', 'Mulai ab')).revision).toBe(
      'created',
    );
    const [newest, oldest] = await testDb.repos.drafts.revisions(draft!.id);
    expect(newest).toMatchObject({
      text: 'Mulai ab',
      startedAt: testDb.clock.now(),
      savedAt: testDb.clock.now(),
    });
    expect(oldest).toMatchObject({ text: 'Mulai a', savedAt: testDb.clock.now() - 1 });
  });

  it('whitespace and Unicode forms alone are no new revision', async () => {
    const { draft } = await testDb.repos.drafts.saveDraftText('x', 'main', 'Kafe baca');
    testDb.clock.advance(REVISION_WINDOW_MS * 2);
    // The same words with a decomposed "é" and a re-wrapped line.
    const result = await testDb.repos.drafts.saveDraftText(
      'x',
      'main',
      'Kafe\u0301 baca'.replace('e\u0301', 'é'),
    );
    expect(result.revision).toBe('created'); // "Kafé" is another word than "Kafe"
    testDb.clock.advance(REVISION_WINDOW_MS * 2);
    const nfd = await testDb.repos.drafts.saveDraftText('x', 'main', 'Kafe\u0301\n baca');
    expect(nfd.revision).toBe('none');
    expect((await testDb.repos.drafts.get(draft!.id))?.text).toBe('Kafe\u0301\n baca');
    expect(await testDb.repos.drafts.revisions(draft!.id)).toHaveLength(2);
  });

  it('a space added or removed between words is an edit', async () => {
    const { draft } = await testDb.repos.drafts.saveDraftText('x', 'main', 'Halo pemustaka');
    testDb.clock.advance(REVISION_WINDOW_MS);
    expect((await testDb.repos.drafts.saveDraftText('x', 'main', 'Halopemustaka')).revision).toBe(
      'created',
    );
    expect(await testDb.repos.drafts.revisions(draft!.id)).toHaveLength(2);
  });

  it('a blank text answers that nothing was saved; ids say what they are', async () => {
    expect(await testDb.repos.drafts.saveDraftText('x', 'main', ' \n ')).toEqual({
      draft: undefined,
      revision: 'none',
    });
    const { draft } = await testDb.repos.drafts.saveDraftText('x', 'main', 'Ada');
    const [revision] = await testDb.repos.drafts.revisions(draft!.id);
    expect(revision?.id).toMatch(/^rev_/);
    expect((await testDb.repos.postLog.add({ platform: 'x', text: 'Pos' })).id).toMatch(/^post_/);
  });

  it('the newest of several open drafts is the one a save continues', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      testDb.clock.advance(1000);
      ids.push(
        (await testDb.repos.drafts.saveDraftText('x', 'main', `Draf ${i}`, { startNew: true }))
          .draft!.id,
      );
    }
    testDb.clock.advance(1000);
    expect((await testDb.repos.drafts.saveDraftText('x', 'main', 'Draf 5 lagi')).draft?.id).toBe(
      ids[5],
    );
    // An older one edited through its id becomes the newest.
    testDb.clock.advance(1000);
    await testDb.repos.drafts.saveDraftText('x', 'main', 'Draf 2 lagi', { draftId: ids[2] });
    testDb.clock.advance(1000);
    expect((await testDb.repos.drafts.saveDraftText('x', 'main', 'Draf 2 lagi!')).draft?.id).toBe(
      ids[2],
    );
    expect((await testDb.repos.drafts.findRestorable('x', 'main'))?.draft.id).toBe(ids[2]);
  });

  it('startNew leaves the open draft as it is and starts another', async () => {
    const open = await testDb.repos.drafts.saveDraftText('x', 'main', 'Draf pertama');
    testDb.clock.advance(1000);
    const fresh = await testDb.repos.drafts.saveDraftText('x', 'main', 'Draf kedua', {
      startNew: true,
    });
    expect(fresh.draft?.id).not.toBe(open.draft!.id);
    expect(fresh.revision).toBe('created');
    expect((await testDb.repos.drafts.get(open.draft!.id))?.text).toBe('Draf pertama');
    // Without it, the newest unposted draft goes on.
    testDb.clock.advance(1000);
    const next = await testDb.repos.drafts.saveDraftText('x', 'main', 'Draf kedua lagi');
    expect(next.draft?.id).toBe(fresh.draft!.id);
  });

  it('draftId continues that draft, not the newest; a gone or posted one starts a draft', async () => {
    const older = await testDb.repos.drafts.saveDraftText('x', 'main', 'Tab satu');
    testDb.clock.advance(1000);
    const newer = await testDb.repos.drafts.saveDraftText('x', 'main', 'Tab dua', {
      startNew: true,
    });
    testDb.clock.advance(1000);
    const continued = await testDb.repos.drafts.saveDraftText('x', 'main', 'Tab satu lagi', {
      draftId: older.draft!.id,
    });
    expect(continued.draft?.id).toBe(older.draft!.id);
    expect((await testDb.repos.drafts.get(newer.draft!.id))?.text).toBe('Tab dua');

    await testDb.repos.drafts.markPosted(older.draft!.id);
    const afterPost = await testDb.repos.drafts.saveDraftText('x', 'main', 'Tab satu sesudah pos', {
      draftId: older.draft!.id,
    });
    expect([older.draft!.id, newer.draft!.id]).not.toContain(afterPost.draft?.id);
    const gone = await testDb.repos.drafts.saveDraftText('x', 'main', 'Entah', {
      draftId: 'draft_gone',
    });
    expect([older.draft!.id, newer.draft!.id, afterPost.draft!.id]).not.toContain(gone.draft?.id);
  });

  it('knows whether any draft of a composer, posted or not, holds exactly a text', async () => {
    const { draft } = await testDb.repos.drafts.saveDraftText('x', 'main', 'Sudah terbit');
    await testDb.repos.drafts.markPosted(draft!.id);
    expect(await testDb.repos.drafts.holdsText('x', 'main', 'Sudah terbit')).toBe(true);
    expect(await testDb.repos.drafts.holdsText('x', 'main', 'Sudah terbit ')).toBe(false);
    expect(await testDb.repos.drafts.holdsText('x', 'reply', 'Sudah terbit')).toBe(false);
    expect(await testDb.repos.drafts.holdsText('facebook', 'main', 'Sudah terbit')).toBe(false);
  });
});

describe('what is offered and listed', () => {
  it('a blank draft with no text in its history offers the next draft', async () => {
    const older = await testDb.repos.drafts.saveDraftText('x', 'main', 'Yang lama');
    testDb.clock.advance(1000);
    const blank = await testDb.repos.drafts.saveDraftText('x', 'main', ' ', { startNew: true });
    expect(blank.draft).toBeUndefined();
    expect(await testDb.repos.drafts.findRestorable('x', 'main')).toEqual({
      draft: older.draft,
      text: 'Yang lama',
      source: 'draft',
      savedAt: older.draft!.updatedAt,
    });
  });

  it('the newest revision with text is offered, skipping blank ones', async () => {
    const { draft } = await testDb.repos.drafts.saveDraftText('x', 'main', 'Isi penting');
    const kept = testDb.clock.now();
    testDb.clock.advance(REVISION_WINDOW_MS);
    await testDb.repos.drafts.saveDraftText('x', 'main', '   ');
    expect((await testDb.repos.drafts.revisions(draft!.id)).map((r) => r.text)).toEqual([
      '   ',
      'Isi penting',
    ]);
    expect(await testDb.repos.drafts.findRestorable('x', 'main')).toMatchObject({
      draft: { id: draft!.id },
      text: 'Isi penting',
      source: 'revision',
      savedAt: kept,
    });
  });

  it('a blank draft without any history (as a backup may bring) is passed over', async () => {
    const older = await testDb.repos.drafts.saveDraftText('x', 'main', 'Yang berisi');
    testDb.clock.advance(1000);
    await testDb.db.drafts.put({
      ...older.draft!,
      id: 'draft_blank',
      text: '',
      updatedAt: testDb.clock.now(),
    });
    expect((await testDb.repos.drafts.findRestorable('x', 'main'))?.draft.id).toBe(older.draft!.id);
  });

  it('recent lists one platform’s drafts only', async () => {
    for (const platform of ['facebook', 'instagram', 'tiktok', 'x'] as const) {
      testDb.clock.advance(1000);
      await testDb.repos.drafts.saveDraftText(platform, 'main', `Draf ${platform}`);
    }
    expect((await testDb.repos.drafts.recent('x')).map((d) => d.text)).toEqual(['Draf x']);
    expect((await testDb.repos.drafts.recent('instagram')).map((d) => d.text)).toEqual([
      'Draf instagram',
    ]);
  });

  it('recent lists unposted ones only when asked', async () => {
    const posted = await testDb.repos.drafts.saveDraftText('x', 'a', 'Terbit');
    await testDb.repos.drafts.markPosted(posted.draft!.id);
    testDb.clock.advance(1000);
    await testDb.repos.drafts.saveDraftText('x', 'b', 'Belum');
    expect((await testDb.repos.drafts.recent('x')).map((d) => d.text)).toEqual(['Belum', 'Terbit']);
    expect(
      (await testDb.repos.drafts.recent('x', 20, { unpostedOnly: true })).map((d) => d.text),
    ).toEqual(['Belum']);
  });
});

describe('changing a draft', () => {
  it('ticks add to the ones there and date the draft now', async () => {
    const { draft } = await testDb.repos.drafts.saveDraftText('x', 'main', 'Centang');
    await testDb.repos.drafts.setTicks(draft!.id, { consent: true });
    testDb.clock.advance(1000);
    const next = await testDb.repos.drafts.setTicks(draft!.id, { source: false });
    expect(next.checklistTicks).toEqual({ consent: true, source: false });
    expect(next.updatedAt).toBe(testDb.clock.now());
    expect(await testDb.repos.drafts.get(draft!.id)).toEqual(next);
    await expect(testDb.repos.drafts.setTicks('draft_gone', {})).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('a status or template change is stored and never dated back', async () => {
    const { draft } = await testDb.repos.drafts.saveDraftText('x', 'main', 'Status');
    const savedAt = testDb.clock.now();
    testDb.clock.advance(-5000);
    const archived = await testDb.repos.drafts.setStatus(draft!.id, 'ready');
    expect(archived).toMatchObject({ status: 'ready', updatedAt: savedAt });
    testDb.clock.advance(10_000);
    const patched = await testDb.repos.drafts.patch(draft!.id, { templateId: 'tpl_9' });
    expect(patched).toMatchObject({
      status: 'ready',
      templateId: 'tpl_9',
      updatedAt: testDb.clock.now(),
    });
    expect(await testDb.repos.drafts.get(draft!.id)).toEqual(patched);
    await expect(testDb.repos.drafts.patch('draft_gone', {})).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('discarding one draft leaves the others and their revisions', async () => {
    const keep = await testDb.repos.drafts.saveDraftText('x', 'a', 'Simpan');
    const drop = await testDb.repos.drafts.saveDraftText('x', 'b', 'Buang');
    await testDb.repos.drafts.discard(drop.draft!.id);
    expect(await testDb.repos.drafts.get(keep.draft!.id)).toBeDefined();
    expect(await testDb.repos.drafts.revisions(keep.draft!.id)).toHaveLength(1);
    expect(await testDb.repos.drafts.revisions(drop.draft!.id)).toHaveLength(0);
  });
});

describe('posting', () => {
  it('records what went out: the text given, the checks, the plan, the address and the account', async () => {
    const { draft } = await testDb.repos.drafts.saveDraftText('instagram', 'main', 'Draf');
    const checks = [{ ruleId: 'source', severity: 'warn' as const, passed: false }];
    testDb.clock.advance(2000);
    const { draft: posted, log } = await testDb.repos.drafts.markPosted(draft!.id, {
      text: 'Yang terbit',
      checks,
      plannedPostId: 'plan_1',
      url: 'https://www.instagram.com/p/abc/',
      account: 'perpuskota',
    });
    expect(posted).toMatchObject({
      text: 'Yang terbit',
      status: 'posted',
      updatedAt: testDb.clock.now(),
    });
    expect(log).toEqual({
      id: expect.stringMatching(/^post_/),
      at: testDb.clock.now(),
      platform: 'instagram',
      draftId: draft!.id,
      text: 'Yang terbit',
      checks,
      plannedPostId: 'plan_1',
      url: 'https://www.instagram.com/p/abc/',
      account: 'perpuskota',
      postedBy: 'ana',
      updatedAt: testDb.clock.now(),
      updatedBy: 'ana',
      deleted: false,
    });
    expect(log.checks).not.toBe(checks);
    expect(await testDb.db.postLog.get(log.id)).toEqual(log);
    await expect(testDb.repos.drafts.markPosted('draft_gone')).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('the post log', () => {
  it('an entry added without a draft is dated now unless given a time, and signed', async () => {
    const now = await testDb.repos.postLog.add({ platform: 'x', text: 'Sekarang' });
    expect(now).toMatchObject({
      at: testDb.clock.now(),
      postedBy: 'ana',
      updatedAt: testDb.clock.now(),
    });
    const earlier = await testDb.repos.postLog.add({ platform: 'x', text: 'Kemarin', at: 1000 });
    expect(earlier.at).toBe(1000);
    expect(earlier.updatedAt).toBe(testDb.clock.now());
  });

  it('recent is newest first, per platform when asked, without deleted entries', async () => {
    for (const [at, platform] of [
      [1000, 'x'],
      [2000, 'facebook'],
      [3000, 'x'],
    ] as const)
      await testDb.repos.postLog.add({ platform, text: `${platform} ${at}`, at });
    const gone = await testDb.repos.postLog.add({ platform: 'x', text: 'hapus', at: 4000 });
    await testDb.repos.postLog.remove(gone.id);
    expect((await testDb.repos.postLog.recent()).map((e) => e.at)).toEqual([3000, 2000, 1000]);
    expect((await testDb.repos.postLog.recent(50, 'x')).map((e) => e.at)).toEqual([3000, 1000]);
    expect((await testDb.repos.postLog.recent(1)).map((e) => e.at)).toEqual([3000]);
    expect((await testDb.repos.postLog.between(0, 5000)).map((e) => e.at)).toEqual([
      3000, 2000, 1000,
    ]);
    expect((await testDb.repos.postLog.all()).map((e) => e.at)).toEqual([3000, 2000, 1000]);
  });

  it('numbers that are not counts are cleared; the rest are kept and rounded', async () => {
    const entry = await testDb.repos.postLog.add({ platform: 'x', text: 'Angka' });
    await testDb.repos.postLog.annotate(entry.id, { metrics: { reach: 10, likes: 3 } });
    const next = await testDb.repos.postLog.annotate(entry.id, {
      metrics: { reach: Number.NaN, likes: undefined, comments: 2.5, shares: Infinity },
    });
    expect(next.metrics).toEqual({ likes: 3, comments: 3 });
    const none = await testDb.repos.postLog.annotate(entry.id, { metrics: { likes: 0 } });
    expect(none.metrics).toEqual({ likes: 0, comments: 3 });
  });

  it('an annotation is dated after the version it edits and keeps the category when not given', async () => {
    const entry = await testDb.repos.postLog.add({ platform: 'x', text: 'Kategori' });
    const withCategory = await testDb.repos.postLog.annotate(entry.id, { category: 'acara' });
    testDb.clock.advance(-10_000);
    const edited = await testDb.repos.postLog.annotate(entry.id, { metrics: { likes: 1 } });
    expect(edited.category).toBe('acara');
    expect(edited.updatedAt).toBe(withCategory.updatedAt! + 1);
    const blank = await testDb.repos.postLog.annotate(entry.id, { category: '   ' });
    expect(blank).not.toHaveProperty('category');
  });

  it('refuses a category the backup and team sync would refuse, and keeps the entry as it was', async () => {
    const entry = await testDb.repos.postLog.add({ platform: 'x', text: 'Kategori' });
    const kept = await testDb.repos.postLog.annotate(entry.id, { category: 'acara' });
    for (const category of ['a'.repeat(101), 'acara\u202Ebalik', 'dua\nbaris'])
      await expect(testDb.repos.postLog.annotate(entry.id, { category })).rejects.toMatchObject({
        code: 'invalid',
      });
    expect(await testDb.db.postLog.get(entry.id)).toEqual(kept);
    const longest = await testDb.repos.postLog.annotate(entry.id, { category: 'k'.repeat(100) });
    expect(longest.category).toHaveLength(100);
  });

  it('a deleted entry cannot be annotated or deleted again; removing nothing returns nothing', async () => {
    const entry = await testDb.repos.postLog.add({ platform: 'x', text: 'Sekali' });
    expect(await testDb.repos.postLog.remove(entry.id)).toEqual(entry);
    expect(await testDb.repos.postLog.remove(entry.id)).toBeUndefined();
    expect(await testDb.repos.postLog.remove('post_gone')).toBeUndefined();
    await expect(testDb.repos.postLog.annotate(entry.id, {})).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('an entry restored after it was deleted elsewhere comes back dated after the deletion', async () => {
    const entry = await testDb.repos.postLog.add({ platform: 'x', text: 'Kembali' });
    // Never in this database (it came from a backup or a teammate): dated after its own version.
    await testDb.repos.postLog.restore({
      ...entry,
      id: 'post_elsewhere',
      updatedAt: testDb.clock.now() + 50,
    });
    const back = await testDb.db.postLog.get('post_elsewhere');
    expect(back).toMatchObject({
      deleted: false,
      updatedBy: 'ana',
      updatedAt: testDb.clock.now() + 51,
    });
  });
});

describe('a failure names what failed (for the diagnostics a person copies)', () => {
  it('each operation, when the database is gone', async () => {
    const { draft } = await testDb.repos.drafts.saveDraftText('x', 'main', 'Ada');
    const entry = await testDb.repos.postLog.add({ platform: 'x', text: 'Pos' });
    testDb.db.close();
    const calls: [string, () => Promise<unknown>][] = [
      ['drafts.get', () => testDb.repos.drafts.get(draft!.id)],
      ['drafts.holdsText', () => testDb.repos.drafts.holdsText('x', 'main', 'Ada')],
      ['drafts.saveDraftText', () => testDb.repos.drafts.saveDraftText('x', 'main', 'Lagi')],
      ['drafts.revisions', () => testDb.repos.drafts.revisions(draft!.id)],
      ['drafts.findRestorable', () => testDb.repos.drafts.findRestorable('x', 'main')],
      ['drafts.recent', () => testDb.repos.drafts.recent('x')],
      ['drafts.setTicks', () => testDb.repos.drafts.setTicks(draft!.id, {})],
      ['drafts.patch', () => testDb.repos.drafts.patch(draft!.id, {})],
      ['drafts.discard', () => testDb.repos.drafts.discard(draft!.id)],
      ['drafts.markPosted', () => testDb.repos.drafts.markPosted(draft!.id)],
      ['postLog.add', () => testDb.repos.postLog.add({ platform: 'x', text: 'Pos' })],
      ['postLog.recent', () => testDb.repos.postLog.recent()],
      ['postLog.between', () => testDb.repos.postLog.between(0, 1)],
      ['postLog.all', () => testDb.repos.postLog.all()],
      ['postLog.annotate', () => testDb.repos.postLog.annotate(entry.id, {})],
      ['postLog.remove', () => testDb.repos.postLog.remove(entry.id)],
      ['postLog.restore', () => testDb.repos.postLog.restore(entry)],
    ];
    for (const [operation, call] of calls) {
      await expect(call(), operation).rejects.toMatchObject({ code: 'closed', operation });
    }
  });

  it('a missing record, and a text over the cap, say which operation refused them', async () => {
    const missing: [string, () => Promise<unknown>][] = [
      ['drafts.setTicks', () => testDb.repos.drafts.setTicks('draft_gone', {})],
      ['drafts.patch', () => testDb.repos.drafts.patch('draft_gone', {})],
      ['drafts.markPosted', () => testDb.repos.drafts.markPosted('draft_gone')],
      ['postLog.annotate', () => testDb.repos.postLog.annotate('post_gone', {})],
    ];
    for (const [operation, call] of missing) {
      await expect(call(), operation).rejects.toMatchObject({ code: 'not-found', operation });
    }
    const tooLong = (await testDb.repos.drafts
      .saveDraftText('x', 'main', 'a'.repeat(MAX_DRAFT_CHARS + 1))
      .catch((error: unknown) => error)) as Error;
    expect(tooLong).toMatchObject({ code: 'invalid', operation: 'drafts.saveDraftText' });
    expect(tooLong.message).toContain(String(MAX_DRAFT_CHARS));
  });
});
