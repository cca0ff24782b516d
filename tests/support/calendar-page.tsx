/**
 * The dashboard's calendar page in a component test: a fresh database per test with Ana as the
 * member, and the dashboard opened on the calendar with the background's requests routed to
 * that database. Call `calendarForEachTest` at a test file's top level (it registers the
 * `beforeEach`/`afterEach`), then `show` in each test.
 */
import { render } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { createRepositories, type Repositories, type SapaDb } from '@/lib/db';
import type { Locale } from '@/lib/i18n';
import { freshDb } from './db';
import { routedClient } from './routed';

export const CALENDAR_MEMBER = 'member-ana';

export interface CalendarTestBed {
  /** This test's database (a new one for every test). */
  readonly db: SapaDb;
  readonly repos: Repositories;
  /** What the page handed to the browser to download, oldest first. */
  readonly downloads: { name: string; blob: Blob }[];
  /** Opens the dashboard on the calendar, in English unless told. */
  show(language?: Locale): UserEvent;
}

export function calendarForEachTest(databaseName: string): CalendarTestBed {
  let db: SapaDb | undefined;
  let repos: Repositories | undefined;
  let downloads: { name: string; blob: Blob }[] = [];
  beforeEach(async () => {
    db = freshDb(databaseName);
    repos = createRepositories(db, { memberId: CALENDAR_MEMBER });
    await repos.settings.set('memberId', CALENDAR_MEMBER);
    downloads = [];
  });
  afterEach(() => {
    db?.close();
  });
  const current = <T,>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The calendar test bed is used outside a test.');
    return value;
  };
  return {
    get db() {
      return current(db);
    },
    get repos() {
      return current(repos);
    },
    get downloads() {
      return downloads;
    },
    show(language: Locale = 'en') {
      render(
        <Dashboard
          db={current(db)}
          memberId={CALENDAR_MEMBER}
          language={language}
          initialSection="calendar"
          background={routedClient(current(db), current(repos))}
          download={(blob, name) => downloads.push({ blob, name })}
        />,
      );
      return userEvent.setup();
    },
  };
}
