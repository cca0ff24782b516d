// @vitest-environment node
/**
 * The post log through team sync (issue #17, item 4), against the real CouchDB-protocol server:
 * nothing of it leaves a member's database while the team does not share it; once the team turns
 * sharing on, entries, their numbers and their deletions travel both ways and every member's copy
 * names who posted each entry; a malformed entry from the server is refused.
 */
import { describe, expect, it } from 'vitest';
import { fakeClock } from '@/tests/support/db';
import { syncTeamForEachTest, type SyncMember as Member } from '@/tests/support/sync-team';
import { docIdFor } from '.';

const clock = fakeClock(1_750_000_000_000);
const team = syncTeamForEachTest({ now: clock.now, validate: true });
const member = (name: string): Member => team.member(name);

/** The ids of every document on the team server (design documents included). */
async function serverIds(): Promise<string[]> {
  const res = await fetch(`${team.url}/_all_docs`);
  const body = (await res.json()) as { rows: { id: string }[] };
  return body.rows.map((row) => row.id);
}

/** What a member's post log page lists: who posted what. */
async function logOf(m: Member) {
  return (await m.repos.postLog.all()).map((e) => ({ text: e.text, postedBy: e.postedBy }));
}

/** Syncs until a run neither sends nor receives anything (each member once per round). */
async function settle(...members: Member[]): Promise<void> {
  for (let round = 0; round < 4; round++) {
    let moved = 0;
    for (const m of members) {
      const report = await m.sync.runOnce();
      expect(report.skipped).toEqual([]);
      moved += report.pushed + report.pulled;
      clock.advance(1_000);
    }
    if (moved === 0) return;
  }
}

describe('the post log while the team does not share it', () => {
  it('never leaves the browser: no document on the server, nothing waiting, nothing received', async () => {
    const ana = member('ana');
    const budi = member('budi');
    await ana.repos.hashtagSets.create({ name: 'Acara', tags: ['BedahBuku'] });
    const waiting = await ana.sync.pendingCount();
    const post = await ana.repos.postLog.add({ platform: 'x', text: 'Pameran buku' });
    await ana.repos.postLog.annotate(post.id, { metrics: { reach: 300 }, category: 'event' });
    const gone = await ana.repos.postLog.add({ platform: 'facebook', text: 'Dihapus' });
    await ana.repos.postLog.remove(gone.id);

    expect(await ana.sync.pendingCount()).toBe(waiting); // the post log is not counted
    await settle(ana, budi);

    const ids = await serverIds();
    expect(ids.some((id) => id.startsWith('hashtagSets:'))).toBe(true);
    expect(ids.filter((id) => id.startsWith('postLog:'))).toEqual([]);
    expect(await budi.repos.postLog.all()).toEqual([]);
    expect(await logOf(ana)).toEqual([{ text: 'Pameran buku', postedBy: 'ana' }]);
    expect(await ana.sync.pendingCount()).toBe(0);
  });
});

