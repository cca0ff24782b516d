import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderDashboardPiece } from '@/tests/support/dashboard';
import { FilePicker, FileProblems, ImportActions } from './FilePicker';

/** Shows what the picker handed over, the way a section shows a preview or an error. */
function Preview(props: { handle?: (text: string) => void }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  return (
    <>
      <FilePicker
        label="Pack file (.json)"
        accept=".json,application/json"
        onPick={() => {
          setText('');
          setProblem('');
        }}
        onText={(chosen) => {
          props.handle?.(chosen);
          setText(chosen);
        }}
        onError={(error) => setProblem(error instanceof Error ? error.message : String(error))}
      />
      <output>{text}</output>
      {problem && <p role="alert">{problem}</p>}
    </>
  );
}

describe('FilePicker', () => {
  it('is a file input named by its label that offers the given types', () => {
    render(<Preview />);
    const input = screen.getByLabelText('Pack file (.json)');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', '.json,application/json');
  });

  it('hands over the text of the chosen file', async () => {
    const user = userEvent.setup();
    render(<Preview />);
    await user.upload(
      screen.getByLabelText('Pack file (.json)'),
      new File(['{"format":"sapa-pack"}'], 'pack.json', { type: 'application/json' }),
    );
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('{"format":"sapa-pack"}'),
    );
  });

  it('reads the same file again when it is chosen again', async () => {
    const user = userEvent.setup();
    const handle = vi.fn<(text: string) => void>();
    render(<Preview handle={handle} />);
    const input = screen.getByLabelText('Pack file (.json)');
    const file = new File(['{"templates":[]}'], 'pack.json');
    await user.upload(input, file);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('{"templates":[]}'));
    expect(input).toHaveValue('');
    await user.upload(input, file);
    await waitFor(() => expect(handle).toHaveBeenCalledTimes(2));
    expect(handle).toHaveBeenLastCalledWith('{"templates":[]}');
  });

  it('reports a file whose text cannot be handled, and clears it on the next choice', async () => {
    const user = userEvent.setup();
    render(
      <Preview
        handle={(text) => {
          if (text === 'rusak') throw new Error('The file is not a Sapa pack.');
        }}
      />,
    );
    const input = screen.getByLabelText('Pack file (.json)');
    await user.upload(input, new File(['rusak'], 'bad.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file is not a Sapa pack.');
    await user.upload(input, new File(['{}'], 'good.json'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('{}'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('FileProblems', () => {
  const problems = [
    { message: { id: 'Baris 3: nama set kosong', en: 'Line 3: the set name is empty' } },
    {
      message: {
        id: 'Baris 4: "bukan tagar" bukan tagar',
        en: 'Line 4: "bukan tagar" is not a hashtag',
      },
    },
  ];

  it('announces how many problems the file has, then lists each one', () => {
    renderDashboardPiece(<FileProblems summary="dashboard.csv.errors" problems={problems} />);
    const summary = screen.getByText('The file was not imported: 2 problems.');
    const alert = summary.closest('[role="alert"]') as HTMLElement;
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Line 3: the set name is empty', 'Line 4: "bukan tagar" is not a hashtag']);
  });

  it('speaks Indonesian when the dashboard does', () => {
    renderDashboardPiece(
      <FileProblems summary="dashboard.backup.invalidFile" problems={problems} />,
      'id',
    );
    expect(screen.getByText('Berkas ini tidak dapat diimpor: 2 masalah.')).toBeInTheDocument();
    expect(screen.getByText('Baris 3: nama set kosong')).toBeInTheDocument();
  });
});

describe('ImportActions', () => {
  it('applies the import or drops it; Apply waits while an import runs', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const onCancel = vi.fn();
    const { rerender } = renderDashboardPiece(
      <ImportActions applyLabel="Import" busy={false} onApply={onApply} onCancel={onCancel} />,
    );
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onCancel).toHaveBeenCalledTimes(1);
    rerender(<ImportActions applyLabel="Import" busy onApply={onApply} onCancel={onCancel} />);
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeEnabled();
  });
});
