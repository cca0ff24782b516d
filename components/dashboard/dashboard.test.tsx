import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, type Repositories, type SapaDb } from '@/lib/db';
import { applySeeds } from '@/lib/library/seed';
import { blobText as readFileText } from '@/lib/exchange/backup';
import { freshDb } from '@/tests/support/db';
import { Dashboard, SECTIONS, type SectionId } from './Dashboard';

let db: SapaDb;
let repos: Repositories;
let download: ReturnType<typeof vi.fn<(blob: Blob, name: string) => void>>;
let openTab: ReturnType<typeof vi.fn<(url: string) => void>>;

beforeEach(async () => {
  db = freshDb('sapa-dashboard');
  await applySeeds(db, 1_000);
  repos = createRepositories(db, { memberId: 'ana' });
  download = vi.fn<(blob: Blob, name: string) => void>();
  openTab = vi.fn<(url: string) => void>();
});

afterEach(() => {
  db.close();
});

function show(section: SectionId, language = 'en') {
  const user = userEvent.setup();
  const view = render(
    <Dashboard
      db={db}
      memberId="ana"
      language={language}
      initialSection={section}
      download={download}
      openTab={openTab}
    />,
  );
  return { user, ...view };
}

describe('templates', () => {
  it('refuses a shortcut that starts with the picker’s ;;, saying why', async () => {
    const { user } = show('templates');
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    // The editor is loaded when first opened.
    await user.type(await screen.findByLabelText('Name'), 'Pameran buku');
    await user.click(screen.getByLabelText('Caption text'));
    await user.paste('Pameran buku di perpustakaan!');
    await user.type(screen.getByLabelText('Shortcut'), ';;pameran');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(/A shortcut cannot start with ;;: typing it opens the picker/),
    ).toBeInTheDocument();
    expect((await repos.templates.list()).some((t) => t.name === 'Pameran buku')).toBe(false);
  });

  it('creates a template with a variable and an X version, with live length counts', async () => {
    const { user } = show('templates');
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    // The editor is loaded when first opened.
    await user.type(await screen.findByLabelText('Name'), 'Pameran buku');
    await user.click(screen.getByLabelText('Caption text'));
    await user.paste('Pameran {{judul}} di {{library}}!');
    await user.click(screen.getByRole('button', { name: 'Add a variable' }));
    await user.type(screen.getByLabelText('Name in the text'), 'judul');
    await user.type(screen.getByLabelText('Label in English'), 'Title');
    await user.click(screen.getByLabelText('Required'));
    await user.click(screen.getByLabelText('Version for X'));
    await user.paste('Pameran {{judul}}');

    // Counts follow the typing: X uses its own version, the others use the caption text.
    expect(await screen.findByText('X: 17 / 280 characters')).toBeInTheDocument();
    expect(screen.getByText('Facebook: 33 / 63,206 characters')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Version for X'), ' baru');
    expect(screen.getByText('X: 22 / 280 characters')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Template “Pameran buku” saved.');
    const saved = (await repos.templates.list()).find((t) => t.name === 'Pameran buku');
    expect(saved).toMatchObject({
      body: 'Pameran {{judul}} di {{library}}!',
      variants: { x: 'Pameran {{judul}} baru' },
      variables: [{ name: 'judul', type: 'text', required: true, label: { en: 'Title' } }],
      updatedBy: 'ana',
    });
    // The preview fills the variable with a sample value.
    expect(screen.getByTestId('preview')).toHaveTextContent('Pameran [Title] di');
  });

  it('flags an X version over the limit', async () => {
    const { user } = show('templates');
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    await user.click(await screen.findByLabelText('Version for X'));
    await user.paste('a'.repeat(281));
    expect(await screen.findByText('X: 281 / 280 characters, over the limit')).toHaveClass(
      'sapa-over',
    );
  });

  it('deletes a template and brings it back with Undo', async () => {
    const before = await repos.templates.list();
    const victim = before[0]!;
    const { user } = show('templates');
    await user.click(await screen.findByRole('button', { name: new RegExp(victim.name) }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const status = await screen.findByRole('status');
    await within(status).findByText(`Template “${victim.name}” deleted.`);
    expect(await repos.templates.get(victim.id)).toBeUndefined();
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    await within(status).findByText(`Template “${victim.name}” restored.`);
    expect(await repos.templates.get(victim.id)).toMatchObject({
      name: victim.name,
      deleted: false,
    });
    expect((await repos.templates.list()).length).toBe(before.length);
  });

  it('duplicates a template and finds it by search', async () => {
    const victim = (await repos.templates.list())[0]!;
    const { user } = show('templates');
    await user.click(await screen.findByRole('button', { name: new RegExp(victim.name) }));
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    await screen.findByText(`Made “Copy of ${victim.name}”.`);
    await user.type(screen.getByLabelText('Search templates'), 'copy of');
    const list = screen.getByRole('region', { name: 'All templates' });
    // The list follows the database through a live query: the copy shows once it has caught up.
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
  });
});

describe('hashtag sets', () => {
  it('harvests a pasted caption: tags normalised, duplicates and banned tags flagged', async () => {
    await repos.checklistSettings.save({ bannedHashtags: ['followforfollow'] });
    const { user } = show('hashtags');
    await user.click(await screen.findByRole('button', { name: 'New set' }));
    await user.type(screen.getByLabelText('Set name'), 'Bulan Buku');
    await user.click(screen.getByLabelText('Paste tags or a whole caption'));
    await user.paste(
      'Ayo ke perpustakaan! #BulanBuku #GemarMembaca\nhttps://perpus.jogjakota.go.id/#info #bulanbuku #FollowForFollow #GEMARMEMBACA',
    );
    await user.click(screen.getByRole('button', { name: 'Add tags' }));
    const chips = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(chips.filter((c) => c?.startsWith('#'))).toEqual([
      '#BulanBuku×',
      '#GemarMembaca×',
      '#FollowForFollow banned×',
    ]);
    expect(screen.getByText('Added 3 tags.')).toBeInTheDocument();
    expect(
      screen.getByText('Duplicates, not added again: #bulanbuku and #GEMARMEMBACA'),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 tag is on the team's banned list/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove #FollowForFollow' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Set “Bulan Buku” saved.');
    const set = (await repos.hashtagSets.list()).find((s) => s.name === 'Bulan Buku');
    expect(set?.tags).toEqual(['BulanBuku', 'GemarMembaca']);
  });

  it('imports a CSV after a preview, and lists bad rows by line instead of importing', async () => {
    const { user } = show('hashtags');
    const input = await screen.findByLabelText('Import a CSV file');
    await user.upload(
      input,
      new File(
        ['\uFEFFset;tag\r\nKota;#PerpusKota\r\n;Kosong\r\nKota;bukan tagar\r\n'],
        'bad.csv',
        {
          type: 'text/csv',
        },
      ),
    );
    const alert = await screen.findByText('The file was not imported: 2 problems.');
    expect(alert.parentElement).toHaveTextContent('Line 3: the set name is empty');
    expect(alert.parentElement).toHaveTextContent('Line 4: "bukan tagar" is not a hashtag');
    const before = await repos.hashtagSets.list();

    await user.upload(
      input,
      new File(['set,tag\r\nKota,#PerpusKota\r\nKota,BacaBareng\r\n'], 'ok.csv', {
        type: 'text/csv',
      }),
    );
    const table = await screen.findByRole('table', { name: 'What the import will do' });
    expect(table).toHaveTextContent('New set');
    expect(table).toHaveTextContent('#PerpusKota #BacaBareng');
    expect(await repos.hashtagSets.list()).toEqual(before);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported: 1 new set, 0 updated, 2 tags added.');
    const kota = (await repos.hashtagSets.list()).find((s) => s.name === 'Kota');
    expect(kota?.tags).toEqual(['PerpusKota', 'BacaBareng']);
  });

  it('exports every set as CSV', async () => {
    const { user } = show('hashtags');
    await user.click(await screen.findByRole('button', { name: 'Export all sets as CSV' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [blob, name] = download.mock.calls[0]!;
    expect(name).toMatch(/^sapa-hashtags-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFileText(blob);
    // (FileReader drops the byte-order mark; the unit tests check it is written.)
    expect(text.replace(/^\uFEFF/, '')).toMatch(/^set,tag\r\n/);
  });
});

describe('brand kit', () => {
  it('saves through the repository and shows the template variable names', async () => {
    const { user } = show('brand');
    await user.type(await screen.findByLabelText('Library name'), 'Perpustakaan Kota');
    await user.type(screen.getByLabelText('Instagram handle'), '@perpuskota');
    await user.type(screen.getByLabelText('Signature hashtags'), '#PerpusKota #GemarMembaca');
    await user.type(screen.getByLabelText('Website'), 'https://perpus.example');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Brand kit saved.');
    expect(await repos.brandKit.get()).toMatchObject({
      libraryName: 'Perpustakaan Kota',
      handles: { instagram: 'perpuskota' },
      signatureHashtags: ['PerpusKota', 'GemarMembaca'],
      website: 'https://perpus.example',
      updatedBy: 'ana',
    });
    expect(screen.getByText('{{library}}')).toBeInTheDocument();
    expect(screen.getByText('{{website}}')).toBeInTheDocument();
  });

  it('saves the library’s public contacts, which the checklist does not flag', async () => {
    const { user } = show('brand');
    await user.type(await screen.findByLabelText('Phone'), ' (0274) 512345 ');
    await user.type(screen.getByLabelText('WhatsApp'), '0812 2700 1234');
    await user.type(screen.getByLabelText('E-mail'), 'layanan@perpus.example.go.id');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Brand kit saved.');
    expect(await repos.brandKit.get()).toMatchObject({
      phone: '(0274) 512345',
      whatsApp: '0812 2700 1234',
      email: 'layanan@perpus.example.go.id',
    });
  });
});

describe('checklist settings', () => {
  it('changes a severity, a required manual item and the banned list, and persists them', async () => {
    const { user } = show('checklist');
    const severity = await screen.findByRole('combobox', { name: /Emoji.*: severity/i });
    await user.selectOptions(severity, 'block');
    const required = screen.getAllByRole('checkbox', { name: /required before posting/ })[0]!;
    await user.click(required);
    await user.type(screen.getByLabelText('Banned hashtags'), '#FollowForFollow');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Checklist settings saved.');
    const stored = await repos.checklistSettings.get();
    expect(stored.rules.emoji).toMatchObject({ severity: 'block', enabled: true });
    expect(Object.values(stored.rules).filter((r) => r.required)).toHaveLength(1);
    expect(stored.bannedHashtags).toEqual(['followforfollow']);
    // The form shows what was stored after the save.
    expect(await screen.findByRole('combobox', { name: /Emoji.*: severity/i })).toHaveValue(
      'block',
    );
  });

  it('refuses a range whose minimum is above its maximum', async () => {
    const { user } = show('checklist');
    const min = await screen.findByLabelText('X: at least');
    await user.clear(min);
    await user.type(min, '5');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(
        'X: the range must be whole numbers, the first not above the second.',
      ),
    ).toBeInTheDocument();
    expect((await repos.checklistSettings.get()).hashtagRanges.x).toEqual({ min: 1, max: 2 });
  });
});

describe('drafts', () => {
  it('lists drafts across platforms, filters them, and opens the platform composer', async () => {
    await repos.drafts.saveDraftText('x', 'main', 'Draf untuk X tentang pameran');
    await repos.drafts.saveDraftText('instagram', 'main', 'Draf Instagram bulan buku');
    const { user } = show('drafts');
    await screen.findByText('Draf untuk X tentang pameran');
    expect(screen.getByText('Draf Instagram bulan buku')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Platform'), 'instagram');
    expect(screen.queryByText('Draf untuk X tentang pameran')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open on Instagram' }));
    expect(openTab).toHaveBeenCalledWith('https://www.instagram.com/');
    await user.selectOptions(screen.getByLabelText('Status'), 'posted');
    expect(screen.getByText('No drafts match.')).toBeInTheDocument();
  });
});

describe('backup and packs', () => {
  it('exports a pack of the chosen parts and previews an import before applying it', async () => {
    const { user } = show('backup');
    await user.click(await screen.findByLabelText('Checklist settings'));
    await user.click(screen.getByRole('button', { name: 'Download pack' }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [blob] = download.mock.calls[0]!;
    const pack = JSON.parse(await readFileText(blob)) as Record<string, unknown>;
    expect(pack.format).toBe('sapa-pack');
    expect(pack.templates).toBeDefined();
    expect(pack.checklistSettings).toBeUndefined();

    const incoming = {
      format: 'sapa-pack',
      version: 1,
      exportedAt: '2026-11-21T08:00:00.000Z',
      templates: [
        {
          id: 'tpl_from_pack',
          updatedAt: 5_000,
          updatedBy: 'budi',
          name: 'Dari paket',
          category: 'event',
          body: 'Halo {{library}}',
          variants: {},
          variables: [],
          locale: 'id',
        },
      ],
    };
    const input = screen.getByLabelText('Pack file (.json)');
    await user.upload(
      input,
      new File(['{"format":"sapa-pack","version":1,"templates":[{}]}'], 'bad.json'),
    );
    expect(await screen.findByText(/templates\[0\]\.id: is required/)).toBeInTheDocument();
    await user.upload(input, new File([JSON.stringify(incoming)], 'pack.json'));
    await screen.findByText('1 new');
    expect(await repos.templates.get('tpl_from_pack')).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Apply the import' }));
    await screen.findByText('Imported: 1 new, 0 updated, 0 skipped, 0 conflicts.');
    expect(await repos.templates.get('tpl_from_pack')).toMatchObject({ name: 'Dari paket' });
  });

  it('restores a full backup only after confirmation', async () => {
    const { user } = show('backup');
    await user.click(await screen.findByRole('button', { name: 'Download full backup' }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [backup] = download.mock.calls[0]!;
    const text = await readFileText(backup);
    const victim = (await repos.templates.list())[0]!;
    await repos.templates.remove(victim.id);

    await user.upload(screen.getByLabelText('Backup file (.json)'), new File([text], 'b.json'));
    const restore = await screen.findByRole('button', { name: 'Restore this backup' });
    expect(restore).toBeDisabled();
    await user.click(screen.getByLabelText(/restoring replaces everything/));
    await user.click(restore);
    await screen.findByText('Backup restored.');
    expect(await repos.templates.get(victim.id)).toBeDefined();
  });
});

describe('settings and language', () => {
  it('switches the page to Indonesian at once and stores the choice', async () => {
    const { user } = show('settings');
    await user.click(await screen.findByLabelText('Bahasa Indonesia'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pengaturan' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Templat' })).toBeInTheDocument();
    expect(await repos.settings.get('locale')).toBe('id');
    await user.click(
      screen.getByLabelText('Akun ini memakai X Premium (unggahan hingga 25.000 karakter)'),
    );
    await waitFor(async () => expect(await repos.settings.get('xPremium')).toBe(true));
    expect(document.documentElement.lang).toBe('id');
  });

  it('follows the browser language on Auto', async () => {
    show('templates', 'id-ID');
    expect(await screen.findByRole('button', { name: 'Templat baru' })).toBeInTheDocument();
  });

  it('moves between sections from the navigation', async () => {
    const { user } = show('templates');
    await user.click(screen.getByRole('link', { name: 'Brand kit' }));
    const heading = screen.getByRole('heading', { level: 1, name: 'Brand kit' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Brand kit' })).toHaveAttribute('aria-current', 'page');
  });
});

describe('accessibility (axe-core)', () => {
  it.each(SECTIONS)('%s has no serious or critical violations', async (section) => {
    const { container, user } = show(section);
    await screen.findAllByRole('heading', { level: 2 });
    if (section === 'templates' || section === 'hashtags') {
      await user.click(screen.getAllByRole('button', { name: /^New / })[0]!);
      if (section === 'templates')
        await user.click(screen.getByRole('button', { name: 'Add a variable' }));
    }
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });
});
