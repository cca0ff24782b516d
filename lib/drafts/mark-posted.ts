/** The site confirmed a post: the draft is marked posted and the post log gets an entry. */
import type { SapaClient, SapaError } from '@/lib/messaging';
import type { PlatformId } from '@/lib/platforms/types';
import type { DraftState } from './draft-saver';

export interface MarkPostedOptions {
  client: SapaClient;
  platform: PlatformId;
  onError: (error: SapaError) => void;
}

export async function markPosted(
  options: MarkPostedOptions,
  state: DraftState,
  posted: {
    text: string;
    composerKey: string;
    override?: { ruleIds: string[] } | undefined;
    checks?: { ruleId: string; severity: 'block' | 'warn' }[] | undefined;
    url?: string | undefined;
    account?: string | undefined;
  },
): Promise<void> {
  const { text, composerKey, override, checks, url, account } = posted;
  const response = await options.client.request('drafts.markPosted', {
    platform: options.platform,
    composerKey,
    text,
    ...(override ? { override } : {}),
    // An empty list is news too: every check passed at the press.
    ...(checks ? { checks } : {}),
    // Where the site showed them: the post's address and the account it went out from.
    ...(url ? { url } : {}),
    ...(account ? { account } : {}),
  });
  if (!response.ok) options.onError(response.error);
  // The composer starts over: whatever is typed next belongs to a new draft.
  if (state.composer?.key === composerKey) {
    state.lastSaved = state.baseline = '';
    state.changedByPerson = false;
  }
}
