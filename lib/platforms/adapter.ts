import { readEditorText } from '@/lib/editors/read';
import { isDisabledButton, isVisible, matchesAny, queryAll } from './dom';
import type { ComposerMatch, PlatformDefinition } from './types';

/**
 * One site's composer, found and read through its definition. It holds no state and starts
 * nothing: the document is a parameter so fixtures and tests can hand in their own.
 */
export interface PlatformAdapter {
  readonly definition: PlatformDefinition;
  /** Whether a composer can appear at this address (TikTok: Studio's upload page only). */
  isActiveAt(location: Pick<Location, 'hostname' | 'pathname'>): boolean;
  /** The composer the person is using: focused first, then the topmost dialog's, then the first. */
  findComposer(): ComposerMatch | null;
  readText(composer: HTMLElement): string;
  /** The publish button that belongs to this composer, if it is on the page. */
  findPublishButton(composer: HTMLElement): HTMLElement | null;
  /** The enabled publish button an event target is inside, or null. */
  publishButtonAt(target: EventTarget | null): HTMLElement | null;
}

const DIALOG = '[role="dialog"], [aria-modal="true"]';

function composerKey(definition: PlatformDefinition, element: HTMLElement): string {
  const place = element.closest(DIALOG) ? 'dialog' : 'page';
  const hook =
    element.getAttribute('data-testid') ??
    element.closest('[data-testid]')?.getAttribute('data-testid') ??
    'composer';
  return `${definition.id}:${place}:${hook}`;
}

export function createPlatformAdapter(
  definition: PlatformDefinition,
  doc: Document,
): PlatformAdapter {
  const textButtons = (root: ParentNode): HTMLElement[] => {
    const spec = definition.publishButtonText;
    if (!spec) return [];
    return queryAll(root, spec.candidates).filter((el) =>
      spec.text.test(el.textContent?.trim() ?? ''),
    );
  };

  const publishButtonsIn = (root: ParentNode): HTMLElement[] => [
    ...queryAll(root, definition.publishButton),
    ...textButtons(root),
  ];

  const adapter: PlatformAdapter = {
    definition,

    isActiveAt(location) {
      return (
        definition.hosts.includes(location.hostname) &&
        definition.activePath.test(location.pathname)
      );
    },

    findComposer() {
      const candidates = queryAll(doc, definition.composer).filter(
        (el) => isVisible(el) && (!definition.scope || matchesAny(el, definition.scope) !== null),
      );
      if (candidates.length === 0) return null;
      const active = doc.activeElement;
      const chosen =
        candidates.find((el) => active && (el === active || el.contains(active))) ??
        candidates.filter((el) => el.closest(DIALOG)).at(-1) ??
        candidates[0]!;
      return { element: chosen, key: composerKey(definition, chosen) };
    },

    readText(composer) {
      return readEditorText(composer, definition.editorKind);
    },

    findPublishButton(composer) {
      // Walk up from the composer to the nearest container that also holds a publish button, so
      // X's inline box gets tweetButtonInline and its modal gets tweetButton.
      for (let node: HTMLElement | null = composer.parentElement; node; node = node.parentElement) {
        const buttons = publishButtonsIn(node).filter(isVisible);
        if (buttons.length > 0) return buttons[0]!;
      }
      return null;
    },

    publishButtonAt(target) {
      if (!(target instanceof Element)) return null;
      const bySelector = matchesAny(target, definition.publishButton);
      const spec = definition.publishButtonText;
      const byText = spec
        ? (() => {
            const candidate = matchesAny(target, spec.candidates);
            return candidate && spec.text.test(candidate.textContent?.trim() ?? '')
              ? candidate
              : null;
          })()
        : null;
      const button = (bySelector ?? byText) as HTMLElement | null;
      return button && !isDisabledButton(button) ? button : null;
    },
  };
  return adapter;
}
