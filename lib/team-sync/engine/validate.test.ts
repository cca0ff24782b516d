// @vitest-environment node
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { applySeeds } from '@/lib/library/seed';
import { freshDb } from '@/tests/support/db';
import { SHARED_TABLES } from '@/lib/db/types';
import { toDoc, type SyncRecord } from './docs';
import { classifySyncError, SYNC_ERROR_MESSAGES, SyncError, toSyncError } from './errors';
import { checkDoc } from './validate';
import { VALIDATE_DOC_UPDATE } from './validate-doc-update';
import { makePlan } from '@/lib/calendar/plan-fixture';

const record = (extra: Record<string, unknown> = {}) => ({
  id: 'set_1',
  name: 'Acara',
  tags: ['BedahBuku'],
  updatedAt: 100,
  updatedBy: 'ana',
  deleted: false,
  ...extra,
});
const doc = (extra: Record<string, unknown> = {}, rec: Record<string, unknown> = record()) => ({
  _id: `hashtagSets:${String(rec.id)}`,
  _rev: '1-a',
  sapa: 1,
  table: 'hashtagSets',
  record: rec,
  ...extra,
});

/** Malformed documents: both the member's check and the server's function refuse them. */
const MALFORMED: [string, Record<string, unknown>][] = [
  ['no record', doc({ record: undefined })],
  ['record is a list', doc({ record: [] })],
  ['no format version', doc({ sapa: undefined })],
  ['unknown table', doc({ table: 'drafts', _id: 'drafts:set_1' })],
  ['id does not match', doc({ _id: 'hashtagSets:set_2' })],
  ['updatedAt as text', doc({}, record({ updatedAt: 'kemarin' }))],
  ['updatedBy missing', doc({}, record({ updatedBy: undefined }))],
  ['tags not a list', doc({}, record({ tags: 'BedahBuku' }))],
  ['empty name', doc({}, record({ name: '  ' }))],
  ['subscribed item', doc({}, record({ source: { subscriptionId: 'p' } }))],
  ['subscribed id', doc({}, record({ id: 'sub:p:set_1' }))],
];

describe('checkDoc', () => {
  it('accepts every seed record as the app sends it, unknown fields kept', async () => {
    const db = freshDb();
    await applySeeds(db, 1_000);
    for (const table of SHARED_TABLES) {
      for (const rec of (await db.table(table).toArray()) as SyncRecord[]) {
        const result = checkDoc(toDoc(table, { ...rec, extra: [1, 2] }));
        expect(result).toMatchObject({ ok: true, table, record: { id: rec.id, extra: [1, 2] } });
      }
    }
    db.close();
    await db.delete();
  });

  it('fills schema defaults (a record from an older client)', () => {
    const result = checkDoc(doc({}, record({ deleted: undefined })));
    expect(result).toMatchObject({ ok: true, record: { deleted: false } });
  });

  it.each(MALFORMED)('refuses a document with %s, saying why in both languages', (_l, bad) => {
    const result = checkDoc(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.id.length).toBeGreaterThan(5);
      expect(result.reason.en.length).toBeGreaterThan(5);
    }
  });

  it('names the field that is wrong', () => {
    const result = checkDoc(doc({}, record({ tags: ['Bukan tagar!'] })));
    expect(result).toMatchObject({ ok: false, reason: { en: expect.stringContaining('tags[0]') } });
  });

  it('refuses control characters, hashtag ids that are not the tag, and newer formats', () => {
    expect(checkDoc(doc({}, record({ name: 'A\u0000B' }))).ok).toBe(false);
    const tag = { id: 'bulanbuku', tag: 'BulanBuku', updatedAt: 1, updatedBy: 'a', deleted: false };
    expect(
      checkDoc({ _id: 'hashtags:bulanbuku', sapa: 1, table: 'hashtags', record: tag }).ok,
    ).toBe(true);
    const wrong = { ...tag, id: 'bulan' };
    expect(checkDoc({ _id: 'hashtags:bulan', sapa: 1, table: 'hashtags', record: wrong }).ok).toBe(
      false,
    );
    expect(checkDoc(doc({ sapa: 2 }))).toMatchObject({
      ok: false,
      reason: { en: expect.stringContaining('newer version of Sapa') },
    });
  });
});

