import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, type SapaDb } from '@/lib/db';
import { freshDb } from '@/tests/support/db';
import { Dashboard } from '../Dashboard';

let db: SapaDb;
beforeEach(async () => {
  db = freshDb('sapa-picker-trigger');
  await db.open();
});
afterEach(() => db.close());

describe('the picker’s trigger in Settings', () => {
  it('refuses what would open while writing, and keeps a trigger of signs', async () => {
    const user = userEvent.setup();
    render(<Dashboard db={db} memberId="ana" language="id" initialSection="settings" />);
    const field = await screen.findByRole('textbox', { name: 'Dibuka dengan' });
    expect(field).toHaveValue(';;');
    const group = screen.getByRole('group', { name: 'Pemilih di kursor' });
    const save = () => user.click(group.querySelector('button[type="submit"]')!);

    await user.clear(field);
    await user.type(field, 'ab');
    await save();
    expect(within(group).getByRole('alert')).toHaveTextContent(
      'Huruf, angka, # dan @ mengawali kata biasa',
    );
    const repos = createRepositories(db, { memberId: 'ana' });
    expect(await repos.settings.get('pickerTrigger')).toBeUndefined();

    await user.clear(field);
    await user.type(field, '//');
    await save();
    expect(await screen.findByText('Pemilih kini dibuka dengan //.')).toBeInTheDocument();
    expect(await repos.settings.get('pickerTrigger')).toBe('//');
    expect(within(group).queryByRole('alert')).toBeNull();
  });

  it('refuses signs that a shortcut starts with, since that shortcut could not be typed', async () => {
    const user = userEvent.setup();
    const repos = createRepositories(db, { memberId: 'ana' });
    await repos.templates.create({
      name: 'Acara',
      category: 'event',
      body: 'Acara hari ini',
      locale: 'id',
      shortcut: '//acara',
    });
    render(<Dashboard db={db} memberId="ana" language="en" initialSection="settings" />);
    const field = await screen.findByRole('textbox', { name: 'Opens with' });
    const group = screen.getByRole('group', { name: 'Picker at the cursor' });
    await user.clear(field);
    await user.type(field, '//');
    await user.click(group.querySelector('button[type="submit"]')!);
    expect(await within(group).findByRole('alert')).toHaveTextContent(
      'The shortcut //acara starts with these signs',
    );
    expect(await repos.settings.get('pickerTrigger')).toBeUndefined();
  });
});
