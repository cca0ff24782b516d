import { describe, expect, it } from 'vitest';
import { check } from '@/tests/support/checklist';

describe('consent-photo', () => {
  it('nudges (info) when children appear in photos', () => {
    const text =
      'Keseruan adik-adik TK Pertiwi di ruang baca anak kemarin! Foto lengkap di highlight.';
    const r = check('consent-photo', { text, platform: 'instagram' });
    expect(r.status).toBe('fail');
    expect(r.severity).toBe('info');
    expect(r.message.id).toContain('izin orang tua/wali');
  });

  it('nudges in English too', () => {
    const r = check('consent-photo', {
      text: 'Photos from our storytime with the kids this morning!',
      platform: 'facebook',
    });
    expect(r.status).toBe('fail');
  });

  it('stays silent when the caption says consent was given, or nobody is pictured', () => {
    expect(
      check('consent-photo', {
        text: 'Foto kegiatan anak-anak hanya kami unggah dengan izin orang tua.',
        platform: 'instagram',
      }).status,
    ).toBe('pass');
    expect(
      check('consent-photo', { text: 'Koleksi baru untuk anak sudah tiba!', platform: 'x' }).status,
    ).toBe('pass');
  });
});
