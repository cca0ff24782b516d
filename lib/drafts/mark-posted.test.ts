/**
 * What a confirmed post sends to the background, and the keeper's state after it: the composer
 * starts over, so what is typed next is a new draft and the site's own text is not taken for it.
 */
import { describe, expect, it } from 'vitest';
import { failure, type SapaClient, type SapaError } from '@/lib/messaging';
import type { DraftState } from './draft-saver';
import { markPosted } from './mark-posted';

const COMPOSER_KEY = 'x:home:tweetTextarea_0';

function recordingClient(answer: () => unknown = () => ({ ok: true, data: {} })) {
  const sent: [string, unknown][] = [];
  const client = {
    request: async (type: string, payload: unknown) => {
      sent.push([type, payload]);
      return answer();
    },
  } as unknown as SapaClient;
  return { client, sent };
}

function keeperState(composerKey: string): DraftState {
  return {
    composer: { element: document.createElement('div'), key: composerKey },
    baseline: 'Teks bawaan situs',
    lastSaved: 'Pameran buku baru #PerpusKota',
    changedByPerson: true,
    offer: null,
    startNew: false,
    draftId: 'draft_1',
    templateId: undefined,
  };
}

const TEXT = 'Pameran buku baru #PerpusKota';

describe('a confirmed post', () => {
  it('sends the text, the checks at the press, the post address and the account', async () => {
    const { client, sent } = recordingClient();
    const shownBySite = {
      override: { ruleIds: ['placeholder'] },
      checks: [{ ruleId: 'placeholder', severity: 'block' as const }],
      url: 'https://x.com/perpuskota/status/1',
      account: '@perpuskota',
    };
    await markPosted({ client, platform: 'x', onError: () => {} }, keeperState(COMPOSER_KEY), {
      text: TEXT,
      composerKey: COMPOSER_KEY,
      ...shownBySite,
    });
    expect(sent).toEqual([
      [
        'drafts.markPosted',
        { platform: 'x', composerKey: COMPOSER_KEY, text: TEXT, ...shownBySite },
      ],
    ]);
  });

  it('sends an empty list of checks (all passed) but leaves out what the site did not show', async () => {
    const { client, sent } = recordingClient();
    await markPosted({ client, platform: 'instagram', onError: () => {} }, keeperState('ig'), {
      text: TEXT,
      composerKey: 'ig',
      checks: [],
    });
    expect(sent[0]?.[1]).toEqual({
      platform: 'instagram',
      composerKey: 'ig',
      text: TEXT,
      checks: [],
    });
  });

  it("starts the followed composer over: nothing saved yet, the site's text not the person's", async () => {
    const { client } = recordingClient();
    const state = keeperState(COMPOSER_KEY);
    await markPosted({ client, platform: 'x', onError: () => {} }, state, {
      text: TEXT,
      composerKey: COMPOSER_KEY,
    });
    expect(state).toMatchObject({ lastSaved: '', baseline: '', changedByPerson: false });
  });

  it('leaves the state alone when the post came from another composer', async () => {
    const { client } = recordingClient();
    const state = keeperState('x:reply:tweetTextarea_0');
    await markPosted({ client, platform: 'x', onError: () => {} }, state, {
      text: TEXT,
      composerKey: COMPOSER_KEY,
    });
    expect(state).toMatchObject({
      lastSaved: TEXT,
      baseline: 'Teks bawaan situs',
      changedByPerson: true,
    });
  });

  it('reports a refused record and still starts the composer over', async () => {
    const { client } = recordingClient(() => failure('unavailable'));
    const errors: SapaError[] = [];
    const state = keeperState(COMPOSER_KEY);
    await markPosted({ client, platform: 'x', onError: (e) => errors.push(e) }, state, {
      text: TEXT,
      composerKey: COMPOSER_KEY,
    });
    expect(errors.map((e) => e.code)).toEqual(['unavailable']);
    expect(state.lastSaved).toBe('');
  });
});
