/** The message key of each plan status: the calendar page and the panel name statuses alike. */
import type { MessageKey } from '@/lib/i18n';
import type { PlanStatus } from './types';

export const STATUS_KEYS: Record<PlanStatus, MessageKey> = {
  idea: 'calendar.status.idea',
  draft: 'calendar.status.draft',
  'in-review': 'calendar.status.in-review',
  approved: 'calendar.status.approved',
  posted: 'calendar.status.posted',
  skipped: 'calendar.status.skipped',
};
