/**
 * Every first-run template, filled in as a library would, passes the checklist on every platform:
 * no `block`, no `warn`. A librarian who sees a warning on Sapa's own template stops trusting
 * the checklist.
 */
import { describe, expect, test } from 'vitest';
import { runChecklist, type BrandKit } from '@/lib/checklist';
import {
  PLATFORM_IDS,
  type PlatformId,
  type TemplateRecord,
  type TemplateVariable,
} from '@/lib/db/types';
import { renderTemplate } from '../render';
import { seedTemplates } from '.';

const brandKit = {
  libraryName: 'Perpustakaan Umum Kota Yogyakarta',
  website: 'https://perpustakaan.jogjakota.go.id',
  linkInBio: 'https://s.id/perpusjogja',
  tagline: 'Membaca membuka dunia',
  signOff: 'Salam literasi!',
  handles: perHandle('perpuskotajogja'),
  signatureHashtags: ['PerpusKotaJogja', 'GemarMembaca'],
  timeZone: 'Asia/Jakarta' as const,
};

function perHandle(handle: string): Record<PlatformId, string> {
  return Object.fromEntries(PLATFORM_IDS.map((p) => [p, handle])) as Record<PlatformId, string>;
}

/** The brand kit as the panel's checklist sees it (components/panel/ChecklistTab.tsx). */
function brandFor(platform: PlatformId): BrandKit {
  return {
    libraryName: brandKit.libraryName,
    requiredHashtags: brandKit.signatureHashtags,
    requiredMentions: [brandKit.handles[platform]],
  };
}

/** Values a librarian would type, in the template's language. */
const SAMPLES: Record<string, Record<'id' | 'en', string>> = {
  tema: { id: 'sejarah dan budaya Nusantara', en: 'Indonesian history and culture' },
  judul_pilihan: {
    id: 'Bumi Manusia dan Laut Bercerita',
    en: 'This Earth of Mankind and The Sea Speaks His Name',
  },
  tempat: { id: 'Ruang Baca Anak, lantai 2', en: "the Children's Reading Room, 2nd floor" },
  acara: { id: 'Bedah Buku "Laut Bercerita"', en: 'a book talk on "The Sea Speaks His Name"' },
  topik: { id: 'Literasi Digital untuk Keluarga', en: 'Digital Literacy for Families' },
  narasumber: { id: 'Dr. Ratna Sari, pustakawan ahli', en: 'Dr Ratna Sari, senior librarian' },
  subjek: { id: 'sejarah batik Nusantara', en: 'the history of Indonesian batik' },
  program: { id: 'Dongeng Sabtu Pagi', en: 'Saturday Story Time' },
  kegiatan: { id: 'pameran buku dan lomba resensi', en: 'a book fair and a review contest' },
  alasan: { id: 'inventarisasi koleksi', en: 'our annual stock-take' },
  kutipan: { id: 'Buku adalah jendela dunia.', en: 'A book is a window on the world.' },
  tokoh: { id: 'Pepatah', en: 'Indonesian proverb' },
  sumber: { id: 'Kamus Peribahasa, 2015', en: 'Dictionary of Proverbs, 2015' },
  jadwal: {
    id: 'tutup 30 Maret – 2 April, buka kembali 3 April',
    en: 'closed 30 March to 2 April, open again on 3 April',
  },
};

function fill(t: TemplateRecord): Record<string, string> {
  const byType = (v: TemplateVariable): string => {
    switch (v.type) {
      case 'date':
        return '2026-12-10';
      case 'time':
        return '09.00-11.00';
      case 'link':
        return 'https://s.id/daftar-perpusjogja';
      case 'choice':
        return v.options![0]!;
      default:
        return v.default || SAMPLES[v.name]?.[t.locale] || 'Perpustakaan Kota';
    }
  };
  return Object.fromEntries(t.variables.map((v) => [v.name, byType(v)]));
}

const cases = seedTemplates(1).flatMap((t) =>
  PLATFORM_IDS.map((platform) => ({ id: t.id, platform, template: t })),
);

/** The checklist's blocks and warnings on a seed as a library would fill it in. */
function problemsOf({ template, platform }: (typeof cases)[number]) {
  const { text, missing } = renderTemplate(template, {
    platform,
    locale: template.locale,
    values: fill(template),
    brandKit,
    today: '2026-12-01',
  });
  const problems = runChecklist({ text, platform, brand: brandFor(platform) })
    .filter((r) => r.status === 'fail' && (r.severity === 'block' || r.severity === 'warn'))
    .map((r) => ({ rule: r.ruleId, line: `${r.ruleId} (${r.severity}): ${r.message.en}` }));
  return { text, missing, problems };
}

describe.each(cases)('$id on $platform', (c) => {
  test('is filled in completely and passes the checklist: no block, no warn', () => {
    const { text, missing, problems } = problemsOf(c);
    expect(missing).toEqual([]);
    expect(
      problems.map((p) => p.line),
      text,
    ).toEqual([]);
  });
});
