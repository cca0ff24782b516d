/**
 * Dashboard sections loaded when first opened: each is its own chunk, so the dashboard's first
 * chunk holds only what the Templates page (where it opens) needs. Every section but Templates is
 * here: the calendar (rrule, FullCalendar), the checklist's settings and the caption check (the
 * rules, twitter-text), hashtag sets (the library's search index), the post log, the report,
 * backups, team sync, settings (reminders' recurrences) and the welcome.
 */
import { lazy, type ComponentType } from 'react';

/** The named component of a module, loaded on first render. */
function section<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  type Props = M[K] extends ComponentType<infer P> ? P : never;
  return lazy(async () => ({ default: (await load())[name] as ComponentType<Props> }));
}

// The calendar component (FullCalendar) is the dashboard's largest dependency.
export const CalendarSection = section(
  () => import('./sections/calendar/CalendarSection'),
  'CalendarSection',
);
export const CatalogueSection = section(
  () => import('./sections/catalogue/CatalogueSection'),
  'CatalogueSection',
);
export const PostLogSection = section(
  () => import('./sections/postlog/PostLogSection'),
  'PostLogSection',
);
export const ReportSection = section(
  () => import('./sections/postlog/ReportSection'),
  'ReportSection',
);
export const BackupSection = section(() => import('./sections/BackupSection'), 'BackupSection');
export const SyncSection = section(() => import('./sections/SyncSection'), 'SyncSection');
export const WelcomeSection = section(() => import('./sections/WelcomeSection'), 'WelcomeSection');
export const CheckCaptionSection = section(
  () => import('./sections/CheckCaptionSection'),
  'CheckCaptionSection',
);
export const HashtagSetsSection = section(
  () => import('./sections/HashtagSetsSection'),
  'HashtagSetsSection',
);
export const BrandKitSection = section(
  () => import('./sections/BrandKitSection'),
  'BrandKitSection',
);
export const ChecklistSection = section(
  () => import('./sections/ChecklistSection'),
  'ChecklistSection',
);
export const DraftsSection = section(() => import('./sections/DraftsSection'), 'DraftsSection');
export const SettingsSection = section(
  () => import('./sections/SettingsSection'),
  'SettingsSection',
);
