import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import {
  closeDatabases,
  renderPanel,
  seriousViolations,
  setupBackground,
} from '@/tests/support/panel';

afterEach(closeDatabases);

const source = {
  subscriptionId: 'sA',
  title: 'Perpusnas',
  url: 'https://perpus.example.id/p.json',
};

async function withSubscribedItems() {
  const background = await setupBackground();
  await background.db.templates.put({
    id: 'sub:sA:t1',
    name: 'Pekan Literasi',
    category: 'literasi',
    body: 'Ayo ikut Pekan Literasi di {{library}}!',
    variants: {},
    variables: [],
    locale: 'id',
    searchWords: ['pekan literasi', 'pekan', 'literasi'],
    updatedAt: 5,
    updatedBy: 'perpusnas',
    deleted: false,
    source,
  });
  await background.db.hashtagSets.put({
    id: 'sub:sA:s1',
    name: 'Pekan Literasi',
    tags: ['PekanLiterasi'],
    updatedAt: 5,
    updatedBy: 'perpusnas',
    deleted: false,
    source,
  });
  return background;
}

describe('subscribed items in the panel', () => {
  it('marks templates and hashtag sets with the library they come from', async () => {
    const user = userEvent.setup();
    const { container } = await renderPanel({
      locale: 'id',
      background: await withSubscribedItems(),
    });
    const list = await screen.findByRole('list', { name: 'Templat perpustakaan' });
    const insert = await within(list).findByRole('button', { name: /Pekan Literasi$/ });
    expect(within(insert.closest('li')!).getByText('Dari Perpusnas')).toBeInTheDocument();
    expect(await seriousViolations(container)).toEqual([]);

    await user.click(screen.getByRole('tab', { name: 'Tagar' }));
    const sets = await screen.findByRole('list', { name: 'Set tagar' });
    const set = await within(sets).findByText('Pekan Literasi', { selector: '.sapa-item-title' });
    expect(within(set.closest('li')!).getByText('Dari Perpusnas')).toBeInTheDocument();
  });
});
