import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, type SapaDb } from '@/lib/db';
import { freshDb } from '@/tests/support/db';
import { Dashboard } from '../Dashboard';

let db: SapaDb;
beforeEach(async () => {
  db = freshDb('sapa-reminders');
  await db.open();
});
afterEach(() => db.close());

describe('calendar reminders in Settings', () => {
  it('asks the browser first, stays off when refused, and keeps the choice when allowed', async () => {
    const user = userEvent.setup();
    let allow = false;
    const requestPermission = vi.fn(async () => allow);
    render(
      <Dashboard
        db={db}
        memberId="ana"
        language="en"
        initialSection="settings"
        requestPermission={requestPermission}
      />,
    );
    const group = await screen.findByRole('group', { name: 'Calendar reminders' });
    expect(within(group).getByRole('radio', { name: 'Off' })).toBeChecked();
    const repos = createRepositories(db, { memberId: 'ana' });

    await user.click(within(group).getByRole('radio', { name: 'One summary a day' }));
    expect(requestPermission).toHaveBeenCalledWith('notifications');
    expect(await within(group).findByRole('alert')).toHaveTextContent(
      'The browser did not allow notifications, so reminders stay off.',
    );
    expect(await repos.settings.get('calendarReminders')).toBeUndefined();
    expect(within(group).getByRole('radio', { name: 'Off' })).toBeChecked();

    allow = true;
    await user.click(within(group).getByRole('radio', { name: 'One summary a day' }));
    await screen.findByText('Reminders: One summary a day.');
    expect(within(group).queryByRole('alert')).toBeNull();
    await user.selectOptions(within(group).getByLabelText('Summary at'), '7');
    await vi.waitFor(async () =>
      expect(await repos.settings.get('calendarReminders')).toEqual({
        mode: 'digest',
        digestHour: 7,
      }),
    );

    // Turning them off needs no permission.
    requestPermission.mockClear();
    await user.click(within(group).getByRole('radio', { name: 'Off' }));
    await vi.waitFor(async () =>
      expect(await repos.settings.get('calendarReminders')).toEqual({ mode: 'off', digestHour: 7 }),
    );
    expect(requestPermission).not.toHaveBeenCalled();
  });
});
