import { readEditorText } from '@/lib/editors/read';
import { isDisabledButton, isVisible, matchesAny, queryAll } from './dom';
import type { ComposerMatch, PlatformDefinition, SelectorList } from './types';

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
  /**
   * The enabled button at an event target that starts a publish in several steps for this
   * composer (`publishSteps.start`, in the composer's own dialog or form), or null.
   */
  publishStartAt(target: EventTarget | null, composer: HTMLElement | null): HTMLElement | null;
  /**
   * The enabled button at an event target that sends a publish begun on an earlier step, with
   * the dialog of its step (a dialog that no longer shows a composer), or null.
   */
  laterStepAt(target: EventTarget | null): { button: HTMLElement; step: HTMLElement } | null;
}

const DIALOG = '[role="dialog"], [aria-modal="true"]';
/** Where a composer and its buttons belong together: its dialog, or its form. */
const CONTAINER = `${DIALOG}, form`;

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
  const excluded = (el: Element): boolean =>
    definition.exclude !== undefined && matchesAny(el, definition.exclude) !== null;

  const composersIn = (root: ParentNode): HTMLElement[] =>
    queryAll(root, definition.composer).filter(
      (el) =>
        isVisible(el) &&
        !excluded(el) &&
        (!definition.scope || matchesAny(el, definition.scope) !== null),
    );

  /** The enabled button of the list at an event target, outside the excluded containers. */
  const enabledAt = (target: EventTarget | null, list: SelectorList): HTMLElement | null => {
    if (!(target instanceof Element)) return null;
    const button = matchesAny(target, list) as HTMLElement | null;
    return button && !isDisabledButton(button) && !excluded(button) ? button : null;
  };

  const textButtons = (root: ParentNode): HTMLElement[] => {
    const spec = definition.publishButtonText;
    if (!spec) return [];
    return queryAll(root, spec.candidates).filter((el) =>
      spec.text.test(el.textContent?.trim() ?? ''),
    );
  };

  const publishButtonsIn = (root: ParentNode): HTMLElement[] =>
    [...queryAll(root, definition.publishButton), ...textButtons(root)].filter(
      (el) => !excluded(el),
    );

  const adapter: PlatformAdapter = {
    definition,

    isActiveAt(location) {
      return (
        definition.hosts.includes(location.hostname) &&
        definition.activePath.test(location.pathname)
      );
    },

    findComposer() {
      const candidates = composersIn(doc);
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
      return button && !isDisabledButton(button) && !excluded(button) ? button : null;
    },

    publishStartAt(target, composer) {
      const steps = definition.publishSteps;
      if (!steps || !composer) return null;
      const button = enabledAt(target, steps.start);
      return button?.closest(CONTAINER)?.contains(composer) ? button : null;
    },

    laterStepAt(target) {
      const steps = definition.publishSteps;
      if (!steps) return null;
      const button = enabledAt(target, steps.finish);
      const step = button?.closest<HTMLElement>(DIALOG);
      // A dialog that still shows a composer is an ordinary Post, checked as such.
      if (!button || !step || composersIn(step).length > 0) return null;
      return { button, step };
    },
  };
  return adapter;
}
