/** The demo's content plan (tests/support/demo-calendar.ts) is one Sapa would store and show. */
import { describe, expect, it } from 'vitest';
import { plannedPostSchema, teamMemberSchema } from '@/lib/db/calendar-schema';
import { seedHashtagSets } from '@/lib/library/seed/hashtags';
import { seedTemplates } from '@/lib/library/seed/templates';
import { DEMO_MEMBERS, demoPlans } from '@/tests/support/demo-calendar';
import { expandAll } from './recurrence';

describe("the demo's content plan", () => {
  const now = Date.parse('2026-12-02T03:00:00Z');
  const plans = demoPlans(now);

  it('is valid data that names seed templates, seed hashtag sets and its members', () => {
    for (const plan of plans) expect(plannedPostSchema.safeParse(plan).success).toBe(true);
    for (const member of DEMO_MEMBERS)
      expect(teamMemberSchema.safeParse(member).success).toBe(true);
    const templates = new Set(seedTemplates(now).map((t) => t.id));
    const sets = new Set(seedHashtagSets(now).map((s) => s.id));
    const members = new Set(DEMO_MEMBERS.map((m) => m.id));
    for (const plan of plans) {
      if (plan.templateId) expect(templates).toContain(plan.templateId);
      if (plan.hashtagSetId) expect(sets).toContain(plan.hashtagSetId);
      for (const id of [plan.assignee, plan.reviewer]) if (id) expect(members).toContain(id);
    }
  });

  it('fills this month and the next, with the monthly series on the 17th of both', () => {
    const december = expandAll(plans, '2026-12-01', '2026-12-31', 'Asia/Jakarta');
    const january = expandAll(plans, '2027-01-01', '2027-01-31', 'Asia/Jakarta');
    expect(december.length).toBeGreaterThanOrEqual(8);
    expect(january.length).toBeGreaterThanOrEqual(3);
    expect(december.filter((o) => o.date === '2026-12-17').map((o) => o.title)).toEqual([
      'Info layanan tanggal 17',
    ]);
    expect(january.map((o) => o.date)).toContain('2027-01-17');
  });
});
