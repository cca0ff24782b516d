import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '@/lib/i18n';
import { SiteNotice } from './SiteNotice';

describe('SiteNotice', () => {
  it('says the check is off in English, and copies the diagnostics on request', () => {
    const onCopy = vi.fn();
    render(<SiteNotice issue="noPublishButton" t={translator('en')} onCopy={onCopy} />);
    expect(screen.getByRole('note')).toHaveTextContent(
      "Sapa can't see the Post button here: the check before posting is off on this page.",
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy diagnostics' }));
    expect(onCopy).toHaveBeenCalledOnce();
  });

  it('says it in Indonesian, for a missing composer too', () => {
    render(<SiteNotice issue="noComposer" t={translator('id')} onCopy={() => {}} />);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Sapa tidak dapat menemukan kolom tulis di sini',
    );
    expect(screen.getByRole('button', { name: 'Salin diagnostik' })).toBeInTheDocument();
  });

  it('shows nothing while the site is as Sapa knows it', () => {
    const { container } = render(<SiteNotice issue={null} t={translator('en')} />);
    expect(container).toBeEmptyDOMElement();
  });
});
