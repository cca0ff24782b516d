import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import {
  closeDatabases,
  renderPanel,
  seriousViolations,
  setupBackground,
} from '@/tests/support/panel';

afterEach(closeDatabases);

/** The library's today and yesterday (WIB, the seeded brand kit's zone), as the panel counts. */
const day = (offset: number) =>
  new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

async function withPlans() {
  const background = await setupBackground();
  const { repos } = background;
  const set = await repos.hashtagSets.create({ name: 'Bedah buku', tags: ['BedahBuku', 'Perpus'] });
  const template = await repos.templates.create({
    name: 'Jam buka',
    category: 'info',
    body: 'Perpustakaan buka pukul 08.00 sampai 16.00.',
    locale: 'id',
  });
  const plan = (fields: object) =>
    background.client.request('calendar.savePlan', {
      platforms: ['instagram'],
      time: '10:00',
      ...fields,
    } as never);
  await plan({ title: 'Bedah buku', date: day(0), caption: 'Yuk ikut!', hashtagSetId: set.id });
  await plan({ title: 'Jam buka', date: day(-1), templateId: template.id });
  await plan({ title: 'Sudah', date: day(-1), status: 'posted' });
  await plan({ title: 'Di X saja', date: day(0), platforms: ['x'] });
  return { background, templateId: template.id };
}

describe("the panel's planned posts", () => {
  it("the header counts this platform's plans for today and the overdue, and lists them", async () => {
    const user = userEvent.setup();
    const { background } = await withPlans();
    const { container } = await renderPanel({ platform: 'instagram', background });
    const due = await screen.findByRole('button', { name: 'Planned posts: 1 today, 1 overdue' });
    expect(due).toHaveAttribute('aria-expanded', 'false');
    await user.click(due);
    expect(due).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', { name: "Today's and overdue planned posts" });
    const items = within(list)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^Jam buka, .* 10:00 \(overdue\)$/);
    expect(items[1]).toMatch(/^Bedah buku, .* 10:00$/);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('a plan picked shows first; Insert puts its caption and hashtags in at the caret', async () => {
    const user = userEvent.setup();
    const { background } = await withPlans();
    const { onInsert } = await renderPanel({ platform: 'instagram', background });
    await user.click(await screen.findByRole('button', { name: /^Planned posts:/ }));
    await user.click(screen.getByRole('button', { name: /^Bedah buku,/ }));
    const card = await screen.findByRole('region', { name: 'Planned post' });
    expect(within(card).getByText('Hashtag set: Bedah buku')).toBeInTheDocument();
    // The card comes before the tabs.
    const tabs = screen.getByRole('tablist');
    expect(card.compareDocumentPosition(tabs) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Insert caption and hashtags' }));
    expect(onInsert).toHaveBeenCalledWith('Yuk ikut!\n\n#BedahBuku #Perpus', 'caret', undefined);

    // "Not this plan": the card goes.
    await user.click(within(card).getByRole('button', { name: 'Not this plan' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Planned post' })).toBeNull());
  });

  it('the checklist names a picked plan that is not approved yet, and the gate reads it', async () => {
    const user = userEvent.setup();
    const { background } = await withPlans();
    const { store } = await renderPanel({ platform: 'instagram', background });
    expect(store.getState().linkedPlan).toBeNull();
    await user.click(await screen.findByRole('button', { name: /^Planned posts:/ }));
    await user.click(screen.getByRole('button', { name: /^Bedah buku,/ }));
    await screen.findByRole('region', { name: 'Planned post' });
    await waitFor(() =>
      expect(store.getState().linkedPlan).toEqual({ title: 'Bedah buku', approved: false }),
    );
    await user.click(screen.getByRole('tab', { name: /Checklist/ }));
    expect(
      await screen.findByText(/The plan "Bedah buku" is not approved by its reviewer yet/),
    ).toBeInTheDocument();
    // "Not this plan": the post has no plan any more, and the check is gone.
    await user.click(screen.getByRole('button', { name: 'Not this plan' }));
    await waitFor(() => expect(store.getState().linkedPlan).toBeNull());
    expect(screen.queryByText(/The plan "Bedah buku"/)).toBeNull();
  });

  it("a plan with a template inserts the template's text, recorded as that template", async () => {
    const user = userEvent.setup();
    const { background, templateId } = await withPlans();
    const { onInsert } = await renderPanel({ platform: 'instagram', background });
    await user.click(await screen.findByRole('button', { name: /^Planned posts:/ }));
    await user.click(screen.getByRole('button', { name: /^Jam buka,/ }));
    const card = await screen.findByRole('region', { name: 'Planned post' });
    await user.click(within(card).getByRole('button', { name: 'Insert caption and hashtags' }));
    const [text, mode, meta] = onInsert.mock.calls[0]!;
    expect(text).toContain('Perpustakaan buka pukul 08.00 sampai 16.00.');
    expect(mode).toBe('caret');
    expect(meta).toEqual({ templateId });
  });

  it('a plan posted on Instagram is still due on Facebook, and says which is to go', async () => {
    const user = userEvent.setup();
    const { background } = await withPlans();
    const both = await background.client.request('calendar.savePlan', {
      title: 'Dua platform',
      platforms: ['instagram', 'facebook'],
      date: day(0),
      time: '11:00',
      caption: 'Sampai jumpa!',
    });
    if (!both.ok) throw new Error('not saved');
    await background.repos.plannedPosts.change(both.data.id, (plan) => ({
      ...plan,
      postedOn: { instagram: 'log_ig' },
    }));
    await renderPanel({ platform: 'facebook', background });
    await user.click(
      await screen.findByRole('button', { name: 'Planned posts: 1 today, 0 overdue' }),
    );
    const item = screen.getByRole('button', { name: /^Dua platform,/ });
    expect(item.textContent).toMatch(
      /^Dua platform, .* 11:00 · Posted on Instagram; Facebook to go$/,
    );
    await user.click(item);
    const card = await screen.findByRole('region', { name: 'Planned post' });
    expect(within(card).getByText(/Posted on Instagram; Facebook to go$/)).toBeInTheDocument();
  });

  it('says it in Indonesian', async () => {
    const { background } = await withPlans();
    await renderPanel({ platform: 'instagram', locale: 'id', background });
    await screen.findByRole('button', { name: 'Rencana unggahan: 1 hari ini, 1 terlambat' });
  });
});
