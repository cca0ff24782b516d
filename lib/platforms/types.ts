import type { EditorKind } from '@/lib/editors/types';

export type PlatformId = 'x' | 'instagram' | 'facebook' | 'tiktok';
export const PLATFORM_IDS: readonly PlatformId[] = ['x', 'instagram', 'facebook', 'tiktok'];

/**
 * A named list of CSS selectors, tried in order. Sites change their DOM without notice, so every
 * element has a preferred hook (data-testid, role, data-lexical-editor, Draft.js classes) and
 * fallbacks; the name appears in diagnostics so a broken selector can be found and updated.
 */
export interface SelectorList {
  readonly name: string;
  readonly selectors: readonly string[];
}

/** How the site shows that a post went out. */
export interface PublishSuccessSignal {
  /** An element that appears on success (X's toast). */
  readonly appears?: SelectorList;
  /** Text that appears on success, matched against the document's visible text nodes. */
  readonly text?: RegExp;
  /** The page moves to a path matching this (TikTok Studio goes to /tiktokstudio/content). */
  readonly pathAfter?: RegExp;
  /** The composer's dialog closes (Instagram, Facebook, X's modal). */
  readonly composerCloses?: boolean;
}

/** Everything Sapa knows about one site's composer, as data. */
export interface PlatformDefinition {
  readonly id: PlatformId;
  readonly hosts: readonly string[];
  readonly editorKind: EditorKind;
  /** Paths on which a composer can appear; elsewhere Sapa stays idle (no observer). */
  readonly activePath: RegExp;
  /** The composer's editable element. */
  readonly composer: SelectorList;
  /** A container the composer must be inside, when the site has one (Instagram's dialog). */
  readonly scope?: SelectorList;
  /** Publish buttons; matched with closest() so a click on an inner span counts. */
  readonly publishButton: SelectorList;
  /** Publish buttons identified by their visible text (Instagram's "Share"), localised. */
  readonly publishButtonText?: { readonly candidates: SelectorList; readonly text: RegExp };
  readonly success: PublishSuccessSignal;
}

export interface ComposerMatch {
  readonly element: HTMLElement;
  /** Stable key for this composer on the page, used to key drafts (e.g. "x:home:tweetTextarea_0"). */
  readonly key: string;
}
