import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { giveBox } from '@/tests/support/resize-observer';
import { createPlatformAdapter } from './adapter';
import { CONFIRM_LIMIT_MS, CONFIRM_QUIET_MS, confirmPublish } from './publish-watch';
import { facebook } from './sites/facebook';
import { instagram } from './sites/instagram';
import { tiktok } from './sites/tiktok';

/** A visible element, as a browser would lay it out. */
function shown<E extends Element>(element: E): E {
  giveBox(element);
  return element;
}

/** A dialog with a heading and a body text, in the page. */
function dialog(heading: string, body = '', className = ''): HTMLElement {
  const element = shown(document.createElement('div'));
  element.setAttribute('role', 'dialog');
  if (className) element.className = className;
  const title = document.createElement('h2');
  title.textContent = heading;
  const text = document.createElement('p');
  text.textContent = body;
  element.append(title, text);
  document.body.append(element);
  return element;
}

/** A composer in a dialog; `remove()` is the site taking it away. */
function composerIn(container: HTMLElement): HTMLElement {
  const editor = shown(document.createElement('div'));
  editor.setAttribute('contenteditable', 'true');
  container.append(editor);
  return editor;
}

/** Where the promise stands after the poll has run for this long. */
async function after(ms: number, result: Promise<boolean>): Promise<boolean | 'waiting'> {
  let settled: boolean | 'waiting' = 'waiting';
  void result.then((value) => (settled = value));
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState({}, '', '/tiktokstudio/upload');
});

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  history.replaceState({}, '', '/');
});

describe('confirmPublish on TikTok Studio', () => {
  const adapter = createPlatformAdapter(tiktok, document);

  it('waits while "Continue to post?" is open, however long, and confirms on the move to the content list', async () => {
    const confirmation = dialog(
      'Continue to post?',
      'Copyright check is incomplete.',
      'TUXModal common-modal-confirm-modal',
    );
    const result = confirmPublish(adapter, document, null);
    // A person reads the site's question for a minute: the wait goes on.
    expect(await after(60_000, result)).toBe('waiting');
    // Post now: the modal goes and Studio moves to its content list.
    confirmation.remove();
    history.pushState({}, '', '/tiktokstudio/content');
    expect(await after(400, result)).toBe(true);
  });

  it('records nothing when the person cancels the site’s confirmation', async () => {
    const confirmation = dialog('Continue to post?', '', 'TUXModal common-modal-confirm-modal');
    const result = confirmPublish(adapter, document, null);
    expect(await after(30_000, result)).toBe('waiting');
    confirmation.remove();
    // The quiet time runs from the moment the question went away.
    expect(await after(CONFIRM_QUIET_MS - 1000, result)).toBe('waiting');
    expect(await after(1400, result)).toBe(false);
  });

  it('knows the question by its words when the modal’s class is another', async () => {
    dialog('Continue to post?', 'Copyright check is incomplete.', 'TUXModal');
    const result = confirmPublish(adapter, document, null);
    expect(await after(CONFIRM_QUIET_MS + 5000, result)).toBe('waiting');
  });

  it('waits while the "automatic content checks" offer is open', async () => {
    const offer = dialog(
      'Turn on automatic content checks?',
      'Music copyright check. Content check lite.',
      'TUXModal common-modal',
    );
    const result = confirmPublish(adapter, document, null);
    expect(await after(CONFIRM_QUIET_MS + 5000, result)).toBe('waiting');
    offer.remove();
    history.pushState({}, '', '/tiktokstudio/content');
    expect(await after(400, result)).toBe(true);
  });

  it('does not wait for ever on a question nobody answers', async () => {
    dialog('Continue to post?', '', 'TUXModal common-modal-confirm-modal');
    const result = confirmPublish(adapter, document, null);
    expect(await after(CONFIRM_LIMIT_MS + 1000, result)).toBe(false);
  });

  it('ignores a confirmation hidden from view', async () => {
    const hidden = dialog('Continue to post?', '', 'TUXModal common-modal-confirm-modal');
    hidden.setAttribute('aria-hidden', 'true');
    const result = confirmPublish(adapter, document, null);
    expect(await after(CONFIRM_QUIET_MS + 400, result)).toBe(false);
  });

  it('ends the wait when asked to (a newer press took over)', async () => {
    dialog('Continue to post?', '', 'TUXModal common-modal-confirm-modal');
    const stop = new AbortController();
    const result = confirmPublish(adapter, document, null, { signal: stop.signal });
    stop.abort();
    expect(await after(400, result)).toBe(false);
  });
});

describe('confirmPublish on Instagram', () => {
  const adapter = createPlatformAdapter(instagram, document);

  /** The create dialog after Share: the caption editor gone, "Sharing" and a spinner. */
  function sharing(word = 'Sharing') {
    const create = dialog('Create new post');
    const editor = composerIn(create);
    const result = confirmPublish(adapter, document, editor);
    editor.remove();
    create.querySelector('h2')!.textContent = word;
    return { create, result };
  }

  it('does not take "Sharing…" for a post, and confirms on the shared message', async () => {
    const { create, result } = sharing();
    // A reel can take minutes to share: the wait goes on while it says so.
    expect(await after(CONFIRM_QUIET_MS * 3, result)).toBe('waiting');
    create.querySelector('h2')!.textContent = 'Post shared';
    create.querySelector('p')!.textContent = 'Your post has been shared.';
    expect(await after(400, result)).toBe(true);
  });

  it('confirms on the animated check mark alone', async () => {
    const { create, result } = sharing();
    expect(await after(2000, result)).toBe('waiting');
    create.querySelector('h2')!.textContent = '';
    const mark = shown(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    mark.setAttribute('aria-label', 'Animated checkmark');
    create.append(mark);
    expect(await after(400, result)).toBe(true);
  });

  it('confirms in Indonesian: "Membagikan", then "Postingan Anda telah dibagikan"', async () => {
    const { create, result } = sharing('Membagikan');
    expect(await after(CONFIRM_QUIET_MS + 5000, result)).toBe('waiting');
    create.querySelector('h2')!.textContent = 'Postingan dibagikan';
    create.querySelector('p')!.textContent = 'Postingan Anda telah dibagikan.';
    expect(await after(400, result)).toBe(true);
  });

  it('does not count the dialog closing without the shared message', async () => {
    const create = dialog('Create new post');
    const editor = composerIn(create);
    const result = confirmPublish(adapter, document, editor);
    create.remove();
    expect(await after(CONFIRM_QUIET_MS + 400, result)).toBe(false);
  });

  it('does not take a hidden copy of an earlier shared message for this post', async () => {
    const old = dialog('Post shared', 'Your post has been shared.');
    old.setAttribute('hidden', '');
    const { result } = sharing();
    expect(await after(2000, result)).toBe('waiting');
  });
});

describe('confirmPublish where the composer closing is the sign', () => {
  it('confirms on Facebook when the create-post dialog closes', async () => {
    const adapter = createPlatformAdapter(facebook, document);
    const create = dialog('Create post');
    const editor = composerIn(create);
    const result = confirmPublish(adapter, document, editor);
    expect(await after(1000, result)).toBe('waiting');
    create.remove();
    expect(await after(400, result)).toBe(true);
  });
});
