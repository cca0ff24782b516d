/**
 * The calendar as an iCalendar file (RFC 5545) for Google Calendar, Outlook or a phone's
 * calendar: one event per occurrence, so a series edited on one day, moved or cancelled comes
 * out as the team sees it in Sapa. Written by ical-generator (well kept, no dependencies, escapes
 * and folds lines as the RFC asks), from pure data: no DOM, no browser API.
 *
 * Times are written in UTC (`…Z`): Indonesia has had no daylight saving since 1964, so the
 * library's wall-clock time converts exactly, and no VTIMEZONE block is needed for calendar apps
 * to place the event at the right hour wherever the reader is.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import { translator, type Locale } from '@/lib/i18n';
import { expandAll, type Occurrence } from '../recurrence';
import type { DayString, LibraryTimeZone, PlanStatus, PlannedPostRecord } from '../types';

/** An occurrence takes half an hour in a calendar app: long enough to see, short enough to fit. */
const EVENT_MINUTES = 30;

export interface IcsOptions {
  /** The library's name, for the calendar's own name. */
  libraryName: string;
  zone: LibraryTimeZone;
  locale: Locale;
  /** The occurrences written: from this day to that one (every series has an end anyway). */
  from: DayString;
  to: DayString;
  /** Display names by member id, hashtag sets' tags by id, template names by id. */
  memberName: (id: string) => string | undefined;
  hashtags: (setId: string) => readonly string[] | undefined;
  templateName: (id: string) => string | undefined;
}

const STATUS_IN_ICS: Record<PlanStatus, ICalEventStatus> = {
  idea: ICalEventStatus.TENTATIVE,
  draft: ICalEventStatus.TENTATIVE,
  'in-review': ICalEventStatus.TENTATIVE,
  approved: ICalEventStatus.CONFIRMED,
  posted: ICalEventStatus.CONFIRMED,
  skipped: ICalEventStatus.CANCELLED,
};

/** A stable UID per occurrence, so importing the file again updates events instead of adding. */
export function occurrenceUid(plan: PlannedPostRecord, occurrence: Occurrence): string {
  return plan.recurrence
    ? `${plan.id}-${occurrence.originalDate}@sapa.calendar`
    : `${plan.id}@sapa.calendar`;
}

function description(plan: PlannedPostRecord, occurrence: Occurrence, options: IcsOptions): string {
  const t = translator(options.locale);
  const lines = [`${t('calendar.filter.status')}: ${t(`calendar.status.${occurrence.status}`)}`];
  const assignee = occurrence.assignee && options.memberName(occurrence.assignee);
  if (assignee) lines.push(`${t('calendar.form.assignee')}: ${assignee}`);
  const reviewer = plan.reviewer && options.memberName(plan.reviewer);
  if (reviewer) lines.push(`${t('calendar.form.reviewer')}: ${reviewer}`);
  const template = plan.templateId && options.templateName(plan.templateId);
  if (template) lines.push(`${t('calendar.form.template')}: ${template}`);
  if (occurrence.caption) lines.push('', occurrence.caption);
  const tags = plan.hashtagSetId ? options.hashtags(plan.hashtagSetId) : undefined;
  if (tags?.length) lines.push('', tags.map((tag) => `#${tag}`).join(' '));
  if (occurrence.notes) lines.push('', `${t('calendar.form.notes')}: ${occurrence.notes}`);
  return lines.join('\n');
}

/** The live plans' occurrences between `from` and `to` as an .ics file's text. */
export function calendarToIcs(plans: readonly PlannedPostRecord[], options: IcsOptions): string {
  const t = translator(options.locale);
  const calendar = ical({
    name: t('calendar.ics.name', { library: options.libraryName }),
    prodId: { company: 'Sapa', product: 'Sapa', language: options.locale.toUpperCase() },
  });
  const byId = new Map(plans.map((plan) => [plan.id, plan]));
  for (const occurrence of expandAll(plans, options.from, options.to, options.zone)) {
    const plan = byId.get(occurrence.planId)!;
    const platforms = plan.platforms.map((p) => t(`platform.${p}`));
    calendar.createEvent({
      id: occurrenceUid(plan, occurrence),
      start: new Date(occurrence.instant),
      end: new Date(occurrence.instant + EVENT_MINUTES * 60_000),
      summary: platforms.length
        ? `${occurrence.title} (${platforms.join(', ')})`
        : occurrence.title,
      description: description(plan, occurrence, options),
      status: STATUS_IN_ICS[occurrence.status],
      categories: platforms.map((name) => ({ name })),
      // A newer version of the plan has a higher sequence, so an app importing the file again
      // takes it as an update of the event it has.
      sequence: Math.floor(plan.updatedAt / 1000),
      stamp: new Date(plan.updatedAt),
      lastModified: new Date(plan.updatedAt),
    });
  }
  return calendar.toString();
}
