import type { DayNote } from '@/lib/calendar';
import { monthSummary } from '@/lib/calendar/view';
import { useDashboard } from '../../context';
import { TitledSection } from '../titled';
import { NOTE_KIND_KEYS } from './labels';
import { dateFormat } from '@/lib/i18n/formats';

/** The months a range touches, as their first days. */
function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const key = (yy: number, mm: number) => `${yy}-${String(mm).padStart(2, '0')}-01`;
  while (key(y, m) <= to) {
    out.push(key(y, m));
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y += 1;
  }
  return out;
}

/**
 * The visible range's holidays, collective leave and library days as a list (every view shows
 * it, and a screen reader reads it in order), with the whole-month observances, and a warning
 * when the holiday data does not fully cover a year.
 */
export function DayNotesList(props: { from: string; to: string; notes: DayNote[] }) {
  const { t, locale } = useDashboard();
  const dayFormat = dateFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  // A month grid starts and ends with days of the neighbouring months: only whole months count.
  const months = monthsOf(props.from, props.to).filter(
    (first) => first >= props.from || props.to.slice(0, 7) === first.slice(0, 7),
  );
  const summaries = months.map((first) => ({ first, ...monthSummary(first) }));
  const uncovered = new Map<string, 'partial' | 'not-covered'>();
  for (const s of summaries)
    if (s.holidays !== 'confirmed') uncovered.set(s.first.slice(0, 4), s.holidays);
  return (
    <TitledSection title={t('calendar.notes.title')} card>
      {summaries.flatMap((s) =>
        s.month.map((o) => (
          <p key={`${s.first}-${o.name.en}`}>
            {t('calendar.notes.month', { name: o.name[locale] })}
          </p>
        )),
      )}
      {props.notes.length === 0 ? (
        <p>{t('calendar.notes.none')}</p>
      ) : (
        <ul className="sapa-cal-notes">
          {props.notes.map((n) => (
            <li key={`${n.date}-${n.name.en}`} className={`sapa-cal-note-${n.kind}`}>
              <time dateTime={n.date}>{dayFormat.format(new Date(`${n.date}T00:00:00Z`))}</time>
              {': '}
              {n.name[locale]} ({t(NOTE_KIND_KEYS[n.kind])}
              {n.basis === 'lunar' ? `; ${t('calendar.notes.lunar')}` : ''})
            </li>
          ))}
        </ul>
      )}
      {[...uncovered].map(([year, coverage]) => (
        <p key={year} className="sapa-hint">
          {t(coverage === 'partial' ? 'calendar.notes.partial' : 'calendar.notes.notCovered', {
            year,
          })}
        </p>
      ))}
    </TitledSection>
  );
}
