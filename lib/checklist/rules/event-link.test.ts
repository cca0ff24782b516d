import { describe, expect, it } from 'vitest';
import { announcesEvent } from './event-link';
import { check } from '@/tests/support/checklist';

describe('announcesEvent', () => {
  it.each([
    'Ikuti webinar literasi digital bersama kami',
    'Pendaftaran lomba mendongeng dibuka!',
    'Bedah buku "Laut Bercerita" bersama penulisnya',
    'Join our book club this Saturday',
    'RSVP for the storytime session',
    'Acara diskusi Sabtu, 12 Juli pukul 09.00 WIB',
  ])('%s', (text) => {
    expect(announcesEvent(text)).not.toBeNull();
  });

  it.each([
    'Daftar buku baru bulan ini',
    'Koleksi baru: novel remaja dan buku anak',
    'Terima kasih atas kunjungannya',
  ])('not an event: %s', (text) => {
    expect(announcesEvent(text)).toBeNull();
  });
});

describe('event-link', () => {
  it('passes an event with a registration link', () => {
    const text = 'Webinar literasi digital, Sabtu 12 Juli. Daftar: https://bit.ly/WebinarLit';
    const r = check('event-link', { text, platform: 'facebook' });
    expect(r.status).toBe('pass');
    expect(r.message.en).toBe('Event announcement ("Webinar") with a registration or info link');
  });

  it('passes an Instagram event that points to the link in bio', () => {
    const text = 'Lomba resensi buku! Pendaftaran lewat link di bio ya';
    expect(check('event-link', { text, platform: 'instagram' }).status).toBe('pass');
  });

  it('warns when an event has no link and points at the event word', () => {
    const text = 'Yuk ikuti workshop menulis cerpen hari Sabtu pukul 13.00 WIB!';
    const r = check('event-link', { text, platform: 'instagram' });
    expect(r.status).toBe('fail');
    expect(r.message.id).toBe(
      'Unggahan ini mengumumkan acara ("workshop") tetapi belum ada tautan pendaftaran atau info; tulis "link di bio"',
    );
    expect(text.slice(r.spans[0]!.start, r.spans[0]!.end)).toBe('workshop');
  });

  it('passes a post that is not about an event', () => {
    const r = check('event-link', { text: 'Daftar buku baru bulan ini 📚', platform: 'x' });
    expect(r.status).toBe('pass');
    expect(r.message.id).toBe('Bukan pengumuman acara');
  });
});

describe('event words that are also ordinary words', () => {
  it('"minggu ini" (this week) is not a date', () => {
    expect(announcesEvent('Daftar buku baru minggu ini')).toBeNull();
  });
});
