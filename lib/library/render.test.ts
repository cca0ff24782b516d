// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  brandValues,
  dropEmptyOptionalLines,
  formatDateValue,
  formatTimeValue,
  placeholdersIn,
  renderTemplate,
  resolveDateDefault,
  timeZoneOf,
  todayIn,
  type RenderableTemplate,
} from './render';

const kit = {
  libraryName: 'Perpustakaan Kota Bandung',
  website: 'https://perpus.example.id',
  linkInBio: 'https://lnk.example/perpus',
  tagline: 'Membaca itu asyik',
  signOff: 'Salam literasi!',
  handles: { instagram: 'perpuskota', x: '@perpuskota_x', facebook: '' },
  signatureHashtags: ['#PerpustakaanKota', 'GemarMembaca'],
};

const tpl: RenderableTemplate = {
  body: 'Hai! {{library}} mengundang ke {{acara}} pada {{ tanggal }}. Daftar: {{link}} {{hashtags}}',
  variants: { x: '{{acara}} {{tanggal}} {{link}} {{handle}}', tiktok: '   ' },
  variables: [
    { name: 'acara', label: { id: 'Acara', en: 'Event' }, type: 'text', required: true },
    { name: 'tanggal', label: { id: 'Tanggal', en: 'Date' }, type: 'date' },
    {
      name: 'link',
      label: { id: 'Tautan', en: 'Link' },
      type: 'link',
      default: 'https://daftar.example',
    },
  ],
};

describe('renderTemplate', () => {
  it('fills values, brand variables, defaults and dates (Indonesian)', () => {
    const r = renderTemplate(tpl, {
      platform: 'instagram',
      locale: 'id',
      values: { acara: 'Bedah Buku', tanggal: '2025-05-17' },
      brandKit: kit,
    });
    expect(r.text).toBe(
      'Hai! Perpustakaan Kota Bandung mengundang ke Bedah Buku pada Sabtu, 17 Mei 2025. Daftar: https://daftar.example #PerpustakaanKota #GemarMembaca',
    );
    expect(r.missing).toEqual([]);
    expect(r.usedVariant).toBe(false);
  });

  it('picks the platform variant and the platform handle; English dates', () => {
    const r = renderTemplate(tpl, {
      platform: 'x',
      locale: 'en',
      values: { acara: 'Book talk', tanggal: '2025-05-17', link: 'https://x.example' },
      brandKit: kit,
    });
    expect(r.text).toBe('Book talk Saturday 17 May 2025 https://x.example @perpuskota_x');
    expect(r.usedVariant).toBe(true);
  });

  it('falls back to the body when the variant is blank', () => {
    expect(
      renderTemplate(tpl, { platform: 'tiktok', locale: 'id', brandKit: kit }).usedVariant,
    ).toBe(false);
  });

  it('reports missing variables once each and leaves them visible', () => {
    const r = renderTemplate(
      {
        body: '{{acara}} {{acara}} {{handle}} {{website}} {{unknown}}',
        variants: {},
        variables: [],
      },
      { platform: 'facebook', locale: 'id', values: { acara: '  ' }, brandKit: kit },
    );
    expect(r.text).toBe('{{acara}} {{acara}} {{handle}} https://perpus.example.id {{unknown}}');
    expect(r.missing).toEqual(['acara', 'handle', 'unknown']);
  });

  it('with no brand kit the brand variables a sentence needs are missing; the sign-off drops out', () => {
    const r = renderTemplate(
      { body: '{{library}} {{signOff}}', variants: {}, variables: [] },
      { platform: 'x', locale: 'en' },
    );
    expect(r.missing).toEqual(['library']);
    expect(r.text).toBe('{{library}}');
    expect(r.blanked).toEqual(['signOff']);
  });

  it('a blank library name in the brand kit is reported missing, not filled with spaces', () => {
    for (const libraryName of ['', '   ', '\n\t']) {
      const r = renderTemplate(
        { body: 'Selamat datang di {{library}}!', variants: {}, variables: [] },
        { platform: 'instagram', locale: 'id', brandKit: { ...kit, libraryName } },
      );
      expect(r.missing, JSON.stringify(libraryName)).toEqual(['library']);
      expect(r.text).toBe('Selamat datang di {{library}}!');
    }
  });

  it('a value given by the person beats the brand kit', () => {
    const r = renderTemplate(
      { body: '{{library}}', variants: {}, variables: [] },
      { platform: 'x', locale: 'en', values: { library: 'Cabang Timur' }, brandKit: kit },
    );
    expect(r.text).toBe('Cabang Timur');
  });

  it('values are inserted literally (no re-expansion, no markup handling)', () => {
    const r = renderTemplate(
      { body: '{{a}}', variants: {}, variables: [] },
      { platform: 'x', locale: 'en', values: { a: '{{library}} <b>$&</b>' }, brandKit: kit },
    );
    expect(r.text).toBe('{{library}} <b>$&</b>');
    expect(r.missing).toEqual([]);
  });
});

