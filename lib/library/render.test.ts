import { describe, expect, it } from 'vitest';
import {
  brandValues,
  formatDateValue,
  placeholdersIn,
  renderTemplate,
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
    expect(r.text).toMatch(/^Book talk Saturday,? 17 May 2025 https:\/\/x\.example @perpuskota_x$/); // ICU versions differ on the comma
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

  it('with no brand kit every brand variable is missing', () => {
    const r = renderTemplate(
      { body: '{{library}} {{signOff}}', variants: {}, variables: [] },
      { platform: 'x', locale: 'en' },
    );
    expect(r.missing).toEqual(['library', 'signOff']);
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
    expect(formatDateValue('2024-05-17', 'en')).toMatch(/^Friday,? 17 May 2024$/);
    expect(formatDateValue('setiap Sabtu', 'id')).toBe('setiap Sabtu');
    expect(formatDateValue('2024-02-31', 'id')).toBe('2024-02-31');
    expect(formatDateValue('2024-05-17T09:30:00Z', 'en', 'UTC')).toMatch(
      /Friday,? 17 May 2024.*09:30/,
    );
  });

  it('lists placeholders and brand values', () => {
    expect(placeholdersIn('{{a}} {{ b }} {{a}} {c} {{1x}}')).toEqual(['a', 'b']);
    expect(brandValues(kit, 'instagram').handle).toBe('@perpuskota');
    expect(brandValues(kit, 'facebook').handle).toBe('');
    expect(brandValues(null, 'x').hashtags).toBe('');
  });
});
