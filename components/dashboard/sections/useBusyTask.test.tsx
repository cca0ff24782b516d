import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderDashboardPiece } from '@/tests/support/dashboard';
import { useBusyTask } from './useBusyTask';

/** An Apply button whose task ends when the test says so. */
function ApplyButton(props: { task: () => Promise<void> }) {
  const [busy, run] = useBusyTask();
  return (
    <button type="button" disabled={busy} onClick={() => void run(props.task)}>
      Apply the import
    </button>
  );
}

/** Shows the button and clicks it; the task runs until `finish` is called. */
async function startApply() {
  let finish: (error?: Error) => void = () => {};
  const task = () =>
    new Promise<void>((resolve, reject) => {
      finish = (error) => (error ? reject(error) : resolve());
    });
  renderDashboardPiece(<ApplyButton task={task} />);
  const apply = screen.getByRole('button', { name: 'Apply the import' });
  await userEvent.setup().click(apply);
  return { apply, finish: (error?: Error) => finish(error) };
}

describe('useBusyTask', () => {
  it('keeps the button disabled while the task runs, then offers it again', async () => {
    const { apply, finish } = await startApply();
    expect(apply).toBeDisabled();
    finish();
    await waitFor(() => expect(apply).toBeEnabled());
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('shows a failed task and offers the button again', async () => {
    const { apply, finish } = await startApply();
    finish(new Error('The browser refused the change.'));
    expect(await screen.findByText('The browser refused the change.')).toBeInTheDocument();
    expect(apply).toBeEnabled();
  });
});
