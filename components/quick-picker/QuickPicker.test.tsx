import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { translator, type Locale } from '@/lib/i18n';
import { seriousViolations } from '@/tests/support/panel';
import { QuickPicker, type PickerEntry } from './QuickPicker';

const ENTRIES: PickerEntry[] = [
  {
    kind: 'template',
    id: 't1',
    name: 'Koleksi baru datang',
    preview: 'Koleksi baru telah tiba di Perpustakaan Kota!',
    standing: 'favourite',
  },
  {
    kind: 'hashtagSet',
    id: 's1',
    name: 'Acara literasi',
    preview: '#literasi #perpustakaan #bacabuku',
    standing: 'recent',
  },
  {
    kind: 'template',
    id: 't2',
    name: 'Webinar',
    preview: 'Ikuti webinar {{judul}}',
    standing: null,
    needsValues: true,
  },
];

function Harness({
  locale = 'en',
  entries = ENTRIES,
}: {
  locale?: Locale;
  entries?: PickerEntry[];
}) {
  const [query, setQuery] = useState('');
  const shown = entries.filter((entry) => entry.name.toLowerCase().includes(query.toLowerCase()));
  return (
    <QuickPicker
      t={translator(locale)}
      entries={shown}
      loading={false}
      query={query}
      onQuery={setQuery}
      onPick={onPick}
      onClose={onClose}
      lengthOf={(text) => ({ label: `${text.length} / 50 characters`, over: text.length > 50 })}
      position={{ left: 10, top: 20 }}
    />
  );
}
const onPick = vi.fn();
const onClose = vi.fn();

function activeOption() {
  const search = screen.getByRole('combobox');
  const id = search.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
}

describe('the picker at the caret, from the keyboard', () => {
  it('opens with the focus in its search and the first entry active, its text previewed', async () => {
    render(<Harness />);
    const search = screen.getByRole('combobox', { name: 'Search templates and hashtag sets' });
    expect(document.activeElement).toBe(search);
    expect(activeOption()).toHaveTextContent('Koleksi baru datang');
    expect(activeOption()).toHaveTextContent('Template · favourite');
    expect(screen.getByText('Koleksi baru telah tiba di Perpustakaan Kota!')).toBeInTheDocument();
    expect(screen.getByText('45 / 50 characters')).toBeInTheDocument();
  });

  it('moves with the arrows (round the ends) and inserts the active entry on Enter', async () => {
    const user = userEvent.setup();
    onPick.mockClear();
    render(<Harness />);
    await user.keyboard('{ArrowDown}');
    expect(activeOption()).toHaveTextContent('Acara literasi');
    expect(activeOption()).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('#literasi #perpustakaan #bacabuku')).toBeInTheDocument();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(activeOption()).toHaveTextContent('Koleksi baru datang');
    await user.keyboard('{ArrowUp}');
    expect(activeOption()).toHaveTextContent('Webinar');
    expect(screen.getByText(/Enter opens its form in the panel/)).toBeInTheDocument();
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(onPick).toHaveBeenCalledWith(ENTRIES[1]);
  });

  it('searches as the person types, starting again at the best entry', async () => {
    const user = userEvent.setup();
    onPick.mockClear();
    render(<Harness />);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.keyboard('web');
    expect(screen.getAllByRole('option')).toHaveLength(1);
    expect(activeOption()).toHaveTextContent('Webinar');
    await user.keyboard('zzz');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('Nothing matches.');
    await user.keyboard('{Enter}');
    expect(onPick).not.toHaveBeenCalled();
  });

  it('closes on Escape, and keeps Tab inside', async () => {
    const user = userEvent.setup();
    onClose.mockClear();
    render(<Harness />);
    await user.keyboard('{Tab}');
    expect(document.activeElement).toBe(screen.getByRole('combobox'));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('takes a click too, without taking the focus from the search', async () => {
    const user = userEvent.setup();
    onPick.mockClear();
    render(<Harness />);
    await user.click(screen.getByRole('option', { name: /Webinar/ }));
    expect(onPick).toHaveBeenCalledWith(ENTRIES[2]);
    expect(document.activeElement).toBe(screen.getByRole('combobox'));
  });

  it('speaks Indonesian and has no serious accessibility violations', async () => {
    const { container } = render(<Harness locale="id" />);
    expect(screen.getByRole('dialog', { name: 'Sisip cepat' })).toBeInTheDocument();
    expect(screen.getByRole('listbox', { name: 'Templat dan set tagar' })).toBeInTheDocument();
    expect(activeOption()).toHaveTextContent('Templat · favorit');
    expect(screen.getByText('↑ ↓ pilih · Enter sisipkan · Esc tutup')).toBeInTheDocument();
    expect(await seriousViolations(container)).toEqual([]);
  });
});
