import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, type Repositories, type SapaDb } from '@/lib/db';
import { applySeeds } from '@/lib/library/seed';
import { freshDb } from '@/tests/support/db';
import { Dashboard, type SectionId } from './Dashboard';

const source = {
  subscriptionId: 'sA',
  title: 'Perpusnas',
  url: 'https://perpus.example.id/p.json',
};

let db: SapaDb;
let repos: Repositories;

beforeEach(async () => {
  db = freshDb('sapa-dash-subscribed');
  await applySeeds(db, 1_000);
  repos = createRepositories(db, { memberId: 'ana' });
  await db.templates.put({
    id: 'sub:sA:t1',
    name: 'Pekan Literasi Nasional',
    category: 'literasi',
    body: 'Ayo ikut Pekan Literasi di {{library}}!',
    variants: { x: 'Pekan Literasi!' },
    variables: [{ name: 'tanggal', label: { id: 'Tanggal', en: 'Date' }, type: 'date' }],
    locale: 'id',
    searchWords: ['pekan literasi nasional', 'pekan', 'literasi', 'nasional'],
    updatedAt: 5,
    updatedBy: 'perpusnas',
    deleted: false,
    source,
  });
  await db.hashtagSets.put({
    id: 'sub:sA:s1',
    name: 'Pekan Literasi',
    tags: ['PekanLiterasi', 'AyoMembaca'],
    updatedAt: 5,
    updatedBy: 'perpusnas',
    deleted: false,
    source,
  });
});
afterEach(() => {
  db.close();
});

function show(section: SectionId, language = 'en') {
  const user = userEvent.setup();
  const view = render(
    <Dashboard db={db} memberId="ana" language={language} initialSection={section} />,
  );
  return { user, ...view };
}

async function serious(container: Element) {
  const canvas = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const result = await axe
    .run(container, { rules: { 'color-contrast': { enabled: false } } })
    .finally(() => canvas.mockRestore());
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('subscribed items in the dashboard', () => {
  it('a subscribed template is marked with its source, shown read-only, and can be copied', async () => {
    const { user, container } = show('templates');
    const item = await screen.findByRole('button', { name: /Pekan Literasi Nasional/ });
    expect(within(item).getByText('From Perpusnas')).toBeInTheDocument();
    await user.click(item);

    const view = screen.getByRole('region', { name: 'Pekan Literasi Nasional' });
    expect(within(view).getByText(/comes from the subscribed library “Perpusnas”/)).toBeVisible();
    expect(within(view).getByText('Ayo ikut Pekan Literasi di {{library}}!')).toBeInTheDocument();
    expect(within(view).getByText('Pekan Literasi!')).toBeInTheDocument();
    expect(within(view).queryByRole('textbox')).toBeNull();
    expect(within(view).queryByRole('button', { name: 'Save' })).toBeNull();
    expect(within(view).queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(await serious(container)).toEqual([]);

    await user.click(within(view).getByRole('button', { name: 'Duplicate to my library' }));
    await screen.findByText(
      '“Copy of Pekan Literasi Nasional” is now in your library and can be edited.',
    );
    // The copy opens in the editor, editable and without the badge.
    expect(await screen.findByLabelText('Name')).toHaveValue('Copy of Pekan Literasi Nasional');
    const copy = (await repos.templates.list()).find(
      (t) => t.name === 'Copy of Pekan Literasi Nasional',
    );
    expect(copy).toMatchObject({
      body: 'Ayo ikut Pekan Literasi di {{library}}!',
      updatedBy: 'ana',
    });
    expect(copy).not.toHaveProperty('source');
  });

  it('a subscribed hashtag set is read-only too, in Indonesian as well', async () => {
    const { user, container } = show('hashtags', 'id-ID');
    const item = await screen.findByRole('button', { name: /Pekan Literasi/ });
    expect(within(item).getByText('Dari Perpusnas')).toBeInTheDocument();
    await user.click(item);
    const view = screen.getByRole('region', { name: 'Pekan Literasi' });
    expect(within(view).getByText(/berasal dari pustaka langganan “Perpusnas”/)).toBeVisible();
    expect(within(view).getByText('#PekanLiterasi')).toBeInTheDocument();
    expect(within(view).queryByRole('button', { name: 'Simpan' })).toBeNull();
    expect(within(view).queryByRole('button', { name: 'Hapus' })).toBeNull();
    expect(await serious(container)).toEqual([]);

    await user.click(within(view).getByRole('button', { name: 'Gandakan ke pustaka saya' }));
    await screen.findByText(/kini ada di pustaka Anda/);
    const own = (await repos.hashtagSets.list()).filter((s) => !s.source && /Pekan/.test(s.name));
    expect(own.map((s) => s.tags)).toEqual([['PekanLiterasi', 'AyoMembaca']]);
  });

  it('an edit that reaches the repository anyway is refused with a clear message', async () => {
    await expect(repos.templates.update('sub:sA:t1', { body: 'x' })).rejects.toMatchObject({
      code: 'read-only',
    });
  });
});
