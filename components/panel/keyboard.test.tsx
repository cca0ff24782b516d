import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabases, renderPanel, seriousViolations } from '@/tests/support/panel';

afterEach(closeDatabases);

describe('the panel from the keyboard', () => {
  it('puts the focus in the template search when the command asks, from another tab', async () => {
    const user = userEvent.setup();
    const { store } = await renderPanel();
    await user.click(screen.getByRole('tab', { name: 'Hashtags' }));
    act(() => store.setState({ searchFocus: store.getState().searchFocus + 1 }));
    const search = screen.getByRole('searchbox', { name: 'Search templates' });
    await expect.poll(() => document.activeElement).toBe(search);
    expect(screen.getByRole('tab', { name: 'Templates' })).toHaveAttribute('aria-selected', 'true');
    // The search box says how to reach it and how to leave.
    expect(search).toHaveAccessibleDescription(/Alt\+Shift\+S opens or closes Sapa/);
  });

  it('gives the focus back to the composer on Escape', async () => {
    const user = userEvent.setup();
    const { onEscape } = await renderPanel();
    await user.click(screen.getByRole('searchbox', { name: 'Search templates' }));
    await user.keyboard('{Escape}');
    expect(onEscape).toHaveBeenCalledTimes(1);
  });

  it('offers Undo after Sapa wrote into the composer, and only then', async () => {
    const user = userEvent.setup();
    const { store, onUndo, container } = await renderPanel({ locale: 'id' });
    act(() => store.setState({ notice: { kind: 'inserted' } }));
    expect(screen.queryByRole('button', { name: 'Urungkan' })).toBeNull();
    act(() => store.setState({ notice: { kind: 'inserted', undoable: true } }));
    expect(await seriousViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Urungkan' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    act(() => store.setState({ notice: { kind: 'undone' } }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Kolom tulis sudah kembali seperti semula.',
    );
    expect(screen.queryByRole('button', { name: 'Urungkan' })).toBeNull();
  });
});
