import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { RecordSource } from '@/lib/db';
import { renderDashboardPiece } from '@/tests/support/dashboard';
import { Field, FormActions } from './form';
import { ListDetailEditor, type EditorSlot, type LibraryStore } from './ListDetailEditor';
// The templates' texts: the list speaks as it does in the Templates section.
import { TEMPLATE_TEXTS } from './TemplatesSection';
import { TitledForm } from './titled';

interface Caption {
  id: string;
  name: string;
  body: string;
  locale?: string;
  source?: RecordSource;
}

const perpusnas: RecordSource = {
  subscriptionId: 'sA',
  title: 'Perpusnas',
  url: 'https://perpus.example.id/p.json',
};

const CAPTIONS: Caption[] = [
  { id: 'c1', name: 'Pameran buku', body: 'Ayo ke pameran!', locale: 'id' },
  { id: 'c2', name: 'Jam buka', body: 'Buka sampai pukul 20.00' },
  { id: 'sub:sA:c3', name: 'Pekan Literasi', body: 'Pekan Literasi Nasional', source: perpusnas },
];

/** A library kept in memory, the way the repositories keep one: deleted records stay, marked. */
function Library(props: {
  initial?: Caption[];
  loading?: boolean;
  search?: boolean;
  copyOwn?: boolean;
  failRemove?: boolean;
}) {
  const [rows, setRows] = useState(() =>
    (props.initial ?? CAPTIONS).map((c) => ({ ...c, deleted: false })),
  );
  const live = rows.filter((r) => !r.deleted);
  const copyOf = (id: string, name: string): Caption => {
    const original = rows.find((r) => r.id === id)!;
    const copy = { id: `${id}-copy`, name, body: original.body, deleted: false };
    setRows((old) => [...old, copy]);
    return copy;
  };
  const store: LibraryStore<Caption, CaptionInput> = {
    create: async (input) => {
      const made = { ...input, id: `c${rows.length + 1}`, deleted: false };
      setRows((old) => [...old, made]);
      return made;
    },
    update: async (id, patch) => {
      const changed = { ...rows.find((r) => r.id === id)!, ...patch, deleted: false };
      setRows((old) => old.map((r) => (r.id === id ? changed : r)));
      return changed;
    },
    remove: async (id) => {
      if (props.failRemove) throw new Error('The browser refused the change.');
      setRows((old) => old.map((r) => (r.id === id ? { ...r, deleted: true } : r)));
    },
    duplicate: async (id, name) => copyOf(id, name),
  };
  return (
    <ListDetailEditor
      items={props.loading ? undefined : live}
      store={store}
      texts={TEMPLATE_TEXTS}
      {...(props.search
        ? {
            search: {
              label: 'dashboard.templates.search',
              text: (c: Caption) => `${c.name} ${c.body}`,
            },
          }
        : {})}
      {...(props.copyOwn
        ? {
            copyOwn: {
              make: async (c: Caption, name: string) => copyOf(c.id, name),
              done: 'dashboard.templates.duplicated',
            },
          }
        : {})}
      summary={(c) => `${c.body.length} characters`}
      editor={(slot) => <CaptionEditor {...slot} />}
      readOnly={(c) => <p>{c.body}</p>}
    />
  );
}

type CaptionInput = Pick<Caption, 'name' | 'body'>;

function CaptionEditor(props: EditorSlot<Caption, CaptionInput>) {
  const [name, setName] = useState(props.item?.name ?? '');
  return (
    <TitledForm title={props.title} onSubmit={() => props.save({ name, body: 'Baru' })}>
      <Field label="Name" value={name} onChange={setName} />
      <FormActions onDelete={props.onDelete}>
        {props.onDuplicate && (
          <button type="button" onClick={props.onDuplicate}>
            Duplicate
          </button>
        )}
      </FormActions>
    </TitledForm>
  );
}

function list() {
  return screen.getByRole('region', { name: 'All templates' });
}

