import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabases, renderPanel, setupBackground } from '@/tests/support/panel';

afterEach(closeDatabases);

const FACT_CHECK = /Facts, dates, venue and links have been checked/;

async function ticksOf(
  client: Awaited<ReturnType<typeof setupBackground>>['client'],
  draftId: string,
) {
  const res = await client.request('drafts.list', { platform: 'x' });
  if (!res.ok) throw new Error(res.error.detail);
  return res.data.find((d) => d.id === draftId)?.checklistTicks;
}

async function savedDraft(text: string) {
  const background = await setupBackground();
  const res = await background.client.request('drafts.save', {
    platform: 'x',
    composerKey: 'x:main',
    text,
  });
  if (!res.ok || !res.data.draft) throw new Error('draft not saved');
  return { background, draftId: res.data.draft.id };
}

describe('Checklist tab', () => {
  it('shows a caption over the X limit as a failure that blocks, with the counts on top', async () => {
    const user = userEvent.setup();
    await renderPanel({
      platform: 'x',
      state: { composerText: `${'a'.repeat(300)} #BulanBuku` },
    });
    await user.click(screen.getByRole('tab', { name: 'Checklist' }));
    const panel = screen.getByRole('tabpanel', { name: 'Checklist' });
    expect(within(panel).getByText(/311 \/ 280 characters/)).toHaveClass('sapa-warn');
    expect(within(panel).getByText('1 / 2 hashtags in the composer')).toBeInTheDocument();
    const blocks = within(panel).getByRole('region', { name: /Must fix/ });
    expect(within(blocks).getByText(/311\/280 .*31 over the X limit/)).toBeInTheDocument();
    expect(within(panel).getByText(/^Fix 1 item before posting/)).toBeInTheDocument();
    // Failing blocks come first, then warnings, then passes, then manual items.
    const headings = within(panel)
      .getAllByRole('heading')
      .map((h) => h.textContent);
    expect(headings[0]).toMatch(/^Must fix/);
    expect(headings.at(-1)).toMatch(/^Passed/);
    expect(within(panel).getByRole('group', { name: /Check by hand/ })).toBeInTheDocument();
  });

  it('offers a fix that replaces the composer text', async () => {
    const user = userEvent.setup();
    const { onInsert } = await renderPanel({
      platform: 'facebook',
      state: { composerText: 'Buku baru #BulanBuku #bulanbuku' },
    });
    await user.click(screen.getByRole('tab', { name: 'Checklist' }));
    await user.click(screen.getByRole('button', { name: /^Fix: Remove duplicate hashtags/ }));
    expect(onInsert).toHaveBeenCalledWith('Buku baru #BulanBuku', 'replace');
  });

  it('saves a manual tick with the draft and reads it back', async () => {
    const user = userEvent.setup();
    const { background, draftId } = await savedDraft('Bedah buku Sabtu ini');
    await renderPanel({ platform: 'x', background, state: { draftId, composerText: 'Bedah' } });
    await user.click(screen.getByRole('tab', { name: 'Checklist' }));
    const box = screen.getByRole('checkbox', { name: FACT_CHECK });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(box).toBeChecked();
    await waitFor(async () =>
      expect(await ticksOf(background.client, draftId)).toEqual({ 'fact-check': true }),
    );
  });

  it('shows the ticks stored with the draft', async () => {
    const { background, draftId } = await savedDraft('Teks');
    await background.client.request('drafts.setTicks', {
      draftId,
      ticks: { 'fact-check': true },
    });
    await renderPanel({ platform: 'x', background, state: { draftId, composerText: 'Teks' } });
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: FACT_CHECK, hidden: true })).toBeChecked(),
    );
  });

  it('keeps ticks made before the draft exists and stores them once it does', async () => {
    const user = userEvent.setup();
    const { background, draftId } = await savedDraft('Teks');
    const { store } = await renderPanel({ platform: 'x', background, state: { draftId: null } });
    await user.click(screen.getByRole('tab', { name: 'Checklist' }));
    expect(
      screen.getByText('Your ticks are stored with the draft as soon as it is saved.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: FACT_CHECK }));
    expect(await ticksOf(background.client, draftId)).toEqual({});
    act(() => store.setState({ draftId }));
    await waitFor(async () =>
      expect(await ticksOf(background.client, draftId)).toEqual({ 'fact-check': true }),
    );
    expect(screen.getByRole('checkbox', { name: FACT_CHECK })).toBeChecked();
  });
});
