/**
 * The draft keeper through its public functions, with fake timers: when it saves (debounce, max
 * wait), what it never saves (the site's own text, unchanged text), a failed save tried again,
 * the restore offer, and the post. The background is a scripted client that records requests.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failure, sapaError, type SapaClient, type SapaError } from '@/lib/messaging';
import type { ComposerMatch } from '@/lib/platforms/types';
import { createDraftKeeper, type DraftKeeper, type RestoreOffer } from './draft-keeper';

type Sent = [type: string, payload: Record<string, unknown>];
type Answer = (payload: Record<string, unknown>) => unknown;

let sent: Sent[];
let answers: Record<string, Answer>;
let offers: (RestoreOffer | null)[];
let saved: [number, string | null][];
let texts: string[];
let errors: SapaError[];
let stop: AbortController;

const ok = (data: unknown) => ({ ok: true, data });
const savedDraft = (id = 'draft_1') => ok({ draft: { id }, revision: 'created' });

const client: SapaClient = {
  request: (async (type: string, payload: Record<string, unknown>) => {
    sent.push([type, payload]);
    return answers[type]!(payload);
  }) as unknown as SapaClient['request'],
};

function composer(text: string, key = 'tiktok:upload:caption'): ComposerMatch {
  const element = document.createElement('div');
  element.setAttribute('contenteditable', 'true');
  element.textContent = text;
  document.body.append(element);
  return { element, key };
}

function keeper(timing: { debounceMs?: number; maxWaitMs?: number } = {}): DraftKeeper {
  return createDraftKeeper({
    client,
    platform: 'tiktok',
    win: window,
    signal: stop.signal,
    readText: (element) => element.textContent ?? '',
    onOffer: (offer) => offers.push(offer),
    onSaved: (at, id) => saved.push([at, id]),
    onText: (text) => texts.push(text),
    onError: (error) => errors.push(error),
    ...timing,
  });
}

/** The person types: the composer's text changes, and the observer hears of it. */
async function type(match: ComposerMatch, text: string): Promise<void> {
  match.element.textContent = text;
  await vi.advanceTimersByTimeAsync(0);
}

const savesWithStamps = () =>
  sent.filter(([type]) => type === 'drafts.save').map(([, payload]) => payload);
/** The saves without their `takenAt` stamp (the page's clock) and page id (checked below). */
const saves = () =>
  savesWithStamps().map((payload) =>
    Object.fromEntries(
      Object.entries(payload as object).filter(([key]) => key !== 'takenAt' && key !== 'pageId'),
    ),
  );

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
  sent = [];
  offers = [];
  saved = [];
  texts = [];
  errors = [];
  stop = new AbortController();
  answers = {
    'drafts.restorable': () => ok(null),
    'drafts.save': () => savedDraft(),
    'drafts.markPosted': () => ok({ draft: null, log: {} }),
  };
});

