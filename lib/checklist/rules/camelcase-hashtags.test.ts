import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import { HASHTAG_WORDS } from '../words';
import { segment } from './camelcase-hashtags';
import { check } from '@/tests/support/checklist';

describe('segment', () => {
  const vocab = new Set(HASHTAG_WORDS);
  it('splits known words and digits', () => {
    expect(segment('perpustakaankota', vocab)).toEqual(['perpustakaan', 'kota']);
    expect(segment('haribukunasional2025', vocab)).toEqual(['hari', 'buku', 'nasional', '2025']);
    expect(segment('xyzzy', vocab)).toBeNull();
  });
  it('reports ambiguity', () => {
    expect(segment('abcd', new Set(['ab', 'cd', 'abcd']))).toBe('ambiguous');
  });
});

describe('camelcase-hashtags', () => {
  it('passes CamelCase, single words and non-Latin tags', () => {
    const text = '#PerpustakaanKota #literasi #BulanBuku #図書館 #perpustakaan_kota';
    expect(check('camelcase-hashtags', { text, platform: 'instagram' }).status).toBe('pass');
  });

  it('warns about lower-case multi-word tags and rewrites them', () => {
    const text = 'Ayo ke #perpustakaankota, ikuti #haribukunasional2025!';
    const r = check('camelcase-hashtags', { text, platform: 'instagram' });
    expect(r.status).toBe('fail');
    expect(r.severity).toBe('info'); // style advice, not a warning (severity policy)
    expect(r.message.id).toContain('#perpustakaankota dan #haribukunasional2025');
    expect(applyEdits(text, r.fixes![0]!.edits)).toBe(
      'Ayo ke #PerpustakaanKota, ikuti #HariBukuNasional2025!',
    );
  });

  it("uses the team's known CamelCase forms, also for all-caps tags", () => {
    const text = 'Jangan lewatkan #SAPAPUSTAKAWAN dan #pojokbacaceria';
    const r = check('camelcase-hashtags', { text, platform: 'x' }, (s) => {
      s.knownHashtags = ['SapaPustakawan', 'PojokBacaCeria'];
    });
    expect(r.status).toBe('fail');
    expect(applyEdits(text, r.fixes![0]!.edits)).toBe(
      'Jangan lewatkan #SapaPustakawan dan #PojokBacaCeria',
    );
  });

  it('does not flag a tag it cannot split, or one word with a year', () => {
    const text = '#sapapustakawan #buku2025 #LITERASI #bukuku';
    const r = check('camelcase-hashtags', { text, platform: 'x' });
    expect(r.status).toBe('pass');
  });

  it('warns without a fix when a tag splits in more than one way', () => {
    // The team's words "buk" and "ubaru" give a second reading: buku+baru or buk+ubaru.
    const text = '#bukubaru';
    const r = check('camelcase-hashtags', { text, platform: 'x' }, (s) => {
      s.knownHashtags = ['BukUbaruKita'];
    });
    expect(r.status).toBe('fail');
    expect(r.fixes).toBeUndefined();
  });
});
