import { dockBeside } from './dock';

export interface DockFollower {
  /** The composer changed (or closed): dock beside the new one. */
  follow(composer: HTMLElement | null): void;
  update(): void;
}

/**
 * Keeps the panel's host beside the composer as the page scrolls, the window resizes or the
 * composer grows. The place is written as custom properties on the host (its stylesheet reads
 * them), at most once per frame.
 */
export function createDockFollower(
  win: Window,
  host: () => HTMLElement | null,
  signal: AbortSignal,
): DockFollower {
  let composer: HTMLElement | null = null;
  let frame: number | undefined;
  const Resize = (win as Window & typeof globalThis).ResizeObserver;
  const resizes = new Resize(() => schedule());

  const update = () => {
    frame = undefined;
    const target = host();
    if (!target || !composer?.isConnected) return;
    // Inside a dialog the panel goes beside the dialog, so it covers none of it.
    const anchor = (composer.closest('[role="dialog"]') as HTMLElement | null) ?? composer;
    const width = target.getBoundingClientRect().width || 320;
    const place = dockBeside(
      anchor.getBoundingClientRect(),
      { width: win.innerWidth, height: win.innerHeight },
      width,
    );
    target.style.setProperty('--sapa-left', `${Math.round(place.left)}px`);
    target.style.setProperty('--sapa-top', `${Math.round(place.top)}px`);
    target.style.setProperty('--sapa-max-height', `${Math.round(place.maxHeight)}px`);
    target.dataset.placement = place.placement;
  };

  const schedule = () => {
    if (frame === undefined && !signal.aborted) frame = win.requestAnimationFrame(update);
  };

  win.addEventListener('resize', schedule, { passive: true, signal });
  win.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => {
    resizes.disconnect();
    if (frame !== undefined) win.cancelAnimationFrame(frame);
  });

  return {
    follow(next) {
      resizes.disconnect();
      composer = next;
      if (!next) return;
      resizes.observe(next);
      const target = host();
      if (target) resizes.observe(target);
      schedule();
    },
    update: schedule,
  };
}
