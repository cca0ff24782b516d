import type { DayNoteKind, MemberRole, PlanAction } from '@/lib/calendar';
import type { MessageKey } from '@/lib/i18n';

export { STATUS_KEYS } from '@/lib/calendar/status-labels';

export const ROLE_KEYS: Record<MemberRole, MessageKey> = {
  coordinator: 'calendar.role.coordinator',
  writer: 'calendar.role.writer',
  designer: 'calendar.role.designer',
  reviewer: 'calendar.role.reviewer',
};

export const NOTE_KIND_KEYS: Record<DayNoteKind, MessageKey> = {
  holiday: 'calendar.notes.kind.holiday',
  'collective-leave': 'calendar.notes.kind.collective-leave',
  'library-day': 'calendar.notes.kind.library-day',
};

export const ACTION_KEYS: Record<PlanAction['kind'], MessageKey> = {
  'start-draft': 'calendar.action.start-draft',
  'send-for-review': 'calendar.action.send-for-review',
  approve: 'calendar.action.approve',
  'request-changes': 'calendar.action.request-changes',
  'mark-posted': 'calendar.action.mark-posted',
  skip: 'calendar.action.skip',
  reopen: 'calendar.action.reopen',
};
