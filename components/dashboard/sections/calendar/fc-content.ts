/**
 * The calendar's own content for FullCalendar's events (week and list views), as DOM nodes.
 *
 * Why not JSX: @fullcalendar/react renders each custom content through its own React portal, and
 * React attaches its whole set of event listeners to every portal's container. A month with 500
 * planned posts has 500 event contents (FullCalendar renders the hidden ones behind "+N more"
 * too, to measure them), which made tens of thousands of addEventListener calls per month shown
 * (`npm run bench:calendar`, docs/calendar.md "Figures"). FullCalendar puts `{ domNodes }` in
 * place itself, without a portal. Text goes in as text (textContent), never as HTML.
 */

function el(tag: string, className: string | null, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** A month or week event: its time in bold, then its title. */
export function eventNodes(timeText: string, title: string): { domNodes: Node[] } {
  const text = el('span', 'sapa-cal-event-text');
  if (timeText) text.append(el('b', null, timeText), ' ');
  text.append(title);
  return { domNodes: [text] };
}

/** A list-view row: the title, then where and how far along in words. */
export function listEventNodes(title: string, detail: string): { domNodes: Node[] } {
  return {
    domNodes: [el('span', null, title, ' ', el('span', 'sapa-cal-list-detail', `· ${detail}`))],
  };
}

/**
 * The same nodes for the same content: FullCalendar asks for an event's content again on every
 * render of the calendar, and puts new nodes in place of the old ones unless they are the very
 * same. Keeping them avoids that churn (and a click landing on a node just replaced).
 */
export function contentCache(): (
  key: string,
  make: () => { domNodes: Node[] },
) => {
  domNodes: Node[];
} {
  const made = new Map<string, { domNodes: Node[] }>();
  return (key, make) => {
    let content = made.get(key);
    if (!content) {
      content = make();
      made.set(key, content);
    }
    return content;
  };
}
