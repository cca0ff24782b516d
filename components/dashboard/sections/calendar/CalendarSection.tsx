import type {
  DatesSetArg,
  EventClickArg,
  EventContentArg,
  EventDropArg,
  EventInput,
  EventMountArg,
} from '@fullcalendar/core';
import idLocale from '@fullcalendar/core/locales/id';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type DateClickArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  memberNames,
  PLAN_STATUSES,
  ZONE_OFFSET_HOURS,
  type PlannedPostRecord,
  type PlanStatus,
} from '@/lib/calendar';
import {
  calendarItems,
  floatingParts,
  libraryNow,
  monthGridRange,
  notesBetween,
  plansByDay,
  type CalendarFilters,
  type CalendarItem,
} from '@/lib/calendar/view';
import { PLATFORM_IDS, type PlatformId } from '@/lib/db';
import { formatList } from '@/lib/i18n';
import { useDashboard } from '../../context';
import { SelectField } from '../form';
import { PLATFORM_KEYS } from '../platforms';
import { CalendarExchange } from './CalendarExchange';
import { dayText } from './day-text';
import { DayNotesList } from './DayNotesList';
import { contentCache, eventNodes, listEventNodes } from './fc-content';
import { DAY_MAX_PLANS, MONTH_VIEW, MonthGridContext, type MonthGridData } from './month/context';
import { monthViewPlugin } from './month/view-frame';
import { STATUS_KEYS } from './labels';
import { statusText } from '@/lib/calendar/status-labels';
import { draftOf, emptyDraft, PlanForm, type PlanDraft } from './PlanForm';
import { draftOfOccurrence } from './SeriesChoice';
import { TeamMembers } from './TeamMembers';
import { ToReview } from './ToReview';
import { useCalendarData } from './useCalendarData';

// The month is Sapa's own grid (month/) in FullCalendar's frame; week and list are its own.
const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, monthViewPlugin];

/** FullCalendar is given no events in the month view: MonthGrid draws them. */
const NO_EVENTS: EventInput[] = [];

interface Range {
  from: string;
  to: string;
  /** FullCalendar's view (MONTH_VIEW, `timeGridWeek`, `listMonth`, `listDay`). */
  view: string;
}

/**
 * The visible range of the calendar as days (its end is exclusive in FullCalendar). The month
 * view shows six whole weeks around its month.
 */
function rangeOf(arg: DatesSetArg): Range {
  if (arg.view.type === MONTH_VIEW)
    return {
      ...monthGridRange(floatingParts(arg.view.currentStart).date.slice(0, 7)),
      view: MONTH_VIEW,
    };
  return {
    from: floatingParts(arg.start).date,
    to: floatingParts(new Date(arg.end.getTime() - 1)).date,
    view: arg.view.type,
  };
}

/**
 * The content calendar: month, week and list views of the team's planned posts, coloured by
 * platform (fill) and status (edge), with filters, the form to plan a post, drag to reschedule
 * with Undo, and Indonesia's holidays and library days as day notes. Times are the library's
 * wall clock: the calendar runs in UTC on "floating" times, as lib/calendar/recurrence.ts does,
 * so the laptop's own zone never shifts a plan.
 */