describe('VALIDATE_DOC_UPDATE', () => {
  type Vdu = (newDoc: unknown, oldDoc: unknown, userCtx: unknown, secObj: unknown) => void;
  const vdu = new Function(`return (${VALIDATE_DOC_UPDATE});`)() as Vdu;
  const run = (d: unknown) => {
    try {
      vdu(d, null, { name: 'ana', roles: [] }, {});
      return 'ok';
    } catch (e) {
      return (e as { forbidden?: string }).forbidden ? 'forbidden' : `threw ${String(e)}`;
    }
  };

  it('is plain ES5, as CouchDB 3 runs it', () => {
    const messages = new Linter().verify(`(${VALIDATE_DOC_UPDATE});`, {
      languageOptions: { ecmaVersion: 5, sourceType: 'script' },
    });
    expect(messages.filter((m) => m.fatal)).toEqual([]);
  });

  it('accepts every record the app sends, and deletions', async () => {
    const db = freshDb();
    await applySeeds(db, 1_000);
    for (const table of SHARED_TABLES) {
      for (const rec of (await db.table(table).toArray()) as SyncRecord[]) {
        expect(run(toDoc(table, rec))).toBe('ok');
        expect(run(toDoc(table, { ...rec, deleted: true }))).toBe('ok');
      }
    }
    db.close();
    await db.delete();
    expect(run({ _id: 'hashtagSets:x', _deleted: true })).toBe('ok');
    expect(run({ _id: '_design/sapa', validate_doc_update: 'function(){}' })).toBe('ok');
  });

  it.each(MALFORMED)('refuses a document with %s (forbidden, never a crash)', (_label, bad) => {
    expect(run(bad)).toBe('forbidden');
  });
});

describe('sync errors', () => {
  it('maps failures to codes with messages in both languages', () => {
    const cases: [unknown, string][] = [
      [Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), 'unreachable'],
      [new TypeError('Failed to fetch'), 'unreachable'],
      [Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'unreachable'],
      [
        { status: 401, name: 'unauthorized', message: 'Name or password is incorrect.' },
        'unauthorized',
      ],
      [{ status: 403, name: 'forbidden', message: 'forbidden' }, 'forbidden'],
      [{ status: 404, name: 'not_found', message: 'Database does not exist.' }, 'no-database'],
      [{ status: 503, message: 'Service Unavailable' }, 'unreachable'],
      [Object.assign(new Error('quota'), { name: 'QuotaExceededError' }), 'quota'],
      [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'quota'],
      [new Error('something else'), 'unknown'],
      ['a string', 'unknown'],
    ];
    for (const [error, code] of cases) {
      expect({ error, code: classifySyncError(error) }).toEqual({ error, code });
      const wrapped = toSyncError(error);
      expect(wrapped).toBeInstanceOf(SyncError);
      expect(wrapped.code).toBe(code);
      expect(wrapped.userMessage).toEqual(SYNC_ERROR_MESSAGES[wrapped.code]);
      expect(wrapped.cause).toBe(error);
    }
    const again = toSyncError(cases[0]![0]);
    expect(toSyncError(again)).toBe(again);
  });

  it('every message says the local changes are safe, in both languages', () => {
    for (const [code, message] of Object.entries(SYNC_ERROR_MESSAGES)) {
      if (code === 'quota') continue;
      expect(message.id).toMatch(/tetap tersimpan/);
      expect(message.en).toMatch(/kept/);
    }
  });
});

