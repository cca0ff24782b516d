/**
 * The calendar's exchange (issue #16, item 7): the plan as CSV for a spreadsheet, and back in
 * whole after a preview; the planned posts as an .ics file for calendar apps. The file formats
 * are pure code in lib/calendar/exchange; this reads the library's names and writes the files.
 */
import { useState } from 'react';
import {
  memberNames,
  type LibraryTimeZone,
  type PlannedPostRecord,
  type TeamMemberRecord,
} from '@/lib/calendar';
import {
  calendarToIcs,
  plansToCsv,
  readPlanCsv,
  type ImportedPlan,
  type PlanCsvNames,
} from '@/lib/calendar/exchange';
import type { CsvProblem } from '@/lib/exchange/csv';
import { today, useDashboard } from '../../context';
import { FilePicker, FileProblems, ImportActions } from '../FilePicker';
import { TitledSection } from '../titled';
import { useBusyTask } from '../useBusyTask';

/** Every plan, whatever its day: the exchange is of the whole calendar, not the visible month. */
const ALL_DAYS = { from: '0001-01-01', to: '9999-12-31' } as const;
/** The .ics holds the year behind and two ahead: enough for a calendar app, never unbounded. */
const ICS_DAYS_BEHIND = 365;
const ICS_DAYS_AHEAD = 730;

const dayOffset = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function CalendarExchange(props: {
  members: readonly TeamMemberRecord[];
  zone: LibraryTimeZone;
  /** Today in the library's zone, `YYYY-MM-DD`. */
  day: string;
  onImported: () => void;
}) {
  const { t, locale, repos, background, notify, fail, download } = useDashboard();
  const [problems, setProblems] = useState<CsvProblem[]>([]);
  const [preview, setPreview] = useState<{
    plans: ImportedPlan[];
    created: number;
    updated: number;
  } | null>(null);
  const [busy, run] = useBusyTask();

  const names = async (): Promise<PlanCsvNames> => ({
    templates: (await repos.templates.list()).map((tpl) => ({ id: tpl.id, name: tpl.name })),
    hashtagSets: (await repos.hashtagSets.list()).map((set) => ({ id: set.id, name: set.name })),
    members: props.members.map((m) => ({ id: m.id, name: m.displayName })),
  });

  /** Every live plan, or null when the background could not answer (and the person is told). */
  const allPlans = async (): Promise<PlannedPostRecord[] | null> => {
    const answer = await background.request('calendar.plans', ALL_DAYS);
    if (answer.ok) return answer.data;
    fail(answer.error);
    return null;
  };

  /** The plans to export; none is said as such, not as an empty file. */
  const plansToExport = async (): Promise<PlannedPostRecord[] | null> => {
    const plans = await allPlans();
    if (plans?.length === 0) notify(t('calendar.exchange.nothing'));
    return plans?.length ? plans : null;
  };

  const save = (text: string, type: string, file: string) => {
    download(new Blob([text], { type }), file);
    notify(t('calendar.exchange.exported', { file }));
  };

  const exportCsv = () =>
    run(async () => {
      const plans = await plansToExport();
      if (!plans) return;
      save(
        plansToCsv(plans, await names()),
        'text/csv;charset=utf-8',
        `sapa-rencana-${today()}.csv`,
      );
    });

  const exportIcs = () =>
    run(async () => {
      const plans = await plansToExport();
      if (!plans) return;
      const [templates, sets] = await Promise.all([
        repos.templates.list(),
        repos.hashtagSets.list(),
      ]);
      const ics = calendarToIcs(plans, {
        libraryName: (await repos.brandKit.get())?.libraryName || 'Sapa',
        zone: props.zone,
        locale,
        from: dayOffset(props.day, -ICS_DAYS_BEHIND),
        to: dayOffset(props.day, ICS_DAYS_AHEAD),
        memberName: memberNames(props.members),
        hashtags: (id) => sets.find((set) => set.id === id)?.tags,
        templateName: (id) => templates.find((tpl) => tpl.id === id)?.name,
      });
      save(ics, 'text/calendar;charset=utf-8', `sapa-kalender-${today()}.ics`);
    });

  const read = async (text: string) => {
    // Without the stored plans an id in the file could not be told from a new one.
    const plans = await allPlans();
    if (!plans) return;
    const result = readPlanCsv(text, {
      ...(await names()),
      existingPlanIds: new Set(plans.map((plan) => plan.id)),
    });
    if (!result.ok) return setProblems(result.errors);
    setPreview(result);
  };

  const apply = () =>
    run(async () => {
      if (!preview) return;
      const answer = await background.request('calendar.importPlans', {
        plans: preview.plans.map(({ line: _line, ...plan }) => plan),
      });
      if (!answer.ok) return fail(answer.error);
      setPreview(null);
      props.onImported();
      notify(t('calendar.exchange.imported', answer.data));
    });

  return (
    <TitledSection card title={t('calendar.exchange.heading')}>
      <p className="sapa-hint">{t('calendar.exchange.hint')}</p>
      <div className="sapa-actions">
        <button
          type="button"
          className="sapa-secondary"
          disabled={busy}
          onClick={() => void exportCsv()}
        >
          {t('calendar.exchange.exportCsv')}
        </button>
        <button
          type="button"
          className="sapa-secondary"
          disabled={busy}
          onClick={() => void exportIcs()}
        >
          {t('calendar.exchange.exportIcs')}
        </button>
      </div>
      <FilePicker
        label={t('calendar.exchange.import')}
        accept=".csv,text/csv"
        onPick={() => {
          setProblems([]);
          setPreview(null);
        }}
        onText={read}
        onError={fail}
      />
      {problems.length > 0 && (
        <FileProblems summary="calendar.exchange.refused" problems={problems} />
      )}
      {preview && (
        <div>
          <p role="status">
            {t('calendar.exchange.preview', { created: preview.created, updated: preview.updated })}
          </p>
          <ImportActions
            applyLabel={t('calendar.exchange.confirm')}
            busy={busy}
            onApply={() => void apply()}
            onCancel={() => setPreview(null)}
          />
        </div>
      )}
    </TitledSection>
  );
}
