/**
 * A planned post's review in the built extension's dashboard (issue #16, item 5;
 * docs/calendar.md, "Review"): this browser's member is the team's reviewer. A writer's plan
 * waits in "To review" with the checklist's results she sent; the reviewer opens it, is told
 * that asking for changes needs a comment, asks with one, and the plan goes back to draft with the
 * comment in its thread, named.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, readTable, writeRows, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

/** This browser's member id, as the background chose it on first start. */
async function myMemberId(): Promise<string> {
  await expect
    .poll(async () => (await readTable(harness.background, 'settings')).map((r) => r.key))
    .toContain('memberId');
  const row = (await readTable(harness.background, 'settings')).find((r) => r.key === 'memberId')!;
  return row.value as string;
}

const meta = (id: string, by: string) => ({
  id,
  updatedAt: Date.now(),
  updatedBy: by,
  deleted: false,
});

describe('review of a planned post', () => {
  test('To review, the checklist sent with it, Ask for changes with a comment, the thread', async () => {
    const me = await myMemberId();
    await writeRows(harness.background, 'teamMembers', [
      { ...meta(me, me), displayName: 'Budi', role: 'reviewer' },
      { ...meta('member-ana', 'member-ana'), displayName: 'Ana', role: 'writer' },
    ]);
    // As Ana's "Send for review" arrives through team sync: the plan with her checklist results.
    await writeRows(harness.background, 'plannedPosts', [
      {
        ...meta('plan_review_e2e', 'member-ana'),
        title: 'Pojok baca anak',
        platforms: ['instagram', 'facebook'],
        date: '2027-01-16',
        time: '09:00',
        caption: 'Ayo ke pojok baca anak Sabtu ini! Foto: kegiatan bulan lalu.',
        assignee: 'member-ana',
        reviewer: me,
        status: 'in-review',
        notes: '',
        comments: [],
        reviewChecks: {
          at: Date.UTC(2026, 11, 2, 3, 15),
          by: 'member-ana',
          results: [
            {
              platform: 'instagram',
              ruleId: 'brand',
              severity: 'info',
              status: 'fail',
              message: {
                id: 'Tagar wajib belum ada: #PerpusKita',
                en: 'Required hashtag missing: #PerpusKita',
              },
            },
            {
              platform: 'instagram',
              ruleId: 'consent',
              severity: 'info',
              status: 'manual',
              ticked: true,
              message: {
                id: 'Sudah ada izin dari orang dalam foto?',
                en: 'Do you have consent from the people in the photos?',
              },
            },
          ],
        },
      },
    ]);

    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/options.html#calendar`);
    const list = page.getByRole('region', { name: 'To review (1)' });
    await list.getByText('by Ana', { exact: false }).waitFor();
    await list.getByRole('button', { name: 'Review Pojok baca anak' }).click();

    const form = page.getByRole('form', { name: 'Edit planned post' });
    const sent = form.getByRole('region', { name: 'Checklist when sent for review' });
    await sent.getByText('Sent by Ana', { exact: false }).waitFor();
    expect(await sent.textContent()).toContain('Instagram: Required hashtag missing: #PerpusKita');
    expect(await sent.textContent()).toContain(
      'Do you have consent from the people in the photos? (ticked)',
    );
    await page.screenshot({ path: 'test-results/review-reviewer.png', fullPage: true });

    const answer = form.getByRole('region', { name: 'Your review' });
    await answer.getByRole('button', { name: 'Ask for changes' }).click();
    await form
      .getByRole('alert')
      .getByText('Say what should change before asking for changes.')
      .waitFor();
    await answer.getByLabel('Comment for the writer').fill('Tambahkan #PerpusKita, ya.');
    await answer.getByRole('button', { name: 'Ask for changes' }).click();
    await page.getByText('Pojok baca anak is now: Draft.').waitFor();
    await page.getByRole('region', { name: 'To review' }).getByText('Nothing is waiting').waitFor();

    const stored = (await readTable(harness.background, 'plannedPosts')).find(
      (p) => p.id === 'plan_review_e2e',
    )!;
    expect(stored).toMatchObject({
      status: 'draft',
      updatedBy: me,
      comments: [{ by: me, kind: 'changes-requested', text: 'Tambahkan #PerpusKita, ya.' }],
    });

    // Opened again from the calendar's January: the thread names Budi.
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('.sapa-cal-event', { hasText: 'Pojok baca anak' }).click();
    const thread = page.getByRole('region', { name: 'Review comments' });
    await thread.getByText('Tambahkan #PerpusKita, ya.').waitFor();
    expect(await thread.textContent()).toMatch(/Budi · Asked for changes · /);
    await page.screenshot({ path: 'test-results/review-thread.png', fullPage: true });
    await page.close();
  });
});
