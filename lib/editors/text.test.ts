import { describe, expect, it } from 'vitest';
import { insertionLanded, normaliseEditorText } from './text';

describe('normaliseEditorText', () => {
  it('turns the editors’ non-breaking spaces and caret anchors back into plain text', () => {
    expect(normaliseEditorText('Halo\u00a0perpus\u200b\r\nkota\ufeff')).toBe('Halo perpus\nkota');
  });

  it('reads every break, space and anchor, and an old-style line break alone', () => {
    expect(normaliseEditorText('a\rb\r\nc\n')).toBe('a\nb\nc\n');
    expect(normaliseEditorText('\u00a0\u00a0a\u200b\u200b\ufeff\ufeffb')).toBe('  ab');
  });
});

describe('insertionLanded', () => {
  const caption = 'Koleksi baru 📚\n\n#BulanBuku';

  it('replace: the editor holds exactly the text, trailing blank lines aside', () => {
    expect(insertionLanded('lama', `${caption}\n`, caption, 'replace')).toBe(true);
    expect(insertionLanded('lama', `lama${caption}`, caption, 'replace')).toBe(false);
  });

  it('caret: the text appears once more than before', () => {
    expect(insertionLanded('Halo perpus', `Halo ${caption}perpus`, caption, 'caret')).toBe(true);
    expect(insertionLanded('Halo perpus', 'Halo perpus', caption, 'caret')).toBe(false);
    // Already there once: only a second copy counts as landing.
    expect(insertionLanded(caption, caption, caption, 'caret')).toBe(false);
    expect(insertionLanded(caption, caption + caption, caption, 'caret')).toBe(true);
  });

  it('replace: spaces and blank lines at the end on either side do not matter', () => {
    expect(insertionLanded('', 'Halo perpus \n\n', 'Halo perpus\n', 'replace')).toBe(true);
    expect(insertionLanded('', 'Halo\u00a0perpus', 'Halo perpus', 'replace')).toBe(true);
    expect(insertionLanded('', ' Halo perpus', 'Halo perpus', 'replace')).toBe(false);
  });

  it('caret: copies are counted without overlapping', () => {
    // "haha" inside "hahaha" is one copy, not two: the inserted "ha" did not make a new one.
    expect(insertionLanded('haha', 'hahaha', 'haha', 'caret')).toBe(false);
    expect(insertionLanded('haha', 'hahahaha', 'haha', 'caret')).toBe(true);
  });

  it('caret: an empty text never counts as landing', () => {
    expect(insertionLanded('Halo', 'Halo', '', 'caret')).toBe(false);
    expect(insertionLanded('Halo', 'Halo', ' \n', 'caret')).toBe(false);
  });

  it('a Draft.js editor that dropped the paragraph breaks did not land', () => {
    expect(insertionLanded('', 'Koleksi baru 📚#BulanBuku', caption, 'caret')).toBe(false);
  });
});