describe('helpers', () => {
  it('formats dates and leaves free text alone', () => {
    expect(formatDateValue('2024-05-17', 'id')).toBe('Jumat, 17 Mei 2024');
    expect(formatDateValue('2024-05-17', 'en')).toBe('Friday 17 May 2024');
    expect(formatDateValue('setiap Sabtu', 'id')).toBe('setiap Sabtu');
    expect(formatDateValue('2024-02-31', 'id')).toBe('2024-02-31');
    expect(formatDateValue('2024-05-17T09:30:00Z', 'en', 'UTC')).toBe('Friday 17 May 2024 09:30');
  });

  it('lists placeholders and brand values', () => {
    expect(placeholdersIn('{{a}} {{ b }} {{a}} {c} {{1x}}')).toEqual(['a', 'b']);
    expect(brandValues(kit, 'instagram').handle).toBe('@perpuskota');
    expect(brandValues(kit, 'facebook').handle).toBe('');
    expect(brandValues(null, 'x').hashtags).toBe('');
  });
});

describe('dates and times in the template language', () => {
  it('writes a day as each language does, whatever the ICU version', () => {
    expect(formatDateValue('2026-12-10', 'id')).toBe('Kamis, 10 Desember 2026');
    expect(formatDateValue('2026-12-10', 'en')).toBe('Thursday 10 December 2026');
  });

  it('writes a time or a range with the zone from the brand kit', () => {
    expect(formatTimeValue('10:00', 'id', 'Asia/Jakarta')).toBe('10.00 WIB');
    expect(formatTimeValue('9.00 - 11.30', 'id', 'Asia/Makassar')).toBe('09.00–11.30 WITA');
    expect(formatTimeValue('19.00', 'en', 'Asia/Jayapura')).toBe('19:00 WIT');
    expect(formatTimeValue('selesai', 'id', 'Asia/Jakarta')).toBe('selesai');
    expect(formatTimeValue('10.00 WITA', 'id', 'Asia/Jakarta')).toBe('10.00 WITA');
    expect(formatTimeValue('25.00', 'id', 'Asia/Jakarta')).toBe('25.00');
  });

  it('a brand kit without a zone, or with an unknown one, is WIB', () => {
    expect(timeZoneOf(null)).toBe('Asia/Jakarta');
    expect(timeZoneOf({})).toBe('Asia/Jakarta');
    expect(timeZoneOf({ timeZone: 'Asia/Makassar' })).toBe('Asia/Makassar');
    expect(timeZoneOf({ timeZone: 'Europe/Paris' as never })).toBe('Asia/Jakarta');
  });

  it("renders 'pukul {{waktu}}' with the zone", () => {
    const r = renderTemplate(
      {
        body: 'Mulai pukul {{waktu}}.',
        variants: {},
        variables: [{ name: 'waktu', label: { id: 'Jam', en: 'Time' }, type: 'time' }],
      },
      {
        platform: 'facebook',
        locale: 'id',
        values: { waktu: '10:00' },
        brandKit: { ...kit, timeZone: 'Asia/Makassar' },
      },
    );
    expect(r.text).toBe('Mulai pukul 10.00 WITA.');
  });

  it("today is counted in the library's zone", () => {
    const late = new Date('2026-12-09T18:30:00Z'); // 01.30 WIB on the 10th, 03.30 WIT
    expect(todayIn('Asia/Jakarta', late)).toBe('2026-12-10');
    expect(todayIn('Asia/Jayapura', new Date('2026-12-09T14:30:00Z'))).toBe('2026-12-09');
  });

  it('date defaults: today, the next yearly occurrence, a fixed date; anything else is none', () => {
    expect(resolveDateDefault('today', '2026-12-10')).toBe('2026-12-10');
    expect(resolveDateDefault('--05-17', '2026-12-10')).toBe('2027-05-17');
    expect(resolveDateDefault('--05-17', '2026-05-17')).toBe('2026-05-17');
    expect(resolveDateDefault('--02-29', '2026-03-01')).toBe('2028-02-29');
    expect(resolveDateDefault('2026-08-17', '2026-12-10')).toBe('2026-08-17');
    expect(resolveDateDefault('setiap Sabtu', '2026-12-10')).toBe('');
    expect(resolveDateDefault(undefined, '2026-12-10')).toBe('');
  });

  it('a yearly date default is filled in when the day of filling in is known', () => {
    const t: RenderableTemplate = {
      body: 'Mulai {{tanggal}}',
      variants: {},
      variables: [
        { name: 'tanggal', label: { id: 'Tanggal', en: 'Date' }, type: 'date', default: '--05-17' },
      ],
    };
    expect(renderTemplate(t, { platform: 'x', locale: 'id', today: '2026-12-10' }).text).toBe(
      'Mulai Senin, 17 Mei 2027',
    );
  });
});