describe('ListDetailEditor', () => {
  it('lists each record with its summary, marks subscribed ones, and asks for a choice', () => {
    renderDashboardPiece(<Library />);
    const items = within(list()).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Pameran buku15 characters',
      'Jam buka23 characters',
      'Pekan Literasi23 charactersFrom Perpusnas',
    ]);
    expect(screen.getByText('Choose a template to edit, or make a new one.')).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });

  it('says so while the records load', () => {
    renderDashboardPiece(<Library loading />);
    expect(within(list()).getByText('Loading…')).toBeInTheDocument();
  });

  it('searches the text of each record, accents folded', async () => {
    const user = userEvent.setup();
    renderDashboardPiece(<Library search />);
    await user.type(screen.getByRole('searchbox', { name: 'Search templates' }), 'PUKUL');
    expect(
      within(list())
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Jam buka23 characters']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search templates' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search templates' }), 'pámeran');
    expect(within(list()).getAllByRole('listitem')).toHaveLength(1);
    await user.type(screen.getByRole('searchbox', { name: 'Search templates' }), ' tutup');
    expect(within(list()).getByText('No templates match.')).toBeInTheDocument();
  });

  it('opens the chosen record in the editor, and an empty one for New', async () => {
    const user = userEvent.setup();
    renderDashboardPiece(<Library />);
    const pameran = screen.getByRole('button', { name: /Pameran buku/ });
    await user.click(pameran);
    expect(pameran).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('form', { name: 'Edit “Pameran buku”' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    expect(pameran).not.toHaveAttribute('aria-current');
    const form = screen.getByRole('form', { name: 'New template' });
    expect(within(form).getByLabelText('Name')).toHaveValue('');
    expect(within(form).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('saves a new record and opens it; saves changes to a chosen one', async () => {
    const user = userEvent.setup();
    renderDashboardPiece(<Library />);
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.type(screen.getByLabelText('Name'), 'Pameran malam');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Template “Pameran malam” saved.')).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Edit “Pameran malam”' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Pameran malam/ })).toHaveAttribute(
      'aria-current',
      'true',
    );

    await user.click(screen.getByRole('button', { name: /Jam buka/ }));
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Jam layanan');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Template “Jam layanan” saved.')).toBeInTheDocument();
    expect(within(list()).queryByText('Jam buka')).not.toBeInTheDocument();
    expect(within(list()).getByText('Jam layanan')).toBeInTheDocument();
  });

  it('deletes a record and brings it back with Undo', async () => {
    const user = userEvent.setup();
    renderDashboardPiece(<Library />);
    await user.click(screen.getByRole('button', { name: /Jam buka/ }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const status = screen.getByRole('status');
    expect(await within(status).findByText('Template “Jam buka” deleted.')).toBeInTheDocument();
    expect(within(list()).queryByText('Jam buka')).not.toBeInTheDocument();
    expect(screen.getByText('Choose a template to edit, or make a new one.')).toBeInTheDocument();
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(await within(status).findByText('Template “Jam buka” restored.')).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Edit “Jam buka”' })).toBeInTheDocument();
  });

  it('shows a failed delete instead of pretending it worked', async () => {
    const user = userEvent.setup();
    renderDashboardPiece(<Library failRemove />);
    await user.click(screen.getByRole('button', { name: /Jam buka/ }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The browser refused the change.');
    expect(screen.getByRole('form', { name: 'Edit “Jam buka”' })).toBeInTheDocument();
  });

  it('shows a subscribed record read-only, and copies it into the library to edit', async () => {
    const user = userEvent.setup();
    renderDashboardPiece(<Library />);
    await user.click(screen.getByRole('button', { name: /Pekan Literasi/ }));
    const card = screen.getByRole('region', { name: 'Pekan Literasi' });
    expect(within(card).getByText('From Perpusnas')).toBeInTheDocument();
    expect(within(card).getByText(/comes from the subscribed library “Perpusnas”/)).toBeVisible();
    expect(within(card).getByText('Pekan Literasi Nasional')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Duplicate to my library' }));
    expect(
      await screen.findByText('“Copy of Pekan Literasi” is now in your library and can be edited.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Edit “Copy of Pekan Literasi”' })).toBeInTheDocument();
  });

  it('marks the language of a subscribed record that has one', async () => {
    const user = userEvent.setup();
    renderDashboardPiece(<Library initial={[{ ...CAPTIONS[0]!, source: perpusnas }]} />);
    await user.click(screen.getByRole('button', { name: /Pameran buku/ }));
    expect(screen.getByRole('heading', { name: 'Pameran buku' })).toHaveAttribute('lang', 'id');
  });

  it('offers Duplicate in the editor only where the section copies its own records', async () => {
    const user = userEvent.setup();
    const { unmount } = renderDashboardPiece(<Library />);
    await user.click(screen.getByRole('button', { name: /Pameran buku/ }));
    expect(screen.queryByRole('button', { name: 'Duplicate' })).not.toBeInTheDocument();
    unmount();

    renderDashboardPiece(<Library copyOwn />);
    await user.click(screen.getByRole('button', { name: /Pameran buku/ }));
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect(await screen.findByText('Made “Copy of Pameran buku”.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('form', { name: 'Edit “Copy of Pameran buku”' })).toBeInTheDocument(),
    );
  });

  it('speaks Indonesian when the dashboard does', async () => {
    const user = userEvent.setup();
    renderDashboardPiece(<Library />, 'id');
    expect(screen.getByRole('region', { name: 'Semua templat' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Pekan Literasi/ }));
    expect(screen.getByRole('button', { name: 'Gandakan ke pustaka saya' })).toBeInTheDocument();
    expect(screen.getByText('Dari Perpusnas', { selector: 'p' })).toBeInTheDocument();
  });
});
