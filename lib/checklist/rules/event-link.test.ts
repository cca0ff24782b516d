import { describe, expect, it } from 'vitest';
import { announcesEvent, eventLinkRule, mentionsBio } from './event-link';
import { check, expectAutomaticRule, markedText } from '@/tests/support/checklist';

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
    expect(r.message.en).toBe('Event announcement ("Daftar:") with a registration or info link');
  });

  it('passes an Instagram event that points to the link in bio', () => {
    const text = 'Lomba resensi buku! Pendaftaran lewat link di bio ya';
    expect(check('event-link', { text, platform: 'instagram' }).status).toBe('pass');
  });

  it.each([
    'Tautan pendaftaran ada di bio kami.',
    'Daftar di bio ya, kuota 30 peserta.',
    'Link pendaftaran di bio!',
    'The registration link is in our bio.',
    'Register through the link in bio',
  ])('recognises the link in bio: %s', (text) => {
    expect(check('event-link', { text, platform: 'instagram' }).status).toBe('pass');
  });

  it('warns when a post asks people to register with no way to do it', () => {
    const text = 'Yuk ikuti workshop menulis cerpen hari Sabtu pukul 13.00 WIB! Kuota terbatas.';
    const r = check('event-link', { text, platform: 'instagram' });
    expect(r.status).toBe('fail');
    expect(r.message.id).toBe(
      'Unggahan ini mengajak mendaftar atau bergabung daring ("Kuota terbatas") tetapi belum ada tautan pendaftaran atau info; tulis "link di bio"',
    );
    expect(text.slice(r.spans[0]!.start, r.spans[0]!.end)).toBe('Kuota terbatas');
  });

  it('warns about an online event with no link to join', () => {
    const text = 'Malam ini pukul 19.30 WIB ada kelas daring lewat Zoom. Sampai jumpa!';
    expect(check('event-link', { text, platform: 'x' }).status).toBe('fail');
  });

  // Were warnings: a walk-in event, a competition's results and a recap need no link.
  it.each([
    'Yuk ikuti workshop menulis cerpen hari Sabtu pukul 13.00 WIB di Aula!',
    'Selamat kepada para pemenang lomba mendongeng tingkat SD 2025!',
    'Terima kasih kepada peserta yang telah mengikuti webinar kemarin!',
    'Klub buku remaja tiap Jumat pukul 15.30 WIB. Bebas datang, tanpa daftar!',
  ])('does not ask for a link: %s', (text) => {
    expect(check('event-link', { text, platform: 'facebook' }).status).toBe('pass');
  });

  it('counts a mistyped link as a link (the links rule reports it)', () => {
    const text = 'Pendaftaran webinar sudah dibuka di htps://bit.ly/webinarjogja';
    expect(check('event-link', { text, platform: 'facebook' }).status).toBe('pass');
  });

  it('passes a post that is not about an event', () => {
    const r = check('event-link', { text: 'Daftar buku baru bulan ini 📚', platform: 'x' });
    expect(r.status).toBe('pass');
    expect(r.message.id).toBe('Tidak meminta pendaftaran atau bergabung daring');
  });
});

describe('the event-link rule', () => {
  it('is an automatic check that warns', () => {
    expectAutomaticRule(eventLinkRule, {
      id: 'event-link',
      severity: 'warn',
      title: {
        id: 'Ada tautan pendaftaran/info untuk acara',
        en: 'Registration or info link for events',
      },
    });
  });

  it('says in both languages what it found', () => {
    const none = check('event-link', { text: 'Koleksi baru bulan ini', platform: 'x' });
    expect(none.message.en).toBe('Does not ask people to register or join online');
    const linked = check('event-link', {
      text: 'Pendaftaran webinar: https://bit.ly/WebinarLit',
      platform: 'facebook',
    });
    expect(linked.message).toEqual({
      id: 'Pengumuman acara ("Pendaftaran") dengan tautan pendaftaran/info',
      en: 'Event announcement ("Pendaftaran") with a registration or info link',
    });
  });

  it('asks for the link itself where captions hold clickable links, for "link in bio" elsewhere', () => {
    const text = 'Pendaftaran lomba mendongeng dibuka!';
    expect(check('event-link', { text, platform: 'facebook' }).message).toEqual({
      id: 'Unggahan ini mengajak mendaftar atau bergabung daring ("Pendaftaran") tetapi belum ada tautan pendaftaran atau info',
      en: 'This post asks people to register or join online ("Pendaftaran") but has no registration or info link',
    });
    expect(check('event-link', { text, platform: 'instagram' }).message.en).toBe(
      'This post asks people to register or join online ("Pendaftaran") but has no registration or info link; say "link in bio"',
    );
  });

  it('counts a link written without its scheme', () => {
    const r = check('event-link', { text: 'Daftar: bit.ly/WebinarLit', platform: 'facebook' });
    expect(r.status).toBe('pass');
  });

  it.each(['ttps://forms', 'htp://forms', 'https//forms', 'htps : //forms', 'https: //forms'])(
    'counts a mistyped link as a link: %s',
    (link) => {
      const text = `Pendaftaran webinar: ${link}`;
      expect(check('event-link', { text, platform: 'facebook' }).status).toBe('pass');
    },
  );

  it('reads registration words as whole words ("daftar diskon" asks nothing)', () => {
    const text = 'Daftar diskon buku bulan ini di perpustakaan';
    expect(check('event-link', { text, platform: 'facebook' }).status).toBe('pass');
  });

  it('skips a registration word inside another word and finds the next one', () => {
    const text = 'Kuota pendaftar di kelas ini 30 orang. Daftar di meja layanan ya!';
    const r = check('event-link', { text, platform: 'facebook' });
    expect(r.status).toBe('fail');
    expect(markedText(text, r)).toEqual(['Daftar di']);
  });
});

describe('a recap', () => {
  it('announces nothing when it only looks back', () => {
    expect(announcesEvent('Terima kasih kepada peserta yang telah mengikuti lomba kemarin')).toBe(
      null,
    );
  });

  it('still announces an online event it mentions', () => {
    const text = 'Terima kasih yang telah hadir! Webinar kedua minggu depan.';
    expect(announcesEvent(text)?.text).toBe('Webinar');
  });
});

describe('the link in bio', () => {
  it.each([
    'Link pendaftaran ada  di  bio',
    'Link pendaftaran di\nbio',
    'Registration link in  our  bio',
    'Registration link on   the   bio',
    'Cek  bio untuk daftar',
    'Formulir ada di  profil  kami',
  ])('is found with any spacing: %s', (text) => {
    expect(mentionsBio(text)).toBe(true);
  });

  it('is not a word that starts with "bio"', () => {
    expect(mentionsBio('Buku biografi ada di biografi tokoh')).toBe(false);
  });
});

describe('event words that are also ordinary words', () => {
  it('"minggu ini" (this week) is not a date', () => {
    expect(announcesEvent('Daftar buku baru minggu ini')).toBeNull();
  });

  it('a number is not a date without a month ("daftar 10" is a list)', () => {
    expect(announcesEvent('Daftar 10 buku terlaris bulan ini')).toBeNull();
    expect(announcesEvent('Daftar 10 📚 terlaris, 5 - 6 per rak')).toBeNull();
  });

  it('a time word inside another word is skipped, the day after it found', () => {
    expect(announcesEvent('Kelas menulis, format 2 sesi, Sabtu pukul 09.00')?.text).toBe('Kelas');
  });
});
