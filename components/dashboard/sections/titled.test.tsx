import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TitledForm, TitledSection } from './titled';

describe('TitledSection', () => {
  it('is a region named by its heading, drawn as a card when asked', () => {
    render(
      <>
        <TitledSection card title="Import a pack">
          <p>Choose a file.</p>
        </TitledSection>
        <TitledSection title="Drafts">
          <p>Your drafts.</p>
        </TitledSection>
      </>,
    );
    const pack = screen.getByRole('region', { name: 'Import a pack' });
    expect(within(pack).getByRole('heading', { level: 2 })).toHaveTextContent('Import a pack');
    expect(pack).toHaveClass('sapa-card');
    expect(screen.getByRole('region', { name: 'Drafts' })).not.toHaveClass('sapa-card');
  });

  it('lets its content be named by the same heading', () => {
    render(
      <TitledSection card titleId="log-title" title="Conflict log">
        <ul aria-labelledby="log-title">
          <li>Hashtag set: Bulan Buku</li>
        </ul>
      </TitledSection>,
    );
    expect(screen.getByRole('list', { name: 'Conflict log' })).toBeInTheDocument();
  });
});

describe('TitledForm', () => {
  it('is a form named by its heading that saves on Enter, without leaving the page', async () => {
    const user = userEvent.setup();
    const save = vi.fn();
    render(
      <TitledForm title="New set" onSubmit={save}>
        <label>
          Set name <input />
        </label>
        <button type="submit">Save</button>
      </TitledForm>,
    );
    const form = screen.getByRole('form', { name: 'New set' });
    const submitted = vi.fn<(e: Event) => void>();
    form.addEventListener('submit', submitted);
    await user.type(within(form).getByLabelText('Set name'), 'Bulan Buku{Enter}');
    expect(save).toHaveBeenCalledTimes(1);
    expect(submitted.mock.calls[0]![0].defaultPrevented).toBe(true);
  });

  it('leaves checking the fields to the save, not to the browser', async () => {
    const user = userEvent.setup();
    const save = vi.fn();
    render(
      <TitledForm title="New template" onSubmit={save}>
        <label>
          Name <input required />
        </label>
        <button type="submit">Save</button>
      </TitledForm>,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).toHaveBeenCalledTimes(1);
  });
});