describe('calendar documents', () => {
  type Vdu = (newDoc: unknown, oldDoc: unknown, userCtx: unknown, secObj: unknown) => void;
  const vdu = new Function(`return (${VALIDATE_DOC_UPDATE});`)() as Vdu;
  const server = (d: unknown) => {
    try {
      vdu(d, null, { name: 'ana', roles: [] }, {});
      return 'ok';
    } catch (e) {
      return (e as { forbidden?: string }).forbidden ? 'forbidden' : `threw ${String(e)}`;
    }
  };
  const plan = makePlan({ id: 'plan_1', reviewer: 'member-b', assignee: 'member-a' });
  const member = {
    id: 'member-a',
    displayName: 'Ana',
    role: 'writer',
    updatedAt: 5,
    updatedBy: 'member-a',
    deleted: false,
  };

  it('accepts a plan and a member as the app writes them, on both sides', () => {
    for (const [table, rec] of [
      ['plannedPosts', plan],
      ['teamMembers', member],
    ] as const) {
      const d = toDoc(table, rec as unknown as SyncRecord);
      expect(checkDoc(d)).toMatchObject({ ok: true, table, record: { id: rec.id } });
      expect(server(d)).toBe('ok');
    }
  });

  it.each([
    ['an unknown status', { status: 'scheduled' }],
    ['a day that is not a day', { date: '17 Mei' }],
    ['no title', { title: '' }],
  ])('refuses a plan with %s, on both sides', (_label, change) => {
    const d = toDoc('plannedPosts', { ...plan, ...change } as unknown as SyncRecord);
    expect(checkDoc(d).ok).toBe(false);
    expect(server(d)).toBe('forbidden');
  });

  it('accepts the platforms a plan was posted on, for the plan and for a series day', () => {
    const posted = {
      ...plan,
      platforms: ['instagram', 'facebook'],
      postedOn: { instagram: 'log_1' },
      recurrence: {
        rule: 'FREQ=WEEKLY;COUNT=2',
        exceptions: [{ date: '2026-01-24', override: { postedOn: { facebook: 'log_2' } } }],
      },
    };
    const d = toDoc('plannedPosts', posted as unknown as SyncRecord);
    expect(checkDoc(d)).toMatchObject({ ok: true, record: { postedOn: { instagram: 'log_1' } } });
    expect(server(d)).toBe('ok');
    const wrong = { ...posted, postedOn: { instagram: '' } };
    expect(checkDoc(toDoc('plannedPosts', wrong as unknown as SyncRecord)).ok).toBe(false);
  });

  it('refuses a member with a role Sapa does not know, on both sides', () => {
    const d = toDoc('teamMembers', { ...member, role: 'boss' });
    expect(checkDoc(d).ok).toBe(false);
    expect(server(d)).toBe('forbidden');
  });
});

describe('post log and team settings documents', () => {
  type Vdu = (newDoc: unknown, oldDoc: unknown, userCtx: unknown, secObj: unknown) => void;
  const vdu = new Function(`return (${VALIDATE_DOC_UPDATE});`)() as Vdu;
  const server = (d: unknown) => {
    try {
      vdu(d, null, { name: 'ana', roles: [] }, {});
      return 'ok';
    } catch (e) {
      return (e as { forbidden?: string }).forbidden ? 'forbidden' : `threw ${String(e)}`;
    }
  };
  const entry = {
    id: 'post_1',
    at: 1_750_000_000_000,
    platform: 'instagram',
    text: 'Pameran buku #BulanBuku',
    templateId: 'seed:tpl:koleksi:id',
    checks: [{ ruleId: 'placeholders', severity: 'block' }],
    override: { ruleIds: ['placeholders'] },
    metrics: { reach: 300, likes: 20 },
    category: 'event',
    plannedPostId: 'plan_1',
    account: '@perpuskota',
    postedBy: 'member-ana',
    updatedAt: 1_750_000_000_500,
    updatedBy: 'member-budi',
    deleted: false,
  };

  it('accepts an entry and the team settings as the app writes them, on both sides', () => {
    const d = toDoc('postLog', entry);
    // A field a newer Sapa adds (the account the post went out from) is kept.
    expect(checkDoc(d)).toMatchObject({ ok: true, record: { account: '@perpuskota' } });
    expect(server(d)).toBe('ok');
    const team = toDoc('teamSettings', {
      id: 'team',
      sharePostLog: true,
      updatedAt: 5,
      updatedBy: 'member-ana',
      deleted: false,
    });
    expect(checkDoc(team).ok).toBe(true);
    expect(server(team)).toBe('ok');
  });

  it.each([
    ['no poster', { postedBy: undefined }],
    ['a time as text', { at: 'kemarin' }],
    ['a caption that is not text', { text: 42 }],
    ['numbers that are not an object', { metrics: [1, 2] }],
  ])('refuses an entry with %s, on both sides', (_label, change) => {
    const d = toDoc('postLog', { ...entry, ...change } as unknown as SyncRecord);
    expect(checkDoc(d).ok).toBe(false);
    expect(server(d)).toBe('forbidden');
  });

  it.each([
    ['a negative number', { metrics: { reach: -5 } }],
    ['a platform Sapa does not know', { platform: 'myspace' }],
    ['a check of unknown severity', { checks: [{ ruleId: 'x', severity: 'fatal' }] }],
  ])('refuses an entry with %s on arrival', (_label, change) => {
    expect(checkDoc(toDoc('postLog', { ...entry, ...change } as SyncRecord)).ok).toBe(false);
  });

  it('refuses team settings whose choice is not true or false, on both sides', () => {
    const d = toDoc('teamSettings', {
      id: 'team',
      sharePostLog: 'yes',
      updatedAt: 5,
      updatedBy: 'member-ana',
      deleted: false,
    });
    expect(checkDoc(d).ok).toBe(false);
    expect(server(d)).toBe('forbidden');
  });
});