afterEach(() => {
  stop.abort();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('when the keeper saves', () => {
  it('saves 400 ms after the typing pauses, with the platform, the composer and the text', async () => {
    const match = composer('');
    keeper().attach(match);
    await type(match, 'H');
    await vi.advanceTimersByTimeAsync(200);
    await type(match, 'Ha');
    await vi.advanceTimersByTimeAsync(399);
    expect(saves()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(savesWithStamps()).toEqual([
      {
        platform: 'tiktok',
        composerKey: 'tiktok:upload:caption',
        takenAt: 1_000_600,
        text: 'Ha',
        // The page among the site's tabs, which share composer keys.
        pageId: expect.stringMatching(/^page_/),
        // A page's first save starts its own draft (another tab's may be the newest).
        startNew: true,
      },
    ]);
    expect(saved).toEqual([[1_000_600, 'draft_1']]);
  });

  it('never falls more than a second behind steady typing', async () => {
    const match = composer('');
    keeper().attach(match);
    for (let i = 1; i <= 7; i++) {
      await type(match, 'x'.repeat(i));
      await vi.advanceTimersByTimeAsync(300);
      if (i === 3) expect(saves()).toEqual([]);
    }
    // Changes at 0, 300, 600, 900 ms: the save at 1,000 ms takes the text of 900 ms.
    expect(saves()[0]?.text).toBe('xxxx');
    expect(saved[0]?.[0]).toBe(1_001_000);
  });

  it('takes its quiet time and longest wait from the options', async () => {
    const match = composer('');
    keeper({ debounceMs: 50, maxWaitMs: 120 }).attach(match);
    await type(match, 'a');
    await vi.advanceTimersByTimeAsync(49);
    expect(saves()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves().map((s) => s.text)).toEqual(['a']);
  });

  it('saves at once when the page is hidden or left, and on flush', async () => {
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    await type(match, 'satu');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(saves().map((s) => s.text)).toEqual(['satu']);
    await type(match, 'dua');
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saves().map((s) => s.text)).toEqual(['satu', 'dua']);
    await type(match, 'tiga');
    await drafts.flush();
    expect(saves().map((s) => s.text)).toEqual(['satu', 'dua', 'tiga']);
    // The pending timers were cleared by those saves: nothing more goes out later.
    await vi.advanceTimersByTimeAsync(2_000);
    expect(saves()).toHaveLength(3);
  });

  it('does not save when the page merely becomes visible', async () => {
    const match = composer('');
    keeper().attach(match);
    match.element.textContent = 'teks';
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saves()).toEqual([]);
  });

  it('reports the text as it changes, at most every 120 ms', async () => {
    const match = composer('awal');
    keeper().attach(match);
    expect(texts).toEqual(['awal']);
    await type(match, 'a');
    await vi.advanceTimersByTimeAsync(50);
    await type(match, 'ab');
    await vi.advanceTimersByTimeAsync(69);
    expect(texts).toEqual(['awal']);
    await vi.advanceTimersByTimeAsync(1);
    expect(texts).toEqual(['awal', 'ab']);
    // One report for the two changes, not one each.
    await vi.advanceTimersByTimeAsync(500);
    expect(texts).toEqual(['awal', 'ab']);
    await type(match, 'abc');
    await vi.advanceTimersByTimeAsync(120);
    expect(texts).toEqual(['awal', 'ab', 'abc']);
  });

  it('a save the background answers without a draft (blank text) is reported as such', async () => {
    answers['drafts.save'] = () => ok({ draft: null, revision: 'none' });
    const match = composer('Teks awal');
    const drafts = keeper();
    drafts.attach(match);
    await type(match, '  ');
    await drafts.flush();
    expect(saves().map((s) => s.text)).toEqual(['  ']);
    expect(saved).toEqual([[1_000_000, null]]);
  });

  it('hears typing inside the editor’s paragraphs, not only changes of its children', async () => {
    const match = composer('');
    const words = document.createTextNode('Hal');
    const paragraph = document.createElement('p');
    paragraph.append(words);
    match.element.append(paragraph);
    keeper().attach(match);
    words.data = 'Halo';
    await vi.advanceTimersByTimeAsync(400);
    expect(saves().map((s) => s.text)).toEqual(['Halo']);
  });

  it('works without a text listener', async () => {
    const match = composer('awal');
    const drafts = createDraftKeeper({
      client,
      platform: 'tiktok',
      win: window,
      signal: stop.signal,
      readText: (element) => element.textContent ?? '',
      onOffer: () => undefined,
      onSaved: () => undefined,
      onError: () => undefined,
    });
    drafts.attach(match);
    await type(match, 'lanjut');
    await vi.advanceTimersByTimeAsync(400);
    expect(saves().map((s) => s.text)).toEqual(['lanjut']);
  });

  it('reports no text after the page is torn down or the composer closed', async () => {
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    await type(match, 'a');
    stop.abort();
    await vi.advanceTimersByTimeAsync(500);
    expect(texts).toEqual(['']);
    const other = new AbortController();
    stop = other;
    const again = keeper();
    const second = composer('');
    again.attach(second);
    await type(second, 'b');
    again.attach(null);
    await vi.advanceTimersByTimeAsync(500);
    expect(texts).toEqual(['', '']);
  });

  it('can be torn down before any composer appeared', async () => {
    keeper();
    stop.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([]);
  });

  it('saves nothing after the page is torn down', async () => {
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    await type(match, 'teks');
    stop.abort();
    await vi.advanceTimersByTimeAsync(2_000);
    await drafts.flush();
    expect(saves()).toEqual([]);
  });
});

describe('what the keeper does not save', () => {
  it("not the site's own text (TikTok's file name) until the person changes it", async () => {
    const match = composer('bulan_buku_2026.mp4');
    const drafts = keeper();
    drafts.attach(match);
    // The site re-renders the same text (and a trailing space): not a change by the person.
    await type(match, 'bulan_buku_2026.mp4 ');
    await vi.advanceTimersByTimeAsync(2_000);
    await drafts.flush();
    expect(saves()).toEqual([]);
    await type(match, 'Bulan Buku 2026 #BulanBuku');
    await vi.advanceTimersByTimeAsync(400);
    expect(saves().map((s) => s.text)).toEqual(['Bulan Buku 2026 #BulanBuku']);
    // Once the person has changed it, going back to the site's text is their choice: saved.
    await type(match, 'bulan_buku_2026.mp4');
    await vi.advanceTimersByTimeAsync(400);
    expect(saves().map((s) => s.text)).toEqual([
      'Bulan Buku 2026 #BulanBuku',
      'bulan_buku_2026.mp4',
    ]);
  });

  it('not the same text twice', async () => {
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    await type(match, 'Halo');
    await drafts.flush();
    await drafts.flush();
    await type(match, 'Halo');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(saves()).toHaveLength(1);
  });
});

describe('a failed save', () => {
  // One failure is not an error to show: the keeper tries again (saving is said to be paused only
  // after several in a row, draft-keeper-retry.test.ts).
  it('is kept and tried again with the same text at the next save', async () => {
    answers['drafts.save'] = () => failure('unavailable');
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    await type(match, 'Penting');
    await vi.advanceTimersByTimeAsync(400);
    expect(errors).toEqual([]);
    expect(saved).toEqual([]);
    answers['drafts.save'] = () => savedDraft('draft_9');
    await drafts.flush();
    expect(saves().map((s) => s.text)).toEqual(['Penting', 'Penting']);
    expect(saved).toEqual([[1_000_400, 'draft_9']]);
  });

  it('does not stop the saves after it', async () => {
    let calls = 0;
    answers['drafts.save'] = () => {
      calls += 1;
      if (calls === 1) throw new Error('port closed');
      return savedDraft();
    };
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    await type(match, 'satu');
    void drafts.flush().catch(() => undefined);
    await type(match, 'dua');
    await drafts.flush();
    expect(saves().map((s) => s.text)).toEqual(['satu', 'dua']);
    expect(saved).toEqual([[1_000_000, 'draft_1']]);
  });
});

describe('the restore offer', () => {
  const kept = { draft: { id: 'draft_old' }, text: 'Draf kemarin', source: 'draft', savedAt: 5 };

  it('asks for the draft of this composer and offers it', async () => {
    answers['drafts.restorable'] = () => ok(kept);
    const match = composer('');
    keeper().attach(match);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent[0]).toEqual([
      'drafts.restorable',
      { platform: 'tiktok', composerKey: 'tiktok:upload:caption' },
    ]);
    expect(offers).toEqual([null, { draftId: 'draft_old', text: 'Draf kemarin', savedAt: 5 }]);
  });

  it('offers nothing when the composer already holds that text', async () => {
    answers['drafts.restorable'] = () => ok(kept);
    keeper().attach(composer('Draf kemarin \n'));
    await vi.advanceTimersByTimeAsync(0);
    expect(offers).toEqual([null]);
  });

  it('reports a failed look-up', async () => {
    answers['drafts.restorable'] = () => failure('unavailable');
    keeper().attach(composer(''));
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toEqual([sapaError('unavailable')]);
    expect(offers).toEqual([null]);
  });

  it('while it is open, new typing starts a draft of its own', async () => {
    answers['drafts.restorable'] = () => ok(kept);
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    await vi.advanceTimersByTimeAsync(0);
    await type(match, 'Teks baru');
    await drafts.flush();
    await type(match, 'Teks baru lagi');
    await drafts.flush();
    // Only the first save asks for a new draft; the next ones continue it, by name (the
    // composer's newest draft may be another tab's).
    expect(saves()).toEqual([
      {
        platform: 'tiktok',
        composerKey: 'tiktok:upload:caption',
        text: 'Teks baru',
        startNew: true,
      },
      {
        platform: 'tiktok',
        composerKey: 'tiktok:upload:caption',
        text: 'Teks baru lagi',
        draftId: 'draft_1',
      },
    ]);
  });

  it('accepting gives its text once and takes the offer away', async () => {
    answers['drafts.restorable'] = () => ok(kept);
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    await vi.advanceTimersByTimeAsync(0);
    expect(drafts.acceptOffer()).toBe('Draf kemarin');
    expect(offers.at(-1)).toBeNull();
    expect(drafts.acceptOffer()).toBeNull();
    // The restored text continues the offered draft, named (no new draft asked for).
    await type(match, 'Draf kemarin');
    await drafts.flush();
    expect(saves()).toEqual([
      {
        platform: 'tiktok',
        composerKey: 'tiktok:upload:caption',
        text: 'Draf kemarin',
        draftId: 'draft_old',
      },
    ]);
  });

  it('text typed into a restored draft still goes to it when the composer changes before the save', async () => {
    answers['drafts.restorable'] = () => ok(kept);
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    await vi.advanceTimersByTimeAsync(0);
    expect(drafts.acceptOffer()).toBe('Draf kemarin');
    match.element.textContent = 'Draf kemarin, diperbaiki';
    await vi.advanceTimersByTimeAsync(0); // the change is seen; its save waits for the pause
    // The site swaps the composer (a dialog opens) before that save was sent.
    drafts.attach(composer('', 'tiktok:dialog:caption'));
    await drafts.flush();
    expect(saves()[0]).toEqual({
      platform: 'tiktok',
      composerKey: 'tiktok:upload:caption',
      text: 'Draf kemarin, diperbaiki',
      draftId: 'draft_old',
    });
  });

  it('declining takes the offer away and leaves the offered draft alone', async () => {
    answers['drafts.restorable'] = () => ok(kept);
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    await vi.advanceTimersByTimeAsync(0);
    drafts.declineOffer();
    expect(offers.at(-1)).toBeNull();
    expect(drafts.acceptOffer()).toBeNull();
    await type(match, 'Lain');
    await drafts.flush();
    expect(saves()[0]).toMatchObject({ text: 'Lain', startNew: true });
  });

  it('an answer that arrives after the page was torn down is dropped', async () => {
    let answer: (value: unknown) => void = () => undefined;
    answers['drafts.restorable'] = () => new Promise((resolve) => (answer = resolve));
    keeper().attach(composer(''));
    stop.abort();
    answer(ok(kept));
    await vi.advanceTimersByTimeAsync(0);
    expect(offers).toEqual([null]);
  });

  it('while an offer is open, a new draft is asked for until the background has made one', async () => {
    answers['drafts.restorable'] = () => ok(kept);
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    await vi.advanceTimersByTimeAsync(0);
    answers['drafts.save'] = () => ok({ draft: null, revision: 'none' });
    await type(match, 'Satu');
    await drafts.flush();
    // The background made no draft: the next save still asks for a new one.
    answers['drafts.save'] = () => savedDraft();
    await type(match, 'Satu dua');
    await drafts.flush();
    await type(match, 'Satu dua tiga');
    await drafts.flush();
    expect(saves().map((s) => s.startNew)).toEqual([true, true, undefined]);
  });

  it('an offer that arrives while a save is under way still gets typing a draft of its own', async () => {
    let offer: (value: unknown) => void = () => undefined;
    let saveDone: (value: unknown) => void = () => undefined;
    answers['drafts.restorable'] = () => new Promise((resolve) => (offer = resolve));
    answers['drafts.save'] = () => new Promise((resolve) => (saveDone = resolve));
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    await type(match, 'Ketikan');
    const first = drafts.flush();
    await vi.advanceTimersByTimeAsync(0);
    offer(ok(kept));
    await vi.advanceTimersByTimeAsync(0);
    saveDone(savedDraft('draft_plain'));
    await first;
    answers['drafts.save'] = () => savedDraft('draft_new');
    await type(match, 'Ketikan lagi');
    await drafts.flush();
    // The first save started the page's own draft; typing goes on there, never into the offered.
    expect(saves().map((s) => [s.text, s.startNew, s.draftId])).toEqual([
      ['Ketikan', true, undefined],
      ['Ketikan lagi', undefined, 'draft_plain'],
    ]);
  });

  it('an answer that arrives after the composer changed is dropped', async () => {
    let answer: (value: unknown) => void = () => undefined;
    answers['drafts.restorable'] = () => new Promise((resolve) => (answer = resolve));
    const drafts = keeper();
    drafts.attach(composer(''));
    answers['drafts.restorable'] = () => ok(null);
    drafts.attach(composer('', 'tiktok:other'));
    answer(ok(kept));
    await vi.advanceTimersByTimeAsync(0);
    expect(offers).toEqual([null, null]);
  });
});

