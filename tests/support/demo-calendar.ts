/**
 * This month's and next month's content plan of the demo library, for `npm start`, the guide's
 * calendar picture and the README: about two posts a week across the four platforms, a monthly
 * series on the 17th, a plan in review and a team of three. Days are placed relative to `now`
 * (in WIB), so the calendar opens on a month with work in it; deterministic for a given month.
 */
import type { PlannedPostRecord, TeamMemberRecord } from '@/lib/db/calendar-types';
import type { PlatformId } from '@/lib/platforms';

const WIB_MS = 7 * 3_600_000;

const member = (id: string, displayName: string, role: TeamMemberRecord['role']) =>
  ({ id, displayName, role, updatedAt: 1, updatedBy: id, deleted: false }) as TeamMemberRecord;

export const DEMO_MEMBERS: TeamMemberRecord[] = [
  member('member-demo-ana', 'Ana', 'coordinator'),
  member('member-demo-budi', 'Budi', 'writer'),
  member('member-demo-citra', 'Citra', 'reviewer'),
];

interface DemoPlan {
  /** Day of the month, and which month: 0 this one, 1 the next. */
  day: number;
  month: 0 | 1;
  time: string;
  title: string;
  platforms: PlatformId[];
  template?: string;
  hashtags?: string;
  assignee?: string;
  status: PlannedPostRecord['status'];
  caption?: string;
}

const PLANS: DemoPlan[] = [
  {
    day: 2,
    month: 0,
    time: '09:00',
    title: 'Koleksi baru minggu ini',
    platforms: ['instagram', 'facebook'],
    template: 'new-arrivals',
    hashtags: 'perpustakaan',
    assignee: 'member-demo-budi',
    status: 'posted',
  },
  {
    day: 5,
    month: 0,
    time: '10:00',
    title: 'Program membaca anak',
    platforms: ['instagram'],
    template: 'reading-programme',
    hashtags: 'literasi',
    assignee: 'member-demo-budi',
    status: 'posted',
  },
  {
    day: 9,
    month: 0,
    time: '13:00',
    title: 'Webinar literasi digital',
    platforms: ['facebook', 'x'],
    template: 'webinar',
    hashtags: 'literasi-digital',
    assignee: 'member-demo-ana',
    status: 'approved',
  },
  {
    day: 12,
    month: 0,
    time: '09:30',
    title: 'Layanan pesan antar buku',
    platforms: ['x'],
    template: 'online-pickup',
    status: 'draft',
    assignee: 'member-demo-budi',
  },
  {
    day: 15,
    month: 0,
    time: '16:00',
    title: 'Video tur perpustakaan',
    platforms: ['tiktok'],
    status: 'in-review',
    assignee: 'member-demo-budi',
    caption: 'Ikut tur singkat keliling perpustakaan kami! 🎬📚',
  },
  {
    day: 19,
    month: 0,
    time: '10:00',
    title: 'Survei kepuasan pemustaka',
    platforms: ['instagram', 'facebook'],
    template: 'survey',
    status: 'idea',
  },
  {
    day: 23,
    month: 0,
    time: '09:00',
    title: 'Pathfinder sejarah daerah',
    platforms: ['facebook'],
    template: 'pathfinder',
    status: 'idea',
    assignee: 'member-demo-ana',
  },
  {
    day: 26,
    month: 0,
    time: '15:00',
    title: 'Kuis literasi akhir bulan',
    platforms: ['instagram', 'x', 'tiktok'],
    status: 'idea',
    caption: 'Siapa penulis novel Laskar Pelangi? Jawab di komentar! 🧠',
  },
  {
    day: 3,
    month: 1,
    time: '09:00',
    title: 'Koleksi baru bulan ini',
    platforms: ['instagram', 'facebook'],
    template: 'new-arrivals',
    hashtags: 'perpustakaan',
    status: 'idea',
  },
  {
    day: 10,
    month: 1,
    time: '10:00',
    title: 'Kelas menulis remaja',
    platforms: ['instagram', 'tiktok'],
    template: 'event-registration',
    status: 'idea',
    assignee: 'member-demo-budi',
  },
  {
    day: 21,
    month: 1,
    time: '13:00',
    title: 'Bedah buku bersama penulis',
    platforms: ['facebook', 'x'],
    template: 'event-registration',
    status: 'idea',
  },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a day in this month (offset 0) or the next, clamped to the month's length. */
function dayIn(now: number, monthOffset: number, day: number): string {
  const local = new Date(now + WIB_MS);
  const first = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + monthOffset, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return `${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}-${pad(Math.min(day, last))}`;
}

/** The demo's plans: the list above and a monthly series on the 17th ending next month. */
export function demoPlans(now: number): PlannedPostRecord[] {
  const today = new Date(now + WIB_MS).toISOString().slice(0, 10);
  // A post is "posted" only once its day has come; until then it is approved and waiting.
  const statusOf = (plan: DemoPlan, date: string) =>
    plan.status === 'posted' && date > today ? 'approved' : plan.status;
  const plans = PLANS.map((plan, index): PlannedPostRecord => ({
    id: `plan-demo-${index + 1}`,
    updatedAt: 1,
    updatedBy: 'member-demo-ana',
    deleted: false,
    title: plan.title,
    platforms: plan.platforms,
    date: dayIn(now, plan.month, plan.day),
    time: plan.time,
    caption: plan.caption ?? '',
    ...(plan.template ? { templateId: `seed:tpl:${plan.template}:id` } : {}),
    ...(plan.hashtags ? { hashtagSetId: `seed:set:${plan.hashtags}` } : {}),
    ...(plan.assignee ? { assignee: plan.assignee } : {}),
    ...(plan.status === 'in-review' ? { reviewer: 'member-demo-citra' } : {}),
    status: statusOf(plan, dayIn(now, plan.month, plan.day)),
    notes: '',
    comments: [],
  }));
  const seriesEnd = dayIn(now, 1, 31).replace(/-/g, '');
  plans.push({
    id: 'plan-demo-17',
    updatedAt: 1,
    updatedBy: 'member-demo-ana',
    deleted: false,
    title: 'Info layanan tanggal 17',
    platforms: ['x'],
    date: dayIn(now, 0, 17),
    time: '08:00',
    caption: 'Perpustakaan buka Senin–Sabtu pukul 08.00–16.00. Sampai jumpa! 👋',
    assignee: 'member-demo-citra',
    status: 'idea',
    notes: '',
    comments: [],
    recurrence: { rule: `FREQ=MONTHLY;BYMONTHDAY=17;UNTIL=${seriesEnd}`, exceptions: [] },
  });
  return plans;
}
