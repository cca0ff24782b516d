import { countGraphemes } from './graphemes';
import { lengthLimit } from './limits';
import type { PlatformId } from './types';
import { xWeightedLength } from './x-length';

export interface PostLength {
  /** Length as the platform counts it: X's weighted count, graphemes elsewhere. */
  used: number;
  /** The limit that applies (X Premium's when the account has it). */
  limit: number;
  over: boolean;
}

/** The one length measure the panel, the dashboard and the length rule's figures agree on. */
export function measurePost(text: string, platform: PlatformId, xPremium = false): PostLength {
  const limit = lengthLimit(platform, xPremium);
  const used = platform === 'x' ? xWeightedLength(text) : countGraphemes(text);
  return { used, limit, over: used > limit };
}
