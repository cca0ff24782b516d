/**
 * The dashboard opens Sapa's database itself. An older copy of Sapa (a page opened before an
 * update, stuck) can hold the database at its old version; the opening then waits, and the page
 * stayed blank. While it waits the page now says why and what to do, in the browser's language;
 * the dashboard replaces the note once the database opens.
 */
import type { SapaDb } from '@/lib/db';
import { detectLocale, translate } from '@/lib/i18n';

export function noteWhileBlocked(db: SapaDb, container: HTMLElement): void {
  db.on('blocked', () => {
    if (db.isOpen()) return;
    const note = document.createElement('p');
    note.setAttribute('role', 'alert');
    note.className = 'sapa-dash-blocked';
    note.textContent = translate(detectLocale(), 'dashboard.blocked');
    container.replaceChildren(note);
  });
}
