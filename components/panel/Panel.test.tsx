import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleRequest } from '@/lib/background/router';
import { createSapaClient } from '@/lib/messaging';
import type { DashboardSection } from '@/lib/messaging/protocol';
import {
  closeDatabases,
  renderPanel,
  seriousViolations,
  setupBackground,
} from '@/tests/support/panel';

/** The real background, with a dashboard opener that records (or fails). */
async function backgroundOpening(
  open: (section?: DashboardSection) => Promise<void>,
  options: { welcomeDone?: boolean } = {},
) {
  const background = await setupBackground(options);
  const client = createSapaClient((message) =>
    handleRequest(background.db, background.repos, structuredClone(message), {
      openDashboard: open,
    }).then((res) => structuredClone(res)),
  );
  return { ...background, client };
}

afterEach(closeDatabases);

describe('Panel', () => {
  it('keeps the landmark, the caption box, the status line and the restore offer', async () => {
    const user = userEvent.setup();
    const { store, onRestore, onKeep, onInsert } = await renderPanel({
      state: {
        restoreOffer: { text: 'Teks lama', savedAt: 1_700_000_000_000 } as never,
        draftSavedAt: 1_700_000_000_000,
      },
    });
    const panel = screen.getByRole('complementary', { name: 'Sapa' });
    expect(within(panel).getByText('A draft you had not posted')).toBeInTheDocument();
    expect(panel.querySelector('.sapa-preview')).toHaveTextContent('Teks lama');
    await user.click(screen.getByRole('button', { name: 'Restore draft' }));
    await user.click(screen.getByRole('button', { name: 'Keep what is in the composer' }));
    expect(onRestore).toHaveBeenCalled();
    expect(onKeep).toHaveBeenCalled();
    expect(screen.getByText(/^Draft saved at /)).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Caption' }), 'Halo');
    await user.click(screen.getByRole('button', { name: 'Replace all' }));
    expect(onInsert).toHaveBeenCalledWith('Halo', 'replace');

    act(() => store.setState({ notice: { kind: 'inserted' } }));
    expect(screen.getByRole('status')).toHaveTextContent('Inserted into the Instagram composer.');

    await user.click(screen.getByRole('button', { name: 'Hide Sapa' }));
    expect(screen.queryByRole('tablist')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show Sapa' }));
    expect(screen.getByRole('tablist')).toBeInTheDocument();
  });

  it('says saving is paused until a save works again, open or folded, without blocking', async () => {
    const user = userEvent.setup();
    const { store } = await renderPanel({ state: { savingPaused: 'failing' } });
    const note = () => screen.queryByRole('alert');
    expect(note()).toHaveTextContent(/^Saving is paused: .*leave this tab open/);
    await user.type(screen.getByRole('textbox', { name: 'Caption' }), 'Halo');
    await user.click(screen.getByRole('button', { name: 'Hide Sapa' }));
    expect(note()).toHaveTextContent(/^Saving is paused/);
    await user.click(screen.getByRole('button', { name: 'Show Sapa' }));
    act(() => store.setState({ savingPaused: null }));
    expect(note()).toBeNull();
    act(() => store.setState({ savingPaused: 'contextLost', locale: 'id' }));
    expect(note()).toHaveTextContent(/^Penyimpanan dijeda: .*muat ulang halaman ini/);
    act(() => store.setState({ savingPaused: 'storageFull', locale: 'en' }));
    expect(note()).toHaveTextContent(
      /^Saving is paused: the browser's storage is full.*free some space/,
    );
    act(() => store.setState({ savingPaused: 'blocked', locale: 'id' }));
    expect(note()).toHaveTextContent(
      /^Penyimpanan dijeda: salinan Sapa yang lebih lama.*Tutup tab/,
    );
  });

  it('keeps the composer caret: insert buttons prevent the mousedown default', async () => {
    await renderPanel({ state: { composerText: 'x' } });
    await screen.findByRole('button', { name: 'Insert template New arrivals' });
    for (const name of ['Insert at cursor', 'Replace all', 'Insert template New arrivals']) {
      const button = screen.getByRole('button', { name });
      const event = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
      button.dispatchEvent(event);
      expect(event.defaultPrevented, name).toBe(true);
    }
  });

  it('opens the dashboard from the header, and says so when it cannot', async () => {
    const user = userEvent.setup();
    const opened: (DashboardSection | undefined)[] = [];
    await renderPanel({ background: await backgroundOpening(async (s) => void opened.push(s)) });
    const button = screen.getByRole('button', { name: 'Open dashboard' });
    expect(button.closest('header')).not.toBeNull();
    await user.click(button);
    await vi.waitFor(() => expect(opened).toEqual([undefined]));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('points to the welcome until it is finished, and opens it in the dashboard', async () => {
    const user = userEvent.setup();
    const opened: (DashboardSection | undefined)[] = [];
    const background = await backgroundOpening(async (s) => void opened.push(s), {
      welcomeDone: false,
    });
    await renderPanel({ locale: 'id', background });
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('Sapa belum disiapkan untuk perpustakaan Anda.');
    await user.click(within(note).getByRole('button', { name: 'Siapkan (2 menit)' }));
    await vi.waitFor(() => expect(opened).toEqual(['welcome']));
    expect(await seriousViolations(document.body)).toEqual([]);
  });

  it('puts a failure to open the dashboard on the status line, in Indonesian too', async () => {
    const user = userEvent.setup();
    const failing = async () => {
      throw new Error('No tab could be created');
    };
    await renderPanel({ locale: 'id', background: await backgroundOpening(failing) });
    await user.click(screen.getByRole('button', { name: 'Buka dasbor' }));
    await vi.waitFor(() => expect(screen.getByRole('status')).not.toHaveTextContent(/^$/));
    expect(screen.getByRole('status')).toHaveClass('sapa-warn');
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    await renderPanel();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([
      'Templates',
      'Hashtags',
      'Checklist',
      'Drafts',
    ]);
    const [templates, hashtags, , drafts] = tabs as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(templates).toHaveAttribute('tabindex', '0');
    expect(hashtags).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('tabpanel')).toHaveAttribute(
      'id',
      templates.getAttribute('aria-controls'),
    );

    await user.tab();
    await user.tab();
    await user.tab(); // past "Open dashboard" and the collapse button, onto the selected tab
    expect(templates).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(hashtags).toHaveFocus();
    expect(hashtags).toHaveAttribute('aria-selected', 'true');
    expect(templates).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByRole('tabpanel', { name: 'Hashtags' })).toBeVisible();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(drafts).toHaveFocus();
    await user.keyboard('{Home}');
    expect(templates).toHaveFocus();
    await user.keyboard('{End}');
    expect(drafts).toHaveAttribute('aria-selected', 'true');
    // Tab leaves the tab list for the panel's content.
    await user.tab();
    expect(drafts).not.toHaveFocus();
  });

  it('speaks Indonesian: tab names and "Sisipkan" buttons', async () => {
    const user = userEvent.setup();
    await renderPanel({ locale: 'id', state: { composerText: '' } });
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Templat',
      'Tagar',
      'Daftar periksa',
      'Draf',
    ]);
    expect(
      await screen.findByRole('button', { name: 'Sisipkan templat Koleksi baru datang' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sisipkan di kursor' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Tagar' }));
    expect(
      await screen.findByRole('button', { name: 'Sisipkan set Literasi' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('5 dari 5 tagar setelah disisipkan').length).toBeGreaterThan(0);
  });

  it('has no serious or critical accessibility violations on any tab', async () => {
    const user = userEvent.setup();
    const { container } = await renderPanel({
      platform: 'x',
      state: { composerText: `${'a'.repeat(290)} #buku #buku`, draftSavedAt: 1_700_000_000_000 },
    });
    await screen.findByRole('button', { name: 'Insert template New arrivals' });
    await user.click(
      screen.getByRole('button', { name: 'Insert template Event with registration' }),
    );
    expect(await seriousViolations(container)).toEqual([]);
    for (const name of ['Hashtags', 'Checklist', 'Drafts']) {
      await user.click(screen.getByRole('tab', { name }));
      if (name === 'Hashtags') await screen.findByRole('button', { name: 'Insert set Literasi' });
      if (name === 'Drafts') await screen.findByText(/^No drafts for X yet/);
      expect(await seriousViolations(container), name).toEqual([]);
    }
  });
});