describe('empty variables never leave a raw placeholder behind', () => {
  const event: RenderableTemplate = {
    body: 'Yuk ikut {{acara}}!\n\n🗓 {{tanggal}}\n⏰ {{waktu}}\n📍 {{tempat}}\n\nNarasumber: {{narasumber}}\n\nBersama {{pemandu}}, gratis.\n\n{{hashtags}}',
    variants: {},
    variables: [
      { name: 'acara', label: { id: 'Acara', en: 'Event' }, type: 'text', required: true },
      { name: 'tanggal', label: { id: 'Tanggal', en: 'Date' }, type: 'date', required: true },
      { name: 'waktu', label: { id: 'Jam', en: 'Time' }, type: 'time' },
      { name: 'tempat', label: { id: 'Tempat', en: 'Venue' }, type: 'text' },
      { name: 'narasumber', label: { id: 'Narasumber', en: 'Speaker' }, type: 'text' },
      { name: 'pemandu', label: { id: 'Pemandu', en: 'Host' }, type: 'text' },
    ],
  };

  it('a required variable left empty stays visible and is reported', () => {
    const r = renderTemplate(event, {
      platform: 'facebook',
      locale: 'id',
      values: { acara: 'Bedah Buku', waktu: '10.00', tempat: 'Aula', narasumber: 'Ani' },
      brandKit: kit,
    });
    expect(r.missing).toEqual(['tanggal']);
    expect(r.text).toContain('🗓 {{tanggal}}');
  });

  it('optional ones drop out with their label line, leaving no double blank line', () => {
    const r = renderTemplate(event, {
      platform: 'facebook',
      locale: 'id',
      values: { acara: 'Bedah Buku', tanggal: '2026-12-10' },
      brandKit: { ...kit, signatureHashtags: [] },
    });
    expect(r.missing).toEqual([]);
    expect(r.dropped).toEqual(['waktu', 'tempat', 'narasumber', 'hashtags']);
    expect(r.blanked).toEqual(['pemandu']);
    expect(r.text).toBe('Yuk ikut Bedah Buku!\n\n🗓 Kamis, 10 Desember 2026\n\nBersama, gratis.');
    expect(r.text).not.toMatch(/\n\s*\n\s*\n/);
    expect(r.text).not.toMatch(/\{\{/);
  });
});

describe('dropEmptyOptionalLines', () => {
  const empty = (name: string) => name.startsWith('x');

  it('drops a line that holds only an empty optional variable and its label', () => {
    expect(dropEmptyOptionalLines('A\nTempat: {{x1}}\nB', empty).text).toBe('A\nB');
    expect(dropEmptyOptionalLines('A\n📍 {{x1}}\n- {{x2}}\nB', empty)).toEqual({
      text: 'A\nB',
      dropped: ['x1', 'x2'],
    });
  });

  it('keeps a line with a sentence, or with a filled variable', () => {
    const sentence = 'Kali ini kami menghadirkan buku bertema {{x1}}.';
    expect(dropEmptyOptionalLines(sentence, empty).text).toBe(sentence);
    expect(dropEmptyOptionalLines('🗓 {{tanggal}}, {{x1}}', empty).text).toBe(
      '🗓 {{tanggal}}, {{x1}}',
    );
  });

  it('leaves no double blank line, and none at the start or the end', () => {
    expect(dropEmptyOptionalLines('A\n\n{{x1}}\n\nB', empty).text).toBe('A\n\nB');
    expect(dropEmptyOptionalLines('{{x1}}\n\nB', empty).text).toBe('B');
    expect(dropEmptyOptionalLines('A\n\n{{x1}}\n', empty).text).toBe('A');
    expect(dropEmptyOptionalLines('A\n\n\nB', empty).text).toBe('A\n\n\nB'); // the template's own
  });
});

describe('what the brand kit gives, as typed by a person', () => {
  it('trims every value, puts one @ before a handle and one # before each hashtag', () => {
    const typed = {
      libraryName: '  Perpustakaan Kota  ',
      website: ' https://perpus.example.id ',
      linkInBio: '\thttps://lnk.example/perpus ',
      tagline: ' Membaca itu asyik ',
      signOff: ' Salam literasi! ',
      handles: { instagram: '  perpuskota ', x: ' @perpus_x' },
      signatureHashtags: [' ##Perpus ', '#', '  ', 'Baca'],
    };
    expect(brandValues(typed, 'instagram')).toEqual({
      library: 'Perpustakaan Kota',
      website: 'https://perpus.example.id',
      linkInBio: 'https://lnk.example/perpus',
      tagline: 'Membaca itu asyik',
      signOff: 'Salam literasi!',
      handle: '@perpuskota',
      hashtags: '#Perpus #Baca',
    });
    expect(brandValues(typed, 'x').handle).toBe('@perpus_x');
  });

  it('a kit with fields missing gives empty values, not errors', () => {
    expect(brandValues({}, 'x').library).toBe('');
    expect(brandValues({ signatureHashtags: ['Baca#Buku'] }, 'x').hashtags).toBe('#Baca#Buku');
    expect(brandValues({ libraryName: 'Perpus' }, 'tiktok')).toEqual({
      library: 'Perpus',
      website: '',
      linkInBio: '',
      tagline: '',
      signOff: '',
      handle: '',
      hashtags: '',
    });
  });

  it('an empty tagline drops out of the post instead of being reported missing', () => {
    const r = renderTemplate(
      { body: 'Halo {{library}}\n{{tagline}}', variants: {}, variables: [] },
      { platform: 'instagram', locale: 'id', brandKit: { ...kit, tagline: ' ' } },
    );
    expect(r.text).toBe('Halo Perpustakaan Kota Bandung');
    expect(r.missing).toEqual([]);
    expect(r.dropped).toEqual(['tagline']);
  });
});

describe('dates as people type them', () => {
  it('a date with spaces around it is still a date; a date inside other text is not', () => {
    expect(formatDateValue(' 2024-05-17 ', 'id')).toBe('Jumat, 17 Mei 2024');
    expect(formatDateValue(' 2024-05-17T09:30:00Z ', 'en', 'UTC')).toBe('Friday 17 May 2024 09:30');
    expect(formatDateValue('ke-2024-05-17', 'id')).toBe('ke-2024-05-17');
    expect(formatDateValue('2024-05-17 pagi', 'id')).toBe('2024-05-17 pagi');
    expect(formatDateValue('mulai 2024-05-17T09:30', 'id')).toBe('mulai 2024-05-17T09:30');
  });

  it('a date-time is written in the given zone, else in UTC; an impossible one is kept', () => {
    expect(formatDateValue('2024-05-17T20:30:00Z', 'id', 'Asia/Jayapura')).toBe(
      'Sabtu, 18 Mei 2024 05.30',
    );
    expect(formatDateValue('2024-05-17T20:30:00Z', 'en')).toBe('Friday 17 May 2024 20:30');
    expect(formatDateValue('2024-13-45T10:00', 'id')).toBe('2024-13-45T10:00');
  });

  it('a day that does not exist in its month is no date', () => {
    for (const value of ['2025-02-29', '2024-04-31', '2024-00-10', '2024-13-01']) {
      expect(formatDateValue(value, 'id'), value).toBe(value);
    }
    expect(formatDateValue('2024-02-29', 'en')).toBe('Thursday 29 February 2024');
  });

  it('yearly defaults: the marker must be the whole value, and a day that never comes is none', () => {
    expect(resolveDateDefault('  today ', '2026-12-10')).toBe('2026-12-10');
    expect(resolveDateDefault(' --05-17 ', '2026-12-10')).toBe('2027-05-17');
    expect(resolveDateDefault('x--05-17', '2026-12-10')).toBe('');
    expect(resolveDateDefault('--05-17x', '2026-12-10')).toBe('');
    expect(resolveDateDefault('--02-30', '2026-12-10')).toBe('');
    // 29 February, three and four years on.
    expect(resolveDateDefault('--02-29', '2025-03-01')).toBe('2028-02-29');
    expect(resolveDateDefault('--02-29', '2024-03-01')).toBe('2028-02-29');
  });

  it('a time is written as one only in a time field, and with spaces around it', () => {
    expect(formatTimeValue(' 10:00 ', 'id', 'Asia/Jakarta')).toBe('10.00 WIB');
    const r = renderTemplate(
      {
        body: 'Ruang {{ruang}} pukul {{waktu}}',
        variants: {},
        variables: [
          { name: 'ruang', label: { id: 'Ruang', en: 'Room' }, type: 'text' },
          { name: 'waktu', label: { id: 'Jam', en: 'Time' }, type: 'time' },
        ],
      },
      { platform: 'x', locale: 'id', values: { ruang: '10:00', waktu: '10:00' }, brandKit: kit },
    );
    expect(r.text).toBe('Ruang 10:00 pukul 10.00 WIB');
  });

  it('only a date field takes a yearly default as a date; without the day it stays as typed', () => {
    const t: RenderableTemplate = {
      body: '{{kode}} / {{tanggal}}',
      variants: {},
      variables: [
        { name: 'kode', label: { id: 'Kode', en: 'Code' }, type: 'text', default: '--05-17' },
        { name: 'tanggal', label: { id: 'Tanggal', en: 'Date' }, type: 'date', default: 'today' },
      ],
    };
    expect(renderTemplate(t, { platform: 'x', locale: 'id', today: '2026-12-10' }).text).toBe(
      '--05-17 / Kamis, 10 Desember 2026',
    );
    expect(renderTemplate(t, { platform: 'x', locale: 'id' }).text).toBe('--05-17 / today');
    const yearly: RenderableTemplate = {
      body: 'Mulai {{tanggal}}',
      variants: {},
      variables: [
        { name: 'tanggal', label: { id: 'Tanggal', en: 'Date' }, type: 'date', default: '--05-17' },
      ],
    };
    expect(renderTemplate(yearly, { platform: 'x', locale: 'id' }).text).toBe('Mulai --05-17');
  });
});

describe('defaults, optional lines and what is reported', () => {
  it('a blank default is no value: a required variable with one is reported missing', () => {
    const r = renderTemplate(
      {
        body: 'Daftar di {{link}}',
        variants: {},
        variables: [
          {
            name: 'link',
            label: { id: 'Tautan', en: 'Link' },
            type: 'link',
            required: true,
            default: '   ',
          },
        ],
      },
      { platform: 'facebook', locale: 'id', brandKit: kit },
    );
    expect(r.text).toBe('Daftar di {{link}}');
    expect(r.missing).toEqual(['link']);
  });

  it('a filled optional variable keeps its label line', () => {
    const t: RenderableTemplate = {
      body: 'Yuk!\nTempat: {{tempat}}\nSelesai',
      variants: {},
      variables: [{ name: 'tempat', label: { id: 'Tempat', en: 'Venue' }, type: 'text' }],
    };
    const r = renderTemplate(t, { platform: 'x', locale: 'id', values: { tempat: 'Aula' } });
    expect(r.text).toBe('Yuk!\nTempat: Aula\nSelesai');
    expect(r.dropped).toEqual([]);
  });

  it('an optional variable blanked twice in sentences is reported once', () => {
    const r = renderTemplate(
      { body: 'Bersama {{pemandu}} dan {{pemandu}} lagi.', variants: {}, variables: [] },
      { platform: 'x', locale: 'id', brandKit: kit, values: {} },
    );
    // Not declared and not a brand variable: required, so reported once and left visible.
    expect(r.missing).toEqual(['pemandu']);
    const optional = renderTemplate(
      {
        body: 'Bersama {{pemandu}} dan {{pemandu}} lagi.',
        variants: {},
        variables: [{ name: 'pemandu', label: { id: 'Pemandu', en: 'Host' }, type: 'text' }],
      },
      { platform: 'x', locale: 'id' },
    );
    expect(optional.text).toBe('Bersama dan lagi.');
    expect(optional.blanked).toEqual(['pemandu']);
  });

  it('a template saved without variants or variables still renders', () => {
    const bare = { body: '{{library}} {{signOff}}' } as RenderableTemplate;
    const r = renderTemplate(bare, { platform: 'x', locale: 'id', brandKit: kit });
    expect(r.text).toBe('Perpustakaan Kota Bandung Salam literasi!');
    expect(r.usedVariant).toBe(false);
  });
});

describe('dropEmptyOptionalLines keeps what the template wrote', () => {
  const empty = (name: string) => name.startsWith('x');

  it('blank lines before any drop, and the template’s own blank lines after text, stay', () => {
    expect(dropEmptyOptionalLines('\nA', empty).text).toBe('\nA');
    expect(dropEmptyOptionalLines('A\n{{x1}}\nB\n\n\nC', empty).text).toBe('A\nB\n\n\nC');
    expect(dropEmptyOptionalLines('A\n{{x1}}\nB\n', empty).text).toBe('A\nB\n');
  });

  it('a drop never leaves two blank lines, even when the template had them', () => {
    expect(dropEmptyOptionalLines('A\n{{x1}}\n\n\nB', empty).text).toBe('A\n\nB');
    expect(dropEmptyOptionalLines('A\n  \n{{x1}}\n\nB', empty).text).toBe('A\n  \nB');
  });

  it('a text of dropped lines only becomes empty; a name dropped twice is listed once', () => {
    expect(dropEmptyOptionalLines('{{x1}}\n\n{{x2}}', empty)).toEqual({
      text: '',
      dropped: ['x1', 'x2'],
    });
    expect(dropEmptyOptionalLines('A\n{{x1}}\n📍 {{x1}}\nB', empty).dropped).toEqual(['x1']);
  });

  it('a line of spaces left by a drop counts as blank', () => {
    expect(dropEmptyOptionalLines('A\n{{x1}}\n  ', empty).text).toBe('A');
    expect(dropEmptyOptionalLines('A\n\n{{x1}}\n   \nB', empty).text).toBe('A\n\nB');
    expect(dropEmptyOptionalLines('A\n\n{{x1}}\n  ', empty).text).toBe('A');
  });

  it('a label may be indented, bulleted or spaced; a longer sentence is no label', () => {
    expect(dropEmptyOptionalLines('A\n   • Tempat :  {{x1}}  \nB', empty).text).toBe('A\nB');
    expect(dropEmptyOptionalLines('A\n🎤 Narasumber (tamu): {{x1}} ✨\nB', empty).text).toBe(
      'A\nB',
    );
    const long = 'Acara ini akan dipandu oleh pustakawan kami yang ramah: {{x1}}';
    expect(dropEmptyOptionalLines(long, empty).text).toBe(long);
    expect(dropEmptyOptionalLines('Tempat {{x1}}', empty).text).toBe('Tempat {{x1}}');
    expect(dropEmptyOptionalLines('A\n1. Tempat: {{x1}}\nB', empty).text).toBe('A\nB');
    expect(dropEmptyOptionalLines('A\nSesi 2: {{x1}}\nB', empty).text).toBe('A\nB');
  });
});
