import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import { HASHTAG_WORDS } from '../words';
import { camelcaseHashtagsRule, segment } from './camelcase-hashtags';
import { check, expectAutomaticRule, fixLabels, markedText } from '@/tests/support/checklist';
import type { ChecklistSettings } from '../settings';

const camelCheck = (text: string, edit?: (s: ChecklistSettings) => void) =>
  check('camelcase-hashtags', { text, platform: 'instagram' }, edit);
const knowing =
  (...tags: string[]) =>
  (s: ChecklistSettings) => {
    s.knownHashtags = tags;
  };

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
    expect(r.message.en).toBe(
      'Write multi-word hashtags in CamelCase so screen readers read them word by word: #bukubaru',
    );
    expect(r.fixes).toBeUndefined();
  });
});

describe('camelcase-hashtags: what it says', () => {
  it('is an automatic check that gives advice', () => {
    expectAutomaticRule(camelcaseHashtagsRule, {
      id: 'camelcase-hashtags',
      severity: 'info',
      title: { id: 'Tagar multi-kata dalam CamelCase', en: 'Multi-word hashtags in CamelCase' },
    });
  });

  it('says in both languages that the tags are fine', () => {
    expect(camelCheck('#BulanBuku #literasi').message).toEqual({
      id: 'Tagar multi-kata sudah dalam CamelCase',
      en: 'Multi-word hashtags are in CamelCase',
    });
  });

  it('names the tags, marks them and offers their CamelCase forms in both languages', () => {
    const text = 'Ayo ke #perpustakaankota dan #bulanbuku, sekali lagi #perpustakaankota';
    const r = camelCheck(text);
    expect(r.message.en).toBe(
      'Write multi-word hashtags in CamelCase so screen readers read them word by word: #perpustakaankota and #bulanbuku',
    );
    expect(markedText(text, r)).toEqual(['#perpustakaankota', '#bulanbuku', '#perpustakaankota']);
    expect(fixLabels(r)).toEqual([
      {
        id: 'Ubah ke CamelCase: #PerpustakaanKota dan #BulanBuku',
        en: 'Change to CamelCase: #PerpustakaanKota and #BulanBuku',
      },
    ]);
  });
});

describe("camelcase-hashtags: the team's own hashtags", () => {
  it('learns words from a known tag that starts in lower case', () => {
    const r = camelCheck('#kelasceria', knowing('ceriaBaca'));
    expect(applyEdits('#kelasceria', r.fixes![0]!.edits)).toBe('#KelasCeria');
  });

  it('learns two-letter words', () => {
    const r = camelCheck('#bacaku', knowing('SapaKu'));
    expect(applyEdits('#bacaku', r.fixes![0]!.edits)).toBe('#BacaKu');
  });

  it("writes a known tag the team's way, even where the words would split otherwise", () => {
    const r = camelCheck('#perpuskotaku', knowing('PerpusKotaku'));
    expect(applyEdits('#perpuskotaku', r.fixes![0]!.edits)).toBe('#PerpusKotaku');
  });

  it('writes a tag as the team does even when it is no run of words (SLiMS)', () => {
    const r = camelCheck('Katalog kami pakai #slims', knowing('SLiMS'));
    expect(applyEdits('Katalog kami pakai #slims', r.fixes![0]!.edits)).toBe(
      'Katalog kami pakai #SLiMS',
    );
  });

  it('leaves a known all-capitals tag written as the team writes it', () => {
    expect(camelCheck('#IKAPI dan #UNESCO', knowing('IKAPI', 'UNESCO')).status).toBe('pass');
  });
});
