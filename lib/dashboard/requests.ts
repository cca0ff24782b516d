/** The dashboard (the options page): its sections, and the panel's request to open it. */
import { z } from 'zod';
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
    z
      .object({ section: z.enum(DASHBOARD_SECTIONS).optional() })
      .strict()
      .default({}),
  ),
};
