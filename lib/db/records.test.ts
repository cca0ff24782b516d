import { describe, expect, it } from 'vitest';
import { freshDb } from '@/tests/support/db';
import { getRows } from './records';

describe('getRows', () => {
  it('returns each id’s row in the order asked, undefined where none, however it reads', async () => {
    const db = freshDb('records-get-rows');
    await db.open();
    const rows = Array.from({ length: 30 }, (_, i) => ({ id: `h${i}`, tag: `Tag${i}` }));
    await db.table('hashtags').bulkPut(rows);
    const some = ['h7', 'nope', 'h3'];
    // 100 ids for 30 rows (read whole), and 100 ids for 300 rows (read by id).
    const many = Array.from({ length: 100 }, (_, i) => `h${99 - i}`);
    const byId = (ids: string[]) => ids.map((id) => rows.find((row) => row.id === id));

    expect(await getRows(db, 'hashtags', some)).toEqual(byId(some));
    expect(await getRows(db, 'hashtags', many)).toEqual(byId(many));
    const more = Array.from({ length: 270 }, (_, i) => ({ id: `x${i}`, tag: `X${i}` }));
    await db.table('hashtags').bulkPut(more);
    expect(await getRows(db, 'hashtags', many)).toEqual(byId(many));
    db.close();
  });
});
