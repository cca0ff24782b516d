import { act, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderDashboardPiece } from '@/tests/support/dashboard';
import { translator } from '@/lib/i18n';
import { useDashboard } from './context';
import { useNotices } from './useNotices';

/** Sends notices the way sections do; the notice area under test shows them. */
function Reporter(props: { undo?: () => void }) {
  const { notify, fail } = useDashboard();
  return (
    <>
      <button
        type="button"
        onClick={() =>
          notify('Template “Pameran” deleted.', { label: 'Undo', run: props.undo ?? (() => {}) })
        }
      >
        Delete
      </button>
      <button type="button" onClick={() => fail(new Error('Sapa is updating.'))}>
        Break
      </button>
    </>
  );
}

describe('NoticeArea', () => {
  it('shows news in the polite region, with its action', async () => {
    const user = userEvent.setup();
    const undo = vi.fn();
    renderDashboardPiece(<Reporter undo={undo} />);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('Template “Pameran” deleted.');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledTimes(1);
    expect(status).toBeEmptyDOMElement();
  });

  it('shows a failure in the alert region, without an action', async () => {
    const user = userEvent.setup();
    renderDashboardPiece(<Reporter />);
    await user.click(screen.getByRole('button', { name: 'Break' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Sapa is updating.');
    expect(
      within(alert)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Dismiss message']);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('closes a notice with the dismiss button, named in the UI language', async () => {
    const user = userEvent.setup();
    renderDashboardPiece(<Reporter />, 'id');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Tutup pesan' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('useNotices', () => {
  it('says what did not happen before the reason, in the UI language', () => {
    const { result } = renderHook(() => useNotices(translator('id'), 'id'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    act(() => result.current.fail(new Error('boom'), 'Pilihan ini tidak tersimpan.'));
    expect(result.current.notice).toMatchObject({
      kind: 'error',
      text: `Pilihan ini tidak tersimpan. ${translator('id')('error.unknown')}`,
    });
  });
});