export function CalendarSection() {
  const { t, locale, repos, background, notify, fail } = useDashboard();
  const [range, setRange] = useState<Range | null>(null);
  const [filters, setFilters] = useState<CalendarFilters>({});
  const [form, setFormState] = useState<{
    draft: PlanDraft;
    plan?: PlannedPostRecord;
    occurrence?: string;
    key: number;
  } | null>(null);
  // Each opening of the form is a new form (its fields start from the plan, its title is focused).
  const setForm = useCallback(
    (next: { draft: PlanDraft; plan?: PlannedPostRecord; occurrence?: string } | null) =>
      setFormState((prev) => (next ? { ...next, key: (prev?.key ?? 0) + 1 } : null)),
    [],
  );
  const { plans, members, me, reload } = useCalendarData(range);
  const brand = useLiveQuery(() => repos.brandKit.get(), [repos]);
  const zone = brand?.timeZone ?? 'Asia/Jakarta';
  // "Today" as the library's wall clock when the page opened.
  const [openedAt] = useState(() => Date.now());
  const now = libraryNow(openedAt, ZONE_OFFSET_HOURS[zone]);

  const items = useMemo(
    () => (range ? calendarItems(plans, range.from, range.to, zone, filters) : []),
    [plans, range, zone, filters],
  );
  const notes = useMemo(() => (range ? notesBetween(range.from, range.to) : []), [range]);
  const notesByDay = useMemo(() => new Map(notes.map((n) => [n.date, n])), [notes]);
  const nameOf = useMemo(() => memberNames(members), [members]);
  // The open plan as stored now: a teammate's change that arrives by sync (approved, moved)
  // shows in its status and buttons at once. The fields being edited stay as the person left them.
  const openPlan = form?.plan && (plans.find((p) => p.id === form.plan?.id) ?? form.plan);

  const isMonth = range === null || range.view === MONTH_VIEW;
  const events: EventInput[] = useMemo(() => {
    if (isMonth) return NO_EVENTS;
    return items.map((item) => ({
      id: item.key,
      title: item.occurrence.title,
      start: `${item.occurrence.date}T${item.occurrence.time}:00`,
      allDay: false,
      classNames: [
        'sapa-cal-event',
        `sapa-cal-p-${item.platform ?? 'none'}`,
        `sapa-cal-s-${item.occurrence.status}`,
      ],
      extendedProps: { item },
    }));
  }, [items, isMonth]);
  const days = useMemo(
    () => (isMonth ? plansByDay(items, DAY_MAX_PLANS) : new Map()),
    [items, isMonth],
  );

  const platformNames = useCallback(
    (item: CalendarItem) =>
      formatList(
        locale,
        item.plan.platforms.map((p) => t(PLATFORM_KEYS[p])),
      ),
    [locale, t],
  );
  // "Posted on Instagram; Facebook to go" while a plan is out on some of its platforms only.
  const itemStatus = useCallback(
    (item: CalendarItem) =>
      statusText(t, locale, { ...item.occurrence, platforms: item.plan.platforms }),
    [t, locale],
  );
  // The name the team gave the assignee; an id nobody has named (yet) is not shown.
  const assigneeName = useCallback(
    (item: CalendarItem) => nameOf(item.occurrence.assignee),
    [nameOf],
  );
  const label = useCallback(
    (item: CalendarItem) => {
      const assignee = assigneeName(item);
      return (
        t('calendar.eventLabel', {
          title: item.occurrence.title,
          time: item.occurrence.time,
          platforms: platformNames(item),
          status: itemStatus(item),
        }) + (assignee ? `, ${assignee}` : '')
      );
    },
    [t, assigneeName, platformNames, itemStatus],
  );
  // FullCalendar keeps an event's element when only its data changes (a plan marked posted in
  // another tab) and calls eventDidMount once: the names are written again after each read.
  const mounted = useRef(new Map<string, HTMLElement>());
  useEffect(() => {
    for (const item of items) {
      const el = mounted.current.get(item.key);
      if (!el) continue;
      el.setAttribute('aria-label', label(item));
      el.title = label(item);
    }
  }, [items, label]);

  const openForReview = useCallback(
    (plan: PlannedPostRecord) => setForm({ draft: draftOf(plan), plan }),
    [setForm],
  );
  // Made again with each new set of events (a month read, a plan changed), not when only a name
  // or a notice re-renders the page.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new cache for each new set of events
  const content = useMemo(() => contentCache(), [events]);
  const openNew = useCallback(
    (date: string, time?: string) => setForm({ draft: emptyDraft(date, time) }),
    [setForm],
  );

  /**
   * Moves a plan to another day and time (a drag, in any view), with Undo in the notice. False if
   * the background refused it (the failure is shown).
   */
  const reschedule = useCallback(
    async (item: CalendarItem, date: string, time: string) => {
      const move = (to: { date: string; time: string }) =>
        background.request('calendar.reschedule', {
          id: item.plan.id,
          originalDate: item.occurrence.originalDate,
          ...to,
        });
      const res = await move({ date, time });
      if (!res.ok) {
        fail(res.error);
        return false;
      }
      reload();
      const back = { date: item.occurrence.date, time: item.occurrence.time };
      notify(t('calendar.moved', { title: item.occurrence.title, date: dayText(date, locale) }), {
        label: t('dashboard.undo'),
        run: async () => {
          const undone = await move(back);
          if (!undone.ok) throw undone.error;
          reload();
          notify(
            t('calendar.moveBack', {
              title: item.occurrence.title,
              date: dayText(back.date, locale),
            }),
          );
        },
      });
      return true;
    },
    [background, fail, reload, notify, t, locale],
  );

  const openItem = useCallback(
    (item: CalendarItem) =>
      setForm({
        draft: item.recurring
          ? draftOfOccurrence(draftOf(item.plan), item.occurrence)
          : draftOf(item.plan),
        plan: item.plan,
        ...(item.recurring ? { occurrence: item.occurrence.originalDate } : {}),
      }),
    [setForm],
  );

  const fullCalendar = useRef<FullCalendar>(null);
  const [activeDay, setActiveDay] = useState<string | null>(null);
  const month: MonthGridData = useMemo(
    () => ({
      days,
      notes: notesByDay,
      today: now.slice(0, 10),
      locale,
      t,
      label,
      active: activeDay,
      setActive: setActiveDay,
      goto: (day) => fullCalendar.current?.getApi().gotoDate(day),
      open: openItem,
      planOn: (day) => openNew(day),
      showDay: (day) => fullCalendar.current?.getApi().changeView('listDay', day),
      move: (item, day) => void reschedule(item, day, item.occurrence.time),
    }),
    [days, notesByDay, now, locale, t, label, activeDay, openItem, openNew, reschedule],
  );

  // One element for as long as its inputs stay the same: FullCalendar resets a drag in progress
  // when it is given new options, and the dashboard re-renders for every notice.
  const calendar = useMemo(() => {
    const itemOf = (extended: Record<string, unknown>) => extended.item as CalendarItem;
    const onDrop = async (arg: EventDropArg) => {
      const to = floatingParts(arg.event.start ?? new Date());
      if (!(await reschedule(itemOf(arg.event.extendedProps), to.date, to.time))) arg.revert();
    };
    return (
      <FullCalendar
        ref={fullCalendar}
        plugins={PLUGINS}
        initialView={MONTH_VIEW}
        timeZone="UTC"
        now={now}
        initialDate={now.slice(0, 10)}
        firstDay={1}
        height="auto"
        locales={[idLocale]}
        locale={locale}
        headerToolbar={{
          left: 'prev,next today',
          center: 'title',
          right: `${MONTH_VIEW},timeGridWeek,listMonth`,
        }}
        // Words, not chevron icons: FullCalendar's icons are images without a name.
        buttonIcons={false}
        buttonText={{
          prev: t('calendar.prev'),
          next: t('calendar.next'),
          today: t('calendar.today'),
          [MONTH_VIEW]: t('calendar.view.month'),
          week: t('calendar.view.week'),
          list: t('calendar.view.list'),
        }}
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        eventDisplay="block"
        noEventsContent={t('calendar.noPlans')}
        editable
        eventDurationEditable={false}
        eventInteractive
        events={events}
        datesSet={(arg: DatesSetArg) => {
          const next = rangeOf(arg);
          setRange((r) =>
            r && r.from === next.from && r.to === next.to && r.view === next.view ? r : next,
          );
        }}
        dateClick={(arg: DateClickArg) => {
          const at = floatingParts(arg.date);
          openNew(at.date, arg.allDay ? undefined : at.time);
        }}
        eventClick={(arg: EventClickArg) => {
          arg.jsEvent.preventDefault();
          openItem(itemOf(arg.event.extendedProps));
        }}
        eventDrop={(arg: EventDropArg) => void onDrop(arg)}
        eventDidMount={(arg: EventMountArg) => {
          const item = itemOf(arg.event.extendedProps);
          const text = label(item);
          arg.el.setAttribute('aria-label', text);
          arg.el.title = text;
          mounted.current.set(item.key, arg.el);
        }}
        eventWillUnmount={(arg: EventMountArg) => {
          const key = itemOf(arg.event.extendedProps).key;
          if (mounted.current.get(key) === arg.el) mounted.current.delete(key);
        }}
        eventContent={(arg: EventContentArg) => {
          const key = `${arg.view.type}|${arg.event.id}|${arg.timeText}|${arg.event.title}`;
          // The list view has room to say where, how far along and whose, in words.
          if (arg.view.type.startsWith('list')) {
            const item = itemOf(arg.event.extendedProps);
            const assignee = assigneeName(item);
            const detail =
              `${platformNames(item)} · ${itemStatus(item)}` + (assignee ? ` · ${assignee}` : '');
            return content(`${key}|${detail}`, () => listEventNodes(arg.event.title, detail));
          }
          return content(key, () => eventNodes(arg.timeText, arg.event.title));
        }}
        dayCellClassNames={(arg) => {
          const note = notesByDay.get(floatingParts(arg.date).date);
          return note ? [`sapa-cal-note-${note.kind}`] : [];
        }}
      />
    );
  }, [
    events,
    content,
    locale,
    now,
    notesByDay,
    label,
    platformNames,
    assigneeName,
    itemStatus,
    t,
    openNew,
    openItem,
    reschedule,
  ]);

  const options = (values: readonly string[], keyOf: (v: string) => string) => [
    { value: '', label: t('calendar.filter.all') },
    ...values.map((v) => ({ value: v, label: keyOf(v) })),
  ];

  return (
    <div className="sapa-cal">
      <p>{t('calendar.intro')}</p>
      <p className="sapa-hint">{t('calendar.keyboard')}</p>
      <div className="sapa-cal-toolbar" role="group" aria-label={t('calendar.filters')}>
        <button type="button" onClick={() => openNew(now.slice(0, 10))}>
          {t('calendar.planPost')}
        </button>
        <SelectField
          label={t('calendar.filter.platform')}
          value={filters.platform ?? ''}
          options={options(PLATFORM_IDS, (p) => t(PLATFORM_KEYS[p as PlatformId]))}
          onChange={(v) => setFilters((f) => ({ ...f, platform: (v || undefined) as PlatformId }))}
        />
        <SelectField
          label={t('calendar.filter.status')}
          value={filters.status ?? ''}
          options={options(PLAN_STATUSES, (s) => t(STATUS_KEYS[s as PlanStatus]))}
          onChange={(v) => setFilters((f) => ({ ...f, status: (v || undefined) as PlanStatus }))}
        />
        <SelectField
          label={t('calendar.filter.member')}
          value={filters.member ?? ''}
          options={[
            { value: '', label: t('calendar.filter.all') },
            ...members.map((m) => ({ value: m.id, label: m.displayName })),
          ]}
          onChange={(v) => setFilters((f) => ({ ...f, member: v || undefined }))}
        />
      </div>
      {form && (
        <PlanForm
          key={form.key}
          draft={form.draft}
          plan={openPlan}
          {...(form.occurrence ? { occurrence: form.occurrence } : {})}
          members={members}
          me={me}
          zone={zone}
          onClose={() => setForm(null)}
          onSaved={(plan, what, notice) => {
            setForm(null);
            reload();
            notify(
              notice ??
                (what === 'status'
                  ? t('calendar.action.done', {
                      title: plan.title,
                      status: t(STATUS_KEYS[plan.status]),
                    })
                  : t('calendar.saved', { title: plan.title, date: dayText(plan.date, locale) })),
            );
          }}
          onDeleted={(plan) => {
            setForm(null);
            reload();
            notify(t('calendar.deleted', { title: plan.title }));
          }}
        />
      )}
      <ToReview members={members} onOpen={openForReview} />
      <p className="sapa-hint sapa-cal-legend">{t('calendar.legend')}</p>
      <div className="sapa-cal-grid">
        <MonthGridContext.Provider value={month}>{calendar}</MonthGridContext.Provider>
      </div>
      {range && <DayNotesList from={range.from} to={range.to} notes={notes} />}
      <TeamMembers members={members} onChanged={reload} />
      <CalendarExchange members={members} zone={zone} day={now.slice(0, 10)} onImported={reload} />
    </div>
  );
}

export default CalendarSection;