describe('switching composers', () => {
  it('saves the old composer’s text before following the new one', async () => {
    const first = composer('');
    const drafts = keeper();
    drafts.attach(first);
    await type(first, 'Belum tersimpan');
    const second = composer('', 'tiktok:second');
    drafts.attach(second);
    await vi.advanceTimersByTimeAsync(0);
    expect(saves()).toEqual([
      {
        platform: 'tiktok',
        composerKey: 'tiktok:upload:caption',
        text: 'Belum tersimpan',
        startNew: true,
      },
    ]);
    // The old composer is no longer watched.
    await type(first, 'diabaikan');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(saves()).toHaveLength(1);
    expect(texts.at(-1)).toBe('');
  });

  it('attaching the same composer again changes nothing', async () => {
    answers['drafts.restorable'] = () => ok(null);
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    drafts.attach(match);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.filter(([type]) => type === 'drafts.restorable')).toHaveLength(1);
  });

  it('a closed composer is no longer saved', async () => {
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    drafts.attach(null);
    await type(match, 'setelah ditutup');
    await vi.advanceTimersByTimeAsync(2_000);
    await drafts.flush();
    expect(saves()).toEqual([]);
  });
});

describe('templates and the post', () => {
  it('keeps the template the text came from with the saves', async () => {
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    drafts.usedTemplate('tpl_webinar');
    await type(match, 'Webinar');
    await drafts.flush();
    expect(saves()[0]).toMatchObject({ text: 'Webinar', templateId: 'tpl_webinar' });
  });

  it('marks the post only after the saves in flight are done', async () => {
    let saveDone: (value: unknown) => void = () => undefined;
    answers['drafts.save'] = () => new Promise((resolve) => (saveDone = resolve));
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    await type(match, 'Siap');
    void drafts.flush();
    const posting = drafts.published('Siap', 'tiktok:upload:caption');
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map(([type]) => type)).toEqual(['drafts.restorable', 'drafts.save']);
    saveDone(savedDraft());
    await posting;
    expect(sent.map(([type]) => type)).toEqual([
      'drafts.restorable',
      'drafts.save',
      'drafts.markPosted',
    ]);
    expect(errors).toEqual([]);
  });

  it('after the post, the same words typed again are saved as a new draft', async () => {
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    await type(match, 'Halo');
    await drafts.flush();
    await drafts.published('Halo', 'tiktok:upload:caption');
    await type(match, 'Halo');
    await vi.advanceTimersByTimeAsync(400);
    expect(saves().map((s) => s.text)).toEqual(['Halo', 'Halo']);
  });

  it('a post confirmed after the composer closed is still recorded', async () => {
    const drafts = keeper();
    drafts.attach(composer('Teks'));
    drafts.attach(null);
    await drafts.published('Teks', 'tiktok:upload:caption');
    expect(sent.at(-1)?.[0]).toBe('drafts.markPosted');
    expect(errors).toEqual([]);
  });

  it('marks the post, dropping the pending save, and what is typed next is a new draft', async () => {
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    await type(match, 'Siap terbit');
    await drafts.published('Siap terbit', 'tiktok:upload:caption', { ruleIds: ['placeholders'] });
    expect(errors).toEqual([]);
    expect(sent.map(([type]) => type)).toEqual(['drafts.restorable', 'drafts.markPosted']);
    expect(sent[1]![1]).toEqual({
      platform: 'tiktok',
      composerKey: 'tiktok:upload:caption',
      text: 'Siap terbit',
      override: { ruleIds: ['placeholders'] },
    });
    // The pending save was dropped: the post already carries the text.
    await vi.advanceTimersByTimeAsync(2_000);
    expect(saves()).toEqual([]);
    // The composer is emptied by the site; the same words typed again are a new draft's.
    await type(match, '');
    await type(match, 'Siap terbit');
    await vi.advanceTimersByTimeAsync(400);
    expect(saves().map((s) => s.text)).toEqual(['Siap terbit']);
  });

  it('a post from another composer leaves this one’s draft going', async () => {
    const match = composer('');
    const drafts = keeper();
    drafts.attach(match);
    await type(match, 'Masih ditulis');
    await drafts.flush();
    await drafts.published('Lain', 'tiktok:elsewhere');
    await type(match, 'Masih ditulis');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(saves().map((s) => s.text)).toEqual(['Masih ditulis']);
  });

  it('reports a post that could not be recorded', async () => {
    answers['drafts.markPosted'] = () => failure('unavailable');
    const drafts = keeper();
    drafts.attach(composer('Teks'));
    await drafts.published('Teks', 'tiktok:upload:caption');
    expect(sent[1]![1]).not.toHaveProperty('override');
    expect(errors).toEqual([sapaError('unavailable')]);
  });
});
