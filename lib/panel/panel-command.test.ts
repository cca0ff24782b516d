import { describe, expect, it } from 'vitest';
import { commandAction, isPanelToggleMessage, PANEL_TOGGLE_MESSAGE } from './panel-command';

const base = { composerOpen: true, folded: false, steppedAside: false, focusInPanel: false };

describe('the panel command', () => {
  it('does nothing where no composer is open, or while a site dialog covers it', () => {
    expect(commandAction({ ...base, composerOpen: false, folded: true })).toBe('none');
    expect(commandAction({ ...base, folded: true, steppedAside: true })).toBe('none');
  });

  it('opens a folded panel', () => {
    expect(commandAction({ ...base, folded: true })).toBe('open');
  });

  it('puts the focus in the search of an open panel, and closes it when the focus is there', () => {
    expect(commandAction(base)).toBe('focusSearch');
    expect(commandAction({ ...base, focusInPanel: true })).toBe('close');
  });

  it('knows its own message only', () => {
    expect(isPanelToggleMessage({ ...PANEL_TOGGLE_MESSAGE })).toBe(true);
    expect(isPanelToggleMessage({ sapa: 1, type: 'templates.list' })).toBe(false);
    expect(isPanelToggleMessage(null)).toBe(false);
  });
});
