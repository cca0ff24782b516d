import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderDashboardPiece } from '@/tests/support/dashboard';
import { FormActions } from './form';

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
