import { describe, expect, it } from 'vitest';
import { check, maybeCheck } from '@/tests/support/checklist';

const body = ' Pinjam di lantai 2 atau lewat katalog daring. '.repeat(4);

describe('preview', () => {
  it('passes a long Instagram caption that opens with its message', () => {
    const r = check('preview', {
      text: `Koleksi baru sudah tiba! 120 judul untuk remaja dan anak.${body}`,
      platform: 'instagram',
    });
    expect(r.status).toBe('pass');
    expect(r.message.en).toContain('cuts the caption after about 125 characters');
  });

  it('notes (info) a caption whose first 125 characters are hashtags and emoji', () => {
    const text = `#PerpusKotaJogja #KoleksiBaru #BukuRemaja #GemarMembaca 📚📚📚 @perpusnas_ri @perpuskotajogja @dispusipda ✨✨✨\n\nKoleksi baru sudah tiba!${body}`;
    const r = check('preview', { text, platform: 'instagram' });
    expect(r.status).toBe('fail');
    expect(r.severity).toBe('info');
    expect(r.spans[0]).toEqual({ start: 0, end: expect.any(Number) });
  });

  it('passes a short caption and does not run elsewhere', () => {
    expect(check('preview', { text: '#Buku', platform: 'instagram' }).status).toBe('pass');
    expect(maybeCheck('preview', { text: '#Buku', platform: 'facebook' })).toBeUndefined();
  });
});
