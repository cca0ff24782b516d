import {
  memo,
  useContext,
  useEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import type { DayNote } from '@/lib/calendar/days';
import { addDays, monthGridDays, type CalendarItem, type DayPlans } from '@/lib/calendar/view';
import { longDayText, monthText, weekdayText } from '../day-text';
import { MonthGridContext, type MonthGridData } from './context';
import { useDragMove } from './useDragMove';

/** Where the arrow keys and Home/End take the keyboard from a day. */
function dayForKey(day: string, key: string, weekStart: string): string | null {
  const dayOfWeek = Math.round(
    (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${weekStart}T00:00:00Z`)) / 86_400_000,
  );
  const week = ((dayOfWeek % 7) + 7) % 7;
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return addDays(day, -week);
    case 'End':
      return addDays(day, 6 - week);
    default:
      return null;
  }
}

interface DayProps {
  day: string;
  plans: DayPlans | undefined;
  note: DayNote | undefined;
  inMonth: boolean;
  isToday: boolean;
  isActive: boolean;
  isOver: boolean;
  dragging: string | null;
  data: MonthGridData;
  onPress: (item: CalendarItem, e: ReactPointerEvent<HTMLElement>) => void;
  onPlanKey: (item: CalendarItem, e: KeyboardEvent<HTMLElement>) => void;
}

/** One day of the month: its note, its number, its first plans and "+N more". */
const Day = memo(function Day({
  day,
  plans,
  note,
  inMonth,
  isToday,
  isActive,
  isOver,
  dragging,
  data,
  onPress,
  onPlanKey,
}: DayProps) {
  const { t, locale } = data;
  const count = (plans?.shown.length ?? 0) + (plans?.more ?? 0);
  const noteName = note?.name[locale];
  const name = [
    longDayText(day, locale),
    noteName,
    count ? t('calendar.dayPlans', { count }) : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  // Only the day the keyboard is on takes Tab, and its plans after it.
  const tab = isActive ? 0 : -1;
  const classes = [
    'sapa-month-day',
    inMonth ? '' : 'sapa-month-other',
    isToday ? 'sapa-month-today' : '',
    isOver ? 'sapa-month-over' : '',
    note ? `sapa-cal-note-${note.kind}` : '',
  ];
  return (
    <div
      role="gridcell"
      className={classes.filter(Boolean).join(' ')}
      data-date={day}
      aria-label={name}
      aria-current={isToday ? 'date' : undefined}
      tabIndex={tab}
      onFocus={(e) => {
        if (e.target === e.currentTarget && !isActive) data.setActive(day);
      }}
      onClick={(e) => {
        // Anywhere in the day but its plans and "+N more", as FullCalendar's day click was.
        if ((e.target as HTMLElement).closest('button')) return;
        data.planOn(day);
      }}
    >
      <div className="sapa-month-top" aria-hidden="true">
        {noteName ? (
          <span className="sapa-cal-daynote" title={noteName}>
            {noteName}
          </span>
        ) : (
          <span />
        )}
        <span className="sapa-month-number">{Number(day.slice(8))}</span>
      </div>
      {plans?.shown.map((item) => {
        const label = data.label(item);
        return (
          <button
            key={item.key}
            type="button"
            tabIndex={tab}
            className={[
              'sapa-cal-event',
              `sapa-cal-p-${item.platform ?? 'none'}`,
              `sapa-cal-s-${item.occurrence.status}`,
              dragging === item.key ? 'sapa-month-dragging' : '',
            ]
              .filter(Boolean)
              .join(' ')}
            data-key={item.key}
            aria-label={label}
            title={label}
            aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown"
            onPointerDown={(e) => onPress(item, e)}
            onKeyDown={(e) => onPlanKey(item, e)}
            onClick={() => data.open(item)}
          >
            <span className="sapa-cal-event-text">
              <b>{item.occurrence.time}</b> <span>{item.occurrence.title}</span>
            </span>
          </button>
        );
      })}
      {plans?.more ? (
        <button
          type="button"
          tabIndex={tab}
          className="sapa-cal-more"
          aria-label={t('calendar.moreHint', { count: plans.more })}
          title={t('calendar.moreHint', { count: plans.more })}
          onClick={() => data.showDay(day)}
        >
          {t('calendar.more', { count: plans.more })}
        </button>
      ) : null}
    </div>
  );
});

/**
 * Sapa's month view: six weeks of days as an ARIA grid, drawn from the page's plans with no
 * measuring (FullCalendar's month view laid out and measured its rows one after another on every
 * month shown, most of a busy month's time: docs/calendar.md "Figures"). The arrow keys move
 * between days, Enter on a day plans a post on it, Tab reaches the day's plans; a plan is dragged
 * to another day with the pointer.
 */
export function MonthGrid({ month }: { month: string }) {
  const data = useContext(MonthGridContext);
  const days = useMemo(() => monthGridDays(month), [month]);
  const grid = useRef<HTMLDivElement>(null);
  // The keyboard moved: the new day takes the focus once it is drawn (perhaps in another month).
  const focusWanted = useRef(false);
  // A plan moved with Alt+arrow keeps the focus on its new day, once the page has read it again.
  const planToFocus = useRef<string | null>(null);
  const { drag, start, cancel, gridHandlers } = useDragMove((item, day) => data?.move(item, day));
  const active = data?.active;
  const current =
    active && days.includes(active)
      ? active
      : data && days.includes(data.today) && data.today.startsWith(month)
        ? data.today
        : `${month}-01`;

  useEffect(() => {
    // Not before the month of the day asked for is drawn.
    if (!focusWanted.current || current !== active) return;
    const cell = grid.current?.querySelector<HTMLElement>(`[data-date="${current}"]`);
    if (!cell) return;
    focusWanted.current = false;
    cell.focus();
  }, [current, active]);

  useEffect(() => {
    if (!planToFocus.current) return;
    const button = grid.current?.querySelector<HTMLElement>(
      `[data-date="${current}"] [data-key="${CSS.escape(planToFocus.current)}"]`,
    );
    if (!button) return;
    planToFocus.current = null;
    button.focus();
  });

  if (!data) return null;

  /** Alt with an arrow key moves the focused plan a day or a week (the keyboard's drag). */
  const onPlanKey = (item: CalendarItem, e: KeyboardEvent<HTMLElement>) => {
    if (!e.altKey) return;
    const to = dayForKey(item.occurrence.date, e.key, days[0]!);
    if (!to || e.key === 'Home' || e.key === 'End') return;
    e.preventDefault();
    e.stopPropagation();
    planToFocus.current = item.key;
    data.setActive(to);
    if (!days.includes(to)) data.goto(to);
    data.move(item, to);
  };
  const weeks = Array.from({ length: 6 }, (_, w) => days.slice(w * 7, w * 7 + 7));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    planToFocus.current = null;
    const cell = e.target as HTMLElement;
    if (e.key === 'Escape' && drag) return cancel();
    if (cell.getAttribute('role') !== 'gridcell') return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      return data.planOn(current);
    }
    const next = dayForKey(current, e.key, days[0]!);
    if (!next) return;
    e.preventDefault();
    focusWanted.current = true;
    data.setActive(next);
    if (!days.includes(next)) data.goto(next);
  };

  return (
    <div
      ref={grid}
      role="grid"
      className={`sapa-month${drag ? ' sapa-month-dragging-on' : ''}`}
      aria-label={monthText(`${month}-01`, data.locale)}
      onKeyDown={onKeyDown}
      {...gridHandlers}
    >
      <div role="row" className="sapa-month-row sapa-month-head">
        {weeks[0]!.map((day) => (
          <div role="columnheader" key={day} className="sapa-month-weekday">
            {weekdayText(day, data.locale)}
          </div>
        ))}
      </div>
      {weeks.map((week) => (
        <div role="row" className="sapa-month-row" key={week[0]}>
          {week.map((day) => (
            <Day
              key={day}
              day={day}
              plans={data.days.get(day)}
              note={data.notes.get(day)}
              inMonth={day.startsWith(month)}
              isToday={day === data.today}
              isActive={day === current}
              isOver={drag?.over === day}
              dragging={drag?.key ?? null}
              data={data}
              onPress={start}
              onPlanKey={onPlanKey}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