describe('the post log shared with the team', () => {
  it('brings both members both entries, named by poster, with a teammate’s numbers and deletions', async () => {
    const ana = member('ana');
    const budi = member('budi');
    // Both have synced before, and posted while the log was personal.
    await settle(ana, budi);
    clock.advance(60_000);
    await ana.repos.postLog.add({ platform: 'x', text: 'Pos Ana' });
    await budi.repos.postLog.add({ platform: 'instagram', text: 'Pos Budi' });
    await settle(ana, budi);
    expect(await budi.repos.postLog.all()).toHaveLength(1);
    clock.advance(60_000);

    // Ana turns sharing on for the team; Budi's entry, older than his last look, goes too.
    await ana.repos.teamSettings.save({ sharePostLog: true });
    await settle(ana, budi);
    expect((await budi.repos.teamSettings.get()).sharePostLog).toBe(true);
    const expected = [
      { text: 'Pos Budi', postedBy: 'budi' },
      { text: 'Pos Ana', postedBy: 'ana' },
    ];
    const byText = (list: { text: string }[]) =>
      [...list].sort((a, b) => a.text.localeCompare(b.text));
    expect(byText(await logOf(ana))).toEqual(byText(expected));
    expect(byText(await logOf(budi))).toEqual(byText(expected));

    // Budi enters the numbers of Ana's post: Ana's copy gets them, Ana stays the poster.
    const anasPost = (await budi.repos.postLog.all()).find((e) => e.text === 'Pos Ana')!;
    await budi.repos.postLog.annotate(anasPost.id, { metrics: { reach: 500, likes: 40 } });
    await settle(budi, ana);
    expect((await ana.repos.postLog.all()).find((e) => e.id === anasPost.id)).toMatchObject({
      postedBy: 'ana',
      updatedBy: 'budi',
      metrics: { reach: 500, likes: 40 },
    });

    // Ana deletes her post: it leaves Budi's log too.
    await ana.repos.postLog.remove(anasPost.id);
    await settle(ana, budi);
    expect(await logOf(budi)).toEqual([{ text: 'Pos Budi', postedBy: 'budi' }]);
  });

  it('stops sending new entries once the team turns it off; shared ones stay', async () => {
    const ana = member('ana');
    const budi = member('budi');
    await ana.repos.teamSettings.save({ sharePostLog: true });
    await ana.repos.postLog.add({ platform: 'x', text: 'Dibagikan' });
    await settle(ana, budi);
    clock.advance(60_000);

    await budi.repos.teamSettings.save({ sharePostLog: false });
    await settle(budi, ana);
    await ana.repos.postLog.add({ platform: 'x', text: 'Pribadi lagi' });
    await settle(ana, budi);

    expect((await logOf(budi)).map((e) => e.text)).toEqual(['Dibagikan']);
    expect((await serverIds()).filter((id) => id.startsWith('postLog:'))).toHaveLength(1);
    expect(await ana.sync.pendingCount()).toBe(0);
  });
});

describe('a malformed post log entry', () => {
  const entry = {
    id: 'post_x',
    at: 1_750_000_000_000,
    platform: 'x',
    text: 'Pos',
    postedBy: 'budi',
    updatedAt: 1_750_000_000_000,
    updatedBy: 'budi',
    deleted: false,
  };
  const doc = (record: Record<string, unknown>) => ({
    _id: docIdFor('postLog', String(record.id)),
    sapa: 1,
    table: 'postLog',
    record,
  });

  it('is refused by the server and, written past it, by the member; a good one is taken', async () => {
    const noPoster = { ...entry, id: 'post_anon', postedBy: undefined };
    const refused = await fetch(`${team.url}/${docIdFor('postLog', 'post_anon')}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(doc(noPoster)),
    });
    expect(refused.status).toBe(403);

    // A tool that passes the server's basic check but not the member's: a negative number and
    // an unknown platform.
    await fetch(`${team.url}/_design/sapa`).then(async (res) => {
      const design = (await res.json()) as { _rev: string };
      await fetch(`${team.url}/_design/sapa?rev=${design._rev}`, { method: 'DELETE' });
    });
    const bad = { ...entry, id: 'post_bad', metrics: { reach: -5 } };
    const odd = { ...entry, id: 'post_odd', platform: 'myspace' };
    const res = await fetch(`${team.url}/_bulk_docs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ docs: [doc(entry), doc(bad), doc(odd)] }),
    });
    expect(res.status).toBe(201);

    const ana = member('ana');
    const report = await ana.sync.runOnce();
    expect(report.skipped.map((s) => s.docId).sort()).toEqual([
      'postLog:post_bad',
      'postLog:post_odd',
    ]);
    expect(report.skipped[0]!.reason.en).toMatch(/not valid/);
    expect((await ana.repos.postLog.all()).map((e) => e.id)).toEqual(['post_x']);
  });
});
