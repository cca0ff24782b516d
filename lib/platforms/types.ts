export type { PlatformId, PlatformDefinition } from './index';
export { PLATFORM_IDS } from './index';
export type { SelectorList, PublishSuccessSignal } from './site';

export interface ComposerMatch {
  readonly element: HTMLElement;
  /** Stable key for this composer on the page, used to key drafts (e.g. "x:home:tweetTextarea_0"). */
  readonly key: string;
}
