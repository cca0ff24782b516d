import type { EditorKind } from '@/lib/editors/types';

/**
 * A named list of CSS selectors, tried in order. Sites change their DOM without notice, so every
 * element has a preferred hook (data-testid, role, data-lexical-editor, Draft.js classes) and
 * fallbacks; the name appears in diagnostics so a broken selector can be found and updated.
 */
export interface SelectorList {
  readonly name: string;
  readonly selectors: readonly string[];
}

/**
 * Something the page shows: an element, or a text inside a dialog, alert or status element (the
 * sites put their post messages there), in this frame or the top frame.
 */
export interface PageSign {
  readonly appears?: SelectorList;
  readonly text?: RegExp;
}

/** How the site shows that a post went out. */
export interface PublishSuccessSignal {
  /** An element that appears on success (X's toast, Instagram's check mark). */
  readonly appears?: SelectorList;
  /** Text that appears on success in a dialog, alert or status element (Instagram). */
  readonly text?: RegExp;
  /** The page moves to a path matching this (TikTok Studio goes to /tiktokstudio/content). */
  readonly pathAfter?: RegExp;
  /** The composer's dialog closes (Facebook, X's modal). */
  readonly composerCloses?: boolean;
  /**
   * The site is still on the way after the press: its own confirmation is open (TikTok's
   * "Continue to post?"), or it is still sharing (Instagram's "Sharing…"). While this shows, the
   * wait for success goes on and the composer's closing is no sign of success.
   */
  readonly pending?: PageSign;
}

/**
 * A publish that takes more than one press: the first press leaves the composer for a later step
 * (Facebook's "Next" when posting as a Page), and a press on that step sends the post ("Post" on
 * "Post settings"). The gate decides on the first press, with the text as it is then; the last
 * press continues the same publish and is never checked again.
 */
export interface PublishSteps {
  /** Buttons beside the composer that lead to the later step. */
  readonly start: SelectorList;
  /** Buttons on the later step (a dialog without the composer) that send the post. */
  readonly finish: SelectorList;
}

/**
 * Reads the signed-in account from the page: the value of `attribute` (or the element's text)
 * of the first visible element matching `selector`, matched against `pattern`; its first group
 * written into `as` at `$1` (X: the profile link's `/<handle>` becomes `@<handle>`).
 */
export interface AccountReader {
  readonly selector: string;
  readonly attribute?: string;
  readonly pattern: RegExp;
  readonly as: string;
}

/**
 * What the site shows of a post beside its text, for the post log (docs/report.md): the post's
 * address after publishing, and the account it went out from. Only where public evidence shows
 * where the site puts them (docs/platforms.md); a site without it records neither.
 */
export interface PostDetailsSigns {
  /** Links to the new post in the site's own success sign (X's toast "View"), and their path. */
  readonly address?: { readonly links: SelectorList; readonly path: RegExp };
  /** Where the page shows the account posting, tried in order. */
  readonly account?: readonly AccountReader[];
}

/**
 * Everything Sapa knows about one site, as data: one file per site in `sites/`, listed in
 * `index.ts`. The evidence behind each selector is in docs/platforms.md.
 */
export interface SiteDefinition<Id extends string = string> {
  readonly id: Id;
  /** Host names the content script recognises (a redirecting alias included). */
  readonly hosts: readonly string[];
  /** Manifest match patterns: the content script and the up-front host permission. */
  readonly matches: readonly string[];
  /** Where the composer opens, for "open on its platform" links. */
  readonly composerUrl: string;
  readonly editorKind: EditorKind;
  /** Paths on which a composer can appear; elsewhere Sapa stays idle (no observer). */
  readonly activePath: RegExp;
  /**
   * Every active path is a page for composing only (TikTok Studio's uploader), where the composer
   * appears only after a step (choosing the video): the panel's UI starts loading at the first
   * press there (lib/composer/ui-early.ts). Sites whose active paths are also feeds leave it out.
   */
  readonly composerPageOnly?: boolean;
  /** The composer's editable element. */
  readonly composer: SelectorList;
  /** A container the composer must be inside, when the site has one (Instagram's dialog). */
  readonly scope?: SelectorList;
  /**
   * Containers whose editors are not composers and whose buttons are not publish buttons, even
   * inside the scope (Facebook's comment forms, Messenger's chat boxes): no panel, no draft, no gate.
   */
  readonly exclude?: SelectorList;
  /** Publish buttons; matched with closest() so a click on an inner span counts. */
  readonly publishButton: SelectorList;
  /** Publish buttons identified by their visible text (Instagram's "Share"), localised. */
  readonly publishButtonText?: { readonly candidates: SelectorList; readonly text: RegExp };
  /** A publish in several presses (Facebook Pages: Next, then Post on "Post settings"). */
  readonly publishSteps?: PublishSteps;
  readonly success: PublishSuccessSignal;
  /** The post's address and the account, where the site shows them. */
  readonly postDetails?: PostDetailsSigns;
  /**
   * The site's own dialogs and confirmations that carry no dialog role (those with one are found
   * anyway): the panel steps aside while one is open.
   */
  readonly siteDialogs?: SelectorList;
  /** The hashtag range a new library starts with (the team can change it in the checklist). */
  readonly defaultHashtagRange: { readonly min: number; readonly max: number };
}

/** Keeps a site's id literal, so the list in index.ts can derive `PlatformId` from it. */
export function defineSite<const Id extends string>(site: SiteDefinition<Id>): SiteDefinition<Id> {
  return site;
}
