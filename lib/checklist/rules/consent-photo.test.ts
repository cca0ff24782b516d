import { describe, expect, it } from 'vitest';
import { check, expectAutomaticRule, markedText } from '@/tests/support/checklist';
import { consentPhotoRule } from './consent-photo';

const consent = (text: string) => check('consent-photo', { text, platform: 'instagram' });

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

  it('says in both languages what it found, and marks both words in order', () => {
    const text = 'Photos from our storytime with the kids this morning!';
    const r = consent(text);
    expect(r.message).toEqual({
      id: 'Unggahan ini menyebut anak atau pemustaka dalam foto atau video: pastikan ada izin mereka, dan izin orang tua/wali untuk anak (UU PDP 27/2022)',
      en: 'This post speaks of children or patrons in a photo or video: make sure they agreed, and a parent or guardian for children (UU PDP 27/2022)',
    });
    expect(markedText(text, r)).toEqual(['Photos', 'kids']);
    expect(consent('Koleksi baru untuk anak sudah tiba!').message).toEqual({
      id: 'Tidak ada foto anak atau pemustaka yang perlu izin',
      en: 'No photo of children or patrons that needs consent',
    });
  });

  it('matches whole words only', () => {
    // "pelajaran" (a lesson) is not "pelajar" (a pupil).
    expect(consent('Foto materi pelajaran membaca hari ini').status).toBe('pass');
    // "perizinan" (permits) is not "izin" (consent).
    expect(consent('Foto anak-anak saat mengurus perizinan ruang baca').status).toBe('fail');
  });

  it('finds a whole word after the same letters inside another word', () => {
    // "anak" inside "kanak-kanak", "foto" inside "swafoto", "izin" inside "perizinan".
    const kindergarten = consent('Kunjungan taman kanak-kanak: potret anak-anak di galeri');
    expect(kindergarten.status).toBe('fail');
    expect(consent('Anak-anak dan swafoto mereka; foto lengkap di galeri').status).toBe('fail');
    expect(
      consent('Foto anak-anak, perizinan ruang sudah ada, dan izin orang tua juga').status,
    ).toBe('pass');
  });

  it('is an automatic check with its title in both languages', () => {
    expectAutomaticRule(consentPhotoRule, {
      id: 'consent-photo',
      severity: 'info',
      title: {
        id: 'Izin untuk foto anak dan pemustaka',
        en: 'Consent for photos of children and patrons',
      },
    });
  });
});
