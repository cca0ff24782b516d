/**
 * jsdom has no layout and so no ResizeObserver. This stand-in keeps what each observer watches,
 * and `resized(element)` plays the browser's part: every observer watching that element is told.
 */
export interface ResizeObservers {
  resized(element: Element): void;
  /** How many observers watch this element now. */
  watching(element: Element): number;
  uninstall(): void;
}

export function installResizeObservers(win: Window): ResizeObservers {
  const live = new Set<FakeResizeObserver>();

  class FakeResizeObserver {
    readonly targets = new Set<Element>();
    constructor(private readonly callback: ResizeObserverCallback) {
      live.add(this);
    }
    observe(target: Element) {
      this.targets.add(target);
    }
    unobserve(target: Element) {
      this.targets.delete(target);
    }
    disconnect() {
      this.targets.clear();
    }
    notify(target: Element) {
      const entry = { target } as ResizeObserverEntry;
      this.callback([entry], this as unknown as ResizeObserver);
    }
  }

  const host = win as Window & { ResizeObserver?: unknown };
  const before = host.ResizeObserver;
  host.ResizeObserver = FakeResizeObserver;
  return {
    resized(element) {
      for (const observer of live) if (observer.targets.has(element)) observer.notify(element);
    },
    watching(element) {
      return [...live].filter((observer) => observer.targets.has(element)).length;
    },
    uninstall() {
      host.ResizeObserver = before;
    },
  };
}

/** jsdom lays nothing out: gives an element the box a browser would, so it counts as visible. */
export function giveBox(
  element: Element,
  box: { top: number; left: number; width: number; height: number } = {
    top: 100,
    left: 100,
    width: 500,
    height: 80,
  },
): void {
  const rect = {
    ...box,
    x: box.left,
    y: box.top,
    right: box.left + box.width,
    bottom: box.top + box.height,
    toJSON: () => box,
  } as DOMRect;
  element.getClientRects = () => Object.assign([rect], { item: () => rect }) as DOMRectList;
  element.getBoundingClientRect = () => rect;
}
