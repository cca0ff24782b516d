/**
 * The dashboard's post log page in a component test: jsdom lays nothing out, so the log's
 * scrolling box is given a laptop screen's height and the virtualiser renders the entries that
 * would be on screen. Call `layOutLogBoxForEachTest` at a test file's top level (it registers the
 * `beforeEach`/`afterEach`), then `showPostLog` in each test.
 */
import { render } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import type { SapaDb } from '@/lib/db';
import type { Locale } from '@/lib/i18n';

/** The log box's height in tests: a laptop screen's. */
export const LOG_BOX_HEIGHT = 720;

export function layOutLogBoxForEachTest(): void {
  let restore = () => {};
  beforeEach(() => {
    const own = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
    Object.defineProperty(Element.prototype, 'clientHeight', {
      configurable: true,
      get(this: Element) {
        return this.classList.contains('sapa-log-scroll') ? LOG_BOX_HEIGHT : own.get!.call(this);
      },
    });
    restore = () => Object.defineProperty(Element.prototype, 'clientHeight', own);
  });
  afterEach(() => restore());
}

/** Opens the dashboard on the post log page as `memberId`, in `language` (English if left out). */
export function showPostLog(
  db: SapaDb,
  options: { memberId: string; language?: Locale; openTab?: (url: string) => void },
): UserEvent {
  const user = userEvent.setup();
  render(
    <Dashboard
      db={db}
      memberId={options.memberId}
      language={options.language ?? 'en'}
      initialSection="log"
      {...(options.openTab ? { openTab: options.openTab } : {})}
    />,
  );
  return user;
}
