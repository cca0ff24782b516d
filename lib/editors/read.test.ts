import { describe, expect, it } from 'vitest';
import { readEditorText } from './read';

/** An editor root holding hand-written markup as the editor library renders it. */
function element(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<div>${markup}</div>`, 'text/html');
  return document.adoptNode(parsed.body.firstElementChild as HTMLElement);
}

describe('readEditorText', () => {
  it('reads Lexical paragraphs one per line, with empty paragraphs as blank lines', () => {
    const root = element(
      '<p><span data-lexical-text="true">Koleksi baru</span></p><p><br></p>' +
        '<p><span data-lexical-text="true">Sabtu</span><br><span data-lexical-text="true">pukul 10.00</span></p>',
    );
    expect(readEditorText(root, 'lexical')).toBe('Koleksi baru\n\nSabtu\npukul 10.00');
  });

  it('reads Draft.js blocks from their text leaves', () => {
    const root = element(
      '<div data-contents="true">' +
        '<div data-block="true"><span><span data-text="true">Halo&nbsp;perpus</span></span></div>' +
        '<div data-block="true"><span><br data-text="true"></span></div>' +
        '<div data-block="true"><span><span data-text="true">#GemarMembaca</span></span></div></div>',
    );
    expect(readEditorText(root, 'draft')).toBe('Halo perpus\n\n#GemarMembaca');
  });

  it('reads a textarea’s value', () => {
    const field = document.createElement('textarea');
    field.value = 'baris satu\nbaris dua';
    expect(readEditorText(field, 'textarea')).toBe('baris satu\nbaris dua');
  });
});
