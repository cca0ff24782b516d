import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { giveBox } from '@/tests/support/resize-observer';
import { createPlatformAdapter } from './adapter';
import { watchPublishAttempts, type PublishAttempt } from './publish-watch';
import { facebook } from './sites/facebook';
import type { ComposerMatch } from './types';

/*
 * Facebook's variants as the adapter and the publish watch see them (the pages themselves, with
 * the real Lexical editor, are in tests/fixtures/src/facebook.tsx and facebook-variants.e2e.ts).
 */

type Attributes = Record<string, string | true>;

/** An element with its attributes and children; every element gets a layout box. */
function h(tag: string, attributes: Attributes = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    el.setAttribute(name, value === true ? '' : value);
  el.append(...children);
  giveBox(el);
  return el;
}

/** A Lexical root as Facebook renders it. */
const editor = (attributes: Attributes = {}, text = '') =>
  h(
    'div',
    { role: 'textbox', contenteditable: 'true', 'data-lexical-editor': 'true', ...attributes },
    ...(text ? [h('p', {}, text)] : []),
  );

const button = (label: string, attributes: Attributes = {}, ...children: (Node | string)[]) =>
  h('div', { role: 'button', 'aria-label': label, ...attributes }, ...children);

const dialog = (label: string, attributes: Attributes, ...children: (Node | string)[]) =>
  h('div', { role: 'dialog', 'aria-label': label, ...attributes }, ...children);

function page(...children: HTMLElement[]): void {
  document.body.replaceChildren(...children);
}

const $ = (selector: string) => document.querySelector<HTMLElement>(selector)!;

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  document.body.replaceChildren();
});

describe('the Facebook adapter', () => {
  const adapter = () => createPlatformAdapter(facebook, document);

  it('takes neither comment boxes nor Messenger chat boxes for composers', () => {
    page(
      h('form', { role: 'presentation' }, editor({ 'aria-label': 'Write a comment…' })),
      dialog(
        'Budi',
        {},
        h('div', { 'aria-label': 'Thread composer' }, editor({ 'aria-placeholder': 'Aa' })),
      ),
    );
    expect(adapter().findComposer()).toBeNull();
  });

  it('finds a group’s inline composer in its form, and its Posting button there', () => {
    page(
      h(
        'form',
        { method: 'POST' },
        editor({ id: 'group', 'aria-placeholder': 'Buat postingan publik...' }),
        button('Posting', { id: 'posting' }),
      ),
      h(
        'form',
        { role: 'presentation' },
        editor({ 'aria-label': 'Tulis komentar publik…' }),
        button('Post', { id: 'commentPost' }),
      ),
    );
    const found = adapter().findComposer();
    expect(found).toEqual({ element: $('#group'), key: 'facebook:page:composer' });
    expect(adapter().findPublishButton($('#group'))).toBe($('#posting'));
    expect(adapter().publishButtonAt($('#posting'))).toBe($('#posting'));
    expect(adapter().publishButtonAt($('#commentPost'))).toBeNull();
  });

  it('starts a publish in steps only from the composer’s own dialog, and only when enabled', () => {
    page(
      dialog(
        'Create post',
        {},
        editor({ id: 'composer' }),
        button('Next', { id: 'next' }, h('span', { id: 'inner' }, 'Next')),
      ),
      dialog('Photo', {}, button('Berikutnya', { id: 'otherNext' })),
    );
    expect(adapter().publishStartAt($('#inner'), $('#composer'))).toBe($('#next'));
    expect(adapter().publishStartAt($('#otherNext'), $('#composer'))).toBeNull();
    expect(adapter().publishStartAt($('#next'), null)).toBeNull();
    $('#next').setAttribute('aria-disabled', 'true');
    expect(adapter().publishStartAt($('#next'), $('#composer'))).toBeNull();
  });

  it('takes a Post for a later step only in a dialog that no longer shows a composer', () => {
    page(
      dialog(
        'Post settings',
        { id: 'settings' },
        h('section', { hidden: true }, editor()),
        button('Post', { id: 'post' }),
      ),
      dialog('Create post', {}, editor(), button('Post', { id: 'ordinary' })),
    );
    expect(adapter().laterStepAt($('#post'))).toEqual({ button: $('#post'), step: $('#settings') });
    expect(adapter().laterStepAt($('#ordinary'))).toBeNull();
  });
});

describe('a publish in two steps (a Facebook Page: Next, then Post)', () => {
  /** The Create post dialog of a Page; Next hides the editor and shows "Post settings". */
  function pageComposer(text: string) {
    page(
      dialog(
        'Create post',
        { id: 'dialog' },
        h(
          'section',
          { id: 'compose' },
          editor({ id: 'composer' }, text),
          button('Next', { id: 'next' }),
        ),
        h('section', { id: 'settings', hidden: true }, button('Post', { id: 'post' })),
      ),
    );
    const sitePresses: string[] = [];
    $('#next').addEventListener('click', () => {
      sitePresses.push('next');
      $('#compose').hidden = true;
      $('#settings').hidden = false;
    });
    $('#post').addEventListener('click', () => sitePresses.push('post'));
    return sitePresses;
  }

  function watch(hold: (text: string) => boolean) {
    const decided: string[] = [];
    const held: string[] = [];
    const through: { attempt: PublishAttempt; overridden: boolean }[] = [];
    const match: ComposerMatch = { element: $('#composer'), key: 'facebook:dialog:composer' };
    const watcher = watchPublishAttempts(
      createPlatformAdapter(facebook, document),
      window,
      () => ($('#composer') && !$('#compose').hidden ? match : null),
      {
        decide: (attempt) => {
          decided.push(attempt.text);
          return { hold: hold(attempt.text) };
        },
        onHeld: (attempt) => held.push(attempt.text),
        onAttempt: (attempt, overridden) => through.push({ attempt, overridden }),
      },
      controller.signal,
    );
    return { decided, held, through, watcher };
  }

  it('decides at Next with the caption then; the Post is the same publish, noticed once', () => {
    const site = pageComposer('Jam buka baru #Perpustakaan');
    const watched = watch(() => false);
    $('#next').click();
    expect(watched.through).toEqual([]);
    $('#composer').textContent = '';
    $('#post').click();
    expect(site).toEqual(['next', 'post']);
    expect(watched.decided).toEqual(['Jam buka baru #Perpustakaan']);
    expect(watched.through).toHaveLength(1);
    expect(watched.through[0]).toMatchObject({
      overridden: false,
      attempt: {
        text: 'Jam buka baru #Perpustakaan',
        composerKey: 'facebook:dialog:composer',
        button: $('#post'),
        closing: $('#dialog'),
      },
    });
  });

  it('a held Next never reaches the site, and "Post anyway" carries the override to the Post', () => {
    const site = pageComposer('Webinar {{tanggal}}');
    const watched = watch((text) => text.includes('{{'));
    $('#next').click();
    expect(site).toEqual([]);
    expect(watched.held).toEqual(['Webinar {{tanggal}}']);
    watched.watcher.letThroughOnce();
    $('#next').click();
    $('#post').click();
    expect(site).toEqual(['next', 'post']);
    expect(watched.decided).toEqual(['Webinar {{tanggal}}']);
    expect(watched.through.map(({ overridden }) => overridden)).toEqual([true]);
  });

  it('a Post on a step no Next led to is an ordinary press, decided as such', () => {
    pageComposer('Jam buka baru');
    $('#compose').hidden = true;
    $('#settings').hidden = false;
    const watched = watch(() => false);
    $('#post').click();
    expect(watched.decided).toEqual(['']);
    expect(watched.through).toHaveLength(1);
  });
});
