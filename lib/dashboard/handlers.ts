import type { Handlers } from '@/lib/messaging/define';
import type { DashboardSection, dashboardRequests } from './requests';

export type OpenDashboard = (section?: DashboardSection) => Promise<void>;

/** Opening the dashboard is the browser's job; the opener is injected (tests pass their own). */
export function dashboardHandlers(open?: OpenDashboard): Handlers<typeof dashboardRequests> {
  return {
    async 'dashboard.open'(p) {
      if (!open) throw new Error('dashboard.open: no opener was given');
      await open(p.section);
      return { opened: true };
    },
  };
}
