/** The dashboard (the options page): its sections, and the panel's request to open it. */
// zod's mini API: the dashboard's first chunk holds this module (it names the sections).
import { z } from 'zod/mini';
import { defineRequest } from '@/lib/messaging/define';

/** The dashboard's sections, as its `#section` deep links name them. */
export const DASHBOARD_SECTIONS = [
  'templates',
  'hashtags',
  'brand',
  'checklist',
  'check',
  'drafts',
  'calendar',
  'catalogue',
  'log',
  'report',
  'backup',
  'sync',
  'settings',
  // The first-run welcome: opened on install and from Settings, not listed in the menu.
  'welcome',
] as const;
export type DashboardSection = (typeof DASHBOARD_SECTIONS)[number];

export const dashboardRequests = {
  /** Open the dashboard (the options page), at one section when given. */
  'dashboard.open': defineRequest<{ opened: true }>()('panel', () =>
    z._default(z.strictObject({ section: z.optional(z.enum(DASHBOARD_SECTIONS)) }), {}),
  ),
};
