import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderDashboardPiece } from '@/tests/support/dashboard';
import { CheckboxField, FormActions, SelectField } from './form';

type Platform = 'x' | 'instagram';

function PlatformChoice() {
  const [platform, setPlatform] = useState<Platform>('instagram');
  return (
    <>
      <SelectField
        label="Preview on"
        value={platform}
        options={[
          { value: 'x', label: 'X' },
          { value: 'instagram', label: 'Instagram' },
        ]}
        onChange={setPlatform}
      />
      <p>Showing {platform}</p>
    </>
  );
}

function Confirmation() {
  const [confirmed, setConfirmed] = useState(false);
  return (
    <>
      <CheckboxField
        label="I understand that restoring replaces everything"
        checked={confirmed}
        onChange={setConfirmed}
      />
      <button type="button" disabled={!confirmed}>
        Restore this backup
      </button>
    </>
  );
}

describe('SelectField', () => {
  it('is a drop-down named by its label, offering the options in order', async () => {
    const user = userEvent.setup();
    render(<PlatformChoice />);
    const select = screen.getByRole('combobox', { name: 'Preview on' });
    expect(select).toHaveValue('instagram');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['X', 'Instagram']);
    await user.selectOptions(select, 'X');
    expect(screen.getByText('Showing x')).toBeInTheDocument();
  });
});

describe('CheckboxField', () => {
  it('is ticked by clicking its label, and unticked again', async () => {
    const user = userEvent.setup();
    render(<Confirmation />);
    const restore = screen.getByRole('button', { name: 'Restore this backup' });
    expect(restore).toBeDisabled();
    await user.click(screen.getByText('I understand that restoring replaces everything'));
    expect(
      screen.getByRole('checkbox', { name: 'I understand that restoring replaces everything' }),
    ).toBeChecked();
    expect(restore).toBeEnabled();
    await user.keyboard(' ');
    expect(restore).toBeDisabled();
  });
});

describe('FormActions', () => {
  it('offers Save alone when nothing else applies', () => {
    renderDashboardPiece(<FormActions />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Save']);
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('type', 'submit');
  });

  it('puts Save first, what the editor adds next, and Delete last', () => {
    renderDashboardPiece(
      <FormActions onDelete={() => {}}>
        <button type="button">Duplicate</button>
      </FormActions>,
      'id',
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Simpan',
      'Duplicate',
      'Hapus',
    ]);
  });
});
