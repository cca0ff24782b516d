/**
 * A month and a bit of a library's posts for the demo and the guide's report picture: the
 * previous calendar month in full and this month up to now, on the four platforms, made from the
 * seed templates, with numbers typed in for most of them (as a team does a few days after
 * posting) and one post made with "Post anyway". Deterministic for a given `now`, so the
 * pictures do not change from one run to the next.
 */
import type { PostLogRecord, PostMetrics } from '@/lib/db/types';
import type { PlatformId } from '@/lib/platforms';

interface DemoPost {
  /** The seed template's topic (`seed:tpl:<topic>:id`), whose category the report counts. */
  template: string;
  text: string;
}

const POSTS: DemoPost[] = [
  {
    template: 'new-arrivals',
    text: 'Koleksi baru telah tiba di Perpustakaan Kota Binjai! 📚 Ada novel, buku anak, dan referensi terbaru. Yuk pinjam sekarang.\n\n#KoleksiBaru #PerpustakaanKotaBinjai #GemarMembaca',
  },
  {
    template: 'webinar',
    text: 'Webinar literasi digital: mengenali hoaks di media sosial. Gratis dan terbuka untuk umum, tersedia e-sertifikat.\n\n#LiterasiDigital #WebinarPerpustakaan #PerpustakaanKotaBinjai',
  },
  {
    template: 'reading-programme',
    text: 'Program membaca anak setiap Sabtu pukul 09.00 di ruang anak. Ajak buah hati Anda! 👧👦\n\n#GemarMembaca #PerpustakaanKotaBinjai #BacaBersama',
  },
  {
    template: 'online-pickup',
    text: 'Pesan buku lewat katalog daring, ambil di meja sirkulasi tanpa antre. Caranya di tautan bio.\n\n#LayananPerpustakaan #PerpustakaanKotaBinjai',
  },
  {
    template: 'pathfinder',
    text: 'Pathfinder baru: sumber informasi tentang sejarah Sumatera Utara, dari buku hingga jurnal daring.\n\n#Pathfinder #PerpustakaanKotaBinjai #SejarahSumut',
  },
  {
    template: 'literacy-quote',
    text: '"Membaca adalah jendela dunia." Buku apa yang sedang Anda baca minggu ini?\n\n#GemarMembaca #KutipanHariIni #PerpustakaanKotaBinjai',
  },
  {
    template: 'survey',
    text: 'Bantu kami meningkatkan layanan: isi survei kepuasan pemustaka (5 menit). Jawaban bersifat anonim.\n\n#SurveiPemustaka #PerpustakaanKotaBinjai',
  },
  {
    template: 'event-registration',
    text: 'Lomba resensi buku untuk pelajar SMA se-Kota Binjai. Pendaftaran dibuka sampai akhir bulan!\n\n#LombaResensi #GemarMembaca #PerpustakaanKotaBinjai',
  },
];

/** Roughly what a city library posts a month: Instagram and Facebook most, TikTok least. */
const PER_MONTH: Record<PlatformId, number> = { instagram: 9, facebook: 8, x: 6, tiktok: 4 };

/** A small seeded generator (mulberry32), so the demo's numbers are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Western Indonesia Time (WIB, UTC+7): the library's zone in the demo. */
const WIB_MS = 7 * 3_600_000;

function monthStart(year: number, month: number): number {
  return Date.UTC(year, month, 1) - WIB_MS;
}

function metricsFor(platform: PlatformId, random: () => number): PostMetrics {
  const reach = Math.round((platform === 'tiktok' ? 900 : 250) + random() * 1500);
  const rate = 0.02 + random() * 0.06;
  const likes = Math.round(reach * rate);
  return {
    reach,
    impressions: Math.round(reach * (1.2 + random() * 0.6)),
    likes,
    comments: Math.round(likes * (0.05 + random() * 0.15)),
    shares: Math.round(likes * random() * 0.2),
    ...(platform === 'instagram' ? { saves: Math.round(likes * random() * 0.25) } : {}),
  };
}

/**
 * Entries for the month before `now` (in WIB) and this month up to `now`. Posts fall on weekdays
 * between 09:00 and 16:00 WIB; numbers are entered for posts older than three days, most of the
 * time, as a person does after looking at the platform's insights.
 */
export function demoPostLog(now: number): PostLogRecord[] {
  const random = seeded(20261117);
  const local = new Date(now + WIB_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  const entries: PostLogRecord[] = [];
  for (const offset of [-1, 0]) {
    const start = monthStart(year, month + offset);
    const end = Math.min(monthStart(year, month + offset + 1), now);
    const days = Math.floor((end - start) / 86_400_000);
    for (const [platform, count] of Object.entries(PER_MONTH) as [PlatformId, number][]) {
      const planned = Math.round((count * days) / 30);
      for (let i = 0; i < planned; i++) {
        let day = Math.floor(((i + random()) * days) / planned);
        const weekday = new Date(start + WIB_MS + day * 86_400_000).getUTCDay();
        if (weekday === 0) day = Math.min(day + 1, days - 1);
        if (weekday === 6) day = Math.max(day - 1, 0);
        const at = start + day * 86_400_000 + (9 + Math.floor(random() * 7)) * 3_600_000;
        if (at > now) continue;
        const post = POSTS[Math.floor(random() * POSTS.length)]!;
        const old = now - at > 3 * 86_400_000;
        entries.push({
          id: `demo-log-${platform}-${offset + 1}-${i}`,
          at: at + Math.floor(random() * 3_600_000),
          platform,
          text: post.text,
          templateId: `seed:tpl:${post.template}:id`,
          checks: [],
          ...(old && random() < 0.8 ? { metrics: metricsFor(platform, random) } : {}),
        });
      }
    }
  }
  entries.sort((a, b) => a.at - b.at);
  // One post went out with an unfinished placeholder, through "Post anyway": the report shows it.
  const held = entries.find((entry) => entry.platform === 'x' && entry.at < now - 10 * 86_400_000);
  if (held) {
    held.text =
      'Webinar literasi digital {{tanggal}}: mengenali hoaks di media sosial. Gratis, tersedia e-sertifikat.\n\n#LiterasiDigital #PerpustakaanKotaBinjai';
    held.templateId = 'seed:tpl:webinar:id';
    held.override = { ruleIds: ['placeholders'] };
    held.checks = [{ ruleId: 'placeholders', severity: 'block' }];
  }
  return entries;
}

/** The month before `now` in WIB as the report's month field takes it (`YYYY-MM`). */
export function demoLastMonth(now: number): string {
  const local = new Date(now + WIB_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - 1, 1))
    .toISOString()
    .slice(0, 7);
}
