import { describe, expect, it } from 'vitest';
import { afterHistoryUndo, undoStart, type UndoRecord } from './undo-plan';

const record: UndoRecord = { composerKey: 'x:inline', before: 'Halo', after: 'Halo Webinar' };

describe('what Undo does', () => {
  it('asks the editor’s own history when the composer is as Sapa left it', () => {
    expect(undoStart(record, { composerKey: 'x:inline', text: 'Halo Webinar' })).toBe('history');
    // Editors write non-breaking spaces and trailing blank lines of their own.
    expect(undoStart(record, { composerKey: 'x:inline', text: 'Halo\u00a0Webinar\n' })).toBe(
      'history',
    );
  });

  it('leaves alone a composer the person wrote in since', () => {
    expect(undoStart(record, { composerKey: 'x:inline', text: 'Halo Webinar!' })).toBe('changed');
  });

  it('has nothing to undo in another composer, or with no record', () => {
    expect(undoStart(record, { composerKey: 'x:reply', text: 'Halo Webinar' })).toBe('none');
    expect(undoStart(null, { composerKey: 'x:inline', text: '' })).toBe('none');
    expect(undoStart(record, null)).toBe('none');
  });

  it('is done when the history brought the text back, else writes the text from before', () => {
    expect(afterHistoryUndo(record, 'Halo')).toBe('undone');
    expect(afterHistoryUndo(record, 'Halo Webinar')).toBe('restore');
    expect(afterHistoryUndo({ ...record, before: '' }, 'Halo Webinar')).toBe('failed');
    expect(afterHistoryUndo({ ...record, before: '' }, '\n')).toBe('undone');
  });
});
