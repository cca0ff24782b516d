import { useCallback, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { CalendarItem } from '@/lib/calendar/view';

/** How far (px) a pressed plan moves before it is a drag and not a click. */
const DRAG_START_PX = 5;

interface Press {
  item: CalendarItem;
  pointerId: number;
  x: number;
  y: number;
  dragging: boolean;
}

/**
 * Swallows the click that ends a drag (it would open the plan, or plan a post on the day it
 * landed on). The browser sends it in the same task as the pointer's release, before any timer.
 */
function swallowNextClick(): void {
  const swallow = (e: MouseEvent) => {
    e.stopPropagation();
    e.preventDefault();
  };
  window.addEventListener('click', swallow, { capture: true, once: true });
  setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
}

/** The day cell under a point of the page, if any. */
function dayAt(x: number, y: number): string | null {
  const cell = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-date]');
  return cell?.dataset.date ?? null;
}

/**
 * Drag a plan to another day with a mouse, a pen or a finger (pointer events). Returns the
 * handlers for the grid, and the plan being dragged with the day it is over.
 */
export function useDragMove(onDrop: (item: CalendarItem, day: string) => void) {
  const press = useRef<Press | null>(null);
  const [drag, setDrag] = useState<{ key: string; over: string | null } | null>(null);

  const start = useCallback((item: CalendarItem, e: ReactPointerEvent<HTMLElement>) => {
    if (e.button !== 0) return;
    press.current = { item, pointerId: e.pointerId, x: e.clientX, y: e.clientY, dragging: false };
  }, []);

  const onPointerMove = useCallback((e: ReactPointerEvent<HTMLElement>) => {
    const p = press.current;
    if (!p || p.pointerId !== e.pointerId) return;
    if (!p.dragging) {
      if (Math.hypot(e.clientX - p.x, e.clientY - p.y) < DRAG_START_PX) return;
      p.dragging = true;
      // The grid keeps the pointer's events while the plan is carried past other elements.
      e.currentTarget.setPointerCapture(e.pointerId);
    }
    e.preventDefault();
    const over = dayAt(e.clientX, e.clientY);
    setDrag((d) => (d && d.over === over ? d : { key: p.item.key, over }));
  }, []);

  const end = useCallback(
    (e: ReactPointerEvent<HTMLElement>, drop: boolean) => {
      const p = press.current;
      if (!p || p.pointerId !== e.pointerId) return;
      press.current = null;
      setDrag(null);
      if (!p.dragging) return;
      swallowNextClick();
      const day = drop ? dayAt(e.clientX, e.clientY) : null;
      if (day && day !== p.item.occurrence.date) onDrop(p.item, day);
    },
    [onDrop],
  );

  const cancel = useCallback(() => {
    press.current = null;
    setDrag(null);
  }, []);

  return {
    drag,
    start,
    cancel,
    gridHandlers: {
      onPointerMove,
      onPointerUp: (e: ReactPointerEvent<HTMLElement>) => end(e, true),
      onPointerCancel: (e: ReactPointerEvent<HTMLElement>) => end(e, false),
    },
  };
}
